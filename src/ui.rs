//! The interface's words in the learner's language: English baked in, looked up by `Key`.
//!
//! `use_ui()` gives a component the words of the language in force (a context, so a change of
//! language redraws every component that shows words). Other languages' words arrive as files
//! in the same key order (`attune_engine::ui`), so the first view never grows with languages.

use attune_engine::ui::fill;
use yew::prelude::*;

include!(concat!(env!("OUT_DIR"), "/ui.rs"));

/// The words in force: English unless another language's file has arrived.
#[derive(Clone, Copy, Debug, Default)]
pub struct Ui {
    /// Another language's texts, in `Key` order, kept for the visit (leaked once per language),
    /// so every text is `'static` and Yew shows it without copying it; `None` is English.
    texts: Option<&'static [String]>,
    /// The tools pages' words in that language, in `ToolKey` order; `None` is English.
    tool_texts: Option<&'static [String]>,
}

impl PartialEq for Ui {
    fn eq(&self, other: &Self) -> bool {
        match (self.texts, other.texts) {
            (Some(a), Some(b)) => std::ptr::eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        }
    }
}

impl Ui {
    /// The text of `key`. One function for every lookup (not inlined at each of them), and no
    /// panic path: each inlined bounds check cost the learner's first view bytes.
    #[inline(never)]
    pub fn t(&self, key: Key) -> &'static str {
        let index = key as usize;
        let english = ENGLISH.get(index).copied().unwrap_or_default();
        match self.texts {
            Some(texts) => texts.get(index).map_or(english, String::as_str),
            None => english,
        }
    }

    /// The text of a tools page's `key` (the sandbox's, presenter mode's).
    #[inline(never)]
    pub fn tool(&self, key: ToolKey) -> &'static str {
        let index = key as usize;
        let english = TOOL_ENGLISH.get(index).copied().unwrap_or_default();
        match self.tool_texts {
            Some(texts) => texts.get(index).map_or(english, String::as_str),
            None => english,
        }
    }

    /// A tools page's text of `key` with its `{name}` placeholders filled in.
    pub fn tool_f(&self, key: ToolKey, values: &[(&str, &str)]) -> String {
        fill(self.tool(key), values)
    }

    /// The text of `key` with its `{name}` placeholders filled in.
    #[inline(never)]
    pub fn f(&self, key: Key, values: &[(&str, &str)]) -> String {
        fill(self.t(key), values)
    }
}

/// The words in force for this component (English where no language has been provided).
#[hook]
pub fn use_ui() -> Ui {
    use_context::<Ui>().unwrap_or_default()
}
