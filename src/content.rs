//! Content for the browser: the catalog baked in at build time, and each scenario fetched when first opened.

use std::cell::RefCell;

use attune_engine::codec::{decode, decode_reference};
use attune_engine::{Catalog, Reference, Scenario, ScenarioCard};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Everything the first view needs, as static data: no parsing at run time.
pub static CATALOG: Catalog = include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

thread_local! {
    /// Scenarios fetched so far, by file (one per language). Each is leaked once, so views can
    /// hold `&'static` references.
    static LOADED: RefCell<Vec<(&'static str, &'static Scenario)>> = const { RefCell::new(Vec::new()) };
}

/// Fetches the patterns and glossary of the catalog's language (once per visit and language).
pub async fn load_reference(catalog: &'static Catalog) -> Result<&'static Reference, String> {
    thread_local! {
        static REFERENCES: RefCell<Vec<(&'static str, &'static Reference)>> = const { RefCell::new(Vec::new()) };
    }
    let file: &'static str = &catalog.reference_file;
    let kept = REFERENCES.with(|r| r.borrow().iter().find(|(f, _)| *f == file).map(|(_, r)| *r));
    if let Some(reference) = kept {
        return Ok(reference);
    }
    let text = fetch_text(&format!("content/{file}")).await?;
    let reference = decode_reference(&text).map_err(|e| format!("{file}: {e}"))?;
    let reference: &'static Reference = Box::leak(Box::new(reference));
    REFERENCES.with(|r| r.borrow_mut().push((file, reference)));
    Ok(reference)
}

/// The patterns and glossary in the language in force, once fetched (views show them when they
/// arrive). They travel with the language's context: one context for all language content.
#[hook]
pub fn use_reference() -> Option<&'static Reference> {
    crate::ui::use_ui().reference()
}

/// A scenario already fetched in this visit, in the card's language.
pub fn loaded(card: &ScenarioCard) -> Option<&'static Scenario> {
    LOADED.with(|loaded| {
        loaded
            .borrow()
            .iter()
            .find(|(file, _)| *file == card.file)
            .map(|(_, scenario)| *scenario)
    })
}

/// Fetches and decodes a scenario's file (published beside index.html under `content/`).
pub async fn load(card: &'static ScenarioCard) -> Result<&'static Scenario, String> {
    if let Some(scenario) = loaded(card) {
        return Ok(scenario);
    }
    let text = fetch_text(&format!("content/{}", card.file)).await?;
    let scenario = decode(&text).map_err(|e| format!("{}: {e}", card.file))?;
    if scenario.id != card.id {
        return Err(format!("{} holds scenario `{}`", card.file, scenario.id));
    }
    let scenario: &'static Scenario = Box::leak(Box::new(scenario));
    LOADED.with(|loaded| loaded.borrow_mut().push((&card.file, scenario)));
    Ok(scenario)
}

pub(crate) async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("{url}: the network request failed"))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = response.text().map_err(|_| format!("{url}: unreadable"))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| format!("{url}: unreadable"))?;
    text.as_string().ok_or_else(|| format!("{url}: not text"))
}
