//! A friendly page for addresses that lead nowhere, with a way home.

use yew::prelude::*;

use crate::router::Link;
use attune_engine::Address;

#[derive(Properties, PartialEq, Default)]
pub struct NotFoundProps {
    /// What could not be found, in the learner's words (e.g. "that scenario").
    #[prop_or(AttrValue::Static("that page"))]
    pub what: AttrValue,
}

#[component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    html! {
        <div class="attune-not-found">
            <h1>{ "We couldn't find " }{ props.what.clone() }</h1>
            <p>{ "The link may be old or mistyped. Nothing is wrong on your side." }</p>
            <p><Link to={Address::Home}>{ "Go to all scenarios" }</Link></p>
        </div>
    }
}
