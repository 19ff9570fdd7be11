//! The rules the scripts (`web/*.js`) share with the app: the JSON the build fills into them holds
//! each as the engine defines it, and the Rust side judges the shared cases
//! (`tests/web-rules.toml`) as the scripts must (`tests/e2e/web-rules.test.mjs` tries those).

use attune_engine::embed::{
    EmbedConfig, DEFAULT_EXIT, EVENT_MESSAGE, MAX_VALUE, ORIGIN_PATTERN, PARAMETERS,
    SCENARIO_COMPLETED, SCENARIO_STARTED, SET_BY_SNIPPET, SWITCH_ON, WEB_ADDRESS_PATTERN,
};
use attune_engine::locale::serves_tag;
use attune_engine::storage_keys;
use attune_engine::validate::{is_valid_id, ID_PATTERN, MAX_ID_LEN};
use attune_engine::web_rules::{json_text, rules, rules_json, Value};
use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    #[serde(rename = "web-address")]
    web_address: Addresses,
    origin: YesNo,
    id: YesNo,
    switch: Switch,
    languages: Languages,
}

#[derive(Deserialize)]
struct YesNo {
    yes: Vec<String>,
    no: Vec<String>,
}

#[derive(Deserialize)]
struct Addresses {
    yes: Vec<String>,
    no: Vec<String>,
    #[serde(rename = "app-only")]
    app_only: Vec<String>,
}

#[derive(Deserialize)]
struct Switch {
    on: Vec<String>,
    off: Vec<String>,
    neither: Vec<String>,
}

#[derive(Deserialize)]
struct Languages {
    codes: Vec<String>,
    cases: Vec<LanguageCase>,
}

#[derive(Deserialize)]
struct LanguageCase {
    browser: Vec<String>,
    chosen: String,
}

fn cases() -> Cases {
    toml::from_str(include_str!("../../../tests/web-rules.toml")).expect("tests/web-rules.toml")
}

/// The settings as an embedding page would give them, checked by the engine.
fn parse(name: &str, value: &str) -> (EmbedConfig, Vec<String>) {
    EmbedConfig::parse([(name, value)], &["saying-no"], &["en", "es"])
}

fn rule(name: &str) -> Value {
    rules()
        .into_iter()
        .find(|(rule, _)| *rule == name)
        .unwrap_or_else(|| panic!("no rule {name}"))
        .1
}

#[test]
fn each_rule_is_the_engines_own() {
    let texts = |list: &[&'static str]| Value::List(list.to_vec());
    assert_eq!(rule("parameters"), texts(&PARAMETERS));
    assert_eq!(rule("maxValue"), Value::Number(MAX_VALUE));
    assert_eq!(rule("switchOn"), texts(&SWITCH_ON));
    assert_eq!(rule("exitDefault"), Value::Text(DEFAULT_EXIT));
    assert_eq!(rule("webAddress"), Value::Text(WEB_ADDRESS_PATTERN));
    assert_eq!(rule("origin"), Value::Text(ORIGIN_PATTERN));
    assert_eq!(rule("id"), Value::Text(ID_PATTERN));
    assert_eq!(rule("eventMessage"), Value::Text(EVENT_MESSAGE));
    assert_eq!(
        rule("events"),
        texts(&[SCENARIO_STARTED, SCENARIO_COMPLETED])
    );
    assert_eq!(rule("profileKey"), Value::Text(storage_keys::PROFILE));
    assert_eq!(rule("languageKey"), Value::Text(storage_keys::LANGUAGE));
}

#[test]
fn the_snippet_passes_on_every_parameter_but_those_it_sets_itself_in_the_same_order() {
    let Value::List(settings) = rule("settings") else {
        panic!("settings is a list")
    };
    let mut expected = PARAMETERS.to_vec();
    expected.retain(|name| !SET_BY_SNIPPET.contains(name));
    assert_eq!(settings, expected);
    assert_eq!(settings.len() + SET_BY_SNIPPET.len(), PARAMETERS.len());
    assert!(SET_BY_SNIPPET.iter().all(|name| PARAMETERS.contains(name)));
}

#[test]
fn every_parameter_listed_is_one_the_engine_reads() {
    for name in PARAMETERS {
        let (_, problems) = parse(name, "");
        assert!(
            problems.iter().all(|p| !p.contains("not a setting")),
            "{name}: {problems:?}"
        );
    }
    let (_, problems) = parse("exit-ur", "");
    assert_eq!(problems, vec!["“exit-ur”: is not a setting Attune knows"]);
}

#[test]
fn the_json_holds_each_rule_as_written_here() {
    // Rust's own quoting of a text (`{:?}`) is JSON's for the characters these rules hold.
    let quoted = |text: &str| format!("{text:?}");
    let json = rules_json();
    for (name, value) in rules() {
        let written = match value {
            Value::Text(text) => quoted(text),
            Value::List(texts) => {
                let items: Vec<String> = texts.into_iter().map(quoted).collect();
                format!("[{}]", items.join(", "))
            }
            Value::Number(number) => number.to_string(),
        };
        assert!(
            json.contains(&format!("\n  \"{name}\": {written}")),
            "{name} in {json}"
        );
    }
    assert!(json.starts_with("{\n") && json.ends_with("\n}\n"), "{json}");
    assert_eq!(json.lines().count(), rules().len() + 2, "one rule a line");
}

#[test]
fn json_texts_escape_what_json_requires() {
    assert_eq!(json_text(r#"a"b\c"#), r#""a\"b\\c""#);
    assert_eq!(json_text("line\nnext\u{1}"), r#""line\nnext\u0001""#);
    assert_eq!(json_text("bücher `'<>"), "\"bücher `'<>\"");
}

#[test]
fn every_storage_key_is_attunes() {
    for key in storage_keys::ALL {
        assert!(key.starts_with(storage_keys::PREFIX), "{key}");
    }
}

#[test]
fn web_addresses_are_judged_as_the_scripts_judge_them() {
    let cases = cases().web_address;
    let taken = |address: &str| parse("exit-url", address).0.exit_url.is_some();
    for address in cases.yes.iter().chain(&cases.app_only) {
        assert!(taken(address), "{address} is a web address");
    }
    for address in &cases.no {
        assert!(!taken(address), "{address} is not a web address");
    }
}

#[test]
fn origins_are_judged_as_the_scripts_judge_them() {
    let cases = cases().origin;
    let taken = |origin: &str| parse("host", origin).0.host.is_some();
    for origin in &cases.yes {
        assert!(taken(origin), "{origin} is an origin");
    }
    for origin in &cases.no {
        assert!(!taken(origin), "{origin} is not an origin");
    }
}

#[test]
fn ids_are_judged_as_the_scripts_judge_them() {
    let cases = cases().id;
    for id in &cases.yes {
        assert!(is_valid_id(id), "{id} is an id");
    }
    for id in &cases.no {
        assert!(!is_valid_id(id), "{id} is not an id");
    }
    // The pattern's `{0,62}` is the longest id less its first and last character.
    assert!(ID_PATTERN.contains(&format!("{{0,{}}}", MAX_ID_LEN - 2)));
    assert!(cases.yes.iter().any(|id| id.len() == MAX_ID_LEN));
    assert!(cases.no.iter().any(|id| id.len() == MAX_ID_LEN + 1));
}

#[test]
fn switches_are_turned_on_by_the_same_words() {
    let cases = cases().switch;
    for value in &cases.on {
        assert_eq!(parse("private", value), (private(true), vec![]), "{value}");
        assert!(SWITCH_ON.contains(&value.as_str()));
    }
    for value in &cases.off {
        assert_eq!(parse("private", value), (private(false), vec![]), "{value}");
    }
    for value in &cases.neither {
        let (config, problems) = parse("private", value);
        assert!(!config.private && problems.len() == 1, "{value}");
    }
    assert_eq!(SWITCH_ON.len(), cases.on.len(), "every word is a case");
}

fn private(private: bool) -> EmbedConfig {
    EmbedConfig {
        private,
        ..EmbedConfig::default()
    }
}

#[test]
fn a_browsers_languages_choose_as_the_loader_chooses() {
    let Languages { codes, cases } = cases().languages;
    for case in cases {
        let chosen = case
            .browser
            .iter()
            .find_map(|tag| codes.iter().find(|code| serves_tag(code, tag)))
            .map_or("en", String::as_str);
        assert_eq!(chosen, case.chosen, "{:?}", case.browser);
    }
}
