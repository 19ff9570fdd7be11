//! Presenter mode (`present.html`): a scenario projected for a room, run from the keyboard.
//!
//! Responses are held until the facilitator reveals one, so the room can discuss or vote; hands
//! can be counted per response; every response can be compared side by side. Which key does
//! what, and what the screen shows, are the engine's rules (`present.rs`); this view turns key
//! presses and clicks into its `Command`s and renders the result.

use attune_engine::model::paragraphs;
use attune_engine::present::{Command, Hands, Lens, Screen};
use attune_engine::{Address, Response, Scenario, Step};
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::content::{self, CATALOG};
use crate::router::{self, use_address};
use crate::state::{PlayerAction, PlayerState};

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
    match use_address() {
        Address::Scenario { id } => {
            let key = id.clone();
            html! { <Loader {key} {id} step={None::<String>} /> }
        }
        Address::Step { id, step } => {
            let key = id.clone();
            html! { <Loader {key} {id} step={Some(step)} /> }
        }
        _ => picker(),
    }
}

fn picker() -> Html {
    let cards = CATALOG.scenarios.iter().map(|card| {
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
            <h1>{ "Present a scenario" }</h1>
            <p class="attune-lead">{ "Pick a scenario to project. Responses stay hidden behind “Reveal” until the room has talked or voted; press ? on the next screen for every key." }</p>
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
    let card = CATALOG.scenario(&props.id);
    let loaded = use_state(|| card.and_then(|c| content::loaded(&c.id)));
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
                <h1>{ "That scenario isn't here" }</h1>
                <p><a href="#/">{ "Choose a scenario" }</a></p>
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
                    <p role="alert">{ "The scenario couldn't be loaded. Check the connection and reload the page." }</p>
                } else {
                    <p>{ "Loading the scenario…" }</p>
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
    let scenario = props.scenario;
    let state = {
        let step = props.step.clone();
        use_reducer(move || PlayerState::new(scenario, None, step.as_deref()))
    };
    let screen = use_state(Screen::default);
    let hands = use_state(Hands::default);
    let revealed_ref = use_node_ref();
    let help_ref = use_node_ref();

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
                let path = state.playthrough.path();
                if let Some(previous) = path.len().checked_sub(2).map(|i| &path[i]) {
                    router::go(&step_address(scenario, &previous.step));
                }
            }
            Command::Pick(index) => {
                if let Some(response) = offered.get(index) {
                    state.dispatch(PlayerAction::Choose(response.id.to_string()));
                }
            }
            Command::AddHand(index) => {
                let mut next = (*hands).clone();
                next.add(&step_id, index, offered.len());
                hands.set(next);
            }
            Command::RemoveHand(index) => {
                let mut next = (*hands).clone();
                next.remove(&step_id, index);
                hands.set(next);
            }
            Command::Fullscreen => toggle_fullscreen(),
            // The speaker view is not built yet (issue #6): S does nothing for now.
            Command::Speaker => {}
            other => {
                let mut next = (*screen).clone();
                if next.apply(other) {
                    screen.set(next);
                }
            }
        })
    };

    // Keys, on the whole document. Space on a focused button stays the button's.
    {
        let run = run.clone();
        use_effect_with((), move |_| {
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
                                matches!(
                                    t.tag_name().as_str(),
                                    "BUTTON" | "A" | "INPUT" | "SUMMARY"
                                )
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

    // Revealing or comparing brings the news into view and to screen readers; help takes focus.
    {
        let (revealed_ref, help_ref) = (revealed_ref.clone(), help_ref.clone());
        use_effect_with(
            (screen.revealed, screen.comparing, screen.help),
            move |&(revealed, comparing, help)| {
                let target = if help {
                    &help_ref
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
        attune_engine::Progress::Decision { number, total } => format!("Step {number} of {total}"),
        attune_engine::Progress::Ending => "Ending".to_string(),
    };
    let (title, situation) = step.telling(&facts);
    let lens_class = match screen.lens {
        Lens::Both => "attune-lens-both",
        Lens::Attachment => "attune-lens-first-attachment",
        Lens::Codependency => "attune-lens-first-codependency",
    };
    let lens_label = match screen.lens {
        Lens::Both => "Lens: both",
        Lens::Attachment => "Lens: attachment",
        Lens::Codependency => "Lens: codependency",
    };
    let most = counts.iter().copied().max().unwrap_or(0);

    let responses = offered.iter().enumerate().map(|(index, response)| {
        let pressed = chosen.is_some_and(|c| c.id == response.id);
        let count = counts[index];
        html! {
            <li class="attune-present-response">
                <button type="button" class="attune-response" aria-pressed={pressed.to_string()} onclick={click(Command::Pick(index))}>
                    <span class="attune-present-number" aria-hidden="true">{ index + 1 }</span>
                    { response.text.as_ref() }
                </button>
                <div class="attune-hands">
                    <svg viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                        <rect class="attune-bar-track" width="100" height="6" />
                        <rect class="attune-bar attune-bar-hands" width={(count * 100 / most.max(1)).to_string()} height="6" />
                    </svg>
                    <span class="attune-hands-count">{ if count == 1 { "1 hand".to_string() } else { format!("{count} hands") } }</span>
                    <button type="button" class="attune-button attune-hands-button" aria-label={format!("One more hand for response {}", index + 1)} onclick={click(Command::AddHand(index))}>{ "+" }</button>
                    <button type="button" class="attune-button attune-hands-button" aria-label={format!("One fewer hand for response {}", index + 1)} onclick={click(Command::RemoveHand(index))} disabled={count == 0}>{ "−" }</button>
                </div>
            </li>
        }
    });

    let lenses = |response: &Response| {
        html! {
            <div class={classes!("attune-lenses", lens_class)}>
                <section class="attune-lens attune-lens-attachment">
                    <h3>{ "Attachment lens" }</h3>
                    { for paragraphs(&response.attachment).map(|p| html! { <p>{ p.to_string() }</p> }) }
                </section>
                <section class="attune-lens attune-lens-codependency">
                    <h3>{ "Codependency lens" }</h3>
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
                <h2 id="attune-compare-heading" tabindex="-1" ref={revealed_ref.clone()}>{ "Every response, side by side" }</h2>
                <ul>{ for cards }</ul>
            </section>
        }
    } else if step.is_ending() {
        html! {
            <section class="attune-present-ending" aria-labelledby="attune-present-step">
                <h2 id="attune-present-step">{ title.unwrap_or("Ending") }</h2>
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
                    <h2 id="attune-present-step" class="attune-visually-hidden">{ title.unwrap_or("The situation") }</h2>
                    { for paragraphs(situation).map(|p| html! { <p>{ p.to_string() }</p> }) }
                    if let Some(question) = &step.question {
                        <p class="attune-question">{ question.as_ref() }</p>
                    }
                </section>
                <ol class="attune-present-responses" aria-label="Responses">{ for responses }</ol>
                </div>
                if screen.revealed {
                    <section class="attune-explanation" aria-labelledby="attune-revealed-heading">
                        <h2 id="attune-revealed-heading" tabindex="-1" ref={revealed_ref.clone()}>{ "What tends to happen next" }</h2>
                        if let Some(response) = chosen {
                            <p class="attune-chosen"><span class="attune-label">{ "Response: " }</span>{ response.text.as_ref() }</p>
                            <p class="attune-outcome">{ response.outcome.as_ref() }</p>
                            { lenses(response) }
                        } else {
                            <p>{ format!("Pick a response first: press 1 to {}, or click it.", offered.len()) }</p>
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
                <p class="attune-present-hint" aria-hidden="true">{ "→ next · 1–9 pick · R reveal · C compare · ? keys" }</p>
            </div>
            if screen.blank {
                <div class="attune-present-blank" role="region" aria-label="Screen blanked">
                    <p>{ "Press B to bring the screen back." }</p>
                </div>
            } else {
                { body }
            }
            <nav class="attune-controls attune-present-controls" aria-label="Presenter controls">
                <button type="button" class="attune-button" onclick={click(Command::Back)} disabled={!state.playthrough.can_go_back()}>{ "Back" }</button>
                if !step.is_ending() {
                    <button type="button" class="attune-button" aria-pressed={screen.revealed.to_string()} onclick={click(Command::Reveal)}>{ "Reveal" }</button>
                    <button type="button" class="attune-button" aria-pressed={screen.comparing.to_string()} onclick={click(Command::Compare)}>{ "Compare all" }</button>
                }
                <button type="button" class="attune-button" onclick={click(Command::Lens)}>{ lens_label }</button>
                <button type="button" class="attune-button" aria-pressed={screen.blank.to_string()} onclick={click(Command::Blank)}>{ "Blank" }</button>
                <button type="button" class="attune-button" onclick={click(Command::Fullscreen)}>{ "Full screen" }</button>
                <button type="button" class="attune-button" onclick={click(Command::Help)}>{ "Keys" }</button>
                <button type="button" class="attune-button attune-button-primary" onclick={click(Command::Next)} disabled={chosen.is_none()}>{ "Next" }</button>
            </nav>
            if screen.help {
                <div class="attune-present-help" role="dialog" aria-modal="true" aria-labelledby="attune-keys-heading" tabindex="-1" ref={help_ref.clone()}>
                    <h2 id="attune-keys-heading">{ "Keys" }</h2>
                    <dl>
                        <dt>{ "→, Space, Page Down, N" }</dt><dd>{ "Next step (after a response is picked)" }</dd>
                        <dt>{ "←, Page Up, P" }</dt><dd>{ "Previous step" }</dd>
                        <dt>{ "1 to 9" }</dt><dd>{ "Pick a response" }</dd>
                        <dt>{ "Shift + 1 to 9" }</dt><dd>{ "One more raised hand for that response" }</dd>
                        <dt>{ "R" }</dt><dd>{ "Reveal or hide what the picked response tends to set in motion" }</dd>
                        <dt>{ "C" }</dt><dd>{ "Compare every response side by side" }</dd>
                        <dt>{ "L" }</dt><dd>{ "Put one lens first, then the other, then both" }</dd>
                        <dt>{ "B or ." }</dt><dd>{ "Blank the screen" }</dd>
                        <dt>{ "F" }</dt><dd>{ "Full screen" }</dd>
                        <dt>{ "Escape" }</dt><dd>{ "Close this list, the blank screen, or the comparison" }</dd>
                    </dl>
                    <button type="button" class="attune-button attune-button-primary" onclick={click(Command::Help)}>{ "Close" }</button>
                </div>
            }
        </div>
    }
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
