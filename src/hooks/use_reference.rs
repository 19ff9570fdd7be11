//! The patterns, glossary, sources and About of the language in force, for the views that show them.

use attune_engine::Reference;
use yew::prelude::*;

use crate::ui::use_ui;

/// The reference file's content, once it has arrived (views show it, or mark terms, then). It
/// travels with the language's context: one context for all language content.
#[hook]
pub fn use_reference() -> Option<&'static Reference> {
    use_ui().reference()
}
