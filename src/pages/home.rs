//! The home page: what Attune offers, and a card for each scenario.

use yew::prelude::*;

use crate::content::CATALOG;
use crate::router::Link;
use attune_engine::Address;

#[component]
pub fn Home() -> Html {
    let cards = CATALOG.scenarios.iter().map(|scenario| {
        let notes = (!scenario.content_notes.is_empty()).then(|| {
            html! {
                <p class="attune-content-note">
                    <span class="attune-label">{ "Content note: " }</span>
                    { scenario.content_notes.join("; ") }
                </p>
            }
        });
        html! {
            <li class="attune-card">
                <h3 class="attune-card-title">
                    <Link to={Address::Scenario { id: scenario.id.to_string() }}>{ scenario.title.as_ref() }</Link>
                </h3>
                <p>{ scenario.teaser.as_ref() }</p>
                { notes }
            </li>
        }
    });
    html! {
        <div class="attune-home">
            <h1>{ "Leaning on each other" }</h1>
            <p class="attune-lead">
                { "Short stories about needing the people we love. Step into a moment, choose what you would do, \
                   and see what that choice often sets in motion — explained through two lenses, side by side: \
                   attachment and codependency." }
            </p>
            <h2>{ "Scenarios" }</h2>
            <ul class="attune-cards">{ for cards }</ul>
            <p class="attune-small">
                { "Nothing you choose here leaves this device. Attune is education, not therapy or diagnosis; " }
                <Link to={Address::About}>{ "read more, and where to find help" }</Link>
                { "." }
            </p>
        </div>
    }
}
