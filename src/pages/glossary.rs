//! The glossary: every term the scenarios mark, with a plain definition.

use yew::prelude::*;

use crate::ui::{use_ui, Key};

use crate::content::use_reference;

#[component]
pub fn Glossary() -> Html {
    let ui = use_ui();
    let mut terms: Vec<_> = use_reference()
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
        <div class="attune-glossary">
            <h1>{ ui.t(Key::NavGlossary) }</h1>
            <p class="attune-lead">
                { ui.t(Key::GlossaryLead) }
            </p>
            <dl class="attune-glossary-list">{ for entries }</dl>
        </div>
    }
}
