//! The sandbox's charts as SVG, each with a text alternative, and the numbers as a table.

use std::fmt::Write;

use attune_engine::dynamics::{Feeling, Round};
use yew::prelude::*;

use crate::ui::{Key, ToolKey, Ui};

/// A line drawn for each partner: the key of the label people read, the CSS class of its line,
/// its value.
pub type Line = (ToolKey, &'static str, fn(&Feeling) -> f64);

pub const LINES: [Line; 4] = [
    (ToolKey::ChartSecure, "secure", |f| f.security),
    (ToolKey::ChartWorn, "worn", |f| f.strain),
    (ToolKey::ChartResentment, "resentment", |f| f.resentment),
    (ToolKey::ChartOwn, "own", |f| f.agency),
];

// The drawing's coordinate system: a plot area inside a 320×170 view box.
const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 170.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 310.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 145.0;

pub fn percent(x: f64) -> String {
    format!("{}%", crate::components::cycle::percent(x))
}

/// The balance in words: who leans on whom, and how much.
pub fn balance_words(ui: Ui, balance: f64) -> String {
    if balance.abs() < 0.05 {
        ui.t(Key::CycleEven).to_string()
    } else if balance > 0.0 {
        ui.tool_f(ToolKey::ChartBLeansOnA, &[("percent", &percent(balance))])
    } else {
        ui.tool_f(ToolKey::ChartALeansOnB, &[("percent", &percent(-balance))])
    }
}

/// A coordinate to a tenth, written with integer formatting only: Rust's float formatting is
/// several times slower, and a dragged slider redraws hundreds of points a frame.
fn tenths(out: &mut String, value: f64) {
    let n = (value * 10.0).round().max(0.0) as u32;
    let _ = write!(out, "{}.{}", n / 10, n % 10);
}

/// `points` attribute of a line through `values`, one per round from round 0, over `rounds` rounds.
fn line_points(values: impl Iterator<Item = f64>, rounds: u32, low: f64, high: f64) -> String {
    let mut points = String::new();
    for (i, value) in values.enumerate() {
        let x = LEFT + (RIGHT - LEFT) * i as f64 / f64::from(rounds.max(1));
        let y = BOTTOM - (BOTTOM - TOP) * (value - low) / (high - low);
        tenths(&mut points, x);
        points.push(',');
        tenths(&mut points, y);
        points.push(' ');
    }
    points
}

fn x_axis(rounds: u32) -> Html {
    let ticks = [0, rounds / 2, rounds].map(|round| {
        let x = LEFT + (RIGHT - LEFT) * f64::from(round) / f64::from(rounds.max(1));
        html! { <text x={format!("{x:.0}")} y="162" text-anchor="middle">{ round }</text> }
    });
    html! { <g class="attune-chart-axis" aria-hidden="true">{ for ticks }</g> }
}

/// One partner's four feelings from round 0 to the last round shown.
pub fn feelings_chart(
    ui: Ui,
    who: &str,
    pick: fn(&Round) -> Feeling,
    shown: &[Round],
    rounds: u32,
) -> Html {
    let first = shown.first().map(pick);
    let last = shown.last().map(pick);
    let description = match (first, last) {
        (Some(first), Some(last)) => LINES
            .iter()
            .map(|(label, _, value)| {
                ui.tool_f(
                    ToolKey::ChartLineChange,
                    &[
                        ("line", ui.tool(*label)),
                        ("from", &percent(value(&first))),
                        ("to", &percent(value(&last))),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    };
    let round = shown.last().map_or(0, |r| r.number);
    let label = ui.tool_f(
        ToolKey::ChartPartnerLabel,
        &[
            ("who", who),
            ("round", &round.to_string()),
            ("lines", &description),
        ],
    );
    let grid = [0.0, 0.5, 1.0].map(|value| {
        let y = BOTTOM - (BOTTOM - TOP) * value;
        html! {
            <>
                <line class="attune-chart-grid" x1={LEFT.to_string()} x2={RIGHT.to_string()} y1={format!("{y:.1}")} y2={format!("{y:.1}")} />
                <text x={(LEFT - 4.0).to_string()} y={format!("{:.1}", y + 4.0)} text-anchor="end">{ percent(value) }</text>
            </>
        }
    });
    let lines = LINES.iter().map(|(_, class, value)| {
        let points = line_points(shown.iter().map(|r| value(&pick(r))), rounds, 0.0, 1.0);
        html! { <polyline class={format!("attune-line attune-line-{class}")} points={points} /> }
    });
    html! {
        <figure class="attune-chart">
            <figcaption>{ ui.tool_f(ToolKey::SandboxPartner, &[("who", who)]) }</figcaption>
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-label={label}>
                <g class="attune-chart-axis" aria-hidden="true">{ for grid }</g>
                { x_axis(rounds) }
                { for lines }
            </svg>
        </figure>
    }
}

/// Who leans on whom, from round 0 to the last round shown.
pub fn balance_chart(ui: Ui, shown: &[Round], rounds: u32) -> Html {
    let round = shown.last().map_or(0, |r| r.number);
    let now = shown.last().map_or(0.0, |r| r.balance);
    let most = shown
        .iter()
        .map(|r| r.balance)
        .fold(0.0_f64, |m, b| if b.abs() > m.abs() { b } else { m });
    let label = ui.tool_f(
        ToolKey::ChartBalanceLabel,
        &[
            ("round", &round.to_string()),
            ("now", &balance_words(ui, now)),
            ("most", &balance_words(ui, most)),
        ],
    );
    let y = |value: f64| format!("{:.1}", BOTTOM - (BOTTOM - TOP) * (value + 1.0) / 2.0);
    let points = line_points(shown.iter().map(|r| r.balance), rounds, -1.0, 1.0);
    html! {
        <figure class="attune-chart">
            <figcaption>{ ui.tool(ToolKey::ChartWhoLeans) }</figcaption>
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-label={label}>
                <g class="attune-chart-axis" aria-hidden="true">
                    <line class="attune-chart-grid" x1={LEFT.to_string()} x2={RIGHT.to_string()} y1={y(0.0)} y2={y(0.0)} />
                    <text x={(LEFT - 4.0).to_string()} y={y(0.9)} text-anchor="end">{ ui.tool(ToolKey::ChartBOnA) }</text>
                    <text x={(LEFT - 4.0).to_string()} y={y(0.03)} text-anchor="end">{ ui.t(Key::CycleEven) }</text>
                    <text x={(LEFT - 4.0).to_string()} y={y(-0.9)} text-anchor="end">{ ui.tool(ToolKey::ChartAOnB) }</text>
                </g>
                { x_axis(rounds) }
                <polyline class="attune-line attune-line-balance" points={points} />
            </svg>
        </figure>
    }
}

/// The legend: each line's look and name, so the lines never rely on colour alone.
pub fn legend(ui: Ui) -> Html {
    let items = LINES.iter().map(|(label, class, _)| {
        html! {
            <li>
                <svg viewBox="0 0 32 10" width="32" height="10" aria-hidden="true">
                    <line class={format!("attune-line attune-line-{class}")} x1="1" x2="31" y1="5" y2="5" />
                </svg>
                { ui.tool(*label) }
            </li>
        }
    });
    html! { <ul class="attune-chart-legend">{ for items }</ul> }
}

/// Every fifth round and the last one shown, as numbers.
pub fn table(ui: Ui, shown: &[Round]) -> Html {
    let last = shown.last().map_or(0, |r| r.number);
    let rows = shown
        .iter()
        .filter(|r| r.number % 5 == 0 || r.number == last)
        .map(|r| {
            let cells =
                |f: Feeling| LINES.map(|(_, _, value)| html! { <td>{ percent(value(&f)) }</td> });
            html! {
                <tr>
                    <th scope="row">{ r.number }</th>
                    { for cells(r.a) }
                    { for cells(r.b) }
                    <td>{ balance_words(ui, r.balance) }</td>
                </tr>
            }
        });
    let headers = |who: &str| {
        LINES.map(|(label, _, _)| {
            let column = ui.tool_f(
                ToolKey::ChartColumn,
                &[("who", who), ("line", ui.tool(label))],
            );
            html! { <th scope="col">{ column }</th> }
        })
    };
    html! {
        <div class="attune-table-scroll" tabindex="0" role="region" aria-label={ui.tool(ToolKey::ChartTableLabel)}>
            <table class="attune-table">
                <caption>{ ui.tool_f(ToolKey::ChartTableCaption, &[("last", &last.to_string())]) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ ui.tool(ToolKey::ChartRound) }</th>
                        { for headers("A") }
                        { for headers("B") }
                        <th scope="col">{ ui.tool(ToolKey::ChartWhoLeans) }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
