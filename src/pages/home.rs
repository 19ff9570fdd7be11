//! The home page: what Attune offers, and a card for each scenario.

use yew::prelude::*;

use crate::ui::{use_ui, Key};

use crate::components::private_visit::PrivateVisit;
use crate::embed::embedding;
use crate::profile::use_profile;
use crate::router::Link;
use attune_engine::Address;

#[component]
pub fn Home() -> Html {
    let profile = use_profile();
    let ui = use_ui();
    // The practice's choice and order of scenarios, when Attune is embedded; otherwise all.
    let offered = embedding()
        .config
        .order(ui.catalog().scenarios.iter().collect(), |card| {
            card.id.as_ref()
        });
    let cards = offered.into_iter().map(|scenario| {
        let saved = profile.profile.play(&scenario.id);
        let completed = saved
            .is_some_and(|p| p.completed)
            .then(|| html! { <p class="attune-badge">{ ui.t(Key::HomeCompleted) }</p> });
        // Anywhere past the untouched first step (an ending too: the reflection waits there).
        let resume = saved
            .filter(|p| p.path.len() > 1 || p.path.first().is_some_and(|v| v.chosen.is_some()))
            .and_then(|p| p.path.last())
            .map(|visit| {
                let to = Address::Step { id: scenario.id.to_string(), step: visit.step.to_string() };
                html! {
                    <p class="attune-resume">
                        <Link {to}>{ ui.t(Key::HomeContinue) }<span class="attune-visually-hidden">{ format!(": {}", scenario.title) }</span></Link>
                    </p>
                }
            });
        let notes = (!scenario.content_notes.is_empty()).then(|| {
            html! {
                <p class="attune-content-note">
                    <span class="attune-label">{ ui.t(Key::PlayerContentNote) }</span>
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
            <h1>{ ui.t(Key::HomeTitle) }</h1>
            <p class="attune-lead">
                { ui.t(Key::HomeLead) }
            </p>
            <h2>{ ui.t(Key::NavScenarios) }</h2>
            <ul class="attune-cards">{ for cards }</ul>
            <PrivateVisit />
            <p class="attune-small">
                { ui.t(Key::HomePrivacy) }
                <Link to={Address::About}>{ ui.t(Key::HomeReadMore) }</Link>
                { "." }
            </p>
        </div>
    }
}
