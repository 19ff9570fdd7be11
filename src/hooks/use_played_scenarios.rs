//! The scenarios the learner has played, fetched so their choices and notes can be read.

use attune_engine::Scenario;
use yew::prelude::*;

use crate::profile::use_profile;
use crate::ui::use_ui;

/// The scenarios in the learner's progress, in the catalog's order and the language in force
/// (empty until they arrive; one that cannot be had is left out).
#[hook]
pub fn use_played_scenarios() -> UseStateHandle<Vec<&'static Scenario>> {
    let profile = use_profile();
    let ui = use_ui();
    let scenarios = use_state(Vec::<&'static Scenario>::new);
    {
        let scenarios = scenarios.clone();
        let played: Vec<String> = profile
            .profile
            .plays
            .iter()
            .map(|p| p.scenario.to_string())
            .collect();
        use_effect_with((played, ui), move |(played, ui)| {
            let catalog = ui.catalog();
            let played = played.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut loaded = Vec::new();
                for card in catalog
                    .scenarios
                    .iter()
                    .filter(|c| played.iter().any(|p| *p == c.id))
                {
                    if let Ok(scenario) = crate::content::load(card).await {
                        loaded.push(scenario);
                    }
                }
                scenarios.set(loaded);
            });
        });
    }
    scenarios
}
