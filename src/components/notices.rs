//! What the app has to tell the learner above every page: problems with a practice's settings, a
//! language that could not be loaded, what happened to their saved data, and a private visit.

use yew::prelude::*;

use crate::embed::embedding;
use crate::embed::is_private;
use crate::hooks::LanguageHandle;
use crate::profile::{ProfileAction, ProfileHandle};
use crate::ui::{Key, Ui};

/// Every notice in force, in the order they are read.
pub fn notices(ui: Ui, language: &LanguageHandle, profile: &ProfileHandle) -> Html {
    let problems = &embedding().problems;
    let settings_problems = (!problems.is_empty()).then(|| {
        html! {
            <div class="attune-notice attune-notice-settings" role="status">
                <p>{ ui.t(Key::ShellSettingsProblem) }</p>
                <ul>{ for problems.iter().map(|problem| html! { <li>{ problem }</li> }) }</ul>
            </div>
        }
    });
    let language_problem = language.failed.map(|failed| {
        let text = ui.f(Key::LanguageFailed, &[("language", failed.name)]);
        dismissable(ui, html! { { text } }, language.dismiss.clone())
    });
    let saved_data = profile.notice.map(|notice| {
        let profile = profile.clone();
        let dismiss =
            Callback::from(move |_: MouseEvent| profile.dispatch(ProfileAction::DismissNotice));
        dismissable(ui, html! { { ui.t(notice.message()) } }, dismiss)
    });
    html! {
        <>
            { settings_problems }
            { language_problem }
            { saved_data }
            if is_private() {
                <p class="attune-private-status">{ ui.t(Key::PrivateActive) }</p>
            }
        </>
    }
}

/// A notice the learner can dismiss.
fn dismissable(ui: Ui, text: Html, dismiss: Callback<MouseEvent>) -> Html {
    html! {
        <div class="attune-notice" role="status">
            <p>{ text }</p>
            <button type="button" class="attune-button" onclick={dismiss}>{ ui.t(Key::ShellDismiss) }</button>
        </div>
    }
}
