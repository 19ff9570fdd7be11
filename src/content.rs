//! Content for the browser: the catalog baked in at build time, and each scenario fetched when first opened.

use std::cell::RefCell;

use attune_engine::codec::decode;
use attune_engine::{Catalog, Scenario, ScenarioCard};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Everything the first view needs, as static data: no parsing at run time.
pub static CATALOG: Catalog = include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

thread_local! {
    /// Scenarios fetched so far. Each is leaked once, so views can hold `&'static` references.
    static LOADED: RefCell<Vec<&'static Scenario>> = const { RefCell::new(Vec::new()) };
}

/// A scenario already fetched in this visit.
pub fn loaded(id: &str) -> Option<&'static Scenario> {
    LOADED.with(|loaded| loaded.borrow().iter().copied().find(|s| s.id == id))
}

/// Fetches and decodes a scenario's file (published beside index.html under `content/`).
pub async fn load(card: &ScenarioCard) -> Result<&'static Scenario, String> {
    if let Some(scenario) = loaded(&card.id) {
        return Ok(scenario);
    }
    let text = fetch_text(&format!("content/{}", card.file)).await?;
    let scenario = decode(&text).map_err(|e| format!("{}: {e}", card.file))?;
    if scenario.id != card.id {
        return Err(format!("{} holds scenario `{}`", card.file, scenario.id));
    }
    let scenario: &'static Scenario = Box::leak(Box::new(scenario));
    LOADED.with(|loaded| loaded.borrow_mut().push(scenario));
    Ok(scenario)
}

async fn fetch_text(url: &str) -> Result<String, String> {
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
