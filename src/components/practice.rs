//! What an embedding practice adds to Attune's pages: its call to action and its help line.

use yew::prelude::*;

use crate::embed::embedding;

// Plain functions rather than components: each Yew component adds its own copy of Yew's
// lifecycle code to the bundle, and these have no state of their own.

/// The practice's "what next" link (at endings and on About); nothing when none was set.
pub fn call_to_action() -> Html {
    let Some(cta) = &embedding().config.call_to_action else {
        return Html::default();
    };
    html! {
        <p class="attune-cta">
            // A new tab: inside the practice's page, its booking form would be squeezed into Attune's frame.
            <a class="attune-button attune-button-primary" href={cta.url.clone()} target="_blank" rel="noopener noreferrer">
                { cta.label.as_str() }
            </a>
        </p>
    }
}

/// The practice's own help line, beside Attune's general guidance.
pub fn practice_help_line(ui: &crate::ui::Ui) -> Html {
    let config = &embedding().config;
    let Some(help) = &config.help else {
        return Html::default();
    };
    let heading = match &config.practice {
        Some(practice) => ui.f(crate::ui::Key::PracticeFrom, &[("practice", practice)]),
        None => ui.t(crate::ui::Key::PracticeFromUnnamed).to_string(),
    };
    html! {
        <section class="attune-practice-help" aria-labelledby="attune-practice-help">
            <h2 id="attune-practice-help">{ heading }</h2>
            if !help.text.is_empty() {
                <p>{ help.text.as_str() }</p>
            }
            if !help.phone.is_empty() {
                <p>
                    <span class="attune-label">{ ui.t(crate::ui::Key::PracticePhone) }</span>
                    <a href={format!("tel:{}", help.phone.replace(' ', ""))}>{ help.phone.as_str() }</a>
                </p>
            }
            if !help.url.is_empty() {
                <p><a href={help.url.clone()} target="_blank" rel="noopener noreferrer">{ help.url.as_str() }</a></p>
            }
        </section>
    }
}
