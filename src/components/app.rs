//! The app: its state (the learner's profile, the language, the address) provided to every view,
//! and the page for the current address inside the shell (skip link, header, `<main>`, footer).
//!
//! Each concern lives in its own hook (`crate::hooks`); this component only puts them together.

use yew::prelude::*;

use crate::components::notices::notices;
use crate::components::shell::{footer, header};
use crate::embed::embedding;
use crate::hooks::{
    use_appearance, use_embedding, use_focus_moves, use_language, use_reference_file,
    use_saved_profile,
};
use crate::pages::page;
use crate::profile::ProfileHandle;
use crate::router::use_address;
use crate::ui::{Key, Language, Ui};

// The tools pages' shells (src/tools.rs) share these with the app.
pub use crate::hooks::{set_text_size, skip_to, theme_class};

/// The language to start in (already loaded), and one that could not be loaded, if any.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub ui: Ui,
    #[prop_or_default]
    pub failed: Option<&'static Language>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let profile = use_saved_profile();
    let language = use_language(props.ui, props.failed);
    let ui = language.ui;
    let address = use_address();
    let reference = use_reference_file(&address, ui);
    let app_class = use_appearance(profile.profile.settings, embedding().config.scheme);
    let app_ref = use_embedding();
    let main_ref = use_focus_moves(&address);
    // Performance mark for the benchmark (bench/): the app's first view is on screen.
    use_effect_with((), |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("attune-ready");
        }
    });
    let ui = ui.with_reference(reference);
    html! {
        <ContextProvider<Ui> context={ui}>
        <ContextProvider<ProfileHandle> context={profile.clone()}>
        <div class={app_class} ref={app_ref}>
            <a class="attune-skip" href="#attune-main" onclick={skip_to(main_ref.clone())}>{ ui.t(Key::ShellSkip) }</a>
            { header(ui) }
            <main id="attune-main" class="attune-main" tabindex="-1" ref={main_ref}>
                { notices(ui, &language, &profile) }
                { page(address, ui, &language.switch) }
            </main>
            { footer(ui, &language.switch) }
        </div>
        </ContextProvider<ProfileHandle>>
        </ContextProvider<Ui>>
    }
}
