//! The private visit: offered on the home page and in Settings, and said on every page while on.
//!
//! A private visit writes nothing to this device's storage. It is kept in the address
//! (`?private=1`), so a reload stays private, and it starts with a fresh page, so nothing read
//! from storage before it lingers in memory.

use yew::prelude::*;

use crate::embed::is_private;
use crate::profile::use_profile;
use crate::storage;
use crate::ui::{use_ui, Key};

/// The offer (or, during a private visit, what it means and how to end it).
#[component]
pub fn PrivateVisit() -> Html {
    let ui = use_ui();
    let profile = use_profile();
    let asking = use_state(|| false);
    if is_private() {
        let end = Callback::from(|_: MouseEvent| reopen(false));
        return html! {
            <section class="attune-private" aria-labelledby="attune-private-heading">
                <h2 id="attune-private-heading">{ ui.t(Key::PrivateHeading) }</h2>
                <p>{ ui.t(Key::PrivateActive) }</p>
                <button type="button" class="attune-button" onclick={end}>{ ui.t(Key::PrivateEnd) }</button>
            </section>
        };
    }
    let start = |delete: bool| {
        Callback::from(move |_: MouseEvent| {
            if delete {
                storage::forget_everything();
            }
            reopen(true);
        })
    };
    let has_saved = profile.profile != Default::default() || storage::holds_anything();
    let choice = if *asking {
        let cancel = {
            let asking = asking.clone();
            Callback::from(move |_: MouseEvent| asking.set(false))
        };
        html! {
            <div class="attune-confirm" role="group" aria-labelledby="attune-private-saved">
                <p id="attune-private-saved">{ ui.t(Key::PrivateSavedFound) }</p>
                <button type="button" class="attune-button attune-button-danger" onclick={start(true)}>{ ui.t(Key::PrivateDeleteAndStart) }</button>
                { " " }
                <button type="button" class="attune-button" onclick={start(false)}>{ ui.t(Key::PrivateKeepAndStart) }</button>
                { " " }
                <button type="button" class="attune-button" onclick={cancel}>{ ui.t(Key::SettingsCancel) }</button>
            </div>
        }
    } else {
        let onclick = if has_saved {
            let asking = asking.clone();
            Callback::from(move |_: MouseEvent| asking.set(true))
        } else {
            start(false)
        };
        html! { <button type="button" class="attune-button" {onclick}>{ ui.t(Key::PrivateStart) }</button> }
    };
    html! {
        <section class="attune-private" aria-labelledby="attune-private-heading">
            <h2 id="attune-private-heading">{ ui.t(Key::PrivateHeading) }</h2>
            <p>{ ui.t(Key::PrivateOffer) }</p>
            { choice }
        </section>
    }
}

/// Opens this page again with the private visit on or off, replacing this entry in history.
fn reopen(private: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let Ok(url) = location.href().and_then(|href| web_sys::Url::new(&href)) else {
        return;
    };
    if private {
        url.search_params().set("private", "1");
    } else {
        url.search_params().delete("private");
    }
    let _ = location.replace(&url.href());
}
