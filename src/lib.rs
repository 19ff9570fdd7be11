//! Attune in the browser: the learner's app (`start_app`, the `attune` binary) and the tools
//! pages (`tools::start_sandbox` and `tools::start_present`, the `attune-sandbox` and
//! `attune-present` binaries), sharing one code base.
//!
//! One binary per page, so each page's wasm carries only what it uses: the learner's first view
//! never pays for the sandbox or presenter mode, and the sandbox never pays for either of them.

pub mod components;
pub mod content;
pub mod embed;
mod fetch;
pub mod hooks;
pub mod pages;
pub mod panic;
pub mod profile;
pub mod router;
pub mod state;
pub mod storage;
pub mod tools;
pub mod ui;

// Single-threaded wasm (no atomics), where talc's wasm allocator is sound.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The element each page mounts into (`index.html` and `sandbox.html` both have it).
fn root() -> web_sys::Element {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("attune"))
        .expect("the page has an element with id `attune`")
}

/// Starts the learner's app: the crash screen first, then the app in the learner's language
/// (English at once; another once its pack has arrived, or English with a notice if it cannot).
pub fn start_app() {
    panic::install_recovery_screen();
    let language = ui::preferred(embed::embedding().config.locale.as_deref());
    wasm_bindgen_futures::spawn_local(async move {
        let (ui, failed) = match ui::load(language).await {
            Ok(ui) => (ui, None),
            Err(problem) => {
                ui::warn(&problem);
                (ui::Ui::default(), Some(language))
            }
        };
        let props = components::app::AppProps { ui, failed };
        yew::Renderer::<components::app::App>::with_root_and_props(root(), props).render();
    });
}
