//! Content validation: every problem in a library, each naming file, scenario, step and response.
//!
//! Like a tolerant parser, validation never stops at the first problem: authors
//! fix a whole file in one round trip.

use std::collections::HashSet;
use std::fmt;

use crate::conditions::{Condition, Facts};
use crate::dynamics::Preset;
use crate::model::{Facilitation, Library, SandboxGuide, Scenario, Step, HELP_SECTION};

mod safety;

/// One problem in the content, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// The line in `file` where the problem is, when it can be found (1-based).
    pub line: Option<usize>,
    pub scenario: Option<String>,
    pub step: Option<String>,
    pub response: Option<String>,
    pub message: String,
}

impl ContentError {
    pub fn in_file(file: &str, message: impl Into<String>) -> Self {
        ContentError {
            file: file.to_string(),
            line: None,
            scenario: None,
            step: None,
            response: None,
            message: message.into(),
        }
    }
}

impl ContentError {
    /// The error as an author should see it: `file:line: …` when the line is known.
    pub fn report(&self) -> String {
        match self.line {
            Some(line) => {
                let text = self.to_string();
                let rest = text
                    .strip_prefix(&format!("{}:", self.file))
                    .unwrap_or(&text);
                format!("{}:{line}:{rest}", self.file)
            }
            None => self.to_string(),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", self.file)?;
        let mut place = Vec::new();
        if let Some(scenario) = &self.scenario {
            place.push(format!("scenario `{scenario}`"));
        }
        if let Some(step) = &self.step {
            place.push(format!("step `{step}`"));
        }
        if let Some(response) = &self.response {
            place.push(format!("response `{response}`"));
        }
        if !place.is_empty() {
            write!(f, " {}:", place.join(", "))?;
        }
        write!(f, " {}", self.message)
    }
}

/// Where in a scenario a problem is; builds the error.
struct Place<'a> {
    scenario: &'a Scenario,
    step: Option<&'a str>,
    response: Option<&'a str>,
}

impl Place<'_> {
    fn error(&self, message: impl Into<String>) -> ContentError {
        ContentError {
            file: self.scenario.file.to_string(),
            line: None,
            scenario: Some(self.scenario.id.to_string()),
            step: self.step.map(str::to_string),
            response: self.response.map(str::to_string),
            message: message.into(),
        }
    }
}

/// The longest id content may use; addresses with longer parts are refused unread.
pub const MAX_ID_LEN: usize = 64;

/// `is_valid_id` as a JavaScript regular expression, for the embedding snippet (`web/embed.js`),
/// which passes on a scenario's id only if it is one: 1 to `MAX_ID_LEN` characters, no hyphen
/// at either end.
pub const ID_PATTERN: &str = "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$";

/// Ids are written by hand and end up in addresses, so keep them simple.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn check_id(
    kind: &str,
    id: &str,
    at: impl FnOnce(String) -> ContentError,
    errors: &mut Vec<ContentError>,
) {
    if id.trim().is_empty() {
        errors.push(at(format!("{kind} has no `id`")));
    } else if !is_valid_id(id) {
        errors.push(at(format!(
            "{kind} id `{id}` must be lower-case letters, digits and hyphens, at most {MAX_ID_LEN} long"
        )));
    }
}

/// Checks one entry of a shared file (a section, source, pattern or term):
/// its id is well formed and not used twice, and its text fields are filled in.
fn check_entry<'a>(
    (kind, file, id): (&str, &str, &'a str),
    fields: &[(&str, &str)],
    seen: &mut HashSet<&'a str>,
    errors: &mut Vec<ContentError>,
) {
    let at = |message| ContentError::in_file(file, message);
    check_id(kind, id, at, errors);
    if !seen.insert(id) {
        errors.push(at(format!("{kind} id `{id}` is used twice")));
    }
    for (field, value) in fields {
        if value.trim().is_empty() {
            errors.push(at(format!("{kind} `{id}`: `{field}` is missing or empty")));
        }
    }
}

fn check_text(field: &str, value: &str, place: &Place, errors: &mut Vec<ContentError>) {
    if value.trim().is_empty() {
        errors.push(place.error(format!("`{field}` is missing or empty")));
    }
}

/// Checks the sandbox's words: one guide per model preset, in the model's order, each complete
/// and citing sources that exist.
pub fn validate_sandbox(
    guide: &SandboxGuide,
    file: &str,
    source_ids: &HashSet<&str>,
) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let at = |message: String| ContentError::in_file(file, message);
    for (field, value) in [("intro", &guide.intro), ("note", &guide.note)] {
        if value.trim().is_empty() {
            errors.push(at(format!("`{field}` is missing or empty")));
        }
    }
    let mut seen = HashSet::new();
    for preset in guide.presets.iter() {
        check_entry(
            ("preset", file, &preset.id),
            &[
                ("name", &preset.name),
                ("notice", &preset.notice),
                ("attachment", &preset.attachment),
                ("codependency", &preset.codependency),
            ],
            &mut seen,
            &mut errors,
        );
        if Preset::from_id(&preset.id).is_none() {
            errors.push(at(format!(
                "preset `{}` is not one of the model's presets ({})",
                preset.id,
                Preset::ALL.map(Preset::id).join(", ")
            )));
        }
        if preset.sources.is_empty() {
            errors.push(at(format!("preset `{}`: `sources` is empty", preset.id)));
        }
        for source in preset.sources.iter() {
            if !source_ids.contains(source.as_ref()) {
                errors.push(at(format!(
                    "preset `{}`: source `{source}` is not in the sources file",
                    preset.id
                )));
            }
        }
    }
    let order: Vec<&str> = guide.presets.iter().map(|p| p.id.as_ref()).collect();
    if order != Preset::ALL.map(Preset::id) {
        errors.push(at(format!(
            "needs exactly one preset for each of the model's presets, in its order: {}",
            Preset::ALL.map(Preset::id).join(", ")
        )));
    }
    errors
}

/// Checks the facilitator notes: each file named after its scenario, with notes for exactly the
/// scenario's decision steps, in order, each with at least one question and what to watch for.
pub fn validate_facilitation(
    library: &Library,
    notes: &[Facilitation],
    folder: &str,
) -> Vec<ContentError> {
    // (`folder` is how authors know the notes' folder, e.g. `content/facilitation`.)
    let mut errors = Vec::new();
    for scenario in library.scenarios.iter() {
        // A scenario may have no notes yet (presenter mode then says so); the shipped content
        // has them for every scenario (tests/shipped_content.rs).
        let Some(file) = notes.iter().find(|n| n.scenario == scenario.id) else {
            continue;
        };
        let at = |step: Option<&str>, message: String| ContentError {
            scenario: Some(scenario.id.to_string()),
            step: step.map(str::to_string),
            ..ContentError::in_file(&file.file, message)
        };
        let decisions: Vec<&str> = scenario
            .steps
            .iter()
            .filter(|s| !s.is_ending())
            .map(|s| s.id.as_ref())
            .collect();
        for notes in file.steps.iter() {
            if !decisions.contains(&notes.id.as_ref()) {
                errors.push(at(
                    None,
                    format!(
                        "notes for `{}`, which is not a decision step of this scenario",
                        notes.id
                    ),
                ));
                continue;
            }
            if notes.questions.iter().all(|q| q.trim().is_empty()) {
                errors.push(at(
                    Some(&notes.id),
                    "`questions` is missing or empty".to_string(),
                ));
            }
            if notes.watch_for.trim().is_empty() {
                errors.push(at(
                    Some(&notes.id),
                    "`watch_for` is missing or empty".to_string(),
                ));
            }
        }
        let noted: Vec<&str> = file.steps.iter().map(|n| n.id.as_ref()).collect();
        for decision in &decisions {
            if !noted.contains(decision) {
                errors.push(at(Some(decision), "has no facilitator notes".to_string()));
            }
        }
        let in_order: Vec<&str> = noted
            .iter()
            .copied()
            .filter(|id| decisions.contains(id))
            .collect();
        let expected: Vec<&str> = decisions
            .iter()
            .copied()
            .filter(|id| noted.contains(id))
            .collect();
        if in_order != expected {
            errors.push(at(
                None,
                "notes are not in the scenario's step order".to_string(),
            ));
        }
    }
    for file in notes {
        let expected = format!("{folder}/{}.toml", file.scenario);
        if library.scenario(&file.scenario).is_none() {
            errors.push(ContentError::in_file(
                &file.file,
                format!(
                    "`scenario` names `{}`, which is not a scenario",
                    file.scenario
                ),
            ));
        } else if file.file != expected {
            errors.push(ContentError::in_file(
                &file.file,
                format!(
                    "holds notes for `{}`, so it must be named {expected}",
                    file.scenario
                ),
            ));
        }
    }
    errors
}

/// The files the library's shared parts came from, for error messages.
pub struct Files<'a> {
    pub sources: &'a str,
    pub about: &'a str,
    pub patterns: &'a str,
    pub glossary: &'a str,
}

/// Checks a whole library.
pub fn validate(library: &Library, files: &Files) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let (sources_file, about_file) = (files.sources, files.about);

    let mut section_ids = HashSet::new();
    for section in library.about.iter() {
        check_entry(
            ("section", about_file, &section.id),
            &[("heading", &section.heading), ("body", &section.body)],
            &mut section_ids,
            &mut errors,
        );
    }
    if !section_ids.contains(HELP_SECTION) {
        errors.push(ContentError::in_file(
            about_file,
            format!("needs a section with id `{HELP_SECTION}`: where to get help now"),
        ));
    }

    let mut source_ids = HashSet::new();
    for source in library.sources.iter() {
        check_entry(
            ("source", sources_file, &source.id),
            &[("title", &source.title), ("summary", &source.summary)],
            &mut source_ids,
            &mut errors,
        );
    }

    let mut pattern_ids = HashSet::new();
    for pattern in library.patterns.iter() {
        let at = |message| ContentError::in_file(files.patterns, message);
        check_entry(
            ("pattern", files.patterns, &pattern.id),
            &[
                ("name", &pattern.name),
                ("summary", &pattern.summary),
                ("attachment", &pattern.attachment),
                ("codependency", &pattern.codependency),
                ("next_step", &pattern.next_step),
            ],
            &mut pattern_ids,
            &mut errors,
        );
        check_sources(
            &pattern.sources,
            &source_ids,
            |m| at(format!("pattern `{}`: {m}", pattern.id)),
            &mut errors,
        );
        let shift = pattern.cycle.values();
        if shift.iter().all(|&v| v == 0) {
            errors.push(at(format!(
                "pattern `{}`: `cycle` is missing: say how this move shifts the mover's ways in \"See the cycle\" (docs/authoring.md)",
                pattern.id
            )));
        }
        if shift.iter().any(|v| !(-100..=100).contains(v)) {
            errors.push(at(format!(
                "pattern `{}`: each `cycle` shift must be between -100 and 100",
                pattern.id
            )));
        }
    }

    let mut term_ids = HashSet::new();
    let mut forms = HashSet::new();
    for term in library.glossary.iter() {
        let at = |message| ContentError::in_file(files.glossary, message);
        check_entry(
            ("term", files.glossary, &term.id),
            &[("term", &term.term), ("definition", &term.definition)],
            &mut term_ids,
            &mut errors,
        );
        if term.forms.is_empty() {
            errors.push(at(format!(
                "term `{}`: list the `forms` to mark in scenario text",
                term.id
            )));
        }
        for form in term.forms.iter() {
            if form.trim().is_empty() || form.to_lowercase() != form.as_ref() {
                errors.push(at(format!(
                    "term `{}`: form `{form}` must be lower-case and not empty",
                    term.id
                )));
            } else if !forms.insert(form.as_ref()) {
                errors.push(at(format!(
                    "term `{}`: form `{form}` is already another term's",
                    term.id
                )));
            }
        }
        check_sources(
            &term.sources,
            &source_ids,
            |m| at(format!("term `{}`: {m}", term.id)),
            &mut errors,
        );
    }

    let mut scenario_ids = HashSet::new();
    for scenario in library.scenarios.iter() {
        if !scenario.id.is_empty() && !scenario_ids.insert(scenario.id.as_ref()) {
            errors.push(ContentError::in_file(
                &scenario.file,
                format!("scenario id `{}` is used by another file too", scenario.id),
            ));
        }
        validate_scenario(scenario, &source_ids, &pattern_ids, &mut errors);
    }
    safety::check_characters(library, &mut errors);
    errors
}

/// Every source a piece of content names must exist, and it must name at least one.
fn check_sources(
    sources: &[crate::model::Text],
    source_ids: &HashSet<&str>,
    at: impl Fn(String) -> ContentError,
    errors: &mut Vec<ContentError>,
) {
    if sources.is_empty() {
        errors.push(at(
            "names no `sources`: say which article(s) it rests on".to_string()
        ));
    }
    for source in sources {
        if !source_ids.contains(source.as_ref()) {
            errors.push(at(format!("source `{source}` is not in the sources file")));
        }
    }
}

fn validate_scenario(
    scenario: &Scenario,
    source_ids: &HashSet<&str>,
    pattern_ids: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) {
    let whole = Place {
        scenario,
        step: None,
        response: None,
    };
    check_id("scenario", &scenario.id, |m| whole.error(m), errors);
    let file_stem = scenario
        .file
        .rsplit('/')
        .next()
        .and_then(|name| name.strip_suffix(".toml"));
    if let Some(stem) = file_stem {
        if !scenario.id.is_empty() && stem != scenario.id {
            errors.push(whole.error(format!("the file name should be `{}.toml`", scenario.id)));
        }
    }
    check_text("title", &scenario.title, &whole, errors);
    check_text("teaser", &scenario.teaser, &whole, errors);
    for note in scenario.content_notes.iter() {
        check_text("content_notes", note, &whole, errors);
    }
    if scenario.steps.is_empty() {
        errors.push(whole.error("has no steps"));
        return;
    }
    if scenario.start.trim().is_empty() {
        errors.push(whole.error("`start` is missing or empty"));
    } else if scenario.step(&scenario.start).is_none() {
        errors.push(whole.error(format!(
            "`start` names step `{}`, which does not exist",
            scenario.start
        )));
    }

    let mut step_ids = HashSet::new();
    for step in scenario.steps.iter() {
        let here = Place {
            scenario,
            step: Some(&step.id),
            response: None,
        };
        check_id("step", &step.id, |m| here.error(m), errors);
        if !step.id.is_empty() && !step_ids.insert(step.id.as_ref()) {
            errors.push(here.error("this step id is used twice in the scenario"));
        }
        validate_step(scenario, step, source_ids, pattern_ids, errors);
    }

    if scenario.step(&scenario.start).is_some() {
        let before = errors.len();
        check_graph(scenario, errors);
        // Conditions are only worth exploring on a sound graph.
        if errors.len() == before {
            check_conditions(scenario, errors);
        }
    }
}

/// Checks one condition's form, and that some response remembers its fact.
fn check_condition(
    text: &str,
    field: &str,
    scenario: &Scenario,
    place: &Place,
    errors: &mut Vec<ContentError>,
) {
    match Condition::parse(text) {
        None => errors.push(place.error(format!(
            "`{field}` = \"{text}\" should be a fact's name, or `not` and a fact's name"
        ))),
        Some(condition) => {
            let remembered = scenario
                .steps
                .iter()
                .flat_map(|s| s.responses.iter())
                .any(|r| r.remember.as_deref() == Some(condition.fact));
            if !remembered {
                errors.push(place.error(format!(
                    "`{field}` tests the fact `{}`, which no response remembers",
                    condition.fact
                )));
            }
        }
    }
}

/// Where a condition stands in a step, for reporting.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Site {
    Variant(usize),
    Response(usize),
    Route(usize, usize),
}

/// Explores every (step, remembered facts) a learner can reach: every
/// condition must be able to hold, and no decision may offer nothing.
fn check_conditions(scenario: &Scenario, errors: &mut Vec<ContentError>) {
    const MOST_STATES: usize = 100_000;
    let uses_conditions = scenario.steps.iter().any(|s| {
        !s.variants.is_empty()
            || s.responses
                .iter()
                .any(|r| r.condition.is_some() || !r.routes.is_empty())
    });
    if !uses_conditions {
        return;
    }
    let index = |id: &str| scenario.steps.iter().position(|s| s.id == id);
    let mut seen: HashSet<(usize, Facts)> = HashSet::new();
    let mut held: HashSet<(usize, Site)> = HashSet::new();
    let mut stuck: Vec<(usize, Facts)> = Vec::new();
    let mut stack = vec![(
        index(&scenario.start).expect("checked by the caller"),
        Facts::default(),
    )];
    while let Some((at, facts)) = stack.pop() {
        if !seen.insert((at, facts.clone())) {
            continue;
        }
        if seen.len() > MOST_STATES {
            let whole = Place {
                scenario,
                step: None,
                response: None,
            };
            errors.push(
                whole.error(
                    "has too many combinations of remembered facts to check; use fewer facts",
                ),
            );
            return;
        }
        let step = &scenario.steps[at];
        let holds = |text: &str| Condition::parse(text).is_some_and(|c| c.holds(&facts));
        if let Some(i) = step.variants.iter().position(|v| holds(&v.condition)) {
            held.insert((at, Site::Variant(i)));
        }
        let mut offered = 0;
        for (r, response) in step.responses.iter().enumerate() {
            if !response.condition.as_deref().is_none_or(holds) {
                continue;
            }
            offered += 1;
            held.insert((at, Site::Response(r)));
            if let Some(k) = response.route_taken(&facts) {
                held.insert((at, Site::Route(r, k)));
            }
            if let Some(next) = index(response.destination(&facts)) {
                stack.push((next, facts.with(response.remember.as_ref())));
            }
        }
        if offered == 0 && !step.is_ending() {
            stuck.push((at, facts));
        }
    }

    let reached: HashSet<usize> = seen.iter().map(|(at, _)| *at).collect();
    for (at, step) in scenario.steps.iter().enumerate() {
        let here = Place {
            scenario,
            step: Some(&step.id),
            response: None,
        };
        if !reached.contains(&at) {
            errors.push(
                here.error(
                    "cannot be reached: the conditions on the way never lead a learner here",
                ),
            );
            continue;
        }
        for (i, variant) in step.variants.iter().enumerate() {
            if !held.contains(&(at, Site::Variant(i))) {
                errors.push(here.error(format!(
                    "variant {}: `if = \"{}\"` never holds for a learner who reaches this step",
                    i + 1,
                    variant.condition
                )));
            }
        }
        for (r, response) in step.responses.iter().enumerate() {
            let at_response = Place {
                scenario,
                step: Some(&step.id),
                response: Some(&response.id),
            };
            if let Some(condition) = &response.condition {
                if !held.contains(&(at, Site::Response(r))) {
                    errors.push(at_response.error(format!(
                        "`if = \"{condition}\"` never holds for a learner who reaches this step"
                    )));
                }
            }
            for (k, route) in response.routes.iter().enumerate() {
                if held.contains(&(at, Site::Response(r)))
                    && !held.contains(&(at, Site::Route(r, k)))
                {
                    errors.push(at_response.error(format!(
                        "route {}: `if = \"{}\"` never holds when this response is chosen",
                        k + 1,
                        route.condition
                    )));
                }
            }
        }
    }
    stuck.sort();
    stuck.dedup_by_key(|(at, _)| *at);
    for (at, facts) in stuck {
        let here = Place {
            scenario,
            step: Some(&scenario.steps[at].id),
            response: None,
        };
        errors.push(here.error(format!(
            "offers no response to a learner who arrives remembering {}: every response's `if` fails",
            describe(&facts)
        )));
    }
}

fn describe(facts: &Facts) -> String {
    let names = facts.names();
    if names.is_empty() {
        "nothing".to_string()
    } else {
        names
            .iter()
            .map(|f| format!("`{f}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn validate_step(
    scenario: &Scenario,
    step: &Step,
    source_ids: &HashSet<&str>,
    pattern_ids: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) {
    let here = Place {
        scenario,
        step: Some(&step.id),
        response: None,
    };
    check_text("situation", &step.situation, &here, errors);
    if let Some(title) = &step.title {
        check_text("title", title, &here, errors);
    }
    if let Some(question) = &step.question {
        check_text("question", question, &here, errors);
    }
    for variant in step.variants.iter() {
        check_condition(&variant.condition, "variants.if", scenario, &here, errors);
        check_text("variants.situation", &variant.situation, &here, errors);
    }
    safety::check_step(&here, step, errors);
    match (&step.reflection, step.responses.is_empty()) {
        (Some(reflection), true) => check_text("reflection", reflection, &here, errors),
        (Some(_), false) => errors.push(here.error(
            "has both responses and a `reflection`: a step is either a decision or an ending",
        )),
        (None, true) => errors.push(here.error(
            "has no way forward and is not an ending: add responses, or a `reflection` to make it an ending",
        )),
        (None, false) => {}
    }

    let mut response_ids = HashSet::new();
    for response in step.responses.iter() {
        let at = Place {
            scenario,
            step: Some(&step.id),
            response: Some(&response.id),
        };
        check_id("response", &response.id, |m| at.error(m), errors);
        if !response.id.is_empty() && !response_ids.insert(response.id.as_ref()) {
            errors.push(at.error("this response id is used twice in the step"));
        }
        check_text("text", &response.text, &at, errors);
        check_text("outcome", &response.outcome, &at, errors);
        check_text("attachment", &response.attachment, &at, errors);
        check_text("codependency", &response.codependency, &at, errors);
        if response.next.trim().is_empty() {
            errors.push(at.error("`next` is missing or empty"));
        } else if scenario.step(&response.next).is_none() {
            errors.push(at.error(format!(
                "`next` names step `{}`, which does not exist",
                response.next
            )));
        }
        check_sources(&response.sources, source_ids, |m| at.error(m), errors);
        safety::check_response(&at, response, errors);
        if let Some(condition) = &response.condition {
            check_condition(condition, "if", scenario, &at, errors);
        }
        if let Some(remember) = &response.remember {
            check_id("fact", remember, |m| at.error(m), errors);
        }
        for route in response.routes.iter() {
            check_condition(&route.condition, "routes.if", scenario, &at, errors);
            if scenario.step(&route.next).is_none() {
                errors.push(at.error(format!(
                    "a route's `next` names step `{}`, which does not exist",
                    route.next
                )));
            }
        }
        if let Some(synthesis) = &response.synthesis {
            check_text("synthesis", synthesis, &at, errors);
        }
        if let Some(pattern) = &response.pattern {
            if !pattern_ids.contains(pattern.as_ref()) {
                errors.push(at.error(format!(
                    "pattern `{pattern}` is not defined in patterns.toml"
                )));
            }
        }
    }
}

/// Reachability from the start, loops, and steps from which no ending can be reached.
fn check_graph(scenario: &Scenario, errors: &mut Vec<ContentError>) {
    let index = |id: &str| scenario.steps.iter().position(|s| s.id == id);
    let edges: Vec<Vec<usize>> = scenario
        .steps
        .iter()
        .map(|s| {
            s.responses
                .iter()
                .flat_map(|r| r.targets())
                .filter_map(index)
                .collect()
        })
        .collect();
    let start = index(&scenario.start).expect("checked by the caller");

    let mut reached = vec![false; scenario.steps.len()];
    let mut stack = vec![start];
    while let Some(at) = stack.pop() {
        if !std::mem::replace(&mut reached[at], true) {
            stack.extend(&edges[at]);
        }
    }
    for (i, step) in scenario.steps.iter().enumerate() {
        if !reached[i] {
            let here = Place {
                scenario,
                step: Some(&step.id),
                response: None,
            };
            errors.push(here.error(format!(
                "cannot be reached from the start step `{}`",
                scenario.start
            )));
        }
    }

    // Loops would make "step 2 of 3" meaningless and could trap a learner.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    fn visit(at: usize, edges: &[Vec<usize>], marks: &mut [Mark], loops: &mut Vec<(usize, usize)>) {
        marks[at] = Mark::Open;
        for &next in &edges[at] {
            match marks[next] {
                Mark::Open => loops.push((at, next)),
                Mark::New => visit(next, edges, marks, loops),
                Mark::Done => {}
            }
        }
        marks[at] = Mark::Done;
    }
    let mut marks = vec![Mark::New; scenario.steps.len()];
    let mut loops = Vec::new();
    for i in 0..scenario.steps.len() {
        if marks[i] == Mark::New {
            visit(i, &edges, &mut marks, &mut loops);
        }
    }
    for (from, to) in loops {
        let here = Place {
            scenario,
            step: Some(&scenario.steps[from].id),
            response: None,
        };
        errors.push(here.error(format!(
            "leads back to step `{}`, making a loop: scenarios must always move on towards an ending",
            scenario.steps[to].id
        )));
    }

    // Steps trapped in a loop with no way out. Dead ends and unknown targets
    // were reported above, so they count as ways out here rather than cascading.
    let already_reported = |step: &crate::model::Step| {
        (step.responses.is_empty() && !step.is_ending())
            || step
                .responses
                .iter()
                .any(|r| r.targets().any(|next| scenario.step(next).is_none()))
    };
    let mut ends_reachable = vec![false; scenario.steps.len()];
    let mut changed = true;
    while changed {
        changed = false;
        for (i, step) in scenario.steps.iter().enumerate() {
            if !ends_reachable[i]
                && (step.is_ending()
                    || already_reported(step)
                    || edges[i].iter().any(|&n| ends_reachable[n]))
            {
                ends_reachable[i] = true;
                changed = true;
            }
        }
    }
    for (i, step) in scenario.steps.iter().enumerate() {
        if !ends_reachable[i] {
            let here = Place {
                scenario,
                step: Some(&step.id),
                response: None,
            };
            errors.push(here.error("no path from this step reaches an ending"));
        }
    }
}
