//! Safety rules for content: sensitive steps carry a safety note, getting safe is never a
//! pattern, and each scenario has its own people.

use std::collections::HashMap;

use super::{check_text, ContentError, Place};
use crate::model::{Library, Response, Scenario, Step};

/// A sensitive step shows a safety note (the app follows it with the help link).
pub(super) fn check_step(place: &Place, step: &Step, errors: &mut Vec<ContentError>) {
    match &step.safety_note {
        Some(note) => check_text("safety_note", note, place, errors),
        None if step.sensitive => errors.push(place.error(
            "is marked `sensitive` but has no `safety_note`: a sensitive step must show a safety note, which links to the help page",
        )),
        None => {}
    }
}

/// A response about getting safe carries no pattern: it must never be counted as one.
pub(super) fn check_response(place: &Place, response: &Response, errors: &mut Vec<ContentError>) {
    if let (true, Some(pattern)) = (response.safety, &response.pattern) {
        errors.push(place.error(format!(
            "is a `safety` response but names pattern `{pattern}`: getting safe is never a pattern, so remove `pattern`"
        )));
    }
}

/// No two scenarios share a character, and no scenario's text uses another scenario's people,
/// so a name always means one person across the app.
pub(super) fn check_characters(library: &Library, errors: &mut Vec<ContentError>) {
    let mut owner: HashMap<&str, &Scenario> = HashMap::new();
    for scenario in library.scenarios.iter() {
        let whole = Place {
            scenario,
            step: None,
            response: None,
        };
        for name in scenario.characters.iter() {
            if name.trim().is_empty() {
                errors.push(whole.error("`characters` has an empty name"));
                continue;
            }
            match owner.get(name.as_ref()) {
                Some(other) if other.id == scenario.id => errors.push(whole.error(format!(
                    "`characters` names `{name}` twice"
                ))),
                Some(other) => errors.push(whole.error(format!(
                    "`characters` names `{name}`, who is already a character in scenario `{}`: give each scenario its own names",
                    other.id
                ))),
                None => {
                    owner.insert(name, scenario);
                }
            }
        }
    }
    for scenario in library.scenarios.iter() {
        for (step, response, field, text) in texts(scenario) {
            for word in words(text) {
                let Some(other) = owner.get(word) else {
                    continue;
                };
                if other.id != scenario.id {
                    let place = Place {
                        scenario,
                        step,
                        response,
                    };
                    errors.push(place.error(format!(
                        "`{field}` names `{word}`, a character of scenario `{}`: give each scenario its own names, and list them in `characters`",
                        other.id
                    )));
                }
            }
        }
    }
}

/// The words of a text, split at anything that is not a letter.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
}

/// Every text a learner reads in a scenario, with where it is: (step, response, field, text).
type Placed<'s> = (Option<&'s str>, Option<&'s str>, &'static str, &'s str);

fn texts(scenario: &Scenario) -> Vec<Placed<'_>> {
    let mut out: Vec<Placed> = vec![
        (None, None, "title", &scenario.title),
        (None, None, "teaser", &scenario.teaser),
    ];
    for step in scenario.steps.iter() {
        let at = Some(step.id.as_ref());
        out.push((at, None, "situation", &step.situation));
        let optional = [
            ("title", &step.title),
            ("question", &step.question),
            ("reflection", &step.reflection),
            ("safety_note", &step.safety_note),
        ];
        for (field, value) in optional {
            if let Some(value) = value {
                out.push((at, None, field, value));
            }
        }
        for variant in step.variants.iter() {
            out.push((at, None, "variants.situation", &variant.situation));
        }
        for r in step.responses.iter() {
            let here = Some(r.id.as_ref());
            for (field, value) in [
                ("text", &r.text),
                ("outcome", &r.outcome),
                ("attachment", &r.attachment),
                ("codependency", &r.codependency),
            ] {
                out.push((at, here, field, value));
            }
            if let Some(synthesis) = &r.synthesis {
                out.push((at, here, "synthesis", synthesis));
            }
        }
    }
    out
}
