//! "Take it with you": the learner's patterns, choices and notes as a readable Markdown file that imports back.
//!
//! The file ends with the profile in its stored encoding inside a fenced block,
//! so importing restores exactly what was exported, notes and all.

use std::collections::BTreeMap;

use crate::model::{Pattern, Response, Scenario};
use crate::profile::{civil_date, Profile, ProfileProblem};
use crate::ui::fill;

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
        let chosen = crate::playthrough::chosen_responses(scenario, &play.path);
        for pattern in chosen.filter_map(Response::counted_pattern) {
            *counts.entry(pattern).or_default() += 1;
        }
    }
    let mut found: Vec<(&Pattern, usize)> = patterns
        .iter()
        .filter_map(|p| counts.get(p.id.as_ref()).map(|&n| (p, n)))
        .collect();
    found.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    found
}

/// The export's own words, in the learner's language (`content/ui.toml`, `[export]`).
/// `{name}` placeholders: `times` has `{count}`, `reflection` has `{reflection}`, `written` has
/// `{heading}` and `{date}`, `date` has `{day}`, `{month}` and `{year}`.
#[derive(Clone, Copy, Debug)]
pub struct ExportWords<'a> {
    pub title: &'a str,
    pub intro: &'a str,
    pub leaning: &'a str,
    pub once: &'a str,
    pub times: &'a str,
    pub completed: &'a str,
    pub chose: &'a str,
    pub reflection: &'a str,
    pub note: &'a str,
    pub written: &'a str,
    pub restore: &'a str,
    pub date: &'a str,
    /// The twelve months' names, separated by spaces.
    pub months: &'a str,
}

impl ExportWords<'_> {
    /// A date in these words, e.g. "22 November 2026" or "22 de noviembre de 2026".
    pub fn date(&self, ms: u64) -> String {
        let (year, month, day) = civil_date(ms);
        let name = self
            .months
            .split_whitespace()
            .nth(month as usize - 1)
            .unwrap_or_default();
        fill(
            self.date,
            &[
                ("day", &day.to_string()),
                ("month", name),
                ("year", &year.to_string()),
            ],
        )
    }
}

/// The whole export: readable first, then the data block that `import` reads.
pub fn markdown(
    profile: &Profile,
    scenarios: &[&Scenario],
    patterns: &[Pattern],
    words: &ExportWords,
) -> String {
    let mut out = format!("# {}\n\n{}\n\n", words.title, words.intro);
    let leaning = pattern_counts(profile, scenarios, patterns);
    if !leaning.is_empty() {
        out.push_str(&format!("## {}\n\n", words.leaning));
        for (pattern, n) in &leaning {
            let times = if *n == 1 {
                words.once.to_string()
            } else {
                fill(words.times, &[("count", &n.to_string())])
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
        let choices: Vec<&str> = crate::playthrough::chosen_responses(scenario, &play.path)
            .map(|response| response.text.as_ref())
            .collect();
        if choices.is_empty() && notes.is_empty() {
            continue;
        }
        out.push_str(&format!("## {}\n\n", scenario.title));
        if play.completed {
            out.push_str(&format!("{}\n\n", words.completed));
        }
        if !choices.is_empty() {
            out.push_str(&format!("{}\n\n", words.chose));
            for (i, choice) in choices.iter().enumerate() {
                out.push_str(&format!("{}. {choice}\n", i + 1));
            }
            out.push('\n');
        }
        for note in notes {
            let step = scenario.step(&note.step);
            let heading = match step {
                Some(step) if step.is_ending() => fill(
                    words.reflection,
                    &[("reflection", step.reflection.as_deref().unwrap_or_default())],
                ),
                _ => words.note.to_string(),
            };
            let heading = match note.written {
                Some(ms) => fill(
                    words.written,
                    &[("heading", &heading), ("date", &words.date(ms))],
                ),
                None => heading,
            };
            out.push_str(&format!("**{heading}**\n\n"));
            for line in note.text.lines() {
                out.push_str(&format!("> {line}\n"));
            }
            out.push('\n');
        }
    }
    out.push_str(&format!("---\n\n{}\n\n", words.restore));
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
