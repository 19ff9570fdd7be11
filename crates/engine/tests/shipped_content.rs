//! The content shipped in `content/` is valid and meets the product brief's shape for scenarios.

use std::path::Path;

use attune_engine::conditions::Facts;
use attune_engine::load::load_dir;
use attune_engine::Scenario;

fn shipped() -> attune_engine::Library {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let loaded = load_dir(&root);
    let report: Vec<String> = loaded.errors.iter().map(ToString::to_string).collect();
    assert!(
        report.is_empty(),
        "content problems:\n{}",
        report.join("\n")
    );
    loaded.library
}

/// The number of decisions, and the fewest responses offered at one, on every
/// path a learner can take from `step` to an ending.
fn paths(scenario: &Scenario, step: &str, facts: &Facts) -> Vec<(usize, usize)> {
    let step = scenario.step(step).unwrap();
    if step.is_ending() {
        return vec![(0, usize::MAX)];
    }
    let offered: Vec<_> = step.offered(facts).collect();
    offered
        .iter()
        .flat_map(|r| {
            paths(
                scenario,
                r.destination(facts),
                &facts.with(r.remember.as_ref()),
            )
        })
        .map(|(decisions, fewest)| (decisions + 1, fewest.min(offered.len())))
        .collect()
}

#[test]
fn shipped_content_is_valid() {
    shipped();
}

#[test]
fn the_two_required_scenarios_are_there() {
    let library = shipped();
    assert!(library.scenario("partner-pulling-away").is_some());
    assert!(library.scenario("rescue-and-enable").is_some());
}

#[test]
fn every_scenario_has_the_shape_the_brief_asks_for() {
    for scenario in shipped().scenarios.iter() {
        let paths = paths(scenario, &scenario.start, &Facts::default());
        assert!(
            paths.iter().all(|&(decisions, _)| decisions >= 3),
            "{}: every path needs at least 3 decision points, found {paths:?}",
            scenario.id
        );
        assert!(
            paths.iter().all(|&(_, fewest)| fewest >= 3),
            "{}: every decision on every path must offer at least 3 responses",
            scenario.id
        );
        let endings = scenario.steps.iter().filter(|s| s.is_ending()).count();
        assert!(
            endings >= 2,
            "{}: needs at least 2 endings, has {endings}",
            scenario.id
        );
    }
}

#[test]
fn every_source_is_used_somewhere() {
    let library = shipped();
    for source in library.sources.iter() {
        let used = library.scenarios.iter().any(|scenario| {
            scenario
                .steps
                .iter()
                .flat_map(|s| s.responses.iter())
                .any(|r| r.sources.contains(&source.id))
        });
        assert!(
            used,
            "source `{}` is credited but no response rests on it",
            source.id
        );
    }
}

/// Lower-case words, with curly apostrophes folded, as the copy check compares them.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace('\u{2019}', "'")
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Content must paraphrase the source articles: no run of 12 words may repeat one.
/// The articles live beside the repository (`../shared/seeds`), not in it.
#[test]
fn content_is_in_our_own_words() {
    const RUN: usize = 12;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let seeds = root.join("../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&seeds) else {
        eprintln!(
            "note: {} not found; the copy check needs the source articles beside the repo",
            seeds.display()
        );
        return;
    };
    let mut runs = std::collections::HashSet::new();
    for entry in entries.flatten() {
        let seed = words(&std::fs::read_to_string(entry.path()).unwrap());
        runs.extend(seed.windows(RUN).map(|w| w.join(" ")));
    }
    assert!(
        !runs.is_empty(),
        "no source articles were read from {}",
        seeds.display()
    );

    let mut copied = Vec::new();
    for dir in ["content", "content/scenarios"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap().flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|x| x == "toml") {
                let text = words(&std::fs::read_to_string(&path).unwrap());
                if let Some(run) = text
                    .windows(RUN)
                    .map(|w| w.join(" "))
                    .find(|r| runs.contains(r))
                {
                    copied.push(format!("{}: \"{run}\"", path.display()));
                }
            }
        }
    }
    assert!(
        copied.is_empty(),
        "these files repeat a source article word for word:\n{}",
        copied.join("\n")
    );
}

/// A rough syllable count (vowel groups, silent final e), good enough for a reading-level guard.
fn syllables(word: &str) -> usize {
    let word: String = word
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase();
    let mut groups = 0;
    let mut in_vowels = false;
    for c in word.chars() {
        let vowel = "aeiouy".contains(c);
        if vowel && !in_vowels {
            groups += 1;
        }
        in_vowels = vowel;
    }
    if word.ends_with('e') && !word.ends_with("le") && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

/// Plain language: every scenario reads at about grade 8 or below (Flesch–Kincaid).
#[test]
fn every_scenario_is_in_plain_language() {
    for scenario in shipped().scenarios.iter() {
        let mut text = String::new();
        for step in scenario.steps.iter() {
            text.push_str(&step.situation);
            for r in step.responses.iter() {
                for part in [&r.text, &r.outcome, &r.attachment, &r.codependency] {
                    text.push(' ');
                    text.push_str(part);
                }
            }
        }
        let words: Vec<&str> = text
            .split(|c: char| !(c.is_ascii_alphabetic() || c == '\'' || c == '\u{2019}'))
            .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
            .collect();
        let sentences = text.matches(['.', '!', '?']).count().max(1) as f64;
        let syllables: usize = words.iter().map(|w| syllables(w)).sum();
        let words_count = words.len() as f64;
        let grade = 0.39 * words_count / sentences + 11.8 * syllables as f64 / words_count - 15.59;
        assert!(
            grade <= 9.0,
            "{} reads at grade {grade:.1}; aim for about 8",
            scenario.id
        );
    }
}

#[test]
fn every_scenario_has_facilitator_notes_for_every_decision() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let loaded = attune_engine::load::load_dir(&root);
    for scenario in loaded.library.scenarios.iter() {
        let notes = loaded
            .facilitation
            .iter()
            .find(|n| n.scenario == scenario.id)
            .unwrap_or_else(|| panic!("content/facilitation/{}.toml is missing", scenario.id));
        let decisions = scenario.steps.iter().filter(|s| !s.is_ending()).count();
        assert_eq!(notes.steps.len(), decisions, "{}", scenario.id);
    }
}

#[test]
fn spanish_is_complete_and_matches_english_entry_for_entry() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let loaded = attune_engine::load::load_dir(&root);
    assert_eq!(
        loaded.errors,
        vec![],
        "any difference from English is an error"
    );
    let spanish = loaded
        .locales
        .iter()
        .find(|l| l.code == "es")
        .expect("content/es/");
    assert_eq!(
        spanish.library.scenarios.len(),
        loaded.library.scenarios.len()
    );
    assert_eq!(spanish.facilitation.len(), loaded.facilitation.len());
    let help = spanish
        .library
        .about
        .iter()
        .find(|s| s.id == "help")
        .unwrap();
    assert!(
        help.body.contains("911") && help.body.contains("988"),
        "help lines for the US and Latin America"
    );
}
