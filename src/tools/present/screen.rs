//! The projected screen: the scenario at the step in the address, run by the facilitator's keys
//! and clicks (and the speaker view's, through the channel). It holds the session's state (the
//! playthrough, what the screen shows, the room's hands), runs each `Command`, and frames the
//! stage with the controls and the dialogs (keys, QR code).

use attune_engine::present::{Command, Hands, Lens, Screen, Shown};
use attune_engine::{Address, Response, Scenario, Step};
use web_sys::HtmlElement;
use yew::prelude::*;

use super::channel::use_speaker_link;
use super::keys::{key_list, use_keys};
use super::qr::{code_panel, initial_public_address};
use super::speaker;
use super::stage::Stage;
use crate::router;
use crate::state::{PlayerAction, PlayerState};
use crate::ui::{use_ui, Key, ToolKey};

/// The presenter's address for a step (the same form as the player's, on present.html).
fn step_address(scenario: &Scenario, step: &str) -> Address {
    Address::Step {
        id: scenario.id.to_string(),
        step: step.to_string(),
    }
}

#[derive(Properties)]
pub(super) struct PresentingProps {
    pub scenario: &'static Scenario,
    pub step: Option<String>,
}

impl PartialEq for PresentingProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.scenario, other.scenario) && self.step == other.step
    }
}

#[component]
pub(super) fn Presenting(props: &PresentingProps) -> Html {
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
            Command::Speaker => speaker::open(),
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
    use_keys(run.clone(), shown.clone());
    use_speaker_link(run.clone(), shown);

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
    // Next is offered only where the engine says the story goes on (after a pick).
    let can_go_on = state.playthrough.next_step(scenario).is_some();
    let lens_label = ui.tool(match screen.lens {
        Lens::Both => ToolKey::PresentLensBoth,
        Lens::Attachment => ToolKey::PresentLensAttachment,
        Lens::Codependency => ToolKey::PresentLensCodependency,
    });
    let stage = Stage {
        ui,
        step,
        title,
        situation,
        offered: &offered,
        chosen,
        counts: &counts,
        votes,
        screen: &screen,
        revealed_ref: &revealed_ref,
        run: &run,
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
                { stage.view() }
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
                <button type="button" class="attune-button attune-button-primary" onclick={click(Command::Next)} disabled={!can_go_on}>{ ui.tool(ToolKey::PresentNext) }</button>
            </nav>
            if screen.code {
                { code_panel(ui, &public, scenario, step, &code_ref, click(Command::Code)) }
            }
            if screen.help {
                { key_list(ui, &help_ref, click(Command::Help)) }
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
