//! Validation: each kind of broken content is reported, naming file, scenario, step and response.

mod common;

use common::{
    load, load_demo_with, messages, ABOUT, GLOSSARY, PATTERNS, SANDBOX, SCENARIO, SOURCES,
};

/// Asserts that loading reports exactly one error, and that it reads `expected`.
fn assert_single_error(loaded: &attune_engine::load::Loaded, expected: &str) {
    assert_eq!(messages(loaded), vec![expected.to_string()]);
}

#[test]
fn valid_content_loads_without_errors() {
    let loaded = load_demo_with(str::to_string);
    assert_eq!(messages(&loaded), Vec::<String>::new());
    let scenario = loaded.library.scenario("demo").unwrap();
    assert_eq!(scenario.steps.len(), 4);
    assert_eq!(scenario.file, "content/scenarios/demo.toml");
}

#[test]
fn unknown_target_names_the_response() {
    let loaded = load_demo_with(|s| s.replace("next = \"warm-end\"", "next = \"nowhere\""));
    let errors = messages(&loaded);
    assert!(errors.contains(
        &"content/scenarios/demo.toml: scenario `demo`, step `second`, response `ask`: `next` names step `nowhere`, which does not exist".to_string()
    ), "{errors:#?}");
}

#[test]
fn reports_give_the_line_of_the_step_or_response() {
    let loaded = load_demo_with(|s| s.replace("next = \"warm-end\"", "next = \"nowhere\""));
    let reports: Vec<String> = loaded.errors.iter().map(|e| e.report()).collect();
    assert!(reports.contains(
        &"content/scenarios/demo.toml:36: scenario `demo`, step `second`, response `ask`: `next` names step `nowhere`, which does not exist".to_string()
    ), "{reports:#?}");
    let loaded = load_demo_with(|s| s.replace("situation = \"They look up.\"", "situation = \"\""));
    assert_eq!(
        loaded.errors.iter().map(|e| e.report()).collect::<Vec<_>>(),
        vec!["content/scenarios/demo.toml:32: scenario `demo`, step `second`: `situation` is missing or empty".to_string()]
    );
}

#[test]
fn unknown_start_is_reported() {
    let loaded = load_demo_with(|s| s.replace("start = \"first\"", "start = \"begin\""));
    assert_single_error(
        &loaded,
        "content/scenarios/demo.toml: scenario `demo`: `start` names step `begin`, which does not exist",
    );
}

#[test]
fn unreachable_step_is_reported() {
    let extra =
        "\n[[steps]]\nid = \"orphan\"\nsituation = \"Nobody comes here.\"\nreflection = \"Why?\"\n";
    let loaded = load_demo_with(|s| format!("{s}{extra}"));
    assert_single_error(
        &loaded,
        "content/scenarios/demo.toml: scenario `demo`, step `orphan`: cannot be reached from the start step `first`",
    );
}

#[test]
fn step_without_way_forward_that_is_not_an_ending() {
    let loaded = load_demo_with(|s| s.replace("reflection = \"What helped?\"", ""));
    assert_single_error(
        &loaded,
        "content/scenarios/demo.toml: scenario `demo`, step `warm-end`: has no way forward and is not an ending: add responses, or a `reflection` to make it an ending",
    );
}

#[test]
fn step_with_responses_and_reflection_is_reported() {
    let loaded = load_demo_with(|s| {
        s.replace(
            "situation = \"They look up.\"",
            "situation = \"They look up.\"\nreflection = \"Hmm?\"",
        )
    });
    assert_single_error(
        &loaded,
        "content/scenarios/demo.toml: scenario `demo`, step `second`: has both responses and a `reflection`: a step is either a decision or an ending",
    );
}

#[test]
fn missing_lens_is_reported_per_lens() {
    let loaded = load_demo_with(|s| {
        s.replace("attachment = \"Accessible and responsive.\"\n", "")
            .replace(
                "codependency = \"Some self-containment.\"",
                "codependency = \"  \"",
            )
    });
    assert_eq!(
        messages(&loaded),
        vec![
            "content/scenarios/demo.toml: scenario `demo`, step `first`, response `wait`: `codependency` is missing or empty".to_string(),
            "content/scenarios/demo.toml: scenario `demo`, step `second`, response `ask`: `attachment` is missing or empty".to_string(),
        ]
    );
}

#[test]
fn missing_and_unknown_sources_are_reported() {
    let loaded = load_demo_with(|s| {
        s.replacen("sources = [\"article\"]", "sources = []", 1)
            .replacen("sources = [\"article\"]", "sources = [\"a-book\"]", 1)
    });
    assert_eq!(
        messages(&loaded),
        vec![
            "content/scenarios/demo.toml: scenario `demo`, step `first`, response `reach-out`: names no `sources`: say which article(s) it rests on".to_string(),
            "content/scenarios/demo.toml: scenario `demo`, step `first`, response `wait`: source `a-book` is not in the sources file".to_string(),
        ]
    );
}

#[test]
fn duplicate_ids_are_reported() {
    let loaded = load_demo_with(|s| {
        s.replace("id = \"wait\"", "id = \"reach-out\"")
            .replace("id = \"quiet-end\"", "id = \"warm-end\"")
    });
    let errors = messages(&loaded);
    assert!(errors.contains(&"content/scenarios/demo.toml: scenario `demo`, step `first`, response `reach-out`: this response id is used twice in the step".to_string()), "{errors:#?}");
    assert!(errors.contains(&"content/scenarios/demo.toml: scenario `demo`, step `warm-end`: this step id is used twice in the scenario".to_string()), "{errors:#?}");

    let twice = load(&[
        ("sources.toml", SOURCES),
        ("about.toml", ABOUT),
        ("scenarios/demo.toml", SCENARIO),
        ("scenarios/copy.toml", SCENARIO),
    ]);
    let errors = messages(&twice);
    assert!(
        errors.contains(
            &"content/scenarios/demo.toml: scenario id `demo` is used by another file too"
                .to_string()
        ),
        "{errors:#?}"
    );
    assert!(
        errors.contains(
            &"content/scenarios/copy.toml: scenario `demo`: the file name should be `demo.toml`"
                .to_string()
        ),
        "{errors:#?}"
    );
}

#[test]
fn empty_text_is_reported() {
    let loaded = load_demo_with(|s| {
        s.replace("situation = \"They look up.\"", "situation = \"\"")
            .replace("text = \"Wait.\"", "text = \" \"")
    });
    assert_eq!(
        messages(&loaded),
        vec![
            "content/scenarios/demo.toml: scenario `demo`, step `first`, response `wait`: `text` is missing or empty".to_string(),
            "content/scenarios/demo.toml: scenario `demo`, step `second`: `situation` is missing or empty".to_string(),
        ]
    );
}

#[test]
fn badly_formed_ids_are_reported() {
    let loaded = load_demo_with(|s| s.replace("id = \"ask\"", "id = \"Ask Them\""));
    assert_single_error(
        &loaded,
        "content/scenarios/demo.toml: scenario `demo`, step `second`, response `Ask Them`: response id `Ask Them` must be lower-case letters, digits and hyphens, at most 64 long",
    );
}

#[test]
fn loops_are_reported() {
    let loaded = load_demo_with(|s| s.replace("next = \"warm-end\"", "next = \"first\""));
    let errors = messages(&loaded);
    assert!(errors.contains(&"content/scenarios/demo.toml: scenario `demo`, step `second`: leads back to step `first`, making a loop: scenarios must always move on towards an ending".to_string()), "{errors:#?}");
    assert!(errors.contains(&"content/scenarios/demo.toml: scenario `demo`, step `warm-end`: cannot be reached from the start step `first`".to_string()), "{errors:#?}");
}

#[test]
fn syntax_errors_and_unknown_fields_name_the_file_and_line() {
    let loaded =
        load_demo_with(|s| s.replace("outcome = \"They answer.\"", "outcom = \"They answer.\""));
    let errors = messages(&loaded);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with("content/scenarios/demo.toml: "),
        "{errors:#?}"
    );
    assert!(
        errors[0].contains("line 15") && errors[0].contains("outcom"),
        "{errors:#?}"
    );

    let broken = load_demo_with(|s| s.replace("title = \"Demo\"", "title = \"Demo"));
    let errors = messages(&broken);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with("content/scenarios/demo.toml: ") && errors[0].contains("line 3"),
        "{errors:#?}"
    );
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let loaded = load_demo_with(|s| {
        s.replace("next = \"warm-end\"", "next = \"nowhere\"")
            .replace("attachment = \"A bid for connection.\"", "")
            .replacen("sources = [\"article\"]", "sources = []", 1)
            .replace("teaser = \"A small story.\"", "teaser = \"\"")
    });
    assert_eq!(
        messages(&loaded),
        vec![
            "content/scenarios/demo.toml: scenario `demo`: `teaser` is missing or empty".to_string(),
            "content/scenarios/demo.toml: scenario `demo`, step `first`, response `reach-out`: `attachment` is missing or empty".to_string(),
            "content/scenarios/demo.toml: scenario `demo`, step `first`, response `reach-out`: names no `sources`: say which article(s) it rests on".to_string(),
            "content/scenarios/demo.toml: scenario `demo`, step `second`, response `ask`: `next` names step `nowhere`, which does not exist".to_string(),
            "content/scenarios/demo.toml: scenario `demo`, step `warm-end`: cannot be reached from the start step `first`".to_string(),
        ]
    );
}

#[test]
fn broken_sources_file_is_named() {
    let loaded = load(&[
        (
            "sources.toml",
            "[[sources]]\nid = \"Article\"\ntitle = \"\"\nsummary = \"x\"\n",
        ),
        ("about.toml", ABOUT),
        (
            "patterns.toml",
            &PATTERNS.replace("\"article\"", "\"Article\""),
        ),
        (
            "glossary.toml",
            &GLOSSARY.replace("\"article\"", "\"Article\""),
        ),
        (
            "sandbox.toml",
            &SANDBOX.replace("\"article\"", "\"Article\""),
        ),
        (
            "scenarios/demo.toml",
            &SCENARIO.replace("\"article\"", "\"Article\""),
        ),
    ]);
    assert_eq!(
        messages(&loaded),
        vec![
            "content/sources.toml: source id `Article` must be lower-case letters, digits and hyphens, at most 64 long".to_string(),
            "content/sources.toml: source `Article`: `title` is missing or empty".to_string(),
        ]
    );
}

#[test]
fn a_loop_with_no_way_out_is_reported() {
    let loaded = load_demo_with(|s| {
        s.replace("next = \"warm-end\"", "next = \"first\"")
            .replace("next = \"quiet-end\"", "next = \"second\"")
    });
    let errors = messages(&loaded);
    assert!(errors.contains(&"content/scenarios/demo.toml: scenario `demo`, step `first`: no path from this step reaches an ending".to_string()), "{errors:#?}");
}

#[test]
fn the_about_page_must_say_where_to_get_help() {
    let loaded = load(&[
        ("sources.toml", SOURCES),
        (
            "about.toml",
            "[[sections]]\nid = \"what\"\nheading = \"What this is\"\nbody = \"\"\n",
        ),
        ("scenarios/demo.toml", SCENARIO),
    ]);
    assert_eq!(
        messages(&loaded),
        vec![
            "content/about.toml: section `what`: `body` is missing or empty".to_string(),
            "content/about.toml: needs a section with id `help`: where to get help now".to_string(),
        ]
    );
}

#[test]
fn a_missing_file_is_named() {
    let loaded = load(&[("about.toml", ABOUT), ("scenarios/demo.toml", SCENARIO)]);
    let errors = messages(&loaded);
    assert!(
        errors[0].starts_with("content/sources.toml: cannot read: "),
        "{errors:#?}"
    );
}

#[test]
fn a_pattern_that_is_not_defined_is_reported() {
    let loaded = load_demo_with(|s| s.replace("pattern = \"pursue\"", "pattern = \"chase\""));
    assert_single_error(
        &loaded,
        "content/scenarios/demo.toml: scenario `demo`, step `first`, response `reach-out`: pattern `chase` is not defined in patterns.toml",
    );
}

#[test]
fn broken_patterns_and_glossary_are_named() {
    let loaded = load(&[
        ("sources.toml", SOURCES),
        ("about.toml", ABOUT),
        ("patterns.toml", &PATTERNS.replace("next_step = \"Pause.\"", "next_step = \"\"")),
        (
            "glossary.toml",
            &format!("{GLOSSARY}\n[[terms]]\nid = \"bidding\"\nterm = \"Bidding\"\nforms = [\"Bid\", \"bid\"]\ndefinition = \"x\"\nsources = []\n"),
        ),
        ("scenarios/demo.toml", SCENARIO),
    ]);
    assert_eq!(
        messages(&loaded),
        vec![
            "content/patterns.toml: pattern `pursue`: `next_step` is missing or empty".to_string(),
            "content/glossary.toml: term `bidding`: form `Bid` must be lower-case and not empty".to_string(),
            "content/glossary.toml: term `bidding`: form `bid` is already another term's".to_string(),
            "content/glossary.toml: term `bidding`: names no `sources`: say which article(s) it rests on".to_string(),
        ]
    );
}

#[test]
fn the_sandbox_needs_one_complete_guide_per_model_preset_in_order() {
    let broken = SANDBOX
        .replace("id = \"rescue-enable\"", "id = \"rescue\"")
        .replace("notice = \"Watch both.\"", "notice = \"\"")
        .replace(
            "sources = [\"article\"]\n\n[[presets]]\nid = \"one-partner-ill\"",
            "sources = [\"nowhere\"]\n\n[[presets]]\nid = \"one-partner-ill\"",
        );
    let loaded = load(&[
        ("sources.toml", SOURCES),
        ("about.toml", ABOUT),
        ("sandbox.toml", &broken),
        ("scenarios/demo.toml", SCENARIO),
    ]);
    assert_eq!(
        messages(&loaded),
        vec![
            "content/sandbox.toml: preset `rescue` is not one of the model's presets (pursue-withdraw, rescue-enable, interdependence, one-partner-ill)",
            "content/sandbox.toml: preset `interdependence`: `notice` is missing or empty",
            "content/sandbox.toml: preset `interdependence`: source `nowhere` is not in the sources file",
            "content/sandbox.toml: needs exactly one preset for each of the model's presets, in its order: pursue-withdraw, rescue-enable, interdependence, one-partner-ill",
        ]
    );
    let missing = load(&[
        ("sources.toml", SOURCES),
        ("about.toml", ABOUT),
        ("sandbox.toml", "intro = \"Hello.\""),
        ("scenarios/demo.toml", SCENARIO),
    ]);
    assert_eq!(
        messages(&missing),
        vec![
            "content/sandbox.toml: `note` is missing or empty",
            "content/sandbox.toml: needs exactly one preset for each of the model's presets, in its order: pursue-withdraw, rescue-enable, interdependence, one-partner-ill",
        ]
    );
}

#[test]
fn every_pattern_says_how_it_shifts_the_cycle() {
    let without = PATTERNS.replace("cycle = { reaching = 30 }\n", "");
    let too_far = PATTERNS.replace("reaching = 30", "reaching = 130");
    for (patterns, expected) in [
        (without, "content/patterns.toml: pattern `pursue`: `cycle` is missing: say how this move shifts the mover's ways in \"See the cycle\" (docs/authoring.md)"),
        (too_far, "content/patterns.toml: pattern `pursue`: each `cycle` shift must be between -100 and 100"),
    ] {
        let loaded = load(&[
            ("sources.toml", SOURCES),
            ("about.toml", ABOUT),
            ("patterns.toml", &patterns),
            ("scenarios/demo.toml", SCENARIO),
        ]);
        assert_eq!(messages(&loaded), vec![expected.to_string()]);
    }
}

#[test]
fn facilitator_notes_must_fit_their_scenario() {
    let notes = |text: &str| {
        load(&[
            ("sources.toml", SOURCES),
            ("about.toml", ABOUT),
            ("scenarios/demo.toml", SCENARIO),
            ("facilitation/demo.toml", text),
        ])
    };
    let good = "scenario = \"demo\"\n\n[[steps]]\nid = \"first\"\nquestions = [\"What now?\"]\nwatch_for = \"Care.\"\n\n[[steps]]\nid = \"second\"\nquestions = [\"And then?\"]\nwatch_for = \"Care.\"\n";
    assert_eq!(messages(&notes(good)), Vec::<String>::new());
    let broken = good
        .replace("id = \"second\"", "id = \"warm-end\"")
        .replace("watch_for = \"Care.\"\n\n", "watch_for = \"\"\n\n");
    assert_eq!(
        messages(&notes(&broken)),
        vec![
            "content/facilitation/demo.toml: scenario `demo`, step `first`: `watch_for` is missing or empty",
            "content/facilitation/demo.toml: scenario `demo`: notes for `warm-end`, which is not a decision step of this scenario",
            "content/facilitation/demo.toml: scenario `demo`, step `second`: has no facilitator notes",
        ]
    );
    let elsewhere = load(&[
        ("sources.toml", SOURCES),
        ("about.toml", ABOUT),
        ("scenarios/demo.toml", SCENARIO),
        ("facilitation/other.toml", good),
        (
            "facilitation/nowhere.toml",
            &good.replace("scenario = \"demo\"", "scenario = \"nowhere\""),
        ),
    ]);
    assert_eq!(
        messages(&elsewhere),
        vec![
            "content/facilitation/nowhere.toml: `scenario` names `nowhere`, which is not a scenario",
            "content/facilitation/other.toml: holds notes for `demo`, so it must be named content/facilitation/demo.toml",
        ]
    );
}

/// The demo content with a Spanish folder beside it, the Spanish scenario edited by `edit`.
fn with_spanish(edit: impl Fn(&str) -> String) -> attune_engine::load::Loaded {
    let spanish = edit(SCENARIO)
        .replace("title = \"Demo\"", "title = \"Demostración\"")
        .replace("Something happens.", "Algo pasa.");
    load(&[
        ("sources.toml", SOURCES),
        ("about.toml", ABOUT),
        ("scenarios/demo.toml", SCENARIO),
        ("es/sources.toml", SOURCES),
        (
            "es/about.toml",
            &ABOUT.replace("Call someone.", "Llama a alguien."),
        ),
        ("es/patterns.toml", PATTERNS),
        ("es/glossary.toml", GLOSSARY),
        ("es/sandbox.toml", SANDBOX),
        ("es/ui.toml", "[nav]\nhelp = \"¿Necesitas ayuda ahora?\"\n"),
        ("es/scenarios/demo.toml", &spanish),
    ])
}

#[test]
fn a_translation_that_matches_english_entry_for_entry_loads() {
    let loaded = with_spanish(str::to_string);
    assert_eq!(messages(&loaded), Vec::<String>::new());
    assert_eq!(loaded.locales.len(), 1);
    assert_eq!(loaded.locales[0].code, "es");
    assert_eq!(
        loaded.locales[0].library.scenario("demo").unwrap().title,
        "Demostración"
    );
}

#[test]
fn a_translation_that_differs_from_english_in_anything_but_words_is_named() {
    let loaded = with_spanish(|s| {
        s.replace("next = \"warm-end\"", "next = \"quiet-end\"")
            .replace("pattern = \"pursue\"", "")
            .replace("id = \"ask\"", "id = \"pregunta\"")
    });
    let errors = messages(&loaded);
    assert!(
        errors.contains(&"content/es/scenarios/demo.toml: scenario `demo`, step `first`, response `reach-out`: `pattern` must be as in English".to_string()),
        "{errors:#?}"
    );
    assert!(
        errors.iter().any(|e| e.starts_with("content/es/scenarios/demo.toml: scenario `demo`, step `second`: responses differ from English: English has ask")),
        "{errors:#?}"
    );
    let missing = load(&[
        ("sources.toml", SOURCES),
        ("about.toml", ABOUT),
        ("scenarios/demo.toml", SCENARIO),
        ("es/sources.toml", SOURCES),
        ("es/about.toml", ABOUT),
        (
            "es/scenarios/other.toml",
            &SCENARIO.replace("id = \"demo\"", "id = \"other\""),
        ),
    ]);
    let errors = messages(&missing);
    assert!(
        errors.contains(
            &"content/es/scenarios/demo.toml: is missing: English has scenario `demo`".to_string()
        ),
        "{errors:#?}"
    );
    assert!(
        errors.contains(
            &"content/es/scenarios/other.toml: scenario `other` is not in English".to_string()
        ),
        "{errors:#?}"
    );
}

#[test]
fn only_language_codes_are_read_as_languages() {
    use attune_engine::locale::is_locale_code;
    for code in ["es", "pt", "pt-br", "haw"] {
        assert!(is_locale_code(code), "{code}");
    }
    for name in [
        "en",
        "scenarios",
        "facilitation",
        "ES",
        "e",
        "es_MX",
        "pt-BR",
        "es-",
        "drafts",
    ] {
        assert!(!is_locale_code(name), "{name}");
    }
}
