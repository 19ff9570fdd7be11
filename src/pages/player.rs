//! The scenario player: the situation, the responses, what a choice sets in motion, and the endings.
//!
//! The address is the source of truth for the current step: Continue, Back and
//! the browser's own history all change the address, and the player follows it.

use attune_engine::conditions::Facts;
use attune_engine::dynamics::Setup;
use attune_engine::playthrough::chosen_responses;
use attune_engine::{Address, Progress, Scenario, Step};
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::ui::{use_ui, Key, Ui};

use crate::components::cycle::cycle_diagram;
use crate::components::explanation::Explanation;
use crate::components::load_failed::load_failed;
use crate::components::note::NoteBox;
use crate::components::practice::call_to_action;
use crate::components::prose::{attr, Prose};
use crate::embed::{self, Event};
use crate::hooks::{use_reference, use_scenario, Fetched};
use crate::pages::not_found::not_found;
use crate::profile::{use_profile, ProfileAction};
use crate::router::{self, Link};
use crate::state::{PlayerAction, PlayerState};

#[derive(Properties, PartialEq)]
pub struct PlayerProps {
    pub id: String,
    /// The step in the address; `None` means the scenario's first step.
    pub step: Option<String>,
}

#[component]
pub fn Player(props: &PlayerProps) -> Html {
    let ui = use_ui();
    let card = ui.catalog().scenario(&props.id);
    let fetched = use_scenario(card);
    let Some(card) = card else {
        return not_found(&ui, Key::NotFoundScenario);
    };
    let scenario = match fetched {
        Fetched::Ready(scenario) => scenario,
        Fetched::Loading => {
            return html! {
                <article class="attune-player">
                    <h1>{ card.title.as_ref() }</h1>
                    <p class="attune-loading" role="status">{ ui.t(Key::PlayerLoading) }</p>
                </article>
            };
        }
        Fetched::Failed(retry) => {
            return html! {
                <article class="attune-player">
                    <h1>{ card.title.as_ref() }</h1>
                    { load_failed(&ui, retry) }
                </article>
            };
        }
    };
    if let Some(step) = &props.step {
        if scenario.step(step).is_none() {
            return not_found(&ui, Key::NotFoundStep);
        }
    }
    html! { <Playing {scenario} step={props.step.clone()} /> }
}

#[derive(Properties)]
struct PlayingProps {
    scenario: &'static Scenario,
    step: Option<String>,
}

impl PartialEq for PlayingProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.scenario, other.scenario) && self.step == other.step
    }
}

#[component]
fn Playing(props: &PlayingProps) -> Html {
    let scenario = props.scenario;
    let profile = use_profile();
    let ui = use_ui();
    let state = {
        let (scenario, step) = (scenario, props.step.clone());
        let saved = profile.profile.play(&scenario.id).map(|p| p.path.clone());
        use_reducer(move || PlayerState::new(scenario, saved.as_deref(), step.as_deref()))
    };
    let step_heading = use_node_ref();
    let explanation_heading = use_node_ref();

    // Follow the address: Continue, Back, history and links all arrive here. A
    // bare scenario address resumes where the learner left off.
    {
        let state = state.clone();
        let resumed = state.playthrough.current().step.to_string();
        let target = props.step.clone();
        let id = scenario.id.to_string();
        use_effect_with(target, move |target| match target {
            Some(step) => state.dispatch(PlayerAction::GoTo(step.clone())),
            None => router::replace(&Address::Step { id, step: resumed }),
        });
    }

    // Remember where the learner is, so they can come back to it.
    {
        let profile = profile.clone();
        let playthrough = state.playthrough.clone();
        use_effect_with(playthrough, move |playthrough| {
            profile.dispatch(ProfileAction::Record(scenario, playthrough.clone()));
            // The embedding page, if it asked, hears that a scenario began or reached an ending.
            if playthrough.progress(scenario) == Progress::Ending {
                embed::tell(Event::Completed(&scenario.id));
            } else {
                embed::tell(Event::Started(&scenario.id));
            }
        });
    }

    // Move focus to what is new: the step after moving on or back, the explanation after a choice.
    {
        let current = state.playthrough.current().clone();
        let (step_heading, explanation_heading) =
            (step_heading.clone(), explanation_heading.clone());
        let previous = use_mut_ref(|| None::<attune_engine::playthrough::Visit>);
        use_effect_with(current, move |current| {
            let before = previous.replace(Some(current.clone()));
            let target = match before {
                None => None, // first render: leave focus where the browser put it
                Some(before) if before.step != current.step => {
                    // A new step starts at the top, with its progress line in view.
                    if let Some(window) = web_sys::window() {
                        window.scroll_to_with_x_and_y(0.0, 0.0);
                    }
                    Some(step_heading)
                }
                Some(before) if before.chosen != current.chosen && current.chosen.is_some() => {
                    Some(explanation_heading)
                }
                Some(_) => None,
            };
            if let Some(element) = target.and_then(|r| r.cast::<HtmlElement>()) {
                let _ = element.focus();
            }
        });
    }

    let go_to = {
        let id = scenario.id.to_string();
        move |step: &str| {
            router::go(&Address::Step {
                id: id.clone(),
                step: step.to_string(),
            })
        }
    };
    let on_back = {
        let go_to = go_to.clone();
        let target = state.playthrough.back_target().map(str::to_string);
        Callback::from(move |_: MouseEvent| {
            if let Some(target) = &target {
                go_to(target);
            }
        })
    };
    let on_restart = {
        let go_to = go_to.clone();
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(PlayerAction::Restart);
            go_to(&scenario.start);
        })
    };

    // The player's diagram follows the pattern of every choice on the path (the patterns arrive
    // with the reference file; until then there is no diagram).
    let reference = use_reference();
    let shifts: Vec<_> = chosen_responses(scenario, state.playthrough.path())
        .filter_map(|response| Some(reference?.pattern(response.counted_pattern()?)?.cycle))
        .collect();
    let diagram = (!shifts.is_empty()).then(|| cycle_diagram(&ui, &Setup::after_moves(&shifts)));

    let current = state.playthrough.current();
    let announcement = scenario
        .step(&current.step)
        .zip(current.chosen.as_deref())
        .and_then(|(step, chosen)| step.response(chosen))
        .map(|response| format!("{} {}", ui.t(Key::PlayerNextAnnounced), response.outcome))
        .unwrap_or_default();
    let step = scenario
        .step(&current.step)
        .expect("the playthrough only visits known steps");
    let progress = match state.playthrough.progress(scenario) {
        Progress::Decision { number, total } => ui.f(
            Key::PlayerStep,
            &[
                ("number", &number.to_string()),
                ("total", &total.to_string()),
            ],
        ),
        Progress::Ending => ui.t(Key::PlayerEnding).to_string(),
    };
    let controls = html! {
        <nav class="attune-controls" aria-label="Scenario controls">
            <button type="button" class="attune-button" onclick={on_back} disabled={!state.playthrough.can_go_back()}>
                { ui.t(Key::PlayerBack) }
            </button>
            <button type="button" class="attune-button" onclick={on_restart}>{ ui.t(Key::PlayerStartAgain) }</button>
        </nav>
    };
    let notes =
        (state.playthrough.path().len() == 1 && !scenario.content_notes.is_empty()).then(|| {
            html! {
                <p class="attune-content-note">
                    <span class="attune-label">{ ui.t(Key::PlayerContentNote) }</span>
                    { scenario.content_notes.join("; ") }
                </p>
            }
        });

    let body = if step.is_ending() {
        // An ending is told for the path that reached it, as a decision is (variants apply).
        let (title, situation) = step.telling(&state.playthrough.facts(scenario));
        ending(&ui, scenario, step, (title, situation), &step_heading)
    } else {
        let on_choose = {
            let state = state.clone();
            Callback::from(move |response: String| state.dispatch(PlayerAction::Choose(response)))
        };
        let facts = state.playthrough.facts(scenario);
        let chosen = current.chosen.as_deref().and_then(|id| step.response(id));
        let on_continue = {
            let go_to = go_to.clone();
            let next = state.playthrough.next_step(scenario).map(|n| n.to_string());
            Callback::from(move |_: MouseEvent| {
                if let Some(next) = &next {
                    go_to(next);
                }
            })
        };
        html! {
            <>
                { decision(&ui, step, &facts, chosen.map(|r| r.id.as_ref()), &step_heading, on_choose) }
                if let Some(response) = chosen {
                    <Explanation {response} focus_ref={explanation_heading.clone()} {on_continue} />
                }
                <NoteBox scenario={scenario.id.to_string()} step={step.id.to_string()} />
            </>
        }
    };

    html! {
        <article class="attune-player">
            <header class="attune-player-header">
                <h1>{ scenario.title.as_ref() }</h1>
                <p class="attune-progress" id="attune-progress">{ progress }</p>
            </header>
            { notes }
            { body }
            { diagram }
            { controls }
            // Screen readers hear what a choice sets in motion: focus moves to the explanation's
            // heading, and this region, always present so the change is announced, reads it out.
            <p id="attune-announcer" class="attune-visually-hidden" aria-live="polite">
                { announcement }
            </p>
        </article>
    }
}

fn decision(
    ui: &Ui,
    step: &'static Step,
    facts: &Facts,
    chosen: Option<&str>,
    heading: &NodeRef,
    on_choose: Callback<String>,
) -> Html {
    let (title, situation) = step.telling(facts);
    let responses = step.offered(facts).map(|response| {
        let pressed = chosen == Some(response.id.as_ref());
        let onclick = {
            let on_choose = on_choose.clone();
            let id = response.id.to_string();
            Callback::from(move |_: MouseEvent| on_choose.emit(id.clone()))
        };
        html! {
            <li>
                <button type="button" class="attune-response" aria-pressed={if pressed { "true" } else { "false" }} {onclick}>
                    { response.text.as_ref() }
                </button>
            </li>
        }
    });
    html! {
        <>
            <section class="attune-situation" aria-labelledby="attune-step-heading">
                <h2 id="attune-step-heading" tabindex="-1" aria-describedby="attune-progress" ref={heading.clone()}>
                    { title.unwrap_or(ui.t(Key::PlayerSituation)) }
                </h2>
                <Prose text={AttrValue::Static(situation)} terms="attune-situation" />
            </section>
            { safety_note(ui, step) }
            <section class="attune-choices" role="group" aria-labelledby="attune-choices-heading">
                <h2 id="attune-choices-heading">{ ui.t(Key::PlayerYourResponse) }</h2>
                <p class="attune-question">{ step.question.as_deref().unwrap_or(ui.t(Key::PlayerQuestion)) }</p>
                <ul class="attune-responses">{ for responses }</ul>
            </section>
        </>
    }
}

/// A step's safety note, before anything is chosen, and the way to help from it.
fn safety_note(ui: &Ui, step: &'static Step) -> Html {
    let Some(note) = &step.safety_note else {
        return Html::default();
    };
    html! {
        <aside class="attune-safety-note" aria-labelledby="attune-safety-note-heading">
            <h2 id="attune-safety-note-heading">{ ui.t(Key::PlayerSafetyFirst) }</h2>
            <Prose text={attr(note)} />
            <p><Link to={Address::Help}>{ ui.t(Key::PlayerSafetyHelp) }</Link></p>
        </aside>
    }
}

fn ending(
    ui: &Ui,
    scenario: &'static Scenario,
    step: &'static Step,
    (title, situation): (Option<&'static str>, &'static str),
    heading: &NodeRef,
) -> Html {
    let reflection = step.reflection.as_ref().map(attr).unwrap_or_default();
    html! {
        <>
            <section class="attune-situation attune-ending" aria-labelledby="attune-step-heading">
                <h2 id="attune-step-heading" tabindex="-1" aria-describedby="attune-progress" ref={heading.clone()}>
                    { title.unwrap_or(ui.t(Key::PlayerEndingTitle)) }
                </h2>
                <Prose text={AttrValue::Static(situation)} terms="attune-situation" />
            </section>
            { safety_note(ui, step) }
            <section class="attune-reflection" aria-labelledby="attune-reflection-heading">
                <h2 id="attune-reflection-heading">{ ui.t(Key::PlayerToReflect) }</h2>
                <Prose text={reflection} />
            </section>
            <NoteBox scenario={scenario.id.to_string()} step={step.id.to_string()} reflection=true />
            { call_to_action() }
            <p>
                <Link to={Address::Home}>{ ui.t(Key::PlayerTryAnother) }</Link>
            </p>
        </>
    }
}
