//! "Take it with you": the learner's patterns, choices and notes as a readable Markdown file that imports back.
//!
//! The file ends with the profile in its stored encoding inside a fenced block,
//! so importing restores exactly what was exported, notes and all.

use std::collections::BTreeMap;

use crate::model::{Pattern, Scenario};
use crate::profile::{date, Profile, ProfileProblem};

const DATA_FENCE: &str = "```attune-profile\n";

/// How often each pattern appears among the responses the learner chose, most frequent first.
pub fn pattern_counts<'p>(
    profile: &Profile,
    scenarios: &[&Scenario],
    patterns: &'p [Pattern],
) -> Vec<(&'p Pattern, usize)> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for play in &profile.plays {
        let Some(scenario) = scenarios.iter().find(|s| s.id == play.scenario) else {
            continue;
        };
        for visit in &play.path {
            let pattern = visit.chosen.as_ref().and_then(|chosen| {
                scenario
                    .step(&visit.step)?
                    .response(chosen)?
                    .pattern
                    .as_deref()
            });
            if let Some(pattern) = pattern {
                *counts.entry(pattern).or_default() += 1;
            }
        }
    }
    let mut found: Vec<(&Pattern, usize)> = patterns
        .iter()
        .filter_map(|p| counts.get(p.id.as_ref()).map(|&n| (p, n)))
        .collect();
    found.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    found
}

/// The whole export: readable first, then the data block that `import` reads.
pub fn markdown(profile: &Profile, scenarios: &[&Scenario], patterns: &[Pattern]) -> String {
    let mut out = String::from("# My notes from Attune\n\n");
    out.push_str(
        "Attune is education about relationship patterns, not therapy or diagnosis. \
         These notes are private: they were kept in my browser until I saved this file.\n\n",
    );
    let leaning = pattern_counts(profile, scenarios, patterns);
    if !leaning.is_empty() {
        out.push_str("## Patterns my choices leaned towards\n\n");
        for (pattern, n) in &leaning {
            let times = if *n == 1 {
                "once".to_string()
            } else {
                format!("{n} times")
            };
            out.push_str(&format!(
                "- **{}** ({times}): {}\n",
                pattern.name, pattern.summary
            ));
        }
        out.push('\n');
    }
    for play in &profile.plays {
        let Some(scenario) = scenarios.iter().find(|s| s.id == play.scenario) else {
            continue;
        };
        let notes: Vec<_> = profile
            .notes
            .iter()
            .filter(|n| n.scenario == scenario.id)
            .collect();
        let choices: Vec<&str> = play
            .path
            .iter()
            .filter_map(|v| {
                Some(
                    scenario
                        .step(&v.step)?
                        .response(v.chosen.as_deref()?)?
                        .text
                        .as_ref(),
                )
            })
            .collect();
        if choices.is_empty() && notes.is_empty() {
            continue;
        }
        out.push_str(&format!("## {}\n\n", scenario.title));
        if play.completed {
            out.push_str("Completed.\n\n");
        }
        if !choices.is_empty() {
            out.push_str("What I chose:\n\n");
            for (i, choice) in choices.iter().enumerate() {
                out.push_str(&format!("{}. {choice}\n", i + 1));
            }
            out.push('\n');
        }
        for note in notes {
            let step = scenario.step(&note.step);
            let heading = match step {
                Some(step) if step.is_ending() => format!(
                    "My reflection on “{}”",
                    step.reflection.as_deref().unwrap_or_default()
                ),
                _ => "My note".to_string(),
            };
            let heading = match note.written {
                Some(ms) => format!("{heading} (written {})", date(ms)),
                None => heading,
            };
            out.push_str(&format!("**{heading}**\n\n"));
            for line in note.text.lines() {
                out.push_str(&format!("> {line}\n"));
            }
            out.push('\n');
        }
    }
    out.push_str(
        "---\n\nTo restore these notes and this progress, import this file in Attune's Settings. ",
    );
    out.push_str("The block below is for Attune; please leave it as it is.\n\n");
    out.push_str(DATA_FENCE);
    out.push_str(&profile.encode());
    out.push_str("\n```\n");
    out
}

/// Reads back a file written by `markdown`. Line ends rewritten by an editor
/// (CRLF) are undone first; notes typed in a browser hold plain newlines.
pub fn import(markdown: &str) -> Result<Profile, ProfileProblem> {
    let markdown = markdown.replace("\r\n", "\n");
    // The first fence at the start of a line: the readable part quotes every note line with
    // "> ", so it cannot hold one, while the data block may (a note can contain any text).
    let start = markdown
        .strip_prefix(DATA_FENCE)
        .map(|_| 0)
        .or_else(|| markdown.find(&format!("\n{DATA_FENCE}")).map(|at| at + 1))
        .ok_or(ProfileProblem::Unreadable(crate::codec::DecodeError {
            at: 0,
            message: "no Attune data in this file",
        }))?
        + DATA_FENCE.len();
    let body = &markdown[start..];
    // The encoding ends where the closing fence begins.
    let end = body.rfind("\n```").unwrap_or(body.len());
    Profile::decode(&body[..end])
}
