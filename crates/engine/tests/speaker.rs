//! The speaker view tells a step as the projected screen does: after a remembered choice it shows
//! the step's variant, and "coming next" follows the response's route, not its plain `next`.

mod common;

use attune_engine::present::{speaker, Shown};
use attune_engine::{Playthrough, Scenario};
use common::{load_demo_with, messages};

/// The demo scenario with a remembered first choice, a variant of the second step, and a route
/// from its response to the other ending.
fn remembering() -> Scenario {
    let loaded = load_demo_with(|s| {
        // Waiting also leads to the second step, remembering nothing.
        s.replace("next = \"quiet-end\"", "next = \"second\"")
        .replace(
            "pattern = \"pursue\"",
            "pattern = \"pursue\"\nremember = \"reached-out\"",
        )
        .replace(
            "situation = \"They look up.\"",
            "situation = \"They look up.\"\n\n  [[steps.variants]]\n  if = \"reached-out\"\n  situation = \"After you reached out, they look up and smile.\"",
        )
        .replace(
            "sources = [\"article\"]\n\n[[steps]]\nid = \"warm-end\"",
            "sources = [\"article\"]\n    [[steps.responses.routes]]\n    if = \"reached-out\"\n    next = \"quiet-end\"\n\n[[steps]]\nid = \"warm-end\"",
        )
    });
    assert_eq!(messages(&loaded), Vec::<String>::new());
    loaded.library.scenario("demo").unwrap().clone()
}

/// What the presenting window sends for `play` once `chosen` is picked at its current step.
fn shown(scenario: &Scenario, play: &Playthrough, chosen: &str) -> Shown {
    let facts = play.facts(scenario);
    let step = scenario.step(&play.current().step).unwrap();
    Shown {
        scenario: scenario.id.to_string(),
        step: step.id.to_string(),
        chosen: Some(chosen.to_string()),
        offered: step.offered(&facts).map(|r| r.id.to_string()).collect(),
        facts: facts.names().iter().map(|f| f.to_string()).collect(),
        ..Shown::default()
    }
}

#[test]
fn after_a_remembered_choice_the_speaker_view_shows_the_variant_and_follows_the_route() {
    let scenario = remembering();
    let mut play = Playthrough::start(&scenario);
    play.choose(&scenario, "reach-out").unwrap();
    play.advance(&scenario).unwrap();
    play.choose(&scenario, "ask").unwrap();

    let view = speaker(&scenario, &shown(&scenario, &play, "ask")).unwrap();
    // The same telling as the screen's (the engine's), which is the variant here.
    assert_eq!(
        view.situation,
        "After you reached out, they look up and smile."
    );
    assert_eq!(Some((view.title, view.situation)), play.telling(&scenario));
    // Coming next is where the route leads, the same step the screen's Next goes to.
    assert_eq!(play.next_step(&scenario).as_deref(), Some("quiet-end"));
    let next = view.next.unwrap();
    assert_eq!(
        next.situation,
        scenario.step("quiet-end").unwrap().situation
    );
    assert_eq!(
        view.on_screen
            .iter()
            .map(|r| r.id.as_ref())
            .collect::<Vec<_>>(),
        ["ask"]
    );
}

#[test]
fn without_the_remembered_choice_it_shows_the_step_as_written_and_its_plain_next() {
    let scenario = remembering();
    let mut play = Playthrough::start(&scenario);
    play.choose(&scenario, "wait").unwrap();
    play.advance(&scenario).unwrap();
    let message = shown(&scenario, &play, "ask");
    assert!(message.facts.is_empty());
    let view = speaker(&scenario, &message).unwrap();
    assert_eq!(view.situation, "They look up.");
    assert_eq!(view.next.unwrap().title, Some("Closer"));
}

#[test]
fn back_returns_to_the_step_before_and_an_ending_is_told_for_its_path() {
    let scenario = remembering();
    let mut play = Playthrough::start(&scenario);
    assert_eq!(play.back_target(), None);
    play.choose(&scenario, "reach-out").unwrap();
    play.advance(&scenario).unwrap();
    assert_eq!(play.back_target(), Some("first"));
    play.choose(&scenario, "ask").unwrap();
    play.advance(&scenario).unwrap();
    assert_eq!(play.current().step, "quiet-end");
    assert_eq!(play.back_target(), Some("second"));
    let ending = scenario.step("quiet-end").unwrap();
    assert_eq!(
        play.telling(&scenario),
        Some((ending.title.as_deref(), ending.situation.as_ref()))
    );
}
