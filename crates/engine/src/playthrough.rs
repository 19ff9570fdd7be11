//! The playthrough state machine: where a learner is in a scenario, what they chose, back and restart.
//!
//! A playthrough is the path walked so far. Every step on it keeps the response
//! chosen there, so going back shows what was picked, and picking another
//! response at an earlier step simply takes the story another way.

use crate::conditions::Facts;
use crate::model::{Response, Scenario, Text};

/// One step on the path, and the response chosen there (if any yet).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Visit {
    pub step: Text,
    pub chosen: Option<Text>,
}

/// The responses chosen along `path`, in order (steps or responses the scenario no longer has
/// are passed over): what "My pattern", the export and the player's diagram all count.
pub fn chosen_responses<'s, 'p>(
    scenario: &'s Scenario,
    path: &'p [Visit],
) -> impl Iterator<Item = &'s Response> + use<'s, 'p> {
    path.iter().filter_map(move |visit| {
        scenario
            .step(&visit.step)?
            .response(visit.chosen.as_deref()?)
    })
}

/// Where the learner is in one scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Playthrough {
    scenario: Text,
    /// Never empty: the last visit is the current step.
    path: Vec<Visit>,
}

/// How far along the learner is, for "Step 2 of 3".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    Decision { number: usize, total: usize },
    Ending,
}

/// Why an action could not be taken; the state is left unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlayError {
    UnknownStep(String),
    UnknownResponse(String),
    NothingChosen,
}

impl Playthrough {
    /// A fresh start at the scenario's first step.
    pub fn start(scenario: &Scenario) -> Self {
        Playthrough {
            scenario: scenario.id.clone(),
            path: vec![Visit {
                step: scenario.start.clone(),
                chosen: None,
            }],
        }
    }

    /// Arrive at `step` directly (a shared link, a reload): the path is the
    /// shortest way there from the start, so progress and "Back" make sense.
    pub fn at(scenario: &Scenario, step: &str) -> Result<Self, PlayError> {
        let target = scenario
            .step(step)
            .ok_or_else(|| PlayError::UnknownStep(step.to_string()))?;
        let route = scenario
            .route_to(step)
            .ok_or_else(|| PlayError::UnknownStep(step.to_string()))?;
        let mut path: Vec<Visit> = route
            .into_iter()
            .map(|(step, response)| Visit {
                step,
                chosen: Some(response),
            })
            .collect();
        path.push(Visit {
            step: target.id.clone(),
            chosen: None,
        });
        Ok(Playthrough {
            scenario: scenario.id.clone(),
            path,
        })
    }

    pub fn scenario_id(&self) -> &str {
        &self.scenario
    }

    pub fn path(&self) -> &[Visit] {
        &self.path
    }

    pub fn current(&self) -> &Visit {
        self.path
            .last()
            .expect("a playthrough's path is never empty")
    }

    /// The facts in force at the current step: remembered by the responses
    /// chosen on the way here.
    pub fn facts(&self, scenario: &Scenario) -> Facts {
        let before = &self.path[..self.path.len() - 1];
        before.iter().fold(Facts::default(), |facts, visit| {
            let remembered = visit
                .chosen
                .as_ref()
                .and_then(|chosen| scenario.step(&visit.step)?.response(chosen))
                .and_then(|response| response.remember.as_ref());
            facts.with(remembered)
        })
    }

    pub fn can_go_back(&self) -> bool {
        self.path.len() > 1
    }

    /// The step Back returns to (the one before this on the path), if any.
    pub fn back_target(&self) -> Option<&str> {
        let previous = self.path.len().checked_sub(2)?;
        Some(&self.path[previous].step)
    }

    /// The current step's title and situation as told on this path (its variant, where the
    /// facts in force make one fit), for decisions and endings alike.
    pub fn telling<'s>(&self, scenario: &'s Scenario) -> Option<(Option<&'s str>, &'s str)> {
        Some(
            scenario
                .step(&self.current().step)?
                .telling(&self.facts(scenario)),
        )
    }

    /// Pick a response at the current step (or pick another one instead).
    pub fn choose(&mut self, scenario: &Scenario, response: &str) -> Result<(), PlayError> {
        let step = scenario
            .step(&self.current().step)
            .ok_or_else(|| PlayError::UnknownStep(self.current().step.to_string()))?;
        let facts = self.facts(scenario);
        let response = step
            .offered(&facts)
            .find(|r| r.id == response)
            .ok_or_else(|| PlayError::UnknownResponse(response.to_string()))?;
        self.path.last_mut().expect("never empty").chosen = Some(response.id.clone());
        Ok(())
    }

    /// Move on to where the chosen response leads.
    pub fn advance(&mut self, scenario: &Scenario) -> Result<(), PlayError> {
        let next = self.next_step(scenario).ok_or(PlayError::NothingChosen)?;
        self.path.push(Visit {
            step: next,
            chosen: None,
        });
        Ok(())
    }

    /// The step the current choice leads to, if a choice has been made.
    pub fn next_step(&self, scenario: &Scenario) -> Option<Text> {
        let current = self.current();
        let chosen = current.chosen.as_ref()?;
        let response = scenario.step(&current.step)?.response(chosen)?;
        Some(Text::from(
            response.destination(&self.facts(scenario)).to_string(),
        ))
    }

    /// Return to the previous step, which still shows what was chosen there.
    /// Returns false (and changes nothing) at the first step.
    pub fn back(&mut self) -> bool {
        if self.can_go_back() {
            self.path.pop();
            true
        } else {
            false
        }
    }

    pub fn restart(&mut self, scenario: &Scenario) {
        *self = Playthrough::start(scenario);
    }

    /// Follow an address to `step`: a step already on the path is returned to,
    /// the step the current choice leads to is moved on to, anything else is
    /// arrived at directly.
    pub fn go_to(&mut self, scenario: &Scenario, step: &str) -> Result<(), PlayError> {
        if let Some(index) = self.path.iter().position(|v| v.step == step) {
            self.path.truncate(index + 1);
            return Ok(());
        }
        if self.next_step(scenario).as_deref() == Some(step) {
            return self.advance(scenario);
        }
        *self = Playthrough::at(scenario, step)?;
        Ok(())
    }

    pub fn progress(&self, scenario: &Scenario) -> Progress {
        let current = &self.current().step;
        if scenario.step(current).is_none_or(|s| s.is_ending()) {
            return Progress::Ending;
        }
        let number = self.path.len();
        Progress::Decision {
            number,
            total: number - 1 + scenario.decisions_ahead(current, &self.facts(scenario)),
        }
    }
}
