//! Safety rules in content: sensitive steps show a safety note, getting safe is never a pattern,
//! and each scenario has its own people. Each broken fixture must be named with file, scenario
//! and step.

mod common;

use attune_engine::export::pattern_counts;
use attune_engine::present::takes_votes;
use attune_engine::profile::Profile;
use attune_engine::Playthrough;
use common::{load, load_demo_with, messages, ABOUT, SCENARIO, SOURCES};

/// The demo scenario's first step marked sensitive, with or without its note.
fn sensitive_first_step(note: bool) -> impl Fn(&str) -> String {
    move |s: &str| {
        let note = if note {
            "\nsafety_note = \"If you are afraid, your safety comes first.\""
        } else {
            ""
        };
        s.replace(
            "situation = \"Something happens.\"",
            &format!("situation = \"Something happens.\"\nsensitive = true{note}"),
        )
    }
}

#[test]
fn a_sensitive_step_with_its_safety_note_is_valid() {
    let loaded = load_demo_with(sensitive_first_step(true));
    assert_eq!(messages(&loaded), Vec::<String>::new());
    let step = loaded
        .library
        .scenario("demo")
        .unwrap()
        .step("first")
        .unwrap();
    assert!(step.sensitive);
    assert!(
        !takes_votes(step),
        "a sensitive step never takes hands or votes"
    );
    let second = loaded
        .library
        .scenario("demo")
        .unwrap()
        .step("second")
        .unwrap();
    assert!(takes_votes(second));
}

#[test]
fn a_sensitive_step_without_a_safety_note_names_file_scenario_and_step() {
    let loaded = load_demo_with(sensitive_first_step(false));
    assert_eq!(
        messages(&loaded),
        vec!["content/scenarios/demo.toml: scenario `demo`, step `first`: is marked `sensitive` but has no `safety_note`: a sensitive step must show a safety note, which links to the help page".to_string()]
    );
}

#[test]
fn a_safety_response_with_a_pattern_names_the_response() {
    let loaded = load_demo_with(|s| {
        s.replace(
            "pattern = \"pursue\"",
            "pattern = \"pursue\"\nsafety = true",
        )
    });
    assert_eq!(
        messages(&loaded),
        vec!["content/scenarios/demo.toml: scenario `demo`, step `first`, response `reach-out`: is a `safety` response but names pattern `pursue`: getting safe is never a pattern, so remove `pattern`".to_string()]
    );
}

#[test]
fn a_safety_response_is_never_counted_in_my_pattern() {
    let safe = |s: &str| s.replace("pattern = \"pursue\"", "safety = true");
    let loaded = load_demo_with(safe);
    assert_eq!(messages(&loaded), Vec::<String>::new());
    let scenario = loaded.library.scenario("demo").unwrap();
    let response = scenario
        .step("first")
        .unwrap()
        .response("reach-out")
        .unwrap();
    assert!(response.safety);
    assert_eq!(response.counted_pattern(), None);

    // Even a safety response that somehow carries a pattern (say, from a hand-edited file)
    // counts toward none.
    let mut tagged = response.clone();
    tagged.pattern = Some("pursue".into());
    assert_eq!(tagged.counted_pattern(), None);

    let mut play = Playthrough::start(scenario);
    play.choose(scenario, "reach-out").unwrap();
    play.go_to(scenario, "second").unwrap();
    play.choose(scenario, "ask").unwrap();
    let mut profile = Profile::default();
    profile.record(scenario, &play);
    let counted = pattern_counts(&profile, &[scenario], &loaded.library.patterns);
    assert!(counted.is_empty(), "{counted:?}");
}

/// The demo scenario and a second one, `other`, whose people are `names`.
fn two_scenarios(demo_names: &str, other_names: &str, other_text: &str) -> Vec<String> {
    let demo = SCENARIO.replace(
        "start = \"first\"",
        &format!("characters = [{demo_names}]\nstart = \"first\""),
    );
    let other = SCENARIO
        .replace("id = \"demo\"", "id = \"other\"")
        .replace(
            "start = \"first\"",
            &format!("characters = [{other_names}]\nstart = \"first\""),
        )
        .replace("They look up.", other_text);
    messages(&load(&[
        ("sources.toml", SOURCES),
        ("about.toml", ABOUT),
        ("scenarios/demo.toml", &demo),
        ("scenarios/other.toml", &other),
    ]))
}

#[test]
fn scenarios_with_their_own_people_are_valid() {
    assert_eq!(
        two_scenarios("\"Alex\"", "\"Robin\"", "Robin looks up."),
        Vec::<String>::new()
    );
}

#[test]
fn a_name_declared_by_two_scenarios_names_both() {
    let errors = two_scenarios("\"Alex\"", "\"Alex\"", "Alex looks up.");
    assert!(errors.contains(&"content/scenarios/other.toml: scenario `other`: `characters` names `Alex`, who is already a character in scenario `demo`: give each scenario its own names".to_string()), "{errors:#?}");
}

#[test]
fn a_scenario_using_another_scenarios_person_names_the_step() {
    let errors = two_scenarios("\"Alex\"", "\"Robin\"", "Alex looks up.");
    assert_eq!(
        errors,
        vec!["content/scenarios/other.toml: scenario `other`, step `second`: `situation` names `Alex`, a character of scenario `demo`: give each scenario its own names, and list them in `characters`".to_string()]
    );
}
