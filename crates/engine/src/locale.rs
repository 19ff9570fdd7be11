//! Translations: a language other than English is a folder `content/<code>/` of the same files,
//! and must match the English content entry for entry (docs/translating.md).
//!
//! Only the words people read may differ. Every id, target, condition, pattern, source and
//! cycle shift must be the same, so a learner's progress, a shared address or a remembered
//! choice means the same thing in every language.

use crate::model::{Facilitation, Library, SandboxGuide, Scenario};
use crate::validate::ContentError;

/// One language's content, as loaded from its folder.
#[derive(Debug, Default)]
pub struct Locale {
    /// The folder's name: a language code such as `es`.
    pub code: String,
    pub library: Library,
    pub sandbox: SandboxGuide,
    pub facilitation: Vec<Facilitation>,
    /// The interface's words in this language.
    pub ui: crate::ui::UiText,
}

/// Whether a folder name inside `content/` is a language code (`es`, `pt-br`), not one of
/// English's own folders.
pub fn is_locale_code(name: &str) -> bool {
    let lower = |part: &str| part.bytes().all(|b| b.is_ascii_lowercase());
    let (language, region) = match name.split_once('-') {
        Some((language, region)) => (language, Some(region)),
        None => (name, None),
    };
    (2..=3).contains(&language.len())
        && lower(language)
        && region.is_none_or(|region| region.len() == 2 && lower(region))
        && name != "en"
}

/// Whether a browser's language tag (`es-MX`, `ES`) is served by the language `code` (lower
/// case, as Attune's folders are): the same tag, or the tag's language without its region.
/// The app (`preferred()`) and the loader's first view (`web/loader.js`) both choose this way.
pub fn serves_tag(code: &str, tag: &str) -> bool {
    tag.eq_ignore_ascii_case(code)
        || tag
            .split('-')
            .next()
            .is_some_and(|language| language.eq_ignore_ascii_case(code))
}

/// Every way `other` differs from English in anything but its words.
pub fn validate_locale(
    english: (&Library, &SandboxGuide, &[Facilitation]),
    other: &Locale,
) -> Vec<ContentError> {
    let (library, sandbox, facilitation) = english;
    let code = &other.code;
    let mut errors = Vec::new();
    let in_file = |file: &str, message: String| {
        ContentError::in_file(&format!("content/{code}/{file}"), message)
    };

    // Scenarios: the same set, each with the same shape.
    for scenario in library.scenarios.iter() {
        let file = format!("scenarios/{}.toml", scenario.id);
        match other.library.scenario(&scenario.id) {
            None => errors.push(in_file(
                &file,
                format!("is missing: English has scenario `{}`", scenario.id),
            )),
            Some(translated) => compare_scenario(scenario, translated, &mut errors),
        }
    }
    for translated in other.library.scenarios.iter() {
        if library.scenario(&translated.id).is_none() {
            errors.push(ContentError::in_file(
                &translated.file,
                format!("scenario `{}` is not in English", translated.id),
            ));
        }
    }

    // The shared files: the same entries in the same order, with the same ids and data.
    let same_ids = |file: &str,
                    kind: &str,
                    english: Vec<&str>,
                    translated: Vec<&str>,
                    errors: &mut Vec<ContentError>| {
        if english != translated {
            errors.push(in_file(
                file,
                format!(
                    "{kind}s differ from English: English has {}; this file has {}",
                    english.join(", "),
                    translated.join(", ")
                ),
            ));
        }
    };
    same_ids(
        "sources.toml",
        "source",
        library.sources.iter().map(|s| s.id.as_ref()).collect(),
        other
            .library
            .sources
            .iter()
            .map(|s| s.id.as_ref())
            .collect(),
        &mut errors,
    );
    for source in other.library.sources.iter() {
        if let Some(english) = library.source(&source.id) {
            if english.title != source.title || english.publisher != source.publisher {
                errors.push(in_file(
                    "sources.toml",
                    format!(
                        "source `{}`: keep the article's `title` and `publisher` as published",
                        source.id
                    ),
                ));
            }
        }
    }
    same_ids(
        "about.toml",
        "section",
        library.about.iter().map(|s| s.id.as_ref()).collect(),
        other.library.about.iter().map(|s| s.id.as_ref()).collect(),
        &mut errors,
    );
    same_ids(
        "patterns.toml",
        "pattern",
        library.patterns.iter().map(|p| p.id.as_ref()).collect(),
        other
            .library
            .patterns
            .iter()
            .map(|p| p.id.as_ref())
            .collect(),
        &mut errors,
    );
    for (english, translated) in library.patterns.iter().zip(other.library.patterns.iter()) {
        if english.id == translated.id
            && (english.cycle != translated.cycle || english.sources != translated.sources)
        {
            errors.push(in_file(
                "patterns.toml",
                format!(
                    "pattern `{}`: `cycle` and `sources` must be as in English",
                    english.id
                ),
            ));
        }
    }
    same_ids(
        "glossary.toml",
        "term",
        library.glossary.iter().map(|t| t.id.as_ref()).collect(),
        other
            .library
            .glossary
            .iter()
            .map(|t| t.id.as_ref())
            .collect(),
        &mut errors,
    );
    same_ids(
        "sandbox.toml",
        "preset",
        sandbox.presets.iter().map(|p| p.id.as_ref()).collect(),
        other
            .sandbox
            .presets
            .iter()
            .map(|p| p.id.as_ref())
            .collect(),
        &mut errors,
    );
    for english in facilitation {
        let file = format!("facilitation/{}.toml", english.scenario);
        match other
            .facilitation
            .iter()
            .find(|f| f.scenario == english.scenario)
        {
            None => errors.push(in_file(
                &file,
                format!("is missing: English has notes for `{}`", english.scenario),
            )),
            Some(translated) => same_ids(
                &file,
                "step note",
                english.steps.iter().map(|s| s.id.as_ref()).collect(),
                translated.steps.iter().map(|s| s.id.as_ref()).collect(),
                &mut errors,
            ),
        }
    }
    errors
}

/// The same steps, responses, targets, conditions, patterns and sources as English.
fn compare_scenario(english: &Scenario, translated: &Scenario, errors: &mut Vec<ContentError>) {
    let at = |step: Option<&str>, response: Option<&str>, message: String| ContentError {
        scenario: Some(english.id.to_string()),
        step: step.map(str::to_string),
        response: response.map(str::to_string),
        ..ContentError::in_file(&translated.file, message)
    };
    if english.start != translated.start || english.order != translated.order {
        errors.push(at(
            None,
            None,
            "`start` and `order` must be as in English".to_string(),
        ));
    }
    if english.characters != translated.characters {
        errors.push(at(
            None,
            None,
            "`characters` must be as in English (names are not translated)".to_string(),
        ));
    }
    if english.content_notes.len() != translated.content_notes.len() {
        errors.push(at(
            None,
            None,
            "needs as many `content_notes` as English".to_string(),
        ));
    }
    let ids = |s: &Scenario| {
        s.steps
            .iter()
            .map(|step| step.id.to_string())
            .collect::<Vec<_>>()
    };
    if ids(english) != ids(translated) {
        errors.push(at(
            None,
            None,
            format!(
                "steps differ from English: English has {}; this file has {}",
                ids(english).join(", "),
                ids(translated).join(", ")
            ),
        ));
        return;
    }
    for (step, other) in english.steps.iter().zip(translated.steps.iter()) {
        let here = Some(step.id.as_ref());
        let conditions = |s: &crate::model::Step| {
            s.variants
                .iter()
                .map(|v| v.condition.to_string())
                .collect::<Vec<_>>()
        };
        if conditions(step) != conditions(other) {
            errors.push(at(
                here,
                None,
                "variants and their conditions must be as in English".to_string(),
            ));
        }
        if step.sensitive != other.sensitive
            || step.safety_note.is_some() != other.safety_note.is_some()
        {
            errors.push(at(
                here,
                None,
                "`sensitive` and `safety_note` must be as in English".to_string(),
            ));
        }
        if step.question.is_some() != other.question.is_some()
            || step.reflection.is_some() != other.reflection.is_some()
        {
            errors.push(at(
                here,
                None,
                "has a `question` or `reflection` where English has none, or lacks one English has"
                    .to_string(),
            ));
        }
        let response_ids = |s: &crate::model::Step| {
            s.responses
                .iter()
                .map(|r| r.id.to_string())
                .collect::<Vec<_>>()
        };
        if response_ids(step) != response_ids(other) {
            errors.push(at(
                here,
                None,
                format!(
                    "responses differ from English: English has {}; this file has {}",
                    response_ids(step).join(", "),
                    response_ids(other).join(", ")
                ),
            ));
            continue;
        }
        for (response, translated) in step.responses.iter().zip(other.responses.iter()) {
            let routes = |r: &crate::model::Response| {
                r.routes
                    .iter()
                    .map(|route| (route.condition.to_string(), route.next.to_string()))
                    .collect::<Vec<_>>()
            };
            let differs = [
                ("next", response.next != translated.next),
                ("pattern", response.pattern != translated.pattern),
                ("safety", response.safety != translated.safety),
                ("sources", response.sources != translated.sources),
                ("remember", response.remember != translated.remember),
                ("if", response.condition != translated.condition),
                ("routes", routes(response) != routes(translated)),
                (
                    "synthesis",
                    response.synthesis.is_some() != translated.synthesis.is_some(),
                ),
            ];
            for (field, _) in differs.iter().filter(|(_, differs)| *differs) {
                errors.push(at(
                    here,
                    Some(response.id.as_ref()),
                    format!("`{field}` must be as in English"),
                ));
            }
        }
    }
}
