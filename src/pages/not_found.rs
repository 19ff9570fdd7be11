//! A friendly page for addresses that lead nowhere, with a way home.

use yew::prelude::*;

use crate::ui::{use_ui, Key};

use crate::router::Link;
use attune_engine::Address;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// The headline saying what could not be found (e.g. `Key::NotFoundScenario`).
    #[prop_or(Key::NotFoundPage)]
    pub what: Key,
}

#[component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    let ui = use_ui();
    html! {
        <div class="attune-not-found">
            <h1>{ ui.t(props.what) }</h1>
            <p>{ ui.t(Key::NotFoundExplain) }</p>
            <p><Link to={Address::Home}>{ ui.t(Key::NotFoundHome) }</Link></p>
        </div>
    }
}
