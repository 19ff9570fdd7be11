//! Attune's engine: the content model, its validation and the playthrough state machine.
//!
//! Architecture invariant: nothing here knows about the browser. No yew, web-sys
//! or wasm-bindgen; everything is tested natively with `cargo test`. The web app
//! renders the state this crate computes and sends it actions.

pub mod address;
pub mod codec;
pub mod conditions;
pub mod dynamics;
pub mod embed;
pub mod export;
pub mod glossary;
pub mod locale;
pub mod model;
pub mod pack;
pub mod playthrough;
pub mod present;
pub mod profile;
pub mod storage_keys;
pub mod ui;
pub mod validate;

#[cfg(feature = "load")]
pub mod bake;
#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
pub mod web_rules;

pub use address::Address;
pub use model::{
    Catalog, Facilitation, Library, Pattern, PresetGuide, Reference, Response, Route, SandboxGuide,
    Scenario, ScenarioCard, Section, Source, Step, StepNotes, Term, Variant,
};
pub use playthrough::{Playthrough, Progress};
pub use validate::{validate, ContentError};
