//! The content model: sources, scenarios, steps and responses, plus graph queries on them.
//!
//! Text and lists are `Cow<'static, …>` so the same types serve two homes: owned
//! values parsed from TOML at build time, and borrowed `static` data baked into
//! the browser bundle (see `bake`), which needs no parser and no allocation.

use std::borrow::Cow;

use crate::conditions::{holds, Facts};

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
    /// The pattern tags responses carry, defined once.
    pub patterns: List<Pattern>,
    pub glossary: List<Term>,
}

/// A move anyone makes sometimes (reaching harder, pulling back, …), and what each lens makes of it.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize))]
#[cfg_attr(feature = "load", serde(default, deny_unknown_fields))]
pub struct Pattern {
    pub id: Text,
    pub name: Text,
    pub summary: Text,
    pub attachment: Text,
    pub codependency: Text,
    pub next_step: Text,
    pub sources: List<Text>,
    /// How this move shifts the mover's side of "See the cycle" (the player's diagram).
    pub cycle: crate::dynamics::Shift,
}

/// The "See the cycle" sandbox's words (`content/sandbox.toml`): what the page is, the honest
/// note that it is an illustration, and what each of the model's presets shows.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize))]
#[cfg_attr(feature = "load", serde(default, deny_unknown_fields))]
pub struct SandboxGuide {
    pub intro: Text,
    pub note: Text,
    /// One per `dynamics::Preset`, in the same order.
    pub presets: List<PresetGuide>,
}

/// What to watch for in one preset, and what each lens makes of it.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize))]
#[cfg_attr(feature = "load", serde(default, deny_unknown_fields))]
pub struct PresetGuide {
    /// A `dynamics::Preset` id.
    pub id: Text,
    pub name: Text,
    pub notice: Text,
    pub attachment: Text,
    pub codependency: Text,
    pub sources: List<Text>,
}

/// Facilitator notes for one scenario (`content/facilitation/<scenario>.toml`): shown only in
/// presenter mode's speaker view, never to learners, so they live apart from the scenario files.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize))]
#[cfg_attr(feature = "load", serde(default, deny_unknown_fields))]
pub struct Facilitation {
    pub scenario: Text,
    /// One per decision step, in the scenario's order.
    pub steps: List<StepNotes>,
    /// The file they were read from, for error messages (not in the file itself).
    #[cfg_attr(feature = "load", serde(skip))]
    pub file: Text,
}

/// What a facilitator may ask the room at one decision step, and what to watch for.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize))]
#[cfg_attr(feature = "load", serde(default, deny_unknown_fields))]
pub struct StepNotes {
    pub id: Text,
    pub questions: List<Text>,
    pub watch_for: Text,
}

/// A glossary entry; its `forms` are marked wherever they appear in scenario text.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize))]
#[cfg_attr(feature = "load", serde(default, deny_unknown_fields))]
pub struct Term {
    pub id: Text,
    pub term: Text,
    pub forms: List<Text>,
    pub definition: Text,
    pub sources: List<Text>,
}

/// What the browser's first view needs: a card per scenario and the help
/// section (help must never wait for a download). Each scenario's steps are
/// published as a separate file (see `codec`) and fetched when it is opened.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    pub scenarios: List<ScenarioCard>,
    /// Only the help section; the other About sections are in the `Reference`.
    pub about: List<Section>,
    /// The published file holding the `Reference`.
    pub reference_file: Text,
}

/// Patterns, glossary, sources and the About page: needed once a scenario or a
/// reference page opens, not on the first view, so they are published as a file
/// of their own.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reference {
    pub patterns: List<Pattern>,
    pub glossary: List<Term>,
    pub sources: List<Source>,
    /// The About page's sections, without the help section (which the catalog carries).
    pub about: List<Section>,
}

impl Reference {
    pub fn pattern(&self, id: &str) -> Option<&Pattern> {
        self.patterns.iter().find(|p| p.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
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
    /// Every personal name the scenario's text uses. Each scenario has its own people, so a
    /// name never stands for two different people across the app (validation holds to it).
    pub characters: List<Text>,
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
    /// Other tellings of this step, for learners whose earlier choices make them fit.
    pub variants: List<Variant>,
    /// Touches threats, violence, self-harm or a risk to life: it must carry a `safety_note`,
    /// and presenter mode never asks a room to show where it stands on it.
    pub sensitive: bool,
    /// Shown in the step above its responses, followed by a link to the help page.
    pub safety_note: Option<Text>,
}

/// A telling of a step that replaces its situation (and title) when a condition holds.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize))]
#[cfg_attr(feature = "load", serde(default, deny_unknown_fields))]
pub struct Variant {
    #[cfg_attr(feature = "load", serde(rename = "if"))]
    pub condition: Text,
    pub title: Option<Text>,
    pub situation: Text,
}

/// Where a response leads instead of its `next` when a condition holds.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize))]
#[cfg_attr(feature = "load", serde(default, deny_unknown_fields))]
pub struct Route {
    #[cfg_attr(feature = "load", serde(rename = "if"))]
    pub condition: Text,
    pub next: Text,
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
    /// A fact later steps can test, set when this response is chosen.
    pub remember: Option<Text>,
    /// Offered only when this holds.
    #[cfg_attr(feature = "load", serde(rename = "if"))]
    pub condition: Option<Text>,
    /// Checked in order before `next`; the first whose condition holds wins.
    pub routes: List<Route>,
    /// A step toward getting safe (calling for help, leaving a frightening room): never a
    /// pattern, so it carries none and is never counted in "My pattern".
    pub safety: bool,
}

impl Response {
    /// The pattern this response counts toward in "My pattern"; a safety step counts toward none.
    pub fn counted_pattern(&self) -> Option<&str> {
        if self.safety {
            None
        } else {
            self.pattern.as_deref()
        }
    }
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
        let help = self.about.iter().filter(|s| s.id == HELP_SECTION);
        Catalog {
            scenarios: Cow::Owned(cards.collect()),
            about: Cow::Owned(help.cloned().collect()),
            reference_file: Text::from(crate::codec::reference_file_name(
                &crate::codec::encode_reference(&self.reference()),
            )),
        }
    }

    pub fn reference(&self) -> Reference {
        Reference {
            patterns: self.patterns.clone(),
            glossary: self.glossary.clone(),
            sources: self.sources.clone(),
            about: Cow::Owned(
                self.about
                    .iter()
                    .filter(|s| s.id != HELP_SECTION)
                    .cloned()
                    .collect(),
            ),
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

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.about.iter().find(|s| s.id == id)
    }
}

impl Scenario {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// The most decisions a learner can still meet from `step` on, given the
    /// facts in force there, counting `step` itself; 0 for an ending.
    /// Assumes validated (loop-free) content.
    pub fn decisions_ahead(&self, step: &str, facts: &Facts) -> usize {
        let Some(step) = self.step(step) else {
            return 0;
        };
        if step.is_ending() {
            return 0;
        }
        1 + step
            .offered(facts)
            .map(|r| self.decisions_ahead(r.destination(facts), &facts.with(r.remember.as_ref())))
            .max()
            .unwrap_or(0)
    }

    /// The shortest way a learner can take from the start to `target`, as the
    /// (step, response) pairs chosen; empty when `target` is the start. `None`
    /// when no learner can get there.
    pub fn route_to(&self, target: &str) -> Option<Vec<(Text, Text)>> {
        // Breadth first over (step, facts): the facts decide what is offered.
        // Each entry: a step, the facts in force there, and how it was reached
        // (the entry before it and the response chosen there).
        struct Reached<'s> {
            step: &'s str,
            facts: Facts,
            from: Option<(usize, &'s str)>,
        }
        let mut seen = vec![Reached {
            step: &self.start,
            facts: Facts::default(),
            from: None,
        }];
        let mut cursor = 0;
        while cursor < seen.len() {
            let (here, facts) = (seen[cursor].step, seen[cursor].facts.clone());
            if here == target {
                let mut route = Vec::new();
                let mut at = cursor;
                while let Some((previous, response)) = seen[at].from {
                    route.push((
                        Text::from(seen[previous].step.to_string()),
                        Text::from(response.to_string()),
                    ));
                    at = previous;
                }
                route.reverse();
                return Some(route);
            }
            if let Some(step) = self.step(here) {
                for response in step.offered(&facts) {
                    let next = response.destination(&facts);
                    let next_facts = facts.with(response.remember.as_ref());
                    if !seen.iter().any(|r| r.step == next && r.facts == next_facts) {
                        seen.push(Reached {
                            step: next,
                            facts: next_facts,
                            from: Some((cursor, &response.id)),
                        });
                    }
                }
            }
            cursor += 1;
        }
        None
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

    /// The responses a learner is offered here, given the facts in force.
    pub fn offered<'s, 'f>(
        &'s self,
        facts: &'f Facts,
    ) -> impl Iterator<Item = &'s Response> + use<'s, 'f> {
        self.responses
            .iter()
            .filter(move |r| holds(r.condition.as_deref(), facts))
    }

    /// The title and situation to show, given the facts in force: the first
    /// variant whose condition holds, else the step's own.
    pub fn telling(&self, facts: &Facts) -> (Option<&str>, &str) {
        match self
            .variants
            .iter()
            .find(|v| holds(Some(&v.condition), facts))
        {
            Some(variant) => (
                variant.title.as_deref().or(self.title.as_deref()),
                &variant.situation,
            ),
            None => (self.title.as_deref(), &self.situation),
        }
    }
}

impl Response {
    /// Where choosing this leads, given the facts in force at its step: the first route whose
    /// condition holds, else `next`. The one rule for it; the player, presenter mode and the
    /// validator all ask here.
    pub fn destination(&self, facts: &Facts) -> &str {
        self.route_taken(facts)
            .map_or(&self.next, |k| &self.routes[k].next)
    }

    /// Which route (by index) `destination` follows, given the facts; None for `next`.
    pub fn route_taken(&self, facts: &Facts) -> Option<usize> {
        self.routes
            .iter()
            .position(|route| holds(Some(&route.condition), facts))
    }

    /// Every step choosing this can lead to, on some path: `next` and each route's target.
    pub fn targets(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.next.as_ref())
            .chain(self.routes.iter().map(|route| route.next.as_ref()))
    }
}

/// Splits content text into paragraphs at blank lines, trimming each.
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}
