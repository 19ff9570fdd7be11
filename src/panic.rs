//! The friendly recovery screen shown instead of a blank page if the app ever panics.
//!
//! The screen's markup lives in `index.html`, not in Yew: after a panic the
//! WebAssembly instance is gone, so only plain DOM calls made from the panic
//! hook itself can still change the page.

use web_sys::console;

/// Routes every future panic to the recovery screen (and the console, for us).
///
/// Through Yew's own setter: Yew replaces any plain `std::panic::set_hook` hook
/// with its console-only default when the app is first rendered.
pub fn install_recovery_screen() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console::error_1(&format!("Attune stopped: {info}").into());
        show_recovery_screen();
    }));
}

fn show_recovery_screen() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(app) = document.get_element_by_id("attune") {
        let _ = app.set_attribute("hidden", "");
    }
    if let Some(screen) = document.get_element_by_id("attune-crash") {
        let _ = screen.remove_attribute("hidden");
    }
}
