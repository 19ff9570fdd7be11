//! The presenting window and its speaker view kept in step over a same-origin
//! `BroadcastChannel`: the presenting window tells what it shows, the speaker view sends commands
//! for it to run. The messages and their wire form are the engine's (`present::Message`).

use attune_engine::present::{Command, Message, Shown};
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::BroadcastChannel;
use yew::prelude::*;

/// The channel the presenting window and its speaker view talk on (same origin only).
const CHANNEL: &str = "attune-present";

/// A message on the channel, if it is one of Attune's.
fn received(event: &web_sys::Event) -> Option<Message> {
    let text = event
        .dyn_ref::<web_sys::MessageEvent>()?
        .data()
        .as_string()?;
    Message::from_wire(&text)
}

/// Sends `message` on the channel, if it is open and the message leaves its window.
fn post(channel: &Option<BroadcastChannel>, message: Message) {
    if let (Some(open), Some(wire)) = (channel.as_ref(), message.to_wire()) {
        let _ = open.post_message(&wire.into());
    }
}

/// The presenting window's side: the speaker view's commands run `run`, and `shown` (what this
/// window shows) is told to its speaker view on each change and to each new one.
#[hook]
pub(super) fn use_speaker_link(run: Callback<Command>, shown: Shown) {
    let hello = use_state(|| 0.0_f64);
    // One channel for the window's life (a channel opened anew on each change could miss a
    // command sent in that instant); its listener runs the latest `run`, kept in a ref.
    let channel = use_memo((), |_| BroadcastChannel::new(CHANNEL).ok());
    let latest_run = use_mut_ref(|| run.clone());
    *latest_run.borrow_mut() = run;
    {
        let (channel, hello) = (channel.clone(), hello.clone());
        use_effect_with((), move |_| {
            // The speaker view's commands run here; a new speaker view says hello and is answered.
            let listener = (*channel).as_ref().map(|open| {
                EventListener::new(open, "message", move |event| match received(event) {
                    Some(Message::Command(command)) => latest_run.borrow().emit(command),
                    Some(Message::Hello) => hello.set(js_sys::Date::now()),
                    _ => {}
                })
            });
            move || {
                drop(listener);
                if let Some(open) = channel.as_ref() {
                    open.close();
                }
            }
        });
    }
    use_effect_with((shown, *hello), move |(shown, _)| {
        post(&channel, Message::Shown(shown.clone()));
    });
}

/// The speaker view's side: what the presenting window shows (None until it has told), and a
/// callback that sends it a command to run. A new speaker view says hello, so it is told at once.
#[hook]
pub(super) fn use_presenting_window() -> (Option<Shown>, Callback<Command>) {
    let shown = use_state(|| None::<Shown>);
    let channel = use_memo((), |_| BroadcastChannel::new(CHANNEL).ok());
    {
        let (channel, shown) = (channel.clone(), shown.clone());
        use_effect_with((), move |_| {
            let listener = (*channel).as_ref().map(|channel| {
                EventListener::new(channel, "message", move |event| {
                    if let Some(Message::Shown(now)) = received(event) {
                        shown.set(Some(now));
                    }
                })
            });
            post(&channel, Message::Hello);
            move || drop(listener)
        });
    }
    let send = Callback::from(move |command: Command| post(&channel, Message::Command(command)));
    ((*shown).clone(), send)
}
