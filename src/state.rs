//! The player's Yew state: a thin `Reducible` adapter over the engine's `Playthrough`.

use std::rc::Rc;

use attune_engine::{Playthrough, Scenario};
use yew::Reducible;

use crate::content::LIBRARY;

/// What the learner can do in the player.
pub enum PlayerAction {
    Choose(String),
    Restart,
    /// Follow the address to a step (Continue, Back, browser history, a link).
    GoTo(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlayerState {
    pub playthrough: Playthrough,
}

impl PlayerState {
    pub fn new(scenario: &Scenario, step: Option<&str>) -> Self {
        let playthrough = step
            .and_then(|step| Playthrough::at(scenario, step).ok())
            .unwrap_or_else(|| Playthrough::start(scenario));
        PlayerState { playthrough }
    }

    pub fn scenario(&self) -> &'static Scenario {
        LIBRARY
            .scenario(self.playthrough.scenario_id())
            .expect("a playthrough only exists for a known scenario")
    }
}

impl Reducible for PlayerState {
    type Action = PlayerAction;

    fn reduce(self: Rc<Self>, action: PlayerAction) -> Rc<Self> {
        let scenario = self.scenario();
        let mut next = (*self).clone();
        // A refused action (an unknown id) leaves the state as it was.
        let _ = match action {
            PlayerAction::Choose(response) => next.playthrough.choose(scenario, &response),
            PlayerAction::Restart => {
                next.playthrough.restart(scenario);
                Ok(())
            }
            PlayerAction::GoTo(step) => next.playthrough.go_to(scenario, &step),
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
