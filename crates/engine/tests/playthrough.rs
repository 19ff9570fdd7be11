//! The playthrough state machine: choosing, continuing, back, restart, deep links and progress.

mod common;

use attune_engine::playthrough::PlayError;
use attune_engine::{Playthrough, Progress, Scenario};

fn demo() -> Scenario {
    let loaded = common::load_demo_with(str::to_string);
    assert!(loaded.errors.is_empty(), "{:#?}", loaded.errors);
    loaded.library.scenario("demo").unwrap().clone()
}

fn steps(play: &Playthrough) -> Vec<String> {
    play.path().iter().map(|v| v.step.to_string()).collect()
}

#[test]
fn a_playthrough_starts_at_the_start_with_nothing_chosen() {
    let scenario = demo();
    let play = Playthrough::start(&scenario);
    assert_eq!(play.current().step, "first");
    assert_eq!(play.current().chosen, None);
    assert!(!play.can_go_back());
    assert_eq!(
        play.progress(&scenario),
        Progress::Decision {
            number: 1,
            total: 2
        }
    );
}

#[test]
fn continuing_needs_a_choice_then_follows_it() {
    let scenario = demo();
    let mut play = Playthrough::start(&scenario);
    assert_eq!(play.advance(&scenario), Err(PlayError::NothingChosen));
    play.choose(&scenario, "reach-out").unwrap();
    play.advance(&scenario).unwrap();
    assert_eq!(steps(&play), ["first", "second"]);
    assert_eq!(
        play.progress(&scenario),
        Progress::Decision {
            number: 2,
            total: 2
        }
    );
    play.choose(&scenario, "ask").unwrap();
    play.advance(&scenario).unwrap();
    assert_eq!(play.current().step, "warm-end");
    assert_eq!(play.progress(&scenario), Progress::Ending);
}

#[test]
fn choosing_another_response_replaces_the_first() {
    let scenario = demo();
    let mut play = Playthrough::start(&scenario);
    play.choose(&scenario, "reach-out").unwrap();
    play.choose(&scenario, "wait").unwrap();
    assert_eq!(play.current().chosen.as_deref(), Some("wait"));
    assert_eq!(
        play.choose(&scenario, "shout"),
        Err(PlayError::UnknownResponse("shout".into()))
    );
    assert_eq!(
        play.current().chosen.as_deref(),
        Some("wait"),
        "a failed choice changes nothing"
    );
    play.advance(&scenario).unwrap();
    assert_eq!(play.current().step, "quiet-end");
}

#[test]
fn back_returns_to_the_previous_step_with_its_choice_shown() {
    let scenario = demo();
    let mut play = Playthrough::start(&scenario);
    play.choose(&scenario, "reach-out").unwrap();
    play.advance(&scenario).unwrap();
    assert!(play.back());
    assert_eq!(steps(&play), ["first"]);
    assert_eq!(play.current().chosen.as_deref(), Some("reach-out"));
    assert!(!play.back(), "nothing before the first step");
    assert_eq!(steps(&play), ["first"]);
}

#[test]
fn restart_forgets_everything() {
    let scenario = demo();
    let mut play = Playthrough::start(&scenario);
    play.choose(&scenario, "reach-out").unwrap();
    play.advance(&scenario).unwrap();
    play.restart(&scenario);
    assert_eq!(play, Playthrough::start(&scenario));
}

#[test]
fn arriving_by_address_rebuilds_the_shortest_path() {
    let scenario = demo();
    let play = Playthrough::at(&scenario, "warm-end").unwrap();
    assert_eq!(steps(&play), ["first", "second", "warm-end"]);
    assert_eq!(play.path()[0].chosen.as_deref(), Some("reach-out"));
    assert_eq!(play.path()[1].chosen.as_deref(), Some("ask"));
    assert_eq!(
        Playthrough::at(&scenario, "nowhere"),
        Err(PlayError::UnknownStep("nowhere".into()))
    );
}

#[test]
fn go_to_follows_addresses_like_browser_history() {
    let scenario = demo();
    let mut play = Playthrough::start(&scenario);
    play.choose(&scenario, "reach-out").unwrap();
    // The address of the next step: move on, keeping the path.
    play.go_to(&scenario, "second").unwrap();
    assert_eq!(steps(&play), ["first", "second"]);
    // The address of an earlier step (browser back): return to it.
    play.go_to(&scenario, "first").unwrap();
    assert_eq!(steps(&play), ["first"]);
    assert_eq!(play.current().chosen.as_deref(), Some("reach-out"));
    // Any other step: arrive there directly.
    play.go_to(&scenario, "quiet-end").unwrap();
    assert_eq!(steps(&play), ["first", "quiet-end"]);
    assert_eq!(play.path()[0].chosen.as_deref(), Some("wait"));
    // An unknown step changes nothing.
    assert!(play.go_to(&scenario, "nowhere").is_err());
    assert_eq!(steps(&play), ["first", "quiet-end"]);
}
