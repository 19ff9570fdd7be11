//! Attune's entry point in the browser: installs the crash screen, then mounts the app.

mod components;
mod content;
mod embed;
mod pages;
mod panic;
mod profile;
mod router;
mod state;
mod storage;

// Single-threaded wasm (no atomics), where talc's wasm allocator is sound.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    panic::install_recovery_screen();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("attune"))
        .expect("index.html has an element with id `attune`");
    yew::Renderer::<components::app::App>::with_root(root).render();
}
