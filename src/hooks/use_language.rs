//! The language in force and switching to another: its pack fetched (once per visit), the choice
//! remembered in this browser, and the page marked with it.

use yew::prelude::*;

use crate::ui::{self, Key, Language, Ui};

/// The language in force, the one that could not be loaded (if any), and the ways to change them.
pub struct LanguageHandle {
    pub ui: Ui,
    /// A language the learner asked for whose files could not be had (English or the previous
    /// language stays in force, and the app says so until dismissed).
    pub failed: Option<&'static Language>,
    /// Switches to a language: every view redraws in it once its pack has arrived.
    pub switch: Callback<&'static Language>,
    /// Clears the notice about a language that could not be loaded.
    pub dismiss: Callback<MouseEvent>,
}

/// Starts in `start` (already loaded, as `start_app` found it), noting `failed` if the learner's
/// language could not be loaded; `lang`, the title and the start-up screens follow the language.
#[hook]
pub fn use_language(start: Ui, failed: Option<&'static Language>) -> LanguageHandle {
    let language = use_state(|| start);
    let failed = use_state(|| failed);
    let ui = *language;
    use_effect_with(ui, |ui| ui::mark_document(*ui, ui.t(Key::StartupTitle)));
    let switch = {
        let failed = failed.clone();
        Callback::from(move |target: &'static Language| {
            let (language, failed) = (language.clone(), failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match ui::load(target).await {
                    Ok(loaded) => {
                        // A private visit keeps the choice for this page only.
                        if !crate::embed::is_private() {
                            ui::remember(target);
                        }
                        language.set(loaded);
                        failed.set(None);
                    }
                    Err(problem) => {
                        ui::warn(&problem);
                        failed.set(Some(target));
                    }
                }
            });
        })
    };
    let dismiss = {
        let failed = failed.clone();
        Callback::from(move |_: MouseEvent| failed.set(None))
    };
    LanguageHandle {
        ui,
        failed: *failed,
        switch,
        dismiss,
    }
}
