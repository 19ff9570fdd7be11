//! Fetching the reference file (patterns, glossary, sources, About) when a page first needs it.

use attune_engine::{Address, Reference};
use yew::prelude::*;

use crate::content;
use crate::ui::Ui;

/// The reference file of `ui`'s language: fetched once a page at `address` needs it, never for the
/// home page, help or settings; fetched again in another language once that one is chosen.
/// `None` until it has arrived (or if it cannot be had: the views then show what they can).
#[hook]
pub fn use_reference_file(address: &Address, ui: Ui) -> Option<&'static Reference> {
    // The file that arrived last (the visit's cache keeps its content): a page shows the
    // reference of the language in force only, once it has arrived for that page.
    let arrived = use_state(|| None::<&'static str>);
    let catalog = ui.catalog();
    let current = (*arrived)
        .filter(|file| *file == catalog.reference_file.as_ref())
        .and_then(|_| content::reference(catalog));
    let needed = !matches!(address, Address::Home | Address::Help | Address::Settings);
    let missing = needed && current.is_none();
    use_effect_with((missing, ui), move |&(missing, ui)| {
        if missing {
            wasm_bindgen_futures::spawn_local(async move {
                let catalog = ui.catalog();
                match content::load_reference(catalog).await {
                    Ok(_) => arrived.set(Some(&catalog.reference_file)),
                    Err(problem) => web_sys::console::warn_1(
                        &format!("Attune could not load the glossary: {problem}").into(),
                    ),
                }
            });
        }
    });
    current
}
