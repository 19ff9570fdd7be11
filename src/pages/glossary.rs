//! The glossary: every term the scenarios mark, with a plain definition.

use yew::prelude::*;

use crate::ui::{Key, Ui};

/// The page, from the language's reference file (empty until it arrives). A plain view, not a
/// component: it holds no state, and each component costs the learner's wasm.
pub fn glossary(ui: &Ui) -> Html {
    let mut terms: Vec<_> = ui
        .reference()
        .map(|r| r.glossary.iter().collect())
        .unwrap_or_default();
    terms.sort_by_key(|t| t.term.to_ascii_lowercase());
    let entries = terms.into_iter().map(|term| {
        html! {
            <div class="attune-glossary-entry">
                <dt id={format!("attune-term-{}", term.id)}>{ term.term.as_ref() }</dt>
                <dd>{ term.definition.as_ref() }</dd>
            </div>
        }
    });
    html! {
        <div key="glossary" class="attune-glossary">
            <h1>{ ui.t(Key::NavGlossary) }</h1>
            <p class="attune-lead">
                { ui.t(Key::GlossaryLead) }
            </p>
            <dl class="attune-glossary-list">{ for entries }</dl>
        </div>
    }
}
