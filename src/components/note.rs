//! A private note at a step: saved in this browser as the learner types, never sent anywhere.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::ui::{use_ui, Key};

use crate::profile::{use_profile, ProfileAction};

#[derive(Properties, PartialEq)]
pub struct NoteProps {
    pub scenario: AttrValue,
    pub step: AttrValue,
    /// At an ending the note is the learner's reflection, shown open with its own heading.
    #[prop_or_default]
    pub reflection: bool,
}

#[component]
pub fn NoteBox(props: &NoteProps) -> Html {
    let profile = use_profile();
    let ui = use_ui();
    // A practice may leave notes out of its embedded Attune.
    if crate::embed::embedding().config.hide_notes {
        return Html::default();
    }
    let text = profile
        .profile
        .note(&props.scenario, &props.step)
        .unwrap_or_default()
        .to_string();
    let oninput = {
        let (scenario, step) = (props.scenario.to_string(), props.step.to_string());
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
                profile.dispatch(ProfileAction::SetNote {
                    scenario: scenario.clone(),
                    step: step.clone(),
                    text: area.value(),
                });
            }
        })
    };
    let id = format!("attune-note-{}", props.step);
    if props.reflection {
        html! {
            <section class="attune-note attune-note-reflection" aria-labelledby="attune-note-heading">
                <h2 id="attune-note-heading"><label for={id.clone()}>{ ui.t(Key::NoteReflection) }</label></h2>
                <p class="attune-small">{ ui.t(Key::NotePrivacy) }</p>
                <textarea {id} class="attune-textarea" rows="6" value={text} {oninput} />
            </section>
        }
    } else {
        html! {
            <details class="attune-note" open={!text.is_empty()}>
                <summary>{ ui.t(Key::NoteAdd) }</summary>
                <label for={id.clone()}>{ ui.t(Key::NoteLabel) }</label>
                <textarea {id} class="attune-textarea" rows="4" value={text} {oninput} />
                <p class="attune-small">{ ui.t(Key::NotePrivacy) }</p>
            </details>
        }
    }
}
