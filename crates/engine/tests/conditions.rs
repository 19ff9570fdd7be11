//! Choices that remember: facts, conditions, variants and routes, in play and in validation.

mod common;

use common::{load, messages, ABOUT, SOURCES};

use attune_engine::{Playthrough, Progress, Scenario};

/// Three decisions; what you say first is remembered and changes the third step and the ending.
const REMEMBERING: &str = r#"
id = "remembering"
title = "Remembering"
teaser = "Earlier choices matter later."
start = "one"

[[steps]]
id = "one"
situation = "First."
  [[steps.responses]]
  id = "speak"
  text = "Speak up."
  next = "two"
  outcome = "o"
  attachment = "a"
  codependency = "c"
  sources = ["article"]
  remember = "spoke-up"
  [[steps.responses]]
  id = "stay-quiet"
  text = "Stay quiet."
  next = "two"
  outcome = "o"
  attachment = "a"
  codependency = "c"
  sources = ["article"]

[[steps]]
id = "two"
situation = "Second."
  [[steps.responses]]
  id = "carry-on"
  text = "Carry on."
  next = "three"
  outcome = "o"
  attachment = "a"
  codependency = "c"
  sources = ["article"]

[[steps]]
id = "three"
situation = "Third, told plainly."
  [[steps.variants]]
  if = "spoke-up"
  title = "Remembered"
  situation = "Third, and you spoke up earlier."
  [[steps.responses]]
  id = "again"
  text = "Speak up again."
  next = "quiet-end"
  outcome = "o"
  attachment = "a"
  codependency = "c"
  sources = ["article"]
  if = "spoke-up"
    [[steps.responses.routes]]
    if = "spoke-up"
    next = "warm-end"
  [[steps.responses]]
  id = "first-time"
  text = "Speak up at last."
  next = "quiet-end"
  outcome = "o"
  attachment = "a"
  codependency = "c"
  sources = ["article"]
  if = "not spoke-up"

[[steps]]
id = "warm-end"
situation = "Warm."
reflection = "?"

[[steps]]
id = "quiet-end"
situation = "Quiet."
reflection = "?"
"#;

fn load_with(edit: impl Fn(&str) -> String) -> attune_engine::load::Loaded {
    load(&[
        ("sources.toml", SOURCES),
        ("about.toml", ABOUT),
        ("scenarios/remembering.toml", &edit(REMEMBERING)),
    ])
}

fn scenario() -> Scenario {
    let loaded = load_with(str::to_string);
    assert_eq!(messages(&loaded), Vec::<String>::new());
    loaded.library.scenario("remembering").unwrap().clone()
}

fn play(scenario: &Scenario, first: &str) -> Playthrough {
    let mut play = Playthrough::start(scenario);
    for response in [first, "carry-on"] {
        play.choose(scenario, response).unwrap();
        play.advance(scenario).unwrap();
    }
    play
}

#[test]
fn an_earlier_choice_changes_a_later_step_its_responses_and_its_ending() {
    let scenario = scenario();
    let three = scenario.step("three").unwrap();

    let spoke = play(&scenario, "speak");
    let facts = spoke.facts(&scenario);
    assert_eq!(
        three.telling(&facts),
        (Some("Remembered"), "Third, and you spoke up earlier.")
    );
    assert_eq!(
        three
            .offered(&facts)
            .map(|r| r.id.as_ref())
            .collect::<Vec<_>>(),
        ["again"]
    );
    let mut ending = spoke.clone();
    ending.choose(&scenario, "again").unwrap();
    ending.advance(&scenario).unwrap();
    assert_eq!(ending.current().step, "warm-end", "the route remembered");

    let quiet = play(&scenario, "stay-quiet");
    let facts = quiet.facts(&scenario);
    assert_eq!(three.telling(&facts), (None, "Third, told plainly."));
    assert_eq!(
        three
            .offered(&facts)
            .map(|r| r.id.as_ref())
            .collect::<Vec<_>>(),
        ["first-time"]
    );
    let mut refused = quiet.clone();
    assert!(
        refused.choose(&scenario, "again").is_err(),
        "a response not offered cannot be chosen"
    );
    assert_eq!(
        quiet.progress(&scenario),
        Progress::Decision {
            number: 3,
            total: 3
        }
    );
}

#[test]
fn going_back_forgets_what_was_remembered_after_that_point() {
    let scenario = scenario();
    let mut play = play(&scenario, "speak");
    assert!(play.facts(&scenario).contains("spoke-up"));
    play.back();
    play.back();
    play.choose(&scenario, "stay-quiet").unwrap();
    play.advance(&scenario).unwrap();
    assert!(!play.facts(&scenario).contains("spoke-up"));
}

#[test]
fn a_shared_link_rebuilds_a_path_a_learner_could_really_take() {
    let scenario = scenario();
    let play = Playthrough::at(&scenario, "warm-end").unwrap();
    let chosen: Vec<_> = play
        .path()
        .iter()
        .filter_map(|v| v.chosen.as_deref())
        .collect();
    assert_eq!(chosen, ["speak", "carry-on", "again"]);
}

#[test]
fn a_fact_no_response_remembers_is_reported() {
    let loaded = load_with(|s| s.replace("if = \"not spoke-up\"", "if = \"not spoken\""));
    assert!(messages(&loaded).contains(
        &"content/scenarios/remembering.toml: scenario `remembering`, step `three`, response `first-time`: `if` tests the fact `spoken`, which no response remembers".to_string()
    ), "{:#?}", messages(&loaded));
}

#[test]
fn a_malformed_condition_is_reported() {
    let loaded = load_with(|s| s.replace("if = \"not spoke-up\"", "if = \"spoke up or not\""));
    assert!(messages(&loaded).contains(
        &"content/scenarios/remembering.toml: scenario `remembering`, step `three`, response `first-time`: `if` = \"spoke up or not\" should be a fact's name, or `not` and a fact's name".to_string()
    ), "{:#?}", messages(&loaded));
}

#[test]
fn a_condition_that_can_never_hold_is_reported() {
    // Remembered only at the last step, so nothing before it can see it.
    let loaded = load_with(|s| {
        s.replace("  remember = \"spoke-up\"\n", "").replace(
            "  if = \"not spoke-up\"",
            "  if = \"not spoke-up\"\n  remember = \"spoke-up\"",
        )
    });
    let errors = messages(&loaded);
    for expected in [
        "content/scenarios/remembering.toml: scenario `remembering`, step `three`: variant 1: `if = \"spoke-up\"` never holds for a learner who reaches this step",
        "content/scenarios/remembering.toml: scenario `remembering`, step `three`, response `again`: `if = \"spoke-up\"` never holds for a learner who reaches this step",
        "content/scenarios/remembering.toml: scenario `remembering`, step `warm-end`: cannot be reached: the conditions on the way never lead a learner here",
    ] {
        assert!(errors.contains(&expected.to_string()), "missing {expected}\n{errors:#?}");
    }
}

#[test]
fn a_decision_that_offers_nothing_on_some_path_is_reported() {
    let loaded = load_with(|s| s.replace("if = \"not spoke-up\"", "if = \"spoke-up\""));
    assert!(messages(&loaded).contains(
        &"content/scenarios/remembering.toml: scenario `remembering`, step `three`: offers no response to a learner who arrives remembering nothing: every response's `if` fails".to_string()
    ), "{:#?}", messages(&loaded));
}

#[test]
fn a_route_to_a_missing_step_is_reported() {
    let loaded = load_with(|s| s.replace("next = \"warm-end\"", "next = \"warmer-end\""));
    let errors = messages(&loaded);
    assert!(errors.contains(
        &"content/scenarios/remembering.toml: scenario `remembering`, step `three`, response `again`: a route's `next` names step `warmer-end`, which does not exist".to_string()
    ), "{errors:#?}");
}
