//! The scenario encoding: what is written is read back exactly, and damaged files are refused without a panic.

mod common;

use std::path::Path;

use attune_engine::codec::{decode, decode_reference, encode, encode_reference, file_name};
use attune_engine::load::load_dir;
use attune_engine::Scenario;

fn without_file(scenario: &Scenario) -> Scenario {
    Scenario {
        file: "".into(),
        ..scenario.clone()
    }
}

#[test]
fn every_shipped_scenario_round_trips() {
    let loaded = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"));
    assert!(loaded.errors.is_empty());
    for scenario in loaded.library.scenarios.iter() {
        assert_eq!(
            decode(&encode(scenario)).as_ref(),
            Ok(&without_file(scenario)),
            "{}",
            scenario.id
        );
    }
}

#[test]
fn awkward_text_round_trips() {
    let loaded = common::load_demo_with(|s| {
        s.replace(
            "Something happens.",
            "Digits 12:34# and a dash -, quotes “”, emoji 🌧️, \\n a new line",
        )
        .replace("title = \"Demo\"", "title = \"\"\"\n3:abc\"\"\"")
    });
    let scenario = &loaded.library.scenarios[0];
    assert_eq!(decode(&encode(scenario)), Ok(without_file(scenario)));
}

#[test]
fn damaged_files_are_refused_not_panicked_on() {
    let loaded = common::load_demo_with(str::to_string);
    let encoded = encode(&loaded.library.scenarios[0]);
    // Every truncation, and a byte changed at every position, is either refused or
    // (rarely, when a change lands inside text) read as a different but whole scenario.
    for end in 0..encoded.len() {
        if encoded.is_char_boundary(end) {
            assert!(decode(&encoded[..end]).is_err(), "truncated at {end}");
        }
    }
    let bytes = encoded.as_bytes();
    for at in 0..bytes.len() {
        for replacement in [b'0', b'9', b':', b'#', b'-', b'x'] {
            let mut changed = bytes.to_vec();
            changed[at] = replacement;
            if let Ok(text) = String::from_utf8(changed) {
                let _ = decode(&text);
            }
        }
    }
    assert_eq!(
        decode("hello").unwrap_err().message,
        "not an Attune scenario file, or from another version"
    );
    assert!(decode(&format!("{encoded}extra")).is_err());
    assert!(decode("attune-scenario 3\n999999999:").is_err());
    assert!(decode("attune-scenario 3\n2:id1:t1:t-999999999#").is_err());
}

#[test]
fn file_names_change_when_content_does() {
    let a = file_name("demo", "one");
    assert_eq!(a, file_name("demo", "one"));
    assert_ne!(a, file_name("demo", "two"));
    assert!(
        a.starts_with("demo-") && a.ends_with(".txt") && a.len() == "demo-".len() + 12 + 4,
        "{a}"
    );
}

#[test]
fn the_shipped_patterns_and_glossary_round_trip() {
    let loaded = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"));
    let reference = loaded.library.reference();
    assert!(reference.glossary.len() >= 15 && reference.patterns.len() == 8);
    let encoded = encode_reference(&reference);
    assert_eq!(decode_reference(&encoded), Ok(reference));
    for end in (0..encoded.len()).filter(|&e| encoded.is_char_boundary(e)) {
        assert!(
            decode_reference(&encoded[..end]).is_err(),
            "truncated at {end}"
        );
    }
}
