//! The home page: what Attune offers, and a card for each scenario.

use yew::prelude::*;

use crate::content::CATALOG;
use crate::embed::embedding;
use crate::profile::use_profile;
use crate::router::Link;
use attune_engine::Address;

#[component]
pub fn Home() -> Html {
    let profile = use_profile();
    // The practice's choice and order of scenarios, when Attune is embedded; otherwise all.
    let offered = embedding()
        .config
        .order(CATALOG.scenarios.iter().collect(), |card| card.id.as_ref());
    let cards = offered.into_iter().map(|scenario| {
        let saved = profile.profile.play(&scenario.id);
        let completed = saved
            .is_some_and(|p| p.completed)
            .then(|| html! { <p class="attune-badge">{ "Completed" }</p> });
        // Anywhere past the untouched first step (an ending too: the reflection waits there).
        let resume = saved
            .filter(|p| p.path.len() > 1 || p.path.first().is_some_and(|v| v.chosen.is_some()))
            .and_then(|p| p.path.last())
            .map(|visit| {
                let to = Address::Step { id: scenario.id.to_string(), step: visit.step.to_string() };
                html! {
                    <p class="attune-resume">
                        <Link {to}>{ "Continue where you left off" }<span class="attune-visually-hidden">{ format!(": {}", scenario.title) }</span></Link>
                    </p>
                }
            });
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
                { completed }
                { resume }
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
