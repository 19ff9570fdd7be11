//! The interface's own words: `content/ui.toml` in English, `content/<code>/ui.toml` per other
//! language. Keys (`nav.scenarios`) to text, with `{name}` placeholders filled in at run time.
//!
//! English is baked into each page's wasm as an array indexed by a generated `Key` enum (so a
//! missing key is a compile error); other languages travel in their packs (`pack.rs`), in the
//! same order, fetched when chosen, so the first view does not grow with the number of languages.

use std::collections::BTreeMap;

use crate::validate::ContentError;

/// One language's interface words, by key, in key order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UiText {
    pub entries: BTreeMap<String, String>,
}

/// The `{name}` placeholders in `text`, in order; None if a brace is unbalanced or a name is
/// not lower-case letters, digits and underscores.
pub fn placeholders(text: &str) -> Option<Vec<&str>> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest.as_bytes()[open] == b'}' {
            return None;
        }
        let after = &rest[open + 1..];
        let close = after.find('}')?;
        let name = &after[..close];
        if name.is_empty()
            || !name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            return None;
        }
        names.push(name);
        rest = &after[close + 1..];
    }
    Some(names)
}

/// `template` with each `{name}` replaced by its value; unknown names are left as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Whether `key` belongs to the tools pages (sandbox, presenter mode) rather than the learner's
/// app: they are baked and published apart, so neither page carries the other's words.
pub fn is_tools_key(key: &str) -> bool {
    key.starts_with("tools.")
}

/// Whether `key` is a well-formed key: dot-separated parts of lower-case letters, digits and `_`.
pub fn is_valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.split('.').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        })
}

/// Every problem in one language's interface words, on their own.
pub fn validate_ui(ui: &UiText, file: &str) -> Vec<ContentError> {
    let mut errors = Vec::new();
    for (key, text) in &ui.entries {
        let at = |message: String| ContentError::in_file(file, format!("`{key}`: {message}"));
        if !is_valid_key(key) {
            errors.push(at(
                "keys are lower-case words joined by dots and underscores".into(),
            ));
        }
        if text.trim().is_empty() {
            errors.push(at("is empty".into()));
        }
        if placeholders(text).is_none() {
            errors.push(at(
                "has a `{` or `}` that is not a `{name}` placeholder".into()
            ));
        }
    }
    errors
}

/// Every way another language's words differ from English in anything but the words: the same
/// keys, and in each text the same placeholders (in any order: languages order words differently).
pub fn validate_ui_locale(english: &UiText, other: &UiText, file: &str) -> Vec<ContentError> {
    let mut errors = Vec::new();
    for (key, text) in &english.entries {
        match other.entries.get(key) {
            None => errors.push(ContentError::in_file(
                file,
                format!("`{key}` is missing (English: \"{text}\")"),
            )),
            Some(translated) => {
                let sorted = |t: &str| {
                    let mut names = placeholders(t)
                        .unwrap_or_default()
                        .into_iter()
                        .map(str::to_string)
                        .collect::<Vec<_>>();
                    names.sort();
                    names
                };
                if sorted(text) != sorted(translated) {
                    errors.push(ContentError::in_file(
                        file,
                        format!(
                            "`{key}` must have the same placeholders as English: {:?}",
                            sorted(text)
                        ),
                    ));
                }
            }
        }
    }
    for key in other.entries.keys() {
        if !english.entries.contains_key(key) {
            errors.push(ContentError::in_file(
                file,
                format!("`{key}` is not in English"),
            ));
        }
    }
    errors
}
