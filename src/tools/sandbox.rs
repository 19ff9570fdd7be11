//! "See the cycle": set how two partners behave, play the rounds, and watch both partners' feelings.
//!
//! The model is the engine's (`dynamics.rs`, explained in docs/model.md); this view only holds
//! the setup, how many rounds are shown, and whether they are playing.

use attune_engine::dynamics::{Illness, Partner, Preset, Round, Setup, Ways, START};
use attune_engine::SandboxGuide;
use gloo_timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::chart::{self, percent};
use crate::content;

/// The words of the page and its presets (`content/sandbox.toml`), baked in at build time.
static GUIDE: SandboxGuide = include!(concat!(env!("OUT_DIR"), "/sandbox.rs"));

/// Rounds in a run: long enough for every preset to settle.
const ROUNDS: u32 = 40;
/// Time between rounds while playing: slow enough to follow a line as it grows.
const TICK_MS: u32 = 150;
/// Where an illness starts and how long it lasts, when one is switched on here.
const ILLNESS_FROM: u32 = 10;
const ILLNESS_ROUNDS: u32 = 12;

/// The behaviour sliders: id part, label, and how to read and set the value.
type Field = (
    &'static str,
    &'static str,
    fn(&Ways) -> f64,
    fn(&mut Ways, f64),
);
const FIELDS: [Field; 5] = [
    (
        "reaching",
        "Reaches out for closeness",
        |w| w.reaching,
        |w, x| w.reaching = x,
    ),
    (
        "responsiveness",
        "Answers when the other reaches out",
        |w| w.responsiveness,
        |w, x| w.responsiveness = x,
    ),
    (
        "rescuing",
        "Takes over the other's responsibilities",
        |w| w.rescuing,
        |w, x| w.rescuing = x,
    ),
    (
        "boundaries",
        "Holds their own limits",
        |w| w.boundaries,
        |w, x| w.boundaries = x,
    ),
    (
        "support",
        "Has friends and interests of their own",
        |w| w.support,
        |w, x| w.support = x,
    ),
];

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
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
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
    let setup = use_state(initial_setup);
    // The preset last picked, whose guide stays on screen while the learner changes things.
    let picked = use_state(|| Preset::matching(&setup).unwrap_or(Preset::ALL[0]));
    let shown = use_state(|| ROUNDS);
    let playing = use_state(|| false);
    // The round whose numbers are read out: set when a run stops, steps or goes back to the
    // start, cleared by any other change, so a dragged slider never floods a screen reader.
    let announced = use_state(|| None::<u32>);
    // The table is built only while it is open: a dragged slider redraws everything else each frame.
    let table_open = use_state(|| false);
    let runs = use_memo(*setup, |setup| setup.run(ROUNDS));
    let sources = use_state(|| None);
    {
        let sources = sources.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(reference) = content::load_reference().await {
                    sources.set(Some(reference));
                }
            });
        });
    }
    use_effect_with(*setup, remember_in_address);
    // A setup pasted into the address bar of an open sandbox (no reload happens for a new `#…`).
    {
        let (setup, picked, shown, playing) = (
            setup.clone(),
            picked.clone(),
            shown.clone(),
            playing.clone(),
        );
        let announced = announced.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo_events::EventListener::new(&window, "hashchange", move |_| {
                    if let Some(next) = Setup::from_fragment(current_fragment().as_str()) {
                        picked.set(Preset::matching(&next).unwrap_or(*picked));
                        setup.set(next);
                        playing.set(false);
                        shown.set(ROUNDS);
                        announced.set(None);
                    }
                })
            });
            move || drop(listener)
        });
    }
    // One round per tick while playing; stops at the last round.
    {
        let (shown, playing, announced) = (shown.clone(), playing.clone(), announced.clone());
        use_effect_with((*playing, *shown), move |&(is_playing, now)| {
            let timer = (is_playing && now < ROUNDS).then(|| {
                let shown = shown.clone();
                Timeout::new(TICK_MS, move || shown.set(now + 1))
            });
            if is_playing && now >= ROUNDS {
                playing.set(false);
                announced.set(Some(ROUNDS));
            }
            move || drop(timer)
        });
    }

    let points: Vec<Round> = std::iter::once(Round {
        number: 0,
        a: START,
        b: START,
        balance: 0.0,
    })
    .chain(runs.iter().copied().take(*shown as usize))
    .collect();

    let pick_preset = |preset: Preset| {
        let (setup, picked, shown, playing) = (
            setup.clone(),
            picked.clone(),
            shown.clone(),
            playing.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            setup.set(preset.setup());
            picked.set(preset);
            playing.set(false);
            shown.set(ROUNDS);
        })
    };
    let presets = Preset::ALL.into_iter().zip(GUIDE.presets.iter()).map(|(preset, guide)| {
        let current = Preset::matching(&setup) == Some(preset);
        html! {
            <button type="button" class="attune-button" aria-pressed={current.to_string()} onclick={pick_preset(preset)}>
                { guide.name.as_ref() }
            </button>
        }
    });

    let toggle_play = {
        let (shown, playing, reduce_motion) = (shown.clone(), playing.clone(), props.reduce_motion);
        let announced = announced.clone();
        Callback::from(move |_: MouseEvent| {
            if reduce_motion {
                shown.set(ROUNDS);
                announced.set(Some(ROUNDS));
            } else if *playing {
                playing.set(false);
                announced.set(Some(*shown));
            } else {
                announced.set(None);
                if *shown >= ROUNDS {
                    shown.set(0);
                }
                playing.set(true);
            }
        })
    };
    let step = {
        let (shown, playing, announced) = (shown.clone(), playing.clone(), announced.clone());
        Callback::from(move |_: MouseEvent| {
            let next = (*shown + 1).min(ROUNDS);
            playing.set(false);
            shown.set(next);
            announced.set(Some(next));
        })
    };
    let reset = {
        let (shown, playing, announced) = (shown.clone(), playing.clone(), announced.clone());
        Callback::from(move |_: MouseEvent| {
            playing.set(false);
            shown.set(0);
            announced.set(Some(0));
        })
    };
    let play_label = match (*playing, props.reduce_motion, *shown >= ROUNDS) {
        (true, _, _) => "Pause",
        (false, true, _) => "Show every round",
        (false, false, true) => "Play again",
        (false, false, false) => "Play",
    };

    let set_way = |partner: Partner, set: fn(&mut Ways, f64)| {
        let (setup, announced) = (setup.clone(), announced.clone());
        Callback::from(move |event: InputEvent| {
            announced.set(None);
            let value = event
                .target_unchecked_into::<HtmlInputElement>()
                .value_as_number()
                / 100.0;
            let mut next = *setup;
            match partner {
                Partner::A => set(&mut next.a, value),
                Partner::B => set(&mut next.b, value),
            }
            setup.set(next);
        })
    };
    let partner_fields = |partner: Partner, who: &str, ways: &Ways| {
        let sliders = FIELDS.iter().map(|(id, label, get, set)| {
            slider(
                &format!("attune-{}-{id}", who.to_lowercase()),
                label,
                get(ways),
                set_way(partner, *set),
            )
        });
        html! {
            <fieldset class="attune-fieldset attune-sliders">
                <legend>{ format!("Partner {who}") }</legend>
                { for sliders }
            </fieldset>
        }
    };

    let ill = setup.illness;
    let set_ill = |who: Option<Partner>| {
        let (setup, announced) = (setup.clone(), announced.clone());
        Callback::from(move |_: Event| {
            announced.set(None);
            let mut next = *setup;
            next.illness = who.map(|partner| Illness {
                partner,
                from: ILLNESS_FROM,
                rounds: ILLNESS_ROUNDS,
                severity: setup.illness.map_or(0.7, |i| i.severity),
            });
            setup.set(next);
        })
    };
    let set_severity = {
        let (setup, announced) = (setup.clone(), announced.clone());
        Callback::from(move |event: InputEvent| {
            announced.set(None);
            let value = event
                .target_unchecked_into::<HtmlInputElement>()
                .value_as_number()
                / 100.0;
            let mut next = *setup;
            if let Some(illness) = &mut next.illness {
                illness.severity = value;
            }
            setup.set(next);
        })
    };
    let illness_choice = |who: Option<Partner>, label: &str| {
        let id = match who {
            None => "attune-ill-none",
            Some(Partner::A) => "attune-ill-a",
            Some(Partner::B) => "attune-ill-b",
        };
        html! {
            <label class="attune-choice" for={id}>
                <input type="radio" id={id} name="attune-ill" checked={ill.map(|i| i.partner) == who} onchange={set_ill(who)} />
                { label.to_string() }
            </label>
        }
    };

    let guide = GUIDE.presets.iter().find(|g| g.id == picked.id());
    let changed = Preset::matching(&setup) != Some(*picked);
    let cited = guide.map(|guide| {
        guide
            .sources
            .iter()
            .filter_map(|id| sources.and_then(|r: &attune_engine::Reference| r.source(id)))
            .map(|source| source.title.to_string())
            .collect::<Vec<_>>()
            .join(" · ")
    });
    let last = points.last().copied();
    let summary = last.map(|r| {
        let words = |f: &attune_engine::dynamics::Feeling| {
            chart::LINES
                .iter()
                .map(|(label, _, value)| format!("{label} {}", percent(value(f))))
                .collect::<Vec<_>>()
                .join(", ")
        };
        format!(
            "Round {} of {ROUNDS}. A: {}. B: {}. Who leans on whom: {}.",
            r.number,
            words(&r.a),
            words(&r.b),
            chart::balance_words(r.balance)
        )
    });

    html! {
        <article class="attune-sandbox">
            <h1>{ "See the cycle" }</h1>
            <p class="attune-lead">{ GUIDE.intro.as_ref() }</p>
            <aside class="attune-model-note" aria-label="About this model">
                <p>{ GUIDE.note.as_ref() }</p>
            </aside>

            <div class="attune-presets" role="group" aria-label="Start from a pattern">
                { for presets }
            </div>

            if let Some(guide) = guide {
                <section class="attune-preset-guide" aria-labelledby="attune-preset-heading">
                    <h2 id="attune-preset-heading">{ guide.name.as_ref() }</h2>
                    if changed {
                        <p class="attune-changed">{ "You have changed the settings since picking this pattern, so the chart may now show something else." }</p>
                    }
                    <p><span class="attune-label">{ "What to notice: " }</span>{ guide.notice.as_ref() }</p>
                    <div class="attune-lenses">
                        <section class="attune-lens attune-lens-attachment" aria-labelledby="attune-lens-attachment">
                            <h3 id="attune-lens-attachment">{ "Attachment lens" }</h3>
                            <p>{ guide.attachment.as_ref() }</p>
                        </section>
                        <section class="attune-lens attune-lens-codependency" aria-labelledby="attune-lens-codependency">
                            <h3 id="attune-lens-codependency">{ "Codependency lens" }</h3>
                            <p>{ guide.codependency.as_ref() }</p>
                        </section>
                    </div>
                    if let Some(cited) = cited.filter(|c| !c.is_empty()) {
                        <p class="attune-sources"><span class="attune-label">{ "Drawn from: " }</span>{ cited }</p>
                    }
                </section>
            }

            <section class="attune-playback" aria-labelledby="attune-chart-heading">
                <h2 id="attune-chart-heading">{ "What happens over time" }</h2>
                <div class="attune-controls" role="group" aria-label="Playback">
                    <button type="button" class="attune-button attune-button-primary" onclick={toggle_play}>{ play_label }</button>
                    <button type="button" class="attune-button" onclick={step} disabled={*shown >= ROUNDS}>{ "Step one round" }</button>
                    <button type="button" class="attune-button" onclick={reset} disabled={*shown == 0}>{ "Back to the start" }</button>
                </div>
                <p class="attune-round">{ format!("Round {} of {ROUNDS}", *shown) }</p>
                // Read out when a run stops, steps or goes back, never on every tick or slider move.
                <p class="attune-visually-hidden" role="status">
                    { if !*playing && *announced == Some(*shown) { summary.unwrap_or_default() } else { String::new() } }
                </p>
                { chart::legend() }
                <div class="attune-charts">
                    { chart::feelings_chart("A", |r| r.a, &points, ROUNDS) }
                    { chart::feelings_chart("B", |r| r.b, &points, ROUNDS) }
                    { chart::balance_chart(&points, ROUNDS) }
                </div>
                <details class="attune-numbers" ontoggle={
                    let table_open = table_open.clone();
                    Callback::from(move |event: Event| {
                        table_open.set(event.target_unchecked_into::<web_sys::HtmlDetailsElement>().open());
                    })
                }>
                    <summary>{ "The numbers, as a table" }</summary>
                    if *table_open {
                        { chart::table(&points) }
                    }
                </details>
            </section>

            <section class="attune-settings-panel" aria-labelledby="attune-set-heading">
                <h2 id="attune-set-heading">{ "Set it yourself" }</h2>
                <p>{ "Each slider runs from “not at all” (0%) to “very much” (100%). The chart follows as you move them." }</p>
                <div class="attune-partners">
                    { partner_fields(Partner::A, "A", &setup.a) }
                    { partner_fields(Partner::B, "B", &setup.b) }
                </div>
                <fieldset class="attune-fieldset">
                    <legend>{ format!("Illness or a hard stretch (rounds {ILLNESS_FROM} to {})", ILLNESS_FROM + ILLNESS_ROUNDS - 1) }</legend>
                    { illness_choice(None, "Nobody") }
                    { illness_choice(Some(Partner::A), "A") }
                    { illness_choice(Some(Partner::B), "B") }
                    if let Some(illness) = ill {
                        { slider("attune-ill-severity", "How much it takes from them", illness.severity, set_severity) }
                    }
                </fieldset>
            </section>
        </article>
    }
}

/// A labelled 0–100 % slider with its value shown and announced.
fn slider(id: &str, label: &str, value: f64, oninput: Callback<InputEvent>) -> Html {
    let shown = percent(value);
    html! {
        <div class="attune-slider">
            <label for={id.to_string()}>{ label.to_string() }</label>
            <input type="range" id={id.to_string()} min="0" max="100" step="5"
                value={((value * 100.0).round() as i32).to_string()} aria-valuetext={shown.clone()} {oninput} />
            <output for={id.to_string()}>{ shown }</output>
        </div>
    }
}
