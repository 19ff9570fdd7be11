//! The rules the hand-written scripts (`web/*.js`) share with the app, as one JSON object that
//! the build fills into them: `attune-content --rules` prints it, `scripts/post-build.mjs`
//! writes each value in place of its `__ATTUNE_…__` placeholder.
//!
//! So each rule is defined once, here in the engine: the embedding parameters, the storage keys
//! the loader reads, the quick exit's default, and the checks of an address, an origin and an id
//! (each beside the Rust function it mirrors). The browser tests check that the served scripts
//! hold these values (`tests/e2e/web-rules.test.mjs`), and both sides are tried on the same
//! cases (`tests/web-rules.toml`). How a browser's language is matched is a few lines of code,
//! not a value: `locale::serves_tag` for the app, the loader's own for its first view, held
//! together by those cases.

use crate::{embed, storage_keys, validate};

/// One shared value: a text, a list of texts or a number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Text(&'static str),
    List(Vec<&'static str>),
    Number(usize),
}

/// Every shared rule by the name the scripts' build knows it by, in a fixed order.
pub fn rules() -> Vec<(&'static str, Value)> {
    use Value::{List, Number, Text};
    // The practice's settings, which the snippet passes on from its `data-*` attributes.
    let settings = embed::PARAMETERS
        .into_iter()
        .filter(|name| !embed::SET_BY_SNIPPET.contains(name))
        .collect();
    vec![
        ("parameters", List(embed::PARAMETERS.to_vec())),
        ("settings", List(settings)),
        ("maxValue", Number(embed::MAX_VALUE)),
        ("switchOn", List(embed::SWITCH_ON.to_vec())),
        ("exitDefault", Text(embed::DEFAULT_EXIT)),
        ("webAddress", Text(embed::WEB_ADDRESS_PATTERN)),
        ("origin", Text(embed::ORIGIN_PATTERN)),
        ("id", Text(validate::ID_PATTERN)),
        ("eventMessage", Text(embed::EVENT_MESSAGE)),
        (
            "events",
            List(vec![embed::SCENARIO_STARTED, embed::SCENARIO_COMPLETED]),
        ),
        ("profileKey", Text(storage_keys::PROFILE)),
        ("languageKey", Text(storage_keys::LANGUAGE)),
    ]
}

/// `rules()` as a JSON object, one rule a line.
pub fn rules_json() -> String {
    let lines: Vec<String> = rules()
        .into_iter()
        .map(|(name, value)| format!("  {}: {}", json_text(name), json_value(&value)))
        .collect();
    format!("{{\n{}\n}}\n", lines.join(",\n"))
}

fn json_value(value: &Value) -> String {
    match value {
        Value::Text(text) => json_text(text),
        Value::List(texts) => {
            let items: Vec<String> = texts.iter().map(|text| json_text(text)).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Number(number) => number.to_string(),
    }
}

/// A JSON string: quotes, backslashes and control characters escaped, the rest as it is.
pub fn json_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
