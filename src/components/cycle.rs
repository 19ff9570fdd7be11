//! The player's small live diagram: where the learner's choices so far tend to lead, from the
//! "See the cycle" model, with a link that opens the same setup in the sandbox.

use attune_engine::dynamics::{Feeling, Setup};
use yew::prelude::*;

/// Whole percent, for the bars' widths and their words (the sandbox's charts use it too).
pub fn percent(x: f64) -> i32 {
    (x * 100.0).round() as i32
}

fn bars(who: &str, feeling: &Feeling) -> Html {
    let rows = [
        (
            "Feeling secure",
            "attune-bar attune-bar-secure",
            feeling.security,
        ),
        ("Worn out", "attune-bar attune-bar-worn", feeling.strain),
        (
            "Resentment",
            "attune-bar attune-bar-resentment",
            feeling.resentment,
        ),
        (
            "Standing on their own",
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
pub fn cycle_diagram(setup: &Setup) -> Html {
    let settled = setup.settled();
    let balance = percent(settled.balance);
    let leaning = if balance.abs() < 5 {
        "even".to_string()
    } else if balance > 0 {
        format!("they lean on you ({balance}%)")
    } else {
        format!("you lean on them ({}%)", -balance)
    };
    html! {
        <section class="attune-cycle" aria-labelledby="attune-cycle-heading">
            <h2 id="attune-cycle-heading">{ "If this became a habit" }</h2>
            <p class="attune-small">
                { "A rough picture from the “See the cycle” model: where your choices so far would tend to leave you both after many rounds, if the other person stayed middle-of-the-road. An illustration, not a prediction." }
            </p>
            <div class="attune-cycle-sides">
                { bars("You", &settled.a) }
                { bars("The other person", &settled.b) }
            </div>
            <p><span class="attune-label">{ "Who leans on whom: " }</span>{ leaning }</p>
            <p><a href={format!("sandbox.html#{}", setup.to_fragment())}>{ "Explore this in the sandbox" }</a></p>
        </section>
    }
}
