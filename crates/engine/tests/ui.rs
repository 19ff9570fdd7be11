//! The interface's words: placeholders, parity between languages, and the published encoding.

use attune_engine::ui::{fill, placeholders, validate_ui, validate_ui_locale, UiText};

fn ui(pairs: &[(&str, &str)]) -> UiText {
    UiText {
        entries: pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    }
}

#[test]
fn placeholders_are_found_and_filled() {
    assert_eq!(
        placeholders("Step {number} of {total}"),
        Some(vec!["number", "total"])
    );
    assert_eq!(placeholders("no braces"), Some(vec![]));
    assert_eq!(placeholders("a { b"), None);
    assert_eq!(placeholders("a } b"), None);
    assert_eq!(placeholders("{Not-A-Name}"), None);
    assert_eq!(
        fill(
            "Paso {number} de {total}",
            &[("total", "3"), ("number", "2")]
        ),
        "Paso 2 de 3"
    );
}

#[test]
fn a_language_needs_the_same_keys_and_placeholders_as_english() {
    let english = ui(&[
        ("player.step", "Step {number} of {total}"),
        ("nav.help", "Need help now?"),
    ]);
    let good = ui(&[
        ("player.step", "Paso {number} de {total}"),
        ("nav.help", "¿Necesitas ayuda ahora?"),
    ]);
    assert!(validate_ui_locale(&english, &good, "content/es/ui.toml").is_empty());
    let bad = ui(&[
        ("player.step", "Paso {numero} de {total}"),
        ("nav.extra", "Extra"),
    ]);
    let errors: Vec<String> = validate_ui_locale(&english, &bad, "content/es/ui.toml")
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        errors,
        vec![
            "content/es/ui.toml: `nav.help` is missing (English: \"Need help now?\")",
            "content/es/ui.toml: `player.step` must have the same placeholders as English: [\"number\", \"total\"]",
            "content/es/ui.toml: `nav.extra` is not in English",
        ]
    );
    let broken = ui(&[("Bad Key", "x"), ("ok.empty", " "), ("ok.brace", "a {")]);
    assert_eq!(validate_ui(&broken, "content/ui.toml").len(), 3);
}

#[test]
fn the_shipped_languages_match_english() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let loaded = attune_engine::load::load_dir(&root);
    assert!(!loaded.ui.entries.is_empty());
    for locale in &loaded.locales {
        assert!(
            validate_ui_locale(&loaded.ui, &locale.ui, &locale.code).is_empty(),
            "{}",
            locale.code
        );
    }
}
