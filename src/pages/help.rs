//! If you need help now: the help section of the content, on its own page, one tap from every screen.

use attune_engine::model::HELP_SECTION;
use yew::prelude::*;

use crate::ui::{Key, Ui};

use crate::components::practice::practice_help_line;
use crate::components::prose::{attr, Prose};

/// The page. A plain view, not a component: it holds no state, and each component costs the
/// learner's wasm.
pub fn help(ui: &Ui) -> Html {
    // Validation guarantees the section exists; the fallback only keeps a typo from blanking the page.
    let Some(help) = ui.catalog().section(HELP_SECTION) else {
        return html! { <h1 key="help">{ ui.t(Key::HelpFallback) }</h1> };
    };
    html! {
        <div key="help" class="attune-help">
            <h1>{ help.heading.as_ref() }</h1>
            // The practice's own line, when it set one, comes first: it knows its people and place.
            { practice_help_line(ui) }
            <Prose text={attr(&help.body)} />
        </div>
    }
}
