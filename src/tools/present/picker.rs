//! Choosing a scenario to present: the page at `present.html` with no scenario in the address.

use attune_engine::Address;
use yew::prelude::*;

use crate::ui::{ToolKey, Ui};

/// Every scenario in the room's language, each a link to present it, and the session guide.
pub(super) fn picker(ui: Ui) -> Html {
    let cards = ui.catalog().scenarios.iter().map(|card| {
        let href = Address::Scenario {
            id: card.id.to_string(),
        }
        .to_hash();
        html! {
            <li class="attune-card">
                <h2><a {href}>{ card.title.as_ref() }</a></h2>
                <p>{ card.teaser.as_ref() }</p>
            </li>
        }
    });
    html! {
        <div class="attune-present-picker">
            <h1>{ ui.tool(ToolKey::PresentPickerTitle) }</h1>
            <p class="attune-lead">{ ui.tool(ToolKey::PresentPickerLead) }</p>
            <p><a href="facilitating.txt">{ ui.tool(ToolKey::PresentSessionGuide) }</a></p>
            <ul class="attune-cards">{ for cards }</ul>
        </div>
    }
}
