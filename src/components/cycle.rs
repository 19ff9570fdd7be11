//! The player's small live diagram: where the learner's choices so far tend to lead, from the
//! "See the cycle" model, with a link that opens the same setup in the sandbox.

use attune_engine::dynamics::{Feeling, Setup};
use yew::prelude::*;

use crate::ui::{Key, Ui};

/// Whole percent, for the bars' widths and their words (the sandbox's charts use it too).
pub fn percent(x: f64) -> i32 {
    (x * 100.0).round() as i32
}

fn bars(ui: &Ui, who: &str, feeling: &Feeling) -> Html {
    let rows = [
        (
            ui.t(Key::CycleSecure),
            "attune-bar attune-bar-secure",
            feeling.security,
        ),
        (
            ui.t(Key::CycleWorn),
            "attune-bar attune-bar-worn",
            feeling.strain,
        ),
        (
            ui.t(Key::CycleResentment),
            "attune-bar attune-bar-resentment",
            feeling.resentment,
        ),
        (
            ui.t(Key::CycleOwn),
            "attune-bar attune-bar-own",
            feeling.agency,
        ),
    ]
    .map(|(label, class, value)| {
        let value = percent(value);
        html! {
            <li>
                <span>{ label }</span>
                <svg viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                    <rect class="attune-bar-track" width="100" height="6" />
                    <rect {class} width={value.to_string()} height="6" />
                </svg>
                <span class="attune-bar-value">{ format!("{value}%") }</span>
            </li>
        }
    });
    html! {
        <div class="attune-cycle-side">
            <h3>{ who }</h3>
            <ul>{ for rows }</ul>
        </div>
    }
}

/// The diagram for `setup` (the learner as A, after their choices), settled over many rounds.
pub fn cycle_diagram(ui: &Ui, setup: &Setup) -> Html {
    let settled = setup.settled();
    let balance = percent(settled.balance);
    let leaning = if balance.abs() < 5 {
        ui.t(Key::CycleEven).to_string()
    } else if balance > 0 {
        ui.f(Key::CycleTheyLean, &[("percent", &balance.to_string())])
    } else {
        ui.f(Key::CycleYouLean, &[("percent", &(-balance).to_string())])
    };
    html! {
        <section class="attune-cycle" aria-labelledby="attune-cycle-heading">
            <h2 id="attune-cycle-heading">{ ui.t(Key::CycleTitle) }</h2>
            <p class="attune-small">
                { ui.t(Key::CycleLead) }
            </p>
            <div class="attune-cycle-sides">
                { bars(ui, ui.t(Key::CycleYou), &settled.a) }
                { bars(ui, ui.t(Key::CycleOther), &settled.b) }
            </div>
            <p><span class="attune-label">{ ui.t(Key::CycleWhoLeans) }</span>{ leaning }</p>
            <p><a href={format!("sandbox.html#{}", setup.to_fragment())}>{ ui.t(Key::CycleExplore) }</a></p>
        </section>
    }
}
