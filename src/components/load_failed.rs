//! What a view shows when a file it needs could not be fetched: it says so, and offers to try again.

use yew::prelude::*;

use crate::ui::{Key, Ui};

/// "Couldn't load this", as an alert, with a "Try again" button that calls `retry`.
pub fn load_failed(ui: &Ui, retry: Callback<MouseEvent>) -> Html {
    html! {
        <div class="attune-problem" role="alert">
            <p>{ ui.t(Key::PlayerLoadFailed) }</p>
            <button type="button" class="attune-button attune-button-primary" onclick={retry}>{ ui.t(Key::PlayerTryAgain) }</button>
        </div>
    }
}
