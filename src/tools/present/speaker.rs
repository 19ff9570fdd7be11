//! The speaker view (`present.html#/speaker`, opened with S) in its own window: what the room
//! sees, the room's hands, the facilitator notes for this step, what comes next, and the time
//! since it opened. Its keys and buttons run in the presenting window, through the channel.

use attune_engine::model::{paragraphs, List};
use attune_engine::present::Command;
use attune_engine::{Facilitation, Scenario};
use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::channel::use_presenting_window;
use super::keys::use_keys;
use super::stage::hands_words;
use crate::content;
use crate::ui::{use_ui, Key, ToolKey};

/// The speaker view's address, on present.html.
pub(super) const SPEAKER_HASH: &str = "#/speaker";

/// Facilitator notes per scenario (`content/facilitation/`), baked in at build time: they are in
/// this page's wasm only, never in the files learners download.
static NOTES: List<Facilitation> = include!(concat!(env!("OUT_DIR"), "/facilitation.rs"));

/// Opens the speaker view in its own window (or tab, where pop-ups are not allowed).
pub(super) fn open() {
    if let Some(window) = web_sys::window() {
        let _ = window.open_with_url_and_target_and_features(
            &format!("present.html{SPEAKER_HASH}"),
            "attune-speaker",
            "popup,width=1000,height=760",
        );
    }
}

/// The speaker view: waits for the presenting window to say what it shows, then tells the
/// facilitator what they need beside it.
#[component]
pub(super) fn Speaker() -> Html {
    let ui = use_ui();
    let (shown, send) = use_presenting_window();
    let scenario = use_state(|| None::<&'static Scenario>);
    let seconds = use_state(|| 0_u32);
    // The scenario on screen, fetched (or already here) when it changes.
    {
        let scenario = scenario.clone();
        let id = shown.as_ref().map(|s| s.scenario.clone());
        let catalog = ui.catalog();
        use_effect_with(id, move |id| {
            if let Some(card) = id.as_deref().and_then(|id| catalog.scenario(id)) {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(loaded) = content::load(card).await {
                        scenario.set(Some(loaded));
                    }
                });
            }
        });
    }
    {
        let seconds = seconds.clone();
        use_effect_with(*seconds, move |now| {
            let now = *now;
            let timer = Timeout::new(1000, move || seconds.set(now + 1));
            move || drop(timer)
        });
    }
    use_keys(send.clone(), shown.clone());
    let click = |command: Command| {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| send.emit(command))
    };
    let clock = format!("{}:{:02}", *seconds / 60, *seconds % 60);

    let (Some(now), Some(scenario)) = (
        shown.clone(),
        (*scenario).filter(|s| shown.as_ref().is_some_and(|n| n.scenario == s.id)),
    ) else {
        return html! {
            <div class="attune-speaker">
                <h1>{ ui.tool(ToolKey::PresentSpeaker) }</h1>
                <p>{ ui.tool(ToolKey::PresentWaiting) }</p>
            </div>
        };
    };
    // The step as the screen tells it (variants, routes): the engine's rules, not the view's.
    let Some(speaker) = attune_engine::present::speaker(scenario, &now) else {
        return html! { <div class="attune-speaker"><h1>{ ui.tool(ToolKey::PresentSpeaker) }</h1></div> };
    };
    let (step, title, situation, chosen) = (
        speaker.step,
        speaker.title,
        speaker.situation,
        speaker.chosen,
    );
    let notes = ui
        .facilitator_notes()
        .unwrap_or(&NOTES)
        .iter()
        .find(|n| n.scenario == scenario.id)
        .and_then(|n| n.steps.iter().find(|s| s.id == step.id));
    let state = ui.tool(match (&now.screen, step.is_ending()) {
        (_, true) => ToolKey::PresentStateEnding,
        (screen, _) if screen.blank => ToolKey::PresentBlanked,
        (screen, _) if screen.comparing => ToolKey::PresentStateComparing,
        (screen, _) if screen.revealed => ToolKey::PresentStateRevealed,
        _ => ToolKey::PresentStateHeld,
    });
    let next = speaker.next;
    let responses = speaker.on_screen.into_iter().enumerate().map(|(index, response)| {
        let picked = chosen.is_some_and(|c| c.id == response.id);
        let hands = now.hands.get(index).copied().unwrap_or(0);
        html! {
            <li class={classes!(picked.then_some("attune-speaker-picked"))}>
                { response.text.as_ref() }
                <span class="attune-speaker-meta">
                    { if picked { format!(" — {}", ui.tool(ToolKey::PresentPicked)) } else { String::new() } }
                    { if hands > 0 { format!(" — {}", hands_words(ui, hands)) } else { String::new() } }
                </span>
            </li>
        }
    });
    html! {
        <div class="attune-speaker">
            <div class="attune-speaker-top">
                <h1>{ ui.tool(ToolKey::PresentSpeaker) }</h1>
                <p class="attune-speaker-clock" aria-label={ui.tool_f(ToolKey::PresentOpenFor, &[("time", &clock)])}>{ clock.clone() }</p>
            </div>
            <p class="attune-speaker-state" role="status">{ ui.tool_f(ToolKey::PresentState, &[("scenario", &scenario.title), ("state", state)]) }</p>
            <div class="attune-speaker-columns">
                <section aria-labelledby="attune-notes-heading" class="attune-speaker-notes">
                    <h2 id="attune-notes-heading">{ ui.tool(ToolKey::PresentNotes) }</h2>
                    if step.sensitive {
                        <p class="attune-speaker-sensitive">{ ui.tool(ToolKey::PresentNoHands) }</p>
                    }
                    if let Some(notes) = notes {
                        <h3>{ ui.tool(ToolKey::PresentQuestions) }</h3>
                        <ul>{ for notes.questions.iter().map(|q| html! { <li>{ q.as_ref() }</li> }) }</ul>
                        <h3>{ ui.tool(ToolKey::PresentWatchFor) }</h3>
                        <p>{ notes.watch_for.as_ref() }</p>
                    } else if step.is_ending() {
                        <p>{ ui.tool(ToolKey::PresentEndingNotes) }</p>
                    } else {
                        <p>{ ui.tool(ToolKey::PresentNoNotes) }</p>
                    }
                </section>
                <section aria-labelledby="attune-on-screen-heading">
                    <h2 id="attune-on-screen-heading">{ ui.tool(ToolKey::PresentOnScreen) }</h2>
                    if let Some(title) = title {
                        <h3>{ title }</h3>
                    }
                    { for paragraphs(situation).take(1).map(|p| html! { <p>{ p.to_string() }</p> }) }
                    if !step.is_ending() {
                        <ol class="attune-speaker-responses">{ for responses }</ol>
                    }
                    <h3>{ ui.tool(ToolKey::PresentComingNext) }</h3>
                    <p>
                        { match next {
                            Some(next) => next.title.map_or_else(
                                || paragraphs(next.situation).next().unwrap_or_default().to_string(),
                                str::to_string,
                            ),
                            None if step.is_ending() => ui.tool(ToolKey::PresentTheEnd).to_string(),
                            None => ui.tool(ToolKey::PresentPickToSee).to_string(),
                        } }
                    </p>
                </section>
            </div>
            <nav class="attune-controls" aria-label={ui.tool(ToolKey::PresentControls)}>
                <button type="button" class="attune-button" onclick={click(Command::Back)}>{ ui.t(Key::PlayerBack) }</button>
                <button type="button" class="attune-button" onclick={click(Command::Reveal)}>{ ui.tool(ToolKey::PresentReveal) }</button>
                <button type="button" class="attune-button" onclick={click(Command::Compare)}>{ ui.tool(ToolKey::PresentCompare) }</button>
                <button type="button" class="attune-button" onclick={click(Command::Blank)}>{ ui.tool(ToolKey::PresentBlank) }</button>
                <button type="button" class="attune-button attune-button-primary" onclick={click(Command::Next)}>{ ui.tool(ToolKey::PresentNext) }</button>
            </nav>
        </div>
    }
}
