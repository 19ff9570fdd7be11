//! A friendly page for addresses that lead nowhere, with a way home.

use yew::prelude::*;

use crate::ui::{Key, Ui};

use crate::router::Link;
use attune_engine::Address;

/// The page, headed by what could not be found (e.g. `Key::NotFoundScenario`). A plain view, not
/// a component: it holds no state, and each component costs the learner's wasm.
pub fn not_found(ui: &Ui, what: Key) -> Html {
    html! {
        <div key="not-found" class="attune-not-found">
            <h1>{ ui.t(what) }</h1>
            <p>{ ui.t(Key::NotFoundExplain) }</p>
            <p><Link to={Address::Home}>{ ui.t(Key::NotFoundHome) }</Link></p>
        </div>
    }
}
