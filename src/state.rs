//! The player's Yew state: a thin `Reducible` adapter over the engine's `Playthrough`.

use std::rc::Rc;

use attune_engine::playthrough::Visit;
use attune_engine::{Playthrough, Scenario};
use yew::Reducible;

/// What the learner can do in the player.
pub enum PlayerAction {
    Choose(String),
    Restart,
    /// Follow the address to a step (Continue, Back, browser history, a link).
    GoTo(String),
}

#[derive(Clone, Debug)]
pub struct PlayerState {
    pub scenario: &'static Scenario,
    pub playthrough: Playthrough,
}

impl PlayerState {
    /// Starts where the learner left off (if the saved place still fits the
    /// content), then follows the address to `step`, if one is given.
    pub fn new(scenario: &'static Scenario, saved: Option<&[Visit]>, step: Option<&str>) -> Self {
        let mut playthrough = saved
            .and_then(|path| Playthrough::restore(scenario, path))
            .unwrap_or_else(|| Playthrough::start(scenario));
        if let Some(step) = step {
            if playthrough.go_to(scenario, step).is_err() {
                playthrough = Playthrough::start(scenario);
            }
        }
        PlayerState {
            scenario,
            playthrough,
        }
    }
}

impl Reducible for PlayerState {
    type Action = PlayerAction;

    fn reduce(self: Rc<Self>, action: PlayerAction) -> Rc<Self> {
        let scenario = self.scenario;
        let mut playthrough = self.playthrough.clone();
        // A refused action (an unknown id) leaves the state as it was.
        let _ = match action {
            PlayerAction::Choose(response) => playthrough.choose(scenario, &response),
            PlayerAction::Restart => {
                playthrough.restart(scenario);
                Ok(())
            }
            PlayerAction::GoTo(step) => playthrough.go_to(scenario, &step),
        };
        if playthrough == self.playthrough {
            self
        } else {
            Rc::new(PlayerState {
                scenario,
                playthrough,
            })
        }
    }
}
