//! The keyboard in presenter mode: key presses on the page as the engine's `Command`s (in the
//! presenting window and the speaker view alike), and the list of keys shown with ?.

use attune_engine::present::Command;
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::ui::{ToolKey, Ui};

/// Key presses on the whole document, as commands. Space on a focused button stays the button's.
/// Made again whenever `deps` change, so `run` always acts on the current state.
#[hook]
pub(super) fn use_keys<D: PartialEq + 'static>(run: Callback<Command>, deps: D) {
    use_effect_with(deps, move |_| {
        let listener = web_sys::window()
            .and_then(|w| w.document())
            .map(|document| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&document, "keydown", options, move |event| {
                    let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    let on_control = event
                        .target()
                        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
                        .is_some_and(|t| {
                            matches!(t.tag_name().as_str(), "BUTTON" | "A" | "INPUT" | "SUMMARY")
                        });
                    if event.key() == " " && on_control {
                        return;
                    }
                    let other = event.ctrl_key() || event.alt_key() || event.meta_key();
                    if let Some(command) =
                        Command::for_key(&event.key(), &event.code(), event.shift_key(), other)
                    {
                        event.prevent_default();
                        run.emit(command);
                    }
                })
            });
        move || drop(listener)
    });
}

/// The list of keys (a dialog over the screen, focused when it opens through `focus`).
pub(super) fn key_list(ui: Ui, focus: &NodeRef, on_close: Callback<MouseEvent>) -> Html {
    html! {
        <div class="attune-present-help" role="dialog" aria-modal="true" aria-labelledby="attune-keys-heading" tabindex="-1" ref={focus.clone()}>
            <h2 id="attune-keys-heading">{ ui.tool(ToolKey::PresentKeys) }</h2>
            // Single letters are the same in every language (they follow reveal.js).
            <dl>
                <dt>{ ui.tool(ToolKey::PresentKeyNext) }</dt><dd>{ ui.tool(ToolKey::PresentHelpNext) }</dd>
                <dt>{ ui.tool(ToolKey::PresentKeyBack) }</dt><dd>{ ui.tool(ToolKey::PresentHelpBack) }</dd>
                <dt>{ ui.tool(ToolKey::PresentKeyPick) }</dt><dd>{ ui.tool(ToolKey::PresentHelpPick) }</dd>
                <dt>{ ui.tool(ToolKey::PresentKeyHand) }</dt><dd>{ ui.tool(ToolKey::PresentHelpHand) }</dd>
                <dt>{ "R" }</dt><dd>{ ui.tool(ToolKey::PresentHelpReveal) }</dd>
                <dt>{ "C" }</dt><dd>{ ui.tool(ToolKey::PresentHelpCompare) }</dd>
                <dt>{ "L" }</dt><dd>{ ui.tool(ToolKey::PresentHelpLens) }</dd>
                <dt>{ ui.tool(ToolKey::PresentKeyBlank) }</dt><dd>{ ui.tool(ToolKey::PresentHelpBlank) }</dd>
                <dt>{ "F" }</dt><dd>{ ui.tool(ToolKey::PresentFullScreen) }</dd>
                <dt>{ "S" }</dt><dd>{ ui.tool(ToolKey::PresentHelpSpeaker) }</dd>
                <dt>{ "Q" }</dt><dd>{ ui.tool(ToolKey::PresentHelpQr) }</dd>
                <dt>{ ui.tool(ToolKey::PresentKeyEscape) }</dt><dd>{ ui.tool(ToolKey::PresentHelpEscape) }</dd>
            </dl>
            <button type="button" class="attune-button attune-button-primary" onclick={on_close}>{ ui.tool(ToolKey::PresentClose) }</button>
        </div>
    }
}
