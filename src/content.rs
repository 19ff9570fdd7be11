//! Content for the browser: the catalog baked in at build time, and each scenario and the
//! reference file fetched when first needed (once per visit, through `fetch`).

use std::future::Future;

use attune_engine::codec::{decode, decode_reference};
use attune_engine::{Catalog, Reference, Scenario, ScenarioCard};

use crate::fetch;

/// Everything the first view needs, as static data: no parsing at run time.
pub static CATALOG: Catalog = include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

// The loaders hand back the cache's own future rather than being `async fn`s that await it: one
// state machine instead of two nested ones (measured: about 200 bytes brotli of the learner's
// wasm). Callers `.await` them as before.

/// Fetches the patterns and glossary of the catalog's language (once per visit and language).
pub fn load_reference(
    catalog: &'static Catalog,
) -> impl Future<Output = Result<&'static Reference, String>> {
    let file: &'static str = &catalog.reference_file;
    fetch::once(file, move |text| {
        decode_reference(text).map_err(|e| format!("{file}: {e}"))
    })
}

/// The patterns and glossary of the catalog's language, if already fetched in this visit.
pub fn reference(catalog: &Catalog) -> Option<&'static Reference> {
    fetch::kept(&catalog.reference_file)
}

/// A scenario already fetched in this visit, in the card's language.
pub fn loaded(card: &ScenarioCard) -> Option<&'static Scenario> {
    fetch::kept(&card.file)
}

/// Fetches and decodes a scenario's file (published beside index.html under `content/`).
pub fn load(
    card: &'static ScenarioCard,
) -> impl Future<Output = Result<&'static Scenario, String>> {
    let file: &'static str = &card.file;
    fetch::once(file, move |text| {
        let scenario = decode(text).map_err(|e| format!("{file}: {e}"))?;
        if scenario.id != card.id {
            return Err(format!("{file} holds scenario `{}`", scenario.id));
        }
        Ok(scenario)
    })
}
