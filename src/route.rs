//! The app's addresses: hash routes, so any step can be linked, reloaded and shared from a static host.

use yew_router::Routable;

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/scenario/:id")]
    Scenario { id: String },
    #[at("/scenario/:id/:step")]
    Step { id: String, step: String },
    #[at("/about")]
    About,
    /// Panics on purpose, so tests can prove the recovery screen replaces a blank page.
    #[at("/debug/panic")]
    DebugPanic,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}
