//! The interface's words in the learner's language: English baked in, looked up by `Key`.
//!
//! `use_ui()` gives a component the words of the language in force (a context, so a change of
//! language redraws every component that shows words). Other languages' words arrive as files
//! in the same key order (`attune_engine::ui`), so the first view never grows with languages.

use std::rc::Rc;

use attune_engine::ui::fill;
use yew::prelude::*;

include!(concat!(env!("OUT_DIR"), "/ui.rs"));

/// The words in force: English unless another language's file has arrived.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ui {
    /// Another language's texts, in `Key` order; `None` is English.
    texts: Option<Rc<Vec<String>>>,
}

impl Ui {
    /// The text of `key`.
    pub fn t(&self, key: Key) -> &str {
        let index = key as usize;
        match &self.texts {
            Some(texts) => texts.get(index).map_or(ENGLISH[index], String::as_str),
            None => ENGLISH[index],
        }
    }

    /// The text of `key` with its `{name}` placeholders filled in.
    pub fn f(&self, key: Key, values: &[(&str, &str)]) -> String {
        fill(self.t(key), values)
    }
}

/// The words in force for this component (English where no language has been provided).
#[hook]
pub fn use_ui() -> Ui {
    use_context::<Ui>().unwrap_or_default()
}
