//! Content text as paragraphs (a blank line starts a new one), with glossary terms marked.

use attune_engine::glossary::{mark, Piece};
use attune_engine::model::{paragraphs, Text};
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::hooks::use_reference;

/// Content text as a Yew attribute value, without copying the baked-in static text.
pub fn attr(text: &Text) -> AttrValue {
    match text {
        Text::Borrowed(s) => AttrValue::Static(s),
        Text::Owned(s) => AttrValue::from(s.clone()),
    }
}

#[derive(Properties, PartialEq)]
pub struct ProseProps {
    pub text: AttrValue,
    /// Set to mark glossary terms; unique per page, it prefixes the definitions' ids.
    #[prop_or_default]
    pub terms: Option<AttrValue>,
}

#[component]
pub fn Prose(props: &ProseProps) -> Html {
    let reference = use_reference();
    let (Some(prefix), Some(reference)) = (&props.terms, reference) else {
        return paragraphs(&props.text)
            .map(|p| html! { <p>{ p.to_string() }</p> })
            .collect();
    };
    paragraphs(&props.text)
        .enumerate()
        .map(|(n, paragraph)| {
            let pieces = mark(paragraph, &reference.glossary).into_iter().map(|piece| match piece {
                Piece::Plain(text) => html! { { text.to_string() } },
                Piece::Term { text, term } => {
                    html! { <GlossaryTerm id={format!("{prefix}-{n}-{term}")} {term} text={text.to_string()} /> }
                }
            });
            html! { <p>{ for pieces }</p> }
        })
        .collect()
}

#[derive(Properties, PartialEq)]
struct GlossaryTermProps {
    id: AttrValue,
    term: usize,
    text: AttrValue,
}

/// A marked term: a button whose definition shows on hover, focus or tap, and hides on Escape.
#[component]
fn GlossaryTerm(props: &GlossaryTermProps) -> Html {
    let Some(term) = use_reference().and_then(|r| r.glossary.get(props.term)) else {
        return html! { { props.text.clone() } };
    };
    let tip = format!("{}-tip", props.id);
    let on_key = Callback::from(|event: KeyboardEvent| {
        if event.key() == "Escape" {
            if let Some(button) = event.target_dyn_into::<HtmlElement>() {
                let _ = button.blur();
            }
        }
    });
    html! {
        <span class="attune-term">
            <button type="button" class="attune-term-word" aria-describedby={tip.clone()} onkeydown={on_key}>
                { props.text.clone() }
            </button>
            <span class="attune-term-tip" role="tooltip" id={tip}>
                <strong>{ term.term.as_ref() }</strong>{ ": " }{ term.definition.as_ref() }
            </span>
        </span>
    }
}
