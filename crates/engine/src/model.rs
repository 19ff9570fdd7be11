//! The content model: sources, scenarios, steps and responses, plus graph queries on them.
//!
//! Text and lists are `Cow<'static, …>` so the same types serve two homes: owned
//! values parsed from TOML at build time, and borrowed `static` data baked into
//! the browser bundle (see `bake`), which needs no parser and no allocation.

use std::borrow::Cow;

/// A piece of text from the content files.
pub type Text = Cow<'static, str>;
/// A list from the content files.
pub type List<T> = Cow<'static, [T]>;

/// Everything the app shows that comes from content files.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    pub sources: List<Source>,
    pub scenarios: List<Scenario>,
    /// The About page: what Attune is and is not, and where to get help now.
    pub about: List<Section>,
}

/// What the browser's first view needs: a card per scenario, the sources and
/// the About page. Each scenario's steps are published as a separate file
/// (see `codec`) and fetched when the scenario is opened.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    pub sources: List<Source>,
    pub scenarios: List<ScenarioCard>,
    pub about: List<Section>,
}

/// A scenario as the home page shows it, and where to fetch the rest.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScenarioCard {
    pub id: Text,
    pub title: Text,
    pub teaser: Text,
    pub content_notes: List<Text>,
    /// The published file holding the whole scenario, e.g. `partner-pulling-away-1a2b3c4d5e6f.txt`.
    pub file: Text,
}

/// A headed block of prose on an informational page.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize))]
#[cfg_attr(feature = "load", serde(default, deny_unknown_fields))]
pub struct Section {
    pub id: Text,
    pub heading: Text,
    pub body: Text,
}

/// The About section that must always exist: where to get help now.
pub const HELP_SECTION: &str = "help";

/// One of the articles the content rests on.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize))]
#[cfg_attr(feature = "load", serde(default, deny_unknown_fields))]
pub struct Source {
    pub id: Text,
    pub title: Text,
    pub publisher: Text,
    pub summary: Text,
}

/// A short branching story: decision steps leading to endings.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize))]
#[cfg_attr(feature = "load", serde(default, deny_unknown_fields))]
pub struct Scenario {
    /// The file the scenario was read from, for error messages.
    #[cfg_attr(feature = "load", serde(skip))]
    pub file: Text,
    pub id: Text,
    pub title: Text,
    pub teaser: Text,
    /// Position on the home page; scenarios without one follow, by file name.
    pub order: Option<i64>,
    pub content_notes: List<Text>,
    pub start: Text,
    pub steps: List<Step>,
}

/// A decision point (it has responses) or an ending (it has a reflection).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize))]
#[cfg_attr(feature = "load", serde(default, deny_unknown_fields))]
pub struct Step {
    pub id: Text,
    pub title: Option<Text>,
    pub situation: Text,
    pub question: Option<Text>,
    pub responses: List<Response>,
    pub reflection: Option<Text>,
}

/// Something the learner may do at a decision point, and what it tends to set in motion.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize))]
#[cfg_attr(feature = "load", serde(default, deny_unknown_fields))]
pub struct Response {
    pub id: Text,
    pub text: Text,
    pub next: Text,
    pub outcome: Text,
    pub attachment: Text,
    pub codependency: Text,
    pub sources: List<Text>,
    pub pattern: Option<Text>,
    /// Only where the two lenses pull apart: one line that holds both views.
    pub synthesis: Option<Text>,
}

/// The question shown above a step's responses when the content sets none.
pub const DEFAULT_QUESTION: &str = "What do you do?";

impl Library {
    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    /// The first view's part of the library, with each scenario's published file name.
    pub fn catalog(&self) -> Catalog {
        let cards = self.scenarios.iter().map(|s| ScenarioCard {
            id: s.id.clone(),
            title: s.title.clone(),
            teaser: s.teaser.clone(),
            content_notes: s.content_notes.clone(),
            file: Text::from(crate::codec::file_name(&s.id, &crate::codec::encode(s))),
        });
        Catalog {
            sources: self.sources.clone(),
            scenarios: Cow::Owned(cards.collect()),
            about: self.about.clone(),
        }
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

impl Catalog {
    pub fn scenario(&self, id: &str) -> Option<&ScenarioCard> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

impl Scenario {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// The most decisions a learner can still meet from `step` on, counting
    /// `step` itself; 0 for an ending. Assumes validated (loop-free) content.
    pub fn decisions_ahead(&self, step: &str) -> usize {
        let Some(step) = self.step(step) else {
            return 0;
        };
        if step.is_ending() {
            return 0;
        }
        1 + step
            .responses
            .iter()
            .map(|r| self.decisions_ahead(&r.next))
            .max()
            .unwrap_or(0)
    }

    /// The shortest way from the start to `target`, as the (step, response)
    /// pairs taken; empty when `target` is the start or cannot be reached.
    pub fn route_to(&self, target: &str) -> Vec<(Text, Text)> {
        let mut came_from: Vec<(&str, Option<(&str, &str)>)> = vec![(&self.start, None)];
        let mut cursor = 0;
        while cursor < came_from.len() {
            let here = came_from[cursor].0;
            if here == target {
                let mut route = Vec::new();
                let mut at = here;
                while let Some((_, Some((prev, response)))) =
                    came_from.iter().find(|(step, _)| *step == at)
                {
                    route.push((
                        Text::from(prev.to_string()),
                        Text::from(response.to_string()),
                    ));
                    at = prev;
                }
                route.reverse();
                return route;
            }
            if let Some(step) = self.step(here) {
                for response in step.responses.iter() {
                    if !came_from.iter().any(|(seen, _)| *seen == response.next) {
                        came_from.push((&response.next, Some((here, &response.id))));
                    }
                }
            }
            cursor += 1;
        }
        Vec::new()
    }
}

impl Step {
    pub fn is_ending(&self) -> bool {
        self.reflection.is_some()
    }

    pub fn response(&self, id: &str) -> Option<&Response> {
        self.responses.iter().find(|r| r.id == id)
    }

    pub fn question(&self) -> &str {
        self.question.as_deref().unwrap_or(DEFAULT_QUESTION)
    }
}

/// Splits content text into paragraphs at blank lines, trimming each.
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}
