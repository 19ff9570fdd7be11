//! "See the cycle": set how two partners behave, play the rounds, and watch both partners' feelings.
//!
//! The model is the engine's (`dynamics.rs`, explained in docs/model.md); this view holds the
//! setup, how many rounds are shown and whether they are playing, in one reducer. Its parts are
//! components whose props stay equal while a slider is dragged, so a drag redraws only the
//! charts and the slider that moved.

use std::rc::Rc;

use attune_engine::dynamics::{Feeling, Illness, Partner, Preset, Round, Setup, Ways, START};
use attune_engine::{Reference, SandboxGuide};
use gloo_timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::chart::{self, percent};
use crate::ui::{use_ui, Key, ToolKey, Ui};
use crate::{content, router};

/// The words of the page and its presets (`content/sandbox.toml`), baked in at build time.
static GUIDE: SandboxGuide = include!(concat!(env!("OUT_DIR"), "/sandbox.rs"));

/// Rounds in a run: long enough for every preset to settle.
const ROUNDS: u32 = 40;
/// Time between rounds while playing: slow enough to follow a line as it grows.
const TICK_MS: u32 = 150;
/// How long the setup must stay unchanged before the address is updated.
const ADDRESS_DELAY_MS: u32 = 300;
/// Where an illness starts and how long it lasts, when one is switched on here.
const ILLNESS_FROM: u32 = 10;
const ILLNESS_ROUNDS: u32 = 12;

/// The behaviour sliders: id part, label's key, and how to read and set the value.
type Field = (&'static str, ToolKey, fn(&Ways) -> f64, fn(&mut Ways, f64));
const FIELDS: [Field; 5] = [
    (
        "reaching",
        ToolKey::SandboxReaching,
        |w| w.reaching,
        |w, x| w.reaching = x,
    ),
    (
        "responsiveness",
        ToolKey::SandboxResponsiveness,
        |w| w.responsiveness,
        |w, x| w.responsiveness = x,
    ),
    (
        "rescuing",
        ToolKey::SandboxRescuing,
        |w| w.rescuing,
        |w, x| w.rescuing = x,
    ),
    (
        "boundaries",
        ToolKey::SandboxBoundaries,
        |w| w.boundaries,
        |w, x| w.boundaries = x,
    ),
    (
        "support",
        ToolKey::SandboxSupport,
        |w| w.support,
        |w, x| w.support = x,
    ),
];

/// Everything the page shows, changed only by `Action`s.
#[derive(Clone, PartialEq)]
struct State {
    setup: Setup,
    /// The preset last picked, whose guide stays on screen while the learner changes things.
    picked: Preset,
    /// Rounds shown, 0 to `ROUNDS`.
    shown: u32,
    playing: bool,
    /// The round whose numbers are read out: set when a run stops, steps or goes back to the
    /// start, cleared by any other change, so a dragged slider never floods a screen reader.
    announced: Option<u32>,
}

enum Action {
    Pick(Preset),
    /// A whole setup, from the address.
    Load(Setup),
    Way(Partner, usize, f64),
    Ill(Option<Partner>),
    Severity(f64),
    /// Play or pause; with reduced motion, show every round at once.
    Play {
        reduce_motion: bool,
    },
    Tick,
    Step,
    Reset,
}

impl State {
    fn new(setup: Setup) -> State {
        State {
            setup,
            picked: Preset::matching(&setup).unwrap_or(Preset::ALL[0]),
            shown: ROUNDS,
            playing: false,
            announced: None,
        }
    }

    /// A new setup, shown whole and not playing.
    fn with_setup(&self, setup: Setup) -> State {
        State {
            setup,
            announced: None,
            ..self.clone()
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Pick(preset) => {
                next = State::new(preset.setup());
                next.picked = preset;
            }
            Action::Load(setup) => {
                next = State::new(setup);
                next.picked = Preset::matching(&setup).unwrap_or(self.picked);
            }
            Action::Way(partner, field, value) => {
                let ways = match partner {
                    Partner::A => &mut next.setup.a,
                    Partner::B => &mut next.setup.b,
                };
                (FIELDS[field].3)(ways, value);
                next = next.with_setup(next.setup);
            }
            Action::Ill(who) => {
                let severity = self.setup.illness.map_or(0.7, |i| i.severity);
                next.setup.illness = who.map(|partner| Illness {
                    partner,
                    from: ILLNESS_FROM,
                    rounds: ILLNESS_ROUNDS,
                    severity,
                });
                next = next.with_setup(next.setup);
            }
            Action::Severity(value) => {
                if let Some(illness) = &mut next.setup.illness {
                    illness.severity = value;
                }
                next = next.with_setup(next.setup);
            }
            Action::Play {
                reduce_motion: true,
            } => {
                next.shown = ROUNDS;
                next.announced = Some(ROUNDS);
            }
            Action::Play { .. } if self.playing => {
                next.playing = false;
                next.announced = Some(self.shown);
            }
            Action::Play { .. } => {
                if self.shown >= ROUNDS {
                    next.shown = 0;
                }
                next.playing = true;
                next.announced = None;
            }
            Action::Tick if self.playing => {
                next.shown = (self.shown + 1).min(ROUNDS);
                if next.shown == ROUNDS {
                    next.playing = false;
                    next.announced = Some(ROUNDS);
                }
            }
            Action::Tick => return self,
            Action::Step => {
                next.playing = false;
                next.shown = (self.shown + 1).min(ROUNDS);
                next.announced = Some(next.shown);
            }
            Action::Reset => {
                next.playing = false;
                next.shown = 0;
                next.announced = Some(0);
            }
        }
        Rc::new(next)
    }
}

type Dispatch = UseReducerDispatcher<State>;

#[derive(Properties, PartialEq)]
pub struct SandboxProps {
    /// No animation: Play shows every round at once.
    pub reduce_motion: bool,
}

/// The setup in the address (a shared link, or the player's "explore this" link), else the first preset.
fn initial_setup() -> Setup {
    Setup::from_fragment(&current_fragment()).unwrap_or_else(|| Preset::ALL[0].setup())
}

/// The address after `#`.
fn current_fragment() -> String {
    let hash = router::current_hash();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// Keeps the address in step with the setup, without adding to the browser's history.
fn remember_in_address(setup: &Setup) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("#{}", setup.to_fragment())),
        );
    }
}

#[component]
pub fn Sandbox(props: &SandboxProps) -> Html {
    let ui = use_ui();
    let state = use_reducer(|| State::new(initial_setup()));
    let dispatch = state.dispatcher();
    let runs = use_memo(state.setup, |setup| setup.run(ROUNDS));
    // The table is built only while it is open: it is the largest part to redraw.
    let table_open = use_state(|| false);
    let reference = use_state(|| None);
    {
        let reference = reference.clone();
        let catalog = ui.catalog();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(loaded) = content::load_reference(catalog).await {
                    reference.set(Some(loaded));
                }
            });
        });
    }
    // The address follows the setup once it has been still for a moment: writing it on every
    // frame of a drag costs more than drawing the charts (measured: about half of each frame).
    use_effect_with(state.setup, |setup| {
        let setup = *setup;
        let timer = Timeout::new(ADDRESS_DELAY_MS, move || remember_in_address(&setup));
        move || drop(timer)
    });
    // A setup pasted into the address bar of an open sandbox (no reload happens for a new `#…`).
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo_events::EventListener::new(&window, "hashchange", move |_| {
                    if let Some(setup) = Setup::from_fragment(&current_fragment()) {
                        dispatch.dispatch(Action::Load(setup));
                    }
                })
            });
            move || drop(listener)
        });
    }
    // One round per tick while playing.
    {
        let dispatch = dispatch.clone();
        use_effect_with((state.playing, state.shown), move |&(playing, _)| {
            let timer =
                playing.then(|| Timeout::new(TICK_MS, move || dispatch.dispatch(Action::Tick)));
            move || drop(timer)
        });
    }

    let points: Vec<Round> = std::iter::once(Round {
        number: 0,
        a: START,
        b: START,
        balance: 0.0,
    })
    .chain(runs.iter().copied().take(state.shown as usize))
    .collect();
    let summary = match (state.playing, state.announced, points.last()) {
        (false, Some(round), Some(last)) if round == state.shown => summary(ui, last),
        _ => String::new(),
    };
    let on_play = {
        let (dispatch, reduce_motion) = (dispatch.clone(), props.reduce_motion);
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Play { reduce_motion }))
    };
    let on_step = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Step))
    };
    let on_reset = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Reset))
    };
    let play_label = ui.tool(
        match (state.playing, props.reduce_motion, state.shown >= ROUNDS) {
            (true, _, _) => ToolKey::SandboxPause,
            (false, true, _) => ToolKey::SandboxShowEveryRound,
            (false, false, true) => ToolKey::SandboxPlayAgain,
            (false, false, false) => ToolKey::SandboxPlay,
        },
    );
    let on_table = {
        let table_open = table_open.clone();
        Callback::from(move |event: Event| {
            table_open.set(
                event
                    .target_unchecked_into::<web_sys::HtmlDetailsElement>()
                    .open(),
            );
        })
    };
    let current = Preset::matching(&state.setup);

    html! {
        <article class="attune-sandbox">
            <h1>{ ui.t(Key::NavSeeTheCycle) }</h1>
            <p class="attune-lead">{ ui.sandbox_guide().unwrap_or(&GUIDE).intro.as_ref() }</p>
            <aside class="attune-model-note" aria-label={ui.tool(ToolKey::SandboxAboutModel)}>
                <p>{ ui.sandbox_guide().unwrap_or(&GUIDE).note.as_ref() }</p>
            </aside>
            <Presets {current} dispatch={dispatch.clone()} />
            <Guide picked={state.picked} changed={current != Some(state.picked)} reference={*reference} />

            <section class="attune-playback" aria-labelledby="attune-chart-heading">
                <h2 id="attune-chart-heading">{ ui.tool(ToolKey::SandboxOverTime) }</h2>
                <div class="attune-controls" role="group" aria-label={ui.tool(ToolKey::SandboxPlayback)}>
                    <button type="button" class="attune-button attune-button-primary" onclick={on_play}>{ play_label }</button>
                    <button type="button" class="attune-button" onclick={on_step} disabled={state.shown >= ROUNDS}>{ ui.tool(ToolKey::SandboxStep) }</button>
                    <button type="button" class="attune-button" onclick={on_reset} disabled={state.shown == 0}>{ ui.tool(ToolKey::SandboxBackToStart) }</button>
                </div>
                <p class="attune-round">{ round_words(ui, state.shown) }</p>
                // Read out when a run stops, steps or goes back, never on every tick or slider move.
                <p class="attune-visually-hidden" role="status">{ summary }</p>
                <Legend />
                <div class="attune-charts">
                    { chart::feelings_chart(ui, "A", |r| r.a, &points, ROUNDS) }
                    { chart::feelings_chart(ui, "B", |r| r.b, &points, ROUNDS) }
                    { chart::balance_chart(ui, &points, ROUNDS) }
                </div>
                <details class="attune-numbers" ontoggle={on_table}>
                    <summary>{ ui.tool(ToolKey::SandboxTable) }</summary>
                    if *table_open {
                        { chart::table(ui, &points) }
                    }
                </details>
            </section>

            <section class="attune-settings-panel" aria-labelledby="attune-set-heading">
                <h2 id="attune-set-heading">{ ui.tool(ToolKey::SandboxSetHeading) }</h2>
                <p>{ ui.tool(ToolKey::SandboxSetLead) }</p>
                <div class="attune-partners">
                    <PartnerSliders partner={Partner::A} ways={state.setup.a} dispatch={dispatch.clone()} />
                    <PartnerSliders partner={Partner::B} ways={state.setup.b} dispatch={dispatch.clone()} />
                </div>
                <IllnessChoice illness={state.setup.illness} {dispatch} />
            </section>
        </article>
    }
}

/// "Round 3 of 40".
fn round_words(ui: Ui, round: u32) -> String {
    ui.tool_f(
        ToolKey::SandboxRound,
        &[
            ("round", &round.to_string()),
            ("rounds", &ROUNDS.to_string()),
        ],
    )
}

/// A round in words, for the screen reader's announcement.
fn summary(ui: Ui, round: &Round) -> String {
    let words = |f: &Feeling| {
        chart::LINES
            .iter()
            .map(|(label, _, value)| {
                ui.tool_f(
                    ToolKey::SandboxSummaryLine,
                    &[("line", ui.tool(*label)), ("percent", &percent(value(f)))],
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    ui.tool_f(
        ToolKey::SandboxSummary,
        &[
            ("round", &round.number.to_string()),
            ("rounds", &ROUNDS.to_string()),
            ("a", &words(&round.a)),
            ("b", &words(&round.b)),
            ("balance", &chart::balance_words(ui, round.balance)),
        ],
    )
}

#[derive(Properties, PartialEq)]
struct PresetsProps {
    /// The preset the setup is exactly, if any.
    current: Option<Preset>,
    dispatch: Dispatch,
}

#[component]
fn Presets(props: &PresetsProps) -> Html {
    let ui = use_ui();
    let buttons = Preset::ALL.into_iter().zip(ui.sandbox_guide().unwrap_or(&GUIDE).presets.iter()).map(|(preset, guide)| {
        let dispatch = props.dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Pick(preset)));
        let pressed = props.current == Some(preset);
        html! {
            <button type="button" class="attune-button" aria-pressed={pressed.to_string()} {onclick}>
                { guide.name.as_ref() }
            </button>
        }
    });
    html! {
        <div class="attune-presets" role="group" aria-label={ui.tool(ToolKey::SandboxPresets)}>{ for buttons }</div>
    }
}

#[derive(Properties, PartialEq)]
struct GuideProps {
    picked: Preset,
    /// The setup is no longer the picked preset's.
    changed: bool,
    /// For the sources' titles, once the reference file has arrived.
    reference: Option<&'static Reference>,
}

/// What to notice in the picked preset, and what each lens makes of it.
#[component]
fn Guide(props: &GuideProps) -> Html {
    let ui = use_ui();
    let Some(guide) = ui
        .sandbox_guide()
        .unwrap_or(&GUIDE)
        .presets
        .iter()
        .find(|g| g.id == props.picked.id())
    else {
        return Html::default();
    };
    let cited = guide
        .sources
        .iter()
        .filter_map(|id| props.reference?.source(id))
        .map(|source| source.title.as_ref())
        .collect::<Vec<_>>()
        .join(" · ");
    html! {
        <section class="attune-preset-guide" aria-labelledby="attune-preset-heading">
            <h2 id="attune-preset-heading">{ guide.name.as_ref() }</h2>
            if props.changed {
                <p class="attune-changed">{ ui.tool(ToolKey::SandboxChanged) }</p>
            }
            <p><span class="attune-label">{ ui.tool(ToolKey::SandboxNotice) }</span>{ guide.notice.as_ref() }</p>
            <div class="attune-lenses">
                <section class="attune-lens attune-lens-attachment" aria-labelledby="attune-lens-attachment">
                    <h3 id="attune-lens-attachment">{ ui.t(Key::LensAttachment) }</h3>
                    <p>{ guide.attachment.as_ref() }</p>
                </section>
                <section class="attune-lens attune-lens-codependency" aria-labelledby="attune-lens-codependency">
                    <h3 id="attune-lens-codependency">{ ui.t(Key::LensCodependency) }</h3>
                    <p>{ guide.codependency.as_ref() }</p>
                </section>
            </div>
            if !cited.is_empty() {
                <p class="attune-sources"><span class="attune-label">{ ui.t(Key::PlayerDrawnFrom) }</span>{ cited }</p>
            }
        </section>
    }
}

/// The chart's legend: redrawn only when the language changes.
#[component]
fn Legend() -> Html {
    let ui = use_ui();
    chart::legend(ui)
}

#[derive(Properties, PartialEq)]
struct PartnerSlidersProps {
    partner: Partner,
    ways: Ways,
    dispatch: Dispatch,
}

#[component]
fn PartnerSliders(props: &PartnerSlidersProps) -> Html {
    let ui = use_ui();
    let who = match props.partner {
        Partner::A => "A",
        Partner::B => "B",
    };
    let sliders = FIELDS
        .iter()
        .enumerate()
        .map(|(field, (id, label, get, _))| {
            let (dispatch, partner) = (props.dispatch.clone(), props.partner);
            let on_change =
                Callback::from(move |value| dispatch.dispatch(Action::Way(partner, field, value)));
            html! {
                <Slider id={format!("attune-{}-{id}", who.to_lowercase())} label={ui.tool(*label)}
                    value={(get(&props.ways) * 100.0).round() as u32} {on_change} />
            }
        });
    html! {
        <fieldset class="attune-fieldset attune-sliders">
            <legend>{ ui.tool_f(ToolKey::SandboxPartner, &[("who", who)]) }</legend>
            { for sliders }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct IllnessProps {
    illness: Option<Illness>,
    dispatch: Dispatch,
}

#[component]
fn IllnessChoice(props: &IllnessProps) -> Html {
    let ui = use_ui();
    let choice = |who: Option<Partner>, id: &'static str, label: &'static str| {
        let dispatch = props.dispatch.clone();
        let onchange = Callback::from(move |_: Event| dispatch.dispatch(Action::Ill(who)));
        html! {
            <label class="attune-choice" for={id}>
                <input type="radio" {id} name="attune-ill" checked={props.illness.map(|i| i.partner) == who} {onchange} />
                { label }
            </label>
        }
    };
    let on_severity = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |value| dispatch.dispatch(Action::Severity(value)))
    };
    let illness_legend = ui.tool_f(
        ToolKey::SandboxIllness,
        &[
            ("from", &ILLNESS_FROM.to_string()),
            ("to", &(ILLNESS_FROM + ILLNESS_ROUNDS - 1).to_string()),
        ],
    );
    html! {
        <fieldset class="attune-fieldset">
            <legend>{ illness_legend }</legend>
            { choice(None, "attune-ill-none", ui.tool(ToolKey::SandboxNobody)) }
            { choice(Some(Partner::A), "attune-ill-a", "A") }
            { choice(Some(Partner::B), "attune-ill-b", "B") }
            if let Some(illness) = props.illness {
                <Slider id="attune-ill-severity" label={ui.tool(ToolKey::SandboxSeverity)}
                    value={(illness.severity * 100.0).round() as u32} on_change={on_severity} />
            }
        </fieldset>
    }
}

#[derive(Properties)]
struct SliderProps {
    id: AttrValue,
    label: &'static str,
    /// Percent, 0 to 100.
    value: u32,
    /// The new value, 0 to 1.
    on_change: Callback<f64>,
}

/// Only the value decides whether a slider is redrawn: its callback is made anew on every
/// render of its parent, but always does the same thing.
impl PartialEq for SliderProps {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.label == other.label && self.value == other.value
    }
}

/// A labelled 0–100 % slider with its value shown and announced.
#[component]
fn Slider(props: &SliderProps) -> Html {
    let shown = format!("{}%", props.value);
    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: InputEvent| {
            on_change.emit(
                event
                    .target_unchecked_into::<HtmlInputElement>()
                    .value_as_number()
                    / 100.0,
            )
        })
    };
    html! {
        <div class="attune-slider">
            <label for={props.id.clone()}>{ props.label }</label>
            <input type="range" id={props.id.clone()} min="0" max="100" step="1"
                value={props.value.to_string()} aria-valuetext={shown.clone()} {oninput} />
            <output for={props.id.clone()}>{ shown }</output>
        </div>
    }
}
