//! What a learner keeps in their own browser: progress per scenario, private notes and settings.
//!
//! The profile is written as versioned text (the scenario codec's encoding) and
//! read back defensively: anything unreadable or from another version is
//! reported, never silently dropped, so the app can keep it aside and say so.

use crate::codec::{count, optional, text, DecodeError, Reader};
use crate::model::{Scenario, Text};
use crate::playthrough::{Playthrough, Visit};

/// The first line of a stored profile; bump the number and add a migration when the layout changes.
const MAGIC: &str = "attune-profile 2\n";
/// Version 1 had no dates on notes; it is migrated when read.
const MAGIC_V1: &str = "attune-profile 1\n";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    pub plays: Vec<SavedPlay>,
    pub notes: Vec<Note>,
    pub settings: Settings,
}

/// Where a learner is in one scenario, and whether they have reached an ending there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedPlay {
    pub scenario: Text,
    pub path: Vec<Visit>,
    pub completed: bool,
}

/// A private note, written at a step of a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub scenario: Text,
    pub step: Text,
    pub text: Text,
    /// When the note was last written, in milliseconds since 1970 (UTC); unknown for notes from version 1.
    pub written: Option<u64>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub text_size: TextSize,
    pub theme: Theme,
    pub reduce_motion: bool,
}

/// Why a stored profile could not be used as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileProblem {
    /// Written by another version of Attune.
    OtherVersion,
    /// Damaged or not a profile at all.
    Unreadable(DecodeError),
}

impl Profile {
    pub fn play(&self, scenario: &str) -> Option<&SavedPlay> {
        self.plays.iter().find(|p| p.scenario == scenario)
    }

    /// Remembers where a playthrough stands; reaching an ending marks the scenario completed for good.
    pub fn record(&mut self, scenario: &Scenario, playthrough: &Playthrough) {
        let at_ending = scenario
            .step(&playthrough.current().step)
            .is_some_and(|s| s.is_ending());
        let saved = SavedPlay {
            scenario: scenario.id.clone(),
            path: playthrough.path().to_vec(),
            completed: at_ending || self.play(&scenario.id).is_some_and(|p| p.completed),
        };
        match self.plays.iter_mut().find(|p| p.scenario == scenario.id) {
            Some(existing) => *existing = saved,
            None => self.plays.push(saved),
        }
    }

    /// Brings in an imported profile: its progress and notes replace this
    /// profile's for the same scenarios and steps; everything else, and the
    /// settings of this browser, stay as they are.
    pub fn merge(&mut self, imported: Profile) {
        for play in imported.plays {
            self.plays.retain(|p| p.scenario != play.scenario);
            self.plays.push(play);
        }
        for note in imported.notes {
            self.write_note(&note.scenario, &note.step, &note.text, note.written);
        }
    }

    pub fn note(&self, scenario: &str, step: &str) -> Option<&str> {
        self.notes
            .iter()
            .find(|n| n.scenario == scenario && n.step == step)
            .map(|n| n.text.as_ref())
    }

    /// Sets a note's text, with no date; an empty text removes the note.
    pub fn set_note(&mut self, scenario: &str, step: &str, text: &str) {
        self.write_note(scenario, step, text, None);
    }

    /// Sets a note's text and when it was written; an empty text removes the note.
    pub fn write_note(&mut self, scenario: &str, step: &str, text: &str, written: Option<u64>) {
        self.notes
            .retain(|n| !(n.scenario == scenario && n.step == step));
        if !text.trim().is_empty() {
            self.notes.push(Note {
                scenario: Text::from(scenario.to_string()),
                step: Text::from(step.to_string()),
                text: Text::from(text.to_string()),
                written,
            });
        }
    }

    pub fn encode(&self) -> String {
        let mut out = String::from(MAGIC);
        let w = &mut out;
        count(w, self.plays.len());
        for play in &self.plays {
            text(w, &play.scenario);
            text(w, if play.completed { "done" } else { "open" });
            count(w, play.path.len());
            for visit in &play.path {
                text(w, &visit.step);
                optional(w, &visit.chosen);
            }
        }
        count(w, self.notes.len());
        for note in &self.notes {
            text(w, &note.scenario);
            text(w, &note.step);
            text(w, &note.text);
            optional(w, &note.written.map(|ms| Text::from(ms.to_string())));
        }
        let s = &self.settings;
        text(w, ["normal", "large", "larger"][s.text_size as usize]);
        text(w, ["system", "light", "dark"][s.theme as usize]);
        text(w, if s.reduce_motion { "reduce" } else { "full" });
        out
    }

    pub fn decode(input: &str) -> Result<Profile, ProfileProblem> {
        let version = if input.starts_with(MAGIC) {
            2
        } else if input.starts_with(MAGIC_V1) {
            1
        } else {
            return Err(if input.starts_with("attune-profile ") {
                ProfileProblem::OtherVersion
            } else {
                ProfileProblem::Unreadable(DecodeError {
                    at: 0,
                    message: "not an Attune profile",
                })
            });
        };
        // Both headers have the same length; the layouts differ only in notes.
        let mut r = Reader {
            input,
            at: MAGIC.len(),
        };
        let read = |r: &mut Reader| -> Result<Profile, DecodeError> {
            let plays = r.list(|r| {
                let scenario = r.text()?;
                let completed = r.text()? == "done";
                let path = r.list(|r| {
                    Ok(Visit {
                        step: r.text()?,
                        chosen: r.optional()?,
                    })
                })?;
                Ok(SavedPlay {
                    scenario,
                    path: path.into_owned(),
                    completed,
                })
            })?;
            let notes = r.list(|r| {
                Ok(Note {
                    scenario: r.text()?,
                    step: r.text()?,
                    text: r.text()?,
                    // Migration from version 1: its notes carry no date.
                    written: match version {
                        1 => None,
                        _ => match r.optional()? {
                            Some(ms) => Some(
                                ms.parse()
                                    .map_err(|_| r.error("a note's date is not a number"))?,
                            ),
                            None => None,
                        },
                    },
                })
            })?;
            let text_size = match r.text()?.as_ref() {
                "large" => TextSize::Large,
                "larger" => TextSize::Larger,
                _ => TextSize::Normal,
            };
            let theme = match r.text()?.as_ref() {
                "light" => Theme::Light,
                "dark" => Theme::Dark,
                _ => Theme::System,
            };
            let reduce_motion = r.text()? == "reduce";
            if r.at != r.input.len() {
                return Err(r.error("unexpected data after the profile"));
            }
            Ok(Profile {
                plays: plays.into_owned(),
                notes: notes.into_owned(),
                settings: Settings {
                    text_size,
                    theme,
                    reduce_motion,
                },
            })
        };
        read(&mut r).map_err(ProfileProblem::Unreadable)
    }
}

impl Playthrough {
    /// Picks up a saved playthrough, if it still fits the scenario (content can
    /// change between visits); `None` means start afresh.
    pub fn restore(scenario: &Scenario, path: &[Visit]) -> Option<Playthrough> {
        let (first, rest) = path.split_first()?;
        if first.step != scenario.start {
            return None;
        }
        let mut play = Playthrough::start(scenario);
        if let Some(chosen) = &first.chosen {
            play.choose(scenario, chosen).ok()?;
        }
        for visit in rest {
            if play.next_step(scenario).as_deref() != Some(visit.step.as_ref()) {
                return None;
            }
            play.advance(scenario).ok()?;
            if let Some(chosen) = &visit.chosen {
                play.choose(scenario, chosen).ok()?;
            }
        }
        Some(play)
    }
}

/// The calendar date `(year, month 1–12, day 1–31)` of a moment in milliseconds since 1970 (UTC);
/// the words around it are the learner's language's (`export::ExportWords::date`).
pub fn civil_date(ms: u64) -> (i64, u32, u32) {
    // Days to a civil date (Howard Hinnant's algorithm), with no date crate in the bundle.
    let days = (ms / 86_400_000) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month as u32, day as u32)
}
