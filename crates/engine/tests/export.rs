//! Export to Markdown and import back: readable, and a lossless round trip.

mod common;

use attune_engine::export::{import, markdown, pattern_counts};
use attune_engine::profile::{Profile, Settings, TextSize};
use attune_engine::Playthrough;

fn played_profile() -> (Profile, attune_engine::Library) {
    let loaded = common::load_demo_with(str::to_string);
    let scenario = loaded.library.scenarios[0].clone();
    let mut play = Playthrough::start(&scenario);
    play.choose(&scenario, "reach-out").unwrap();
    play.advance(&scenario).unwrap();
    play.choose(&scenario, "ask").unwrap();
    play.advance(&scenario).unwrap();
    let mut profile = Profile::default();
    profile.record(&scenario, &play);
    profile.set_note("demo", "first", "I reach first.\n```\nEven this fence.");
    profile.write_note(
        "demo",
        "warm-end",
        "Asking helped.",
        Some(1_795_355_100_000),
    );
    profile.settings = Settings {
        text_size: TextSize::Large,
        ..Settings::default()
    };
    (profile, loaded.library)
}

#[test]
fn the_export_reads_as_a_document_a_person_can_take_to_therapy() {
    let (profile, library) = played_profile();
    let scenarios: Vec<_> = library.scenarios.iter().collect();
    let text = markdown(
        &profile,
        &scenarios,
        &library.patterns,
        &common::export_words(""),
    );
    assert!(text.starts_with("# My notes from Attune\n"));
    assert!(text.contains("not therapy or diagnosis"));
    assert!(
        text.contains("- **Reaching harder** (once): Reaching more."),
        "{text}"
    );
    assert!(
        text.contains(
            "## Demo\n\nCompleted.\n\nWhat I chose:\n\n1. Reach out.\n2. Ask for a hug.\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("**My note**\n\n> I reach first.\n> ```\n> Even this fence.\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "**My reflection on “What helped?” (written 22 November 2026)**\n\n> Asking helped.\n"
        ),
        "{text}"
    );
}

#[test]
fn importing_the_export_restores_everything_exactly() {
    let (profile, library) = played_profile();
    let scenarios: Vec<_> = library.scenarios.iter().collect();
    let text = markdown(
        &profile,
        &scenarios,
        &library.patterns,
        &common::export_words(""),
    );
    assert_eq!(import(&text), Ok(profile.clone()));
    assert_eq!(
        import(&text.replace('\n', "\r\n")),
        Ok(profile.clone()),
        "line ends rewritten by an editor"
    );
    assert!(import("# Just some notes\n").is_err());
}

#[test]
fn patterns_are_counted_over_every_choice_made() {
    let (profile, library) = played_profile();
    let scenarios: Vec<_> = library.scenarios.iter().collect();
    let counts: Vec<_> = pattern_counts(&profile, &scenarios, &library.patterns)
        .into_iter()
        .map(|(p, n)| (p.id.to_string(), n))
        .collect();
    assert_eq!(counts, vec![("pursue".to_string(), 1)]);
}
