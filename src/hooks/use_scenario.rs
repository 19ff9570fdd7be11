//! A scenario's file for a view: fetched when first shown (once per visit), with a way to try again.

use attune_engine::{Scenario, ScenarioCard};
use yew::prelude::*;

use crate::content;

/// Where a scenario's file is.
#[derive(Clone, PartialEq)]
pub enum Fetched {
    /// On its way.
    Loading,
    /// It could not be had; the callback asks for it again.
    Failed(Callback<MouseEvent>),
    Ready(&'static Scenario),
}

/// The scenario of `card` (none for an unknown scenario: it then stays `Loading`, and the view
/// says the scenario is not found). Ready at once if it was fetched earlier in this visit.
#[hook]
pub fn use_scenario(card: Option<&'static ScenarioCard>) -> Fetched {
    // The visit's cache says whether the file is here; this only says whether the last try failed
    // (and, set when a try ends, draws the view again).
    let failed = use_state(|| false);
    {
        let failed = failed.clone();
        use_effect_with(card.map(|c| c.id.clone()), move |_| {
            if let Some(card) = card {
                if content::loaded(card).is_none() {
                    fetch(card, failed);
                }
            }
        });
    }
    match (card, card.and_then(content::loaded)) {
        (_, Some(scenario)) => Fetched::Ready(scenario),
        (Some(card), None) if *failed => Fetched::Failed(Callback::from(move |_: MouseEvent| {
            failed.set(false);
            fetch(card, failed.clone());
        })),
        _ => Fetched::Loading,
    }
}

/// Fetches the scenario's file into the visit's cache; `failed` says how it went.
fn fetch(card: &'static ScenarioCard, failed: UseStateHandle<bool>) {
    wasm_bindgen_futures::spawn_local(async move {
        let result = content::load(card).await;
        if let Err(problem) = &result {
            web_sys::console::warn_1(
                &format!("Attune could not load a scenario: {problem}").into(),
            );
        }
        failed.set(result.is_err());
    });
}
