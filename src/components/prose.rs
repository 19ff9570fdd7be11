//! Content text as paragraphs: a blank line in a content file starts a new paragraph.

use attune_engine::model::{paragraphs, Text};
use yew::prelude::*;

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
}

#[component]
pub fn Prose(props: &ProseProps) -> Html {
    paragraphs(&props.text)
        .map(|p| html! { <p>{ p.to_string() }</p> })
        .collect()
}
