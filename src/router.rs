//! Hash routing: the current `Address` as Yew state, following the browser's `hashchange`.
//!
//! Hand-written rather than yew-router: this is all Attune needs, and yew-router
//! (with gloo-history, route-recognizer and serde) cost about 5 KB brotli of a
//! first view we keep small. Parsing and writing addresses live in the engine.

use attune_engine::Address;
use gloo_events::EventListener;
use yew::prelude::*;

pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The address the browser shows now, updated on every change (links, history, reloads).
#[hook]
pub fn use_address() -> Address {
    let address = use_state(|| Address::parse(&current_hash()));
    {
        let address = address.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    address.set(Address::parse(&current_hash()));
                })
            });
            move || drop(listener)
        });
    }
    (*address).clone()
}

/// Moves to `address`, adding an entry to the browser's history (so its Back button works).
pub fn go(address: &Address) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&address.to_hash());
    }
}

/// Shows `address` without adding a history entry (used when resuming a saved place).
pub fn replace(address: &Address) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(&address.to_hash());
    }
}

/// Props for an in-app link.
#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Address,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

/// A plain `<a href="#/…">`: the browser does the navigating, `use_address` hears it.
#[component]
pub fn Link(props: &LinkProps) -> Html {
    html! { <a href={props.to.to_hash()} class={props.class.clone()}>{ props.children.clone() }</a> }
}
