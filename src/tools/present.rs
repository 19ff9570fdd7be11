//! Presenter mode (`present.html`): a scenario projected for a room, run from the keyboard.
//!
//! Responses are held until the facilitator reveals one, so the room can discuss or vote; hands
//! can be counted per response; every response can be compared side by side. Which key does
//! what, and what the screen shows, are the engine's rules (`present.rs`); this view turns key
//! presses and clicks into its `Command`s and renders the result.
//!
//! This file is the page: which view the address asks for, and the scenario's file fetched for
//! it. The parts live beside it: `picker` (choosing a scenario), `screen` (the projected screen,
//! with `stage` for the step itself), `speaker` (the speaker view in its own window), `channel`
//! (the two windows kept in step), `keys` (key presses and the list of keys) and `qr` (the QR
//! code for phones and the public address it holds).

mod channel;
mod keys;
mod picker;
mod qr;
mod screen;
mod speaker;
mod stage;

use attune_engine::Address;
use yew::prelude::*;

use crate::content;
use crate::router::{self, use_address};
use crate::ui::{use_ui, Key, ToolKey};

/// The page: a scenario to choose, or the chosen one at the step in the address.
#[component]
pub fn Presenter() -> Html {
    let address = use_address();
    let ui = use_ui();
    if router::current_hash() == speaker::SPEAKER_HASH {
        return html! { <speaker::Speaker /> };
    }
    match address {
        Address::Scenario { id } => {
            let key = id.clone();
            html! { <Loader {key} {id} step={None::<String>} /> }
        }
        Address::Step { id, step } => {
            let key = id.clone();
            html! { <Loader {key} {id} step={Some(step)} /> }
        }
        _ => picker::picker(ui),
    }
}

#[derive(Properties, PartialEq)]
struct LoaderProps {
    id: String,
    step: Option<String>,
}

/// Fetches the scenario's file, then presents it.
#[component]
fn Loader(props: &LoaderProps) -> Html {
    let ui = use_ui();
    let card = ui.catalog().scenario(&props.id);
    let loaded = use_state(|| card.and_then(content::loaded));
    let failed = use_state(|| false);
    {
        let (loaded, failed) = (loaded.clone(), failed.clone());
        use_effect_with((), move |_| {
            if let (Some(card), None) = (card, *loaded) {
                wasm_bindgen_futures::spawn_local(async move {
                    match content::load(card).await {
                        Ok(scenario) => loaded.set(Some(scenario)),
                        Err(_) => failed.set(true),
                    }
                });
            }
        });
    }
    match (card, *loaded) {
        (None, _) => html! {
            <div class="attune-present-picker">
                <h1>{ ui.tool(ToolKey::PresentMissing) }</h1>
                <p><a href="#/">{ ui.tool(ToolKey::PresentChoose) }</a></p>
            </div>
        },
        (Some(_), Some(scenario)) => {
            let known = props
                .step
                .as_deref()
                .is_none_or(|s| scenario.step(s).is_some());
            let step = props.step.clone().filter(|_| known);
            html! { <screen::Presenting {scenario} {step} /> }
        }
        (Some(card), None) => html! {
            <div class="attune-present-picker">
                <h1>{ card.title.as_ref() }</h1>
                if *failed {
                    <p role="alert">{ ui.tool(ToolKey::PresentLoadFailed) }</p>
                } else {
                    <p>{ ui.t(Key::PlayerLoading) }</p>
                }
            </div>
        },
    }
}
