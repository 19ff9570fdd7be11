//! Presenter mode (`present.html`): a scenario projected for a room, run from the keyboard.
//!
//! Responses are held until the facilitator reveals one, so the room can discuss or vote; hands
//! can be counted per response; every response can be compared side by side. Which key does
//! what, and what the screen shows, are the engine's rules (`present.rs`); this view turns key
//! presses and clicks into its `Command`s and renders the result.

use attune_engine::model::{paragraphs, List};
use attune_engine::present::{
    in_language, participant_link, Command, Hands, Lens, LinkProblem, Message, Screen, Shown,
};
use attune_engine::{Address, Facilitation, Response, Scenario, Step};
use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use qrcodegen::{QrCode, QrCodeEcc};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::content;
use crate::router::{self, use_address};
use crate::state::{PlayerAction, PlayerState};
use crate::ui::{use_ui, Key, ToolKey, Ui};

/// The channel the presenting window and its speaker view talk on (same origin only).
const CHANNEL: &str = "attune-present";
/// The speaker view's address, on present.html.
const SPEAKER_HASH: &str = "#/speaker";

/// Facilitator notes per scenario (`content/facilitation/`), baked in at build time: they are in
/// this page's wasm only, never in the files learners download.
static NOTES: List<Facilitation> = include!(concat!(env!("OUT_DIR"), "/facilitation.rs"));

/// Key presses on the whole document, as commands. Space on a focused button stays the button's.
/// Made again whenever `deps` change, so `run` always acts on the current state.
#[hook]
fn use_keys<D: PartialEq + 'static>(run: Callback<Command>, deps: D) {
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

/// A message on the channel, if it is one of Attune's.
fn received(event: &web_sys::Event) -> Option<Message> {
    let text = event
        .dyn_ref::<web_sys::MessageEvent>()?
        .data()
        .as_string()?;
    Message::from_wire(&text)
}

/// The speaker view, in its own window (or tab, where pop-ups are not allowed).
fn open_speaker_view() {
    if let Some(window) = web_sys::window() {
        let _ = window.open_with_url_and_target_and_features(
            &format!("present.html{SPEAKER_HASH}"),
            "attune-speaker",
            "popup,width=1000,height=760",
        );
    }
}

/// The presenter's address for a step (the same form as the player's, on present.html).
fn step_address(scenario: &Scenario, step: &str) -> Address {
    Address::Step {
        id: scenario.id.to_string(),
        step: step.to_string(),
    }
}

/// The page: a scenario to choose, or the chosen one at the step in the address.
#[component]
pub fn Presenter() -> Html {
    let address = use_address();
    let ui = use_ui();
    if router::current_hash() == SPEAKER_HASH {
        return html! { <Speaker /> };
    }
    match address {
        Address::Scenario { id } => {
            let key = id.clone();
            html! { <Loader {key} {id} step={None::<String>} /> }
        }
        Address::Step { id, step } => {
            let key = id.clone();
            html! { <Loader {key} {id} step={Some(step)} /> }
        }
        _ => picker(ui),
    }
}

fn picker(ui: Ui) -> Html {
    let cards = ui.catalog().scenarios.iter().map(|card| {
        let href = Address::Scenario {
            id: card.id.to_string(),
        }
        .to_hash();
        html! {
            <li class="attune-card">
                <h2><a {href}>{ card.title.as_ref() }</a></h2>
                <p>{ card.teaser.as_ref() }</p>
            </li>
        }
    });
    html! {
        <div class="attune-present-picker">
            <h1>{ ui.tool(ToolKey::PresentPickerTitle) }</h1>
            <p class="attune-lead">{ ui.tool(ToolKey::PresentPickerLead) }</p>
            <p><a href="facilitating.txt">{ ui.tool(ToolKey::PresentSessionGuide) }</a></p>
            <ul class="attune-cards">{ for cards }</ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct LoaderProps {
    id: String,
    step: Option<String>,
}

/// Fetches the scenario's file, then presents it.
#[component]
fn Loader(props: &LoaderProps) -> Html {
    let ui = use_ui();
    let card = ui.catalog().scenario(&props.id);
    let loaded = use_state(|| card.and_then(content::loaded));
    let failed = use_state(|| false);
    {
        let (loaded, failed) = (loaded.clone(), failed.clone());
        use_effect_with((), move |_| {
            if let (Some(card), None) = (card, *loaded) {
                wasm_bindgen_futures::spawn_local(async move {
                    match content::load(card).await {
                        Ok(scenario) => loaded.set(Some(scenario)),
                        Err(_) => failed.set(true),
                    }
                });
            }
        });
    }
    match (card, *loaded) {
        (None, _) => html! {
            <div class="attune-present-picker">
                <h1>{ ui.tool(ToolKey::PresentMissing) }</h1>
                <p><a href="#/">{ ui.tool(ToolKey::PresentChoose) }</a></p>
            </div>
        },
        (Some(_), Some(scenario)) => {
            let known = props
                .step
                .as_deref()
                .is_none_or(|s| scenario.step(s).is_some());
            let step = props.step.clone().filter(|_| known);
            html! { <Presenting {scenario} {step} /> }
        }
        (Some(card), None) => html! {
            <div class="attune-present-picker">
                <h1>{ card.title.as_ref() }</h1>
                if *failed {
                    <p role="alert">{ ui.tool(ToolKey::PresentLoadFailed) }</p>
                } else {
                    <p>{ ui.t(Key::PlayerLoading) }</p>
                }
            </div>
        },
    }
}

#[derive(Properties)]
struct PresentingProps {
    scenario: &'static Scenario,
    step: Option<String>,
}

impl PartialEq for PresentingProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.scenario, other.scenario) && self.step == other.step
    }
}

#[component]
fn Presenting(props: &PresentingProps) -> Html {
    let ui = use_ui();
    let scenario = props.scenario;
    let state = {
        let step = props.step.clone();
        use_reducer(move || PlayerState::new(scenario, None, step.as_deref()))
    };
    let screen = use_state(Screen::default);
    let hands = use_state(Hands::default);
    let revealed_ref = use_node_ref();
    let help_ref = use_node_ref();
    let code_ref = use_node_ref();
    let public = use_state(initial_public_address);

    // Follow the address; a new step starts held.
    {
        let (state, screen) = (state.clone(), screen.clone());
        let start = state.playthrough.current().step.to_string();
        use_effect_with(props.step.clone(), move |step| match step {
            Some(step) => {
                state.dispatch(PlayerAction::GoTo(step.clone()));
                let mut next = (*screen).clone();
                next.new_step();
                screen.set(next);
            }
            None => router::replace(&step_address(scenario, &start)),
        });
    }

    let current = state.playthrough.current().clone();
    let step: &'static Step = scenario
        .step(&current.step)
        .expect("the playthrough only visits known steps");
    let facts = state.playthrough.facts(scenario);
    let offered: Vec<&'static Response> = step.offered(&facts).collect();
    let chosen = current.chosen.as_deref().and_then(|id| step.response(id));
    let counts = hands.at(&step.id, offered.len());
    let votes = attune_engine::present::takes_votes(step);

    // Every command, from a key or a click.
    let run = {
        let (state, screen, hands) = (state.clone(), screen.clone(), hands.clone());
        let offered = offered.clone();
        let step_id = step.id.to_string();
        Callback::from(move |command: Command| match command {
            Command::Next => {
                if let Some(next) = state.playthrough.next_step(scenario) {
                    router::go(&step_address(scenario, &next));
                }
            }
            Command::Back => {
                if let Some(target) = state.playthrough.back_target() {
                    router::go(&step_address(scenario, target));
                }
            }
            Command::Pick(index) => {
                if let Some(response) = offered.get(index) {
                    state.dispatch(PlayerAction::Choose(response.id.to_string()));
                }
            }
            Command::AddHand(index) if votes => {
                let mut next = (*hands).clone();
                next.add(&step_id, index, offered.len());
                hands.set(next);
            }
            Command::AddHand(_) => {}
            Command::RemoveHand(index) => {
                let mut next = (*hands).clone();
                next.remove(&step_id, index);
                hands.set(next);
            }
            Command::Fullscreen => toggle_fullscreen(),
            Command::Speaker => open_speaker_view(),
            other => {
                let mut next = (*screen).clone();
                if next.apply(other) {
                    screen.set(next);
                }
            }
        })
    };

    // What this window shows, for its speaker view (and its key handler).
    let shown = Shown {
        scenario: scenario.id.to_string(),
        step: step.id.to_string(),
        chosen: current.chosen.as_ref().map(|c| c.to_string()),
        screen: (*screen).clone(),
        offered: offered.iter().map(|r| r.id.to_string()).collect(),
        hands: counts.clone(),
        facts: facts.names().iter().map(|f| f.to_string()).collect(),
    };
    let hello = use_state(|| 0.0_f64);
    use_keys(run.clone(), shown.clone());
    // One channel for the window's life (a channel opened anew on each change could miss a
    // command sent in that instant); its listener runs the latest `run`, kept in a ref.
    let channel = use_memo((), |_| web_sys::BroadcastChannel::new(CHANNEL).ok());
    let latest_run = use_mut_ref(|| run.clone());
    *latest_run.borrow_mut() = run.clone();
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
    // What this window shows, told to its speaker view on each change and to each new one.
    {
        let channel = channel.clone();
        use_effect_with((shown.clone(), *hello), move |(shown, _)| {
            if let (Some(open), Some(wire)) =
                ((*channel).as_ref(), Message::Shown(shown.clone()).to_wire())
            {
                let _ = open.post_message(&wire.into());
            }
        });
    }

    // Revealing or comparing brings the news into view and to screen readers; help takes focus.
    {
        let (revealed_ref, help_ref, code_ref) =
            (revealed_ref.clone(), help_ref.clone(), code_ref.clone());
        use_effect_with(
            (screen.revealed, screen.comparing, screen.help, screen.code),
            move |&(revealed, comparing, help, code)| {
                let target = if help {
                    &help_ref
                } else if code {
                    &code_ref
                } else if revealed || comparing {
                    &revealed_ref
                } else {
                    return;
                };
                if let Some(element) = target.cast::<HtmlElement>() {
                    let _ = element.focus();
                }
            },
        );
    }

    let click = |command: Command| {
        let run = run.clone();
        Callback::from(move |_: MouseEvent| run.emit(command))
    };
    let progress = match state.playthrough.progress(scenario) {
        attune_engine::Progress::Decision { number, total } => ui.f(
            Key::PlayerStep,
            &[
                ("number", &number.to_string()),
                ("total", &total.to_string()),
            ],
        ),
        attune_engine::Progress::Ending => ui.t(Key::PlayerEnding).to_string(),
    };
    let (title, situation) = step.telling(&facts);
    let lens_class = match screen.lens {
        Lens::Both => "attune-lens-both",
        Lens::Attachment => "attune-lens-first-attachment",
        Lens::Codependency => "attune-lens-first-codependency",
    };
    let lens_label = ui.tool(match screen.lens {
        Lens::Both => ToolKey::PresentLensBoth,
        Lens::Attachment => ToolKey::PresentLensAttachment,
        Lens::Codependency => ToolKey::PresentLensCodependency,
    });
    let most = counts.iter().copied().max().unwrap_or(0);

    let responses = offered.iter().enumerate().map(|(index, response)| {
        let pressed = chosen.is_some_and(|c| c.id == response.id);
        let count = counts[index];
        let number = (index + 1).to_string();
        html! {
            <li class="attune-present-response">
                <button type="button" class="attune-response" aria-pressed={pressed.to_string()} onclick={click(Command::Pick(index))}>
                    <span class="attune-present-number" aria-hidden="true">{ index + 1 }</span>
                    { response.text.as_ref() }
                </button>
                if votes {
                <div class="attune-hands">
                    <svg viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                        <rect class="attune-bar-track" width="100" height="6" />
                        <rect class="attune-bar attune-bar-hands" width={(count * 100 / most.max(1)).to_string()} height="6" />
                    </svg>
                    <span class="attune-hands-count">{ hands_words(ui, count) }</span>
                    <button type="button" class="attune-button attune-hands-button" aria-label={ui.tool_f(ToolKey::PresentAddHand, &[("number", &number)])} onclick={click(Command::AddHand(index))}>{ "+" }</button>
                    <button type="button" class="attune-button attune-hands-button" aria-label={ui.tool_f(ToolKey::PresentRemoveHand, &[("number", &number)])} onclick={click(Command::RemoveHand(index))} disabled={count == 0}>{ "−" }</button>
                </div>
                }
            </li>
        }
    });

    let lenses = |response: &Response| {
        html! {
            <div class={classes!("attune-lenses", lens_class)}>
                <section class="attune-lens attune-lens-attachment">
                    <h3>{ ui.t(Key::LensAttachment) }</h3>
                    { for paragraphs(&response.attachment).map(|p| html! { <p>{ p.to_string() }</p> }) }
                </section>
                <section class="attune-lens attune-lens-codependency">
                    <h3>{ ui.t(Key::LensCodependency) }</h3>
                    { for paragraphs(&response.codependency).map(|p| html! { <p>{ p.to_string() }</p> }) }
                </section>
            </div>
        }
    };

    let body = if screen.comparing {
        let cards = offered.iter().enumerate().map(|(index, response)| {
            html! {
                <li class="attune-compare-card">
                    <h3>{ format!("{}. {}", index + 1, response.text) }</h3>
                    <p class="attune-outcome">{ response.outcome.as_ref() }</p>
                    { lenses(response) }
                </li>
            }
        });
        html! {
            <section class="attune-compare" aria-labelledby="attune-compare-heading">
                <h2 id="attune-compare-heading" tabindex="-1" ref={revealed_ref.clone()}>{ ui.tool(ToolKey::PresentCompareHeading) }</h2>
                <ul>{ for cards }</ul>
            </section>
        }
    } else if step.is_ending() {
        html! {
            <section class="attune-present-ending" aria-labelledby="attune-present-step">
                <h2 id="attune-present-step">{ title.unwrap_or(ui.t(Key::PlayerEnding)) }</h2>
                { for paragraphs(situation).map(|p| html! { <p>{ p.to_string() }</p> }) }
                if let Some(reflection) = &step.reflection {
                    <p class="attune-question">{ reflection.as_ref() }</p>
                }
            </section>
        }
    } else {
        html! {
            <>
                <div class="attune-present-stage">
                <section class="attune-situation" aria-labelledby="attune-present-step">
                    <h2 id="attune-present-step" class="attune-visually-hidden">{ title.unwrap_or(ui.t(Key::PlayerSituation)) }</h2>
                    { for paragraphs(situation).map(|p| html! { <p>{ p.to_string() }</p> }) }
                    if let Some(question) = &step.question {
                        <p class="attune-question">{ question.as_ref() }</p>
                    }
                </section>
                <ol class="attune-present-responses" aria-label={ui.tool(ToolKey::PresentResponses)}>{ for responses }</ol>
                </div>
                if screen.revealed {
                    <section class="attune-explanation" aria-labelledby="attune-revealed-heading">
                        <h2 id="attune-revealed-heading" tabindex="-1" ref={revealed_ref.clone()}>{ ui.t(Key::PlayerNext) }</h2>
                        if let Some(response) = chosen {
                            <p class="attune-chosen"><span class="attune-label">{ ui.tool(ToolKey::PresentResponse) }</span>{ response.text.as_ref() }</p>
                            <p class="attune-outcome">{ response.outcome.as_ref() }</p>
                            { lenses(response) }
                        } else {
                            <p>{ ui.tool_f(ToolKey::PresentPickFirst, &[("last", &offered.len().to_string())]) }</p>
                        }
                    </section>
                }
            </>
        }
    };

    html! {
        <div class="attune-present">
            <div class="attune-present-top">
                <p class="attune-present-title">{ scenario.title.as_ref() }</p>
                <p class="attune-progress">{ progress }</p>
                <p class="attune-present-hint" aria-hidden="true">{ ui.tool(ToolKey::PresentHint) }</p>
            </div>
            if screen.blank {
                <div class="attune-present-blank" role="region" aria-label={ui.tool(ToolKey::PresentBlanked)}>
                    <p>{ ui.tool(ToolKey::PresentUnblank) }</p>
                </div>
            } else {
                { body }
            }
            <nav class="attune-controls attune-present-controls" aria-label={ui.tool(ToolKey::PresentControls)}>
                <button type="button" class="attune-button" onclick={click(Command::Back)} disabled={!state.playthrough.can_go_back()}>{ ui.t(Key::PlayerBack) }</button>
                if !step.is_ending() {
                    <button type="button" class="attune-button" aria-pressed={screen.revealed.to_string()} onclick={click(Command::Reveal)}>{ ui.tool(ToolKey::PresentReveal) }</button>
                    <button type="button" class="attune-button" aria-pressed={screen.comparing.to_string()} onclick={click(Command::Compare)}>{ ui.tool(ToolKey::PresentCompare) }</button>
                }
                <button type="button" class="attune-button" onclick={click(Command::Lens)}>{ lens_label }</button>
                <button type="button" class="attune-button" aria-pressed={screen.blank.to_string()} onclick={click(Command::Blank)}>{ ui.tool(ToolKey::PresentBlank) }</button>
                <button type="button" class="attune-button" onclick={click(Command::Fullscreen)}>{ ui.tool(ToolKey::PresentFullScreen) }</button>
                <button type="button" class="attune-button" onclick={click(Command::Speaker)}>{ ui.tool(ToolKey::PresentSpeaker) }</button>
                <button type="button" class="attune-button" aria-pressed={screen.code.to_string()} onclick={click(Command::Code)}>{ ui.tool(ToolKey::PresentQr) }</button>
                <button type="button" class="attune-button" onclick={click(Command::Help)}>{ ui.tool(ToolKey::PresentKeys) }</button>
                <button type="button" class="attune-button attune-button-primary" onclick={click(Command::Next)} disabled={chosen.is_none()}>{ ui.tool(ToolKey::PresentNext) }</button>
            </nav>
            if screen.code {
                { code_panel(ui, &public, scenario, step, &code_ref, click(Command::Code)) }
            }
            if screen.help {
                <div class="attune-present-help" role="dialog" aria-modal="true" aria-labelledby="attune-keys-heading" tabindex="-1" ref={help_ref.clone()}>
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
                    <button type="button" class="attune-button attune-button-primary" onclick={click(Command::Help)}>{ ui.tool(ToolKey::PresentClose) }</button>
                </div>
            }
        </div>
    }
}

/// Where the facilitator last said Attune is served publicly (kept in this browser).
const PUBLIC_KEY: &str = "attune.present.public";

/// The public address for phones: `?public=` on present.html, else the one saved here, else
/// this page's own folder (right when the laptop serves from its public address).
fn initial_public_address() -> String {
    let window = web_sys::window();
    let location = window.as_ref().map(|w| w.location());
    let from_query = location
        .as_ref()
        .and_then(|l| l.search().ok())
        .and_then(|search| {
            search
                .trim_start_matches('?')
                .split('&')
                .find_map(|pair| pair.strip_prefix("public=").map(str::to_string))
        })
        .and_then(|value| js_sys::decode_uri_component(&value).ok())
        .and_then(|value| value.as_string());
    let saved = || {
        window
            .as_ref()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|storage| storage.get_item(PUBLIC_KEY).ok().flatten())
    };
    let own = || {
        let origin = location
            .as_ref()
            .and_then(|l| l.origin().ok())
            .unwrap_or_default();
        let path = location
            .as_ref()
            .and_then(|l| l.pathname().ok())
            .unwrap_or_default();
        let folder = path.rsplit_once('/').map_or("/", |(folder, _)| folder);
        format!("{origin}{folder}/")
    };
    from_query.or_else(saved).unwrap_or_else(own)
}

/// The QR code for phones, the address it holds, and where to change the public address.
fn code_panel(
    ui: Ui,
    public: &UseStateHandle<String>,
    scenario: &Scenario,
    step: &Step,
    focus: &NodeRef,
    on_close: Callback<MouseEvent>,
) -> Html {
    // Phones follow in the room's language (their own choice, if any, still wins).
    let link = participant_link(public, &scenario.id, &step.id)
        .map(|link| in_language(&link, ui.language().code));
    let drawing = match &link {
        Ok(link) => qr_svg(ui, link),
        Err(_) => Html::default(),
    };
    let input_ref = NodeRef::default();
    let on_submit = {
        let (public, input_ref) = (public.clone(), input_ref.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(input) = input_ref.cast::<web_sys::HtmlInputElement>() {
                let value = input.value().trim().to_string();
                if let Some(storage) =
                    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
                {
                    let _ = storage.set_item(PUBLIC_KEY, &value);
                }
                public.set(value);
            }
        })
    };
    html! {
        <div class="attune-present-code" role="dialog" aria-modal="true" aria-labelledby="attune-code-heading" tabindex="-1" ref={focus.clone()}>
            <h2 id="attune-code-heading">{ ui.tool(ToolKey::PresentFollow) }</h2>
            { drawing }
            { match &link {
                Ok(link) => html! { <p class="attune-code-link">{ link.clone() }</p> },
                Err(problem) => html! { <p class="attune-problem" role="alert">{ problem_words(ui, *problem) }</p> },
            } }
            <form class="attune-code-form" novalidate=true onsubmit={on_submit}>
                <label for="attune-public">{ ui.tool(ToolKey::PresentPublicAddress) }</label>
                <input id="attune-public" type="url" ref={input_ref} value={(**public).clone()} maxlength="200" />
                <button type="submit" class="attune-button">{ ui.tool(ToolKey::PresentUseAddress) }</button>
            </form>
            <button type="button" class="attune-button attune-button-primary" onclick={on_close}>{ ui.tool(ToolKey::PresentClose) }</button>
        </div>
    }
}

/// `link` as a QR code drawn in SVG: one square per dark module, on a white quiet zone (scanners
/// need light around the code, whatever the theme).
fn qr_svg(ui: Ui, link: &str) -> Html {
    let Ok(code) = QrCode::encode_text(link, QrCodeEcc::Medium) else {
        return Html::default();
    };
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{x} {y}h1v1h-1z"));
            }
        }
    }
    let view = format!("-4 -4 {} {}", size + 8, size + 8);
    html! {
        <svg class="attune-qr" viewBox={view} role="img" aria-label={ui.tool_f(ToolKey::PresentQrLabel, &[("link", link)])} shape-rendering="crispEdges">
            <rect x="-4" y="-4" width={(size + 8).to_string()} height={(size + 8).to_string()} fill="#ffffff" />
            <path d={path} fill="#000000" />
        </svg>
    }
}

/// "1 hand", "3 hands": raised hands for a response.
fn hands_words(ui: Ui, count: u32) -> String {
    if count == 1 {
        ui.tool(ToolKey::PresentOneHand).to_string()
    } else {
        ui.tool_f(ToolKey::PresentHands, &[("count", &count.to_string())])
    }
}

/// Why the public address can't be used, and what to do.
fn problem_words(ui: Ui, problem: LinkProblem) -> String {
    let problem = ui.tool(match problem {
        LinkProblem::NotHttp => ToolKey::PresentAddressNotHttp,
        LinkProblem::TooLong => ToolKey::PresentAddressTooLong,
        LinkProblem::NoHost => ToolKey::PresentAddressNoHost,
        LinkProblem::Characters => ToolKey::PresentAddressCharacters,
        LinkProblem::NotAStep => ToolKey::PresentAddressNotAStep,
    });
    ui.tool_f(ToolKey::PresentAddressProblem, &[("problem", problem)])
}

/// Full screen for the whole page, or back.
fn toggle_fullscreen() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// The speaker view (`present.html#/speaker`, opened with S): what the room sees, the room's
/// hands, the facilitator notes for this step, what comes next, and the time since it opened.
/// Its keys and buttons run in the presenting window, through the channel.
#[component]
fn Speaker() -> Html {
    let ui = use_ui();
    let shown = use_state(|| None::<Shown>);
    let scenario = use_state(|| None::<&'static Scenario>);
    let seconds = use_state(|| 0_u32);
    let channel = use_memo((), |_| web_sys::BroadcastChannel::new(CHANNEL).ok());
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
            if let (Some(channel), Some(hello)) = ((*channel).as_ref(), Message::Hello.to_wire()) {
                let _ = channel.post_message(&hello.into());
            }
            move || drop(listener)
        });
    }
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
    let send = {
        let channel = channel.clone();
        Callback::from(move |command: Command| {
            if let (Some(channel), Some(wire)) =
                ((*channel).as_ref(), Message::Command(command).to_wire())
            {
                let _ = channel.post_message(&wire.into());
            }
        })
    };
    use_keys(send.clone(), (*shown).clone());
    let click = |command: Command| {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| send.emit(command))
    };
    let clock = format!("{}:{:02}", *seconds / 60, *seconds % 60);

    let (Some(now), Some(scenario)) = (
        (*shown).clone(),
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
