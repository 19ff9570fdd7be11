//! Generators for the property tests: random scenarios, profiles, addresses and texts, and edits that damage real files.
//!
//! Included by `tests/properties.rs` with `#[path]`, so the other test binaries
//! (which share `common/mod.rs`) do not compile proptest code they never use.

use std::borrow::Cow;

use attune_engine::model::{Pattern, Response, Route, Section, Source, Step, Text, Variant};
use attune_engine::playthrough::Visit;
use attune_engine::profile::{Note, Profile, SavedPlay, Settings, TextSize, Theme};
use attune_engine::{Address, Library, Scenario};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{select, Index};

/// Case counts: `smoke` by default (a quick `cargo test`), or `PROPTEST_CASES`
/// when set (proptest only reads it for its default config, which we replace).
pub fn config(smoke: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(smoke);
    let mut config = ProptestConfig::with_cases(cases);
    // proptest saves failures beside the nearest `lib.rs` or `main.rs` above
    // the test file; there is none above `tests/`, so it would drop a file
    // next to this source. Name the conventional place instead (cargo runs
    // tests from the package root), unless PROPTEST_DISABLE_FAILURE_PERSISTENCE is set.
    if config.failure_persistence.is_some() {
        config.failure_persistence = Some(Box::new(
            proptest::test_runner::FileFailurePersistence::Direct(
                "proptest-regressions/properties.txt",
            ),
        ));
    }
    config
}

fn text(value: impl Into<String>) -> Text {
    Text::from(value.into())
}

/// Pieces that mean something to one of the engine's readers: length prefixes,
/// list counts, fences, headers, multi-byte characters, line ends.
const FRAGMENTS: &[&str] = &[
    "\n",
    "\r\n",
    "\r",
    ":",
    "#",
    "-",
    "0",
    "7:",
    "12#",
    "999999999:",
    "```",
    "\n```",
    "\n```\n",
    "```attune-profile\n",
    "attune-profile 2\n",
    "attune-profile 1\n",
    "attune-scenario 3\n",
    "attune-reference 1\n",
    "#/scenario/",
    "/",
    "é",
    "🌧️",
    "“”",
    "> ",
    " ",
    "\u{0}",
];

/// Any text, biased towards the characters and fragments the engine's formats care about.
pub fn awkward_text() -> impl Strategy<Value = String> {
    vec(
        prop_oneof![
            3 => "\\PC{0,6}",
            2 => select(FRAGMENTS).prop_map(String::from),
            1 => any::<String>(),
        ],
        0..6,
    )
    .prop_map(|parts| parts.concat())
}

/// Text that looks like the compact encoding (headers, `n:` strings, `n#` lists,
/// `-`), so the decoders get past their first check and deep into the layout.
pub fn codec_like() -> impl Strategy<Value = String> {
    const HEADERS: &[&str] = &[
        "attune-scenario 3\n",
        "attune-reference 1\n",
        "attune-profile 2\n",
        "attune-profile 1\n",
        "attune-profile 9\n",
        "",
    ];
    let token = prop_oneof![
        4 => "\\PC{0,8}".prop_map(|s| format!("{}:{s}", s.len())),
        1 => ("\\PC{0,8}", 0..12usize).prop_map(|(s, n)| format!("{n}:{s}")),
        3 => (0..6usize).prop_map(|n| format!("{n}#")),
        2 => Just("-".to_string()),
        1 => select(ODD_NUMBERS).prop_map(String::from),
        1 => awkward_text(),
    ];
    (select(HEADERS), vec(token, 0..80))
        .prop_map(|(header, tokens)| header.to_string() + &tokens.concat())
}

/// Numbers the decoders should refuse or read with care.
const ODD_NUMBERS: &[&str] = &[
    "999999999:",
    "9999999999#",
    "00:",
    "+1:",
    "-1#",
    "4:done",
    "4:open",
];

/// One damaging change to a file's bytes.
#[derive(Clone, Debug)]
pub enum Edit {
    Set(Index, u8),
    Flip(Index, u8),
    Insert(Index, Vec<u8>),
    Delete(Index, u8),
    Duplicate(Index, u8),
    Truncate(Index),
    /// Rewrites one run of digits (a length or count, in the encodings) to a nearby or extreme value.
    Renumber(Index, u8),
}

fn interesting_byte() -> impl Strategy<Value = u8> {
    prop_oneof![any::<u8>(), select(b"0123456789:#-\n\r\"=[].".to_vec())]
}

pub fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        2 => (any::<Index>(), interesting_byte()).prop_map(|(i, b)| Edit::Set(i, b)),
        2 => (any::<Index>(), 0..8u8).prop_map(|(i, bit)| Edit::Flip(i, 1 << bit)),
        2 => (any::<Index>(), vec(interesting_byte(), 1..4)).prop_map(|(i, b)| Edit::Insert(i, b)),
        2 => (any::<Index>(), 1..16u8).prop_map(|(i, n)| Edit::Delete(i, n)),
        2 => (any::<Index>(), 1..32u8).prop_map(|(i, n)| Edit::Duplicate(i, n)),
        1 => any::<Index>().prop_map(Edit::Truncate),
        3 => (any::<Index>(), any::<u8>()).prop_map(|(i, how)| Edit::Renumber(i, how)),
    ]
}

/// Applies `edits` in order; positions are taken relative to the bytes as they stand.
pub fn apply(bytes: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut b = bytes.to_vec();
    for edit in edits {
        let len = b.len();
        let at = |i: &Index| if len == 0 { 0 } else { i.index(len) };
        match edit {
            Edit::Set(i, v) if len > 0 => b[at(i)] = *v,
            Edit::Flip(i, mask) if len > 0 => b[at(i)] ^= mask,
            Edit::Insert(i, v) => {
                let at = if len == 0 { 0 } else { i.index(len + 1) };
                b.splice(at..at, v.iter().copied());
            }
            Edit::Delete(i, n) if len > 0 => {
                let from = at(i);
                b.drain(from..(from + usize::from(*n)).min(len));
            }
            Edit::Duplicate(i, n) if len > 0 => {
                let from = at(i);
                let piece = b[from..(from + usize::from(*n)).min(len)].to_vec();
                b.splice(from..from, piece);
            }
            Edit::Truncate(i) => b.truncate(at(i)),
            Edit::Renumber(i, how) => {
                let runs = digit_runs(&b);
                if !runs.is_empty() {
                    let (from, to) = runs[i.index(runs.len())];
                    let n: u64 = std::str::from_utf8(&b[from..to])
                        .ok()
                        .and_then(|s| s.parse().ok())
                        .unwrap_or(0);
                    let new = match how % 7 {
                        0 => n.saturating_add(1).to_string(),
                        1 => n.saturating_sub(1).to_string(),
                        2 => "0".to_string(),
                        3 => "999999999".to_string(),
                        4 => n.saturating_mul(10).to_string(),
                        5 => format!("0{n}"),
                        _ => n.saturating_add(u64::from(*how)).to_string(),
                    };
                    b.splice(from..to, new.bytes());
                }
            }
            _ => {}
        }
    }
    b
}

fn digit_runs(b: &[u8]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let from = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            runs.push((from, i));
        } else {
            i += 1;
        }
    }
    runs
}

/// One change to a TOML file's lines that keeps it readable TOML more often than byte edits do.
#[derive(Clone, Debug)]
pub enum LineEdit {
    Delete(Index),
    Duplicate(Index),
    Swap(Index, Index),
    /// Replaces the value after `=` on a line.
    Revalue(Index, Value),
    Insert(Index, Value, &'static str),
}

/// A value to write into a TOML line: an id that exists in the file, or something else.
#[derive(Clone, Debug)]
pub enum Value {
    /// An `id = "…"` value found in the file being edited.
    KnownId(Index),
    Literal(&'static str),
}

const LITERALS: &[&str] = &[
    "\"\"",
    "\"   \"",
    "\"nowhere\"",
    "\"Bad Id\"",
    "\"said-no-before\"",
    "\"not said-no-before\"",
    "\"not\"",
    "[]",
    "[\"\"]",
    "[\"no-such-source\"]",
    "99999999999999999999",
    "-1",
    "true",
    "{ }",
    "\"\"\"\nmulti\nline\"\"\"",
];

/// Keys that mean something in a scenario file; inserted lines use them.
const KEYS: &[&str] = &[
    "[[steps]]",
    "[[steps.responses]]",
    "[[steps.responses.routes]]",
    "[[steps.variants]]",
    "id =",
    "next =",
    "start =",
    "remember =",
    "if =",
    "reflection =",
    "pattern =",
    "synthesis =",
    "question =",
    "title =",
    "order =",
    "sources =",
    "unknown_key =",
];

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        2 => any::<Index>().prop_map(Value::KnownId),
        1 => select(LITERALS).prop_map(Value::Literal),
    ]
}

pub fn line_edit() -> impl Strategy<Value = LineEdit> {
    prop_oneof![
        2 => any::<Index>().prop_map(LineEdit::Delete),
        1 => any::<Index>().prop_map(LineEdit::Duplicate),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| LineEdit::Swap(a, b)),
        4 => (any::<Index>(), value()).prop_map(|(i, v)| LineEdit::Revalue(i, v)),
        2 => (any::<Index>(), value(), select(KEYS)).prop_map(|(i, v, k)| LineEdit::Insert(i, v, k)),
    ]
}

/// The `id = "…"` values in a TOML text, quoted, for edits to reuse.
pub fn ids_in(toml: &str) -> Vec<String> {
    toml.lines()
        .filter_map(|line| {
            let rest = line
                .trim()
                .strip_prefix("id")?
                .trim_start()
                .strip_prefix('=')?;
            Some(rest.trim().to_string())
        })
        .collect()
}

pub fn apply_lines(toml: &str, edits: &[LineEdit]) -> String {
    let ids = ids_in(toml);
    let value = |v: &Value| match v {
        Value::KnownId(i) if !ids.is_empty() => ids[i.index(ids.len())].clone(),
        Value::KnownId(_) => "\"\"".to_string(),
        Value::Literal(s) => s.to_string(),
    };
    let mut lines: Vec<String> = toml.lines().map(str::to_string).collect();
    for edit in edits {
        let len = lines.len();
        if len == 0 {
            break;
        }
        match edit {
            LineEdit::Delete(i) => {
                lines.remove(i.index(len));
            }
            LineEdit::Duplicate(i) => {
                let at = i.index(len);
                lines.insert(at, lines[at].clone());
            }
            LineEdit::Swap(a, b) => lines.swap(a.index(len), b.index(len)),
            LineEdit::Revalue(i, v) => {
                let at = i.index(len);
                if let Some((key, _)) = lines[at].split_once('=') {
                    lines[at] = format!("{key}= {}", value(v));
                }
            }
            LineEdit::Insert(i, v, key) => {
                let line = if key.starts_with('[') {
                    key.to_string()
                } else {
                    format!("{key} {}", value(v))
                };
                lines.insert(i.index(len + 1), line);
            }
        }
    }
    lines.join("\n") + "\n"
}

/// Facts generated scenarios remember and test: few, so conditions often meet.
pub const FACTS: [&str; 3] = ["kind", "brave", "tired"];

/// Where a generated response leads.
#[derive(Clone, Debug)]
pub enum Target {
    /// A later step: generated scenarios are mostly loop-free, like real ones.
    Later(Index),
    /// Any step, itself and earlier ones included: may make a loop.
    Any(Index),
    Missing,
}

/// Conditions that are not conditions, and ones written oddly but validly.
const ODD_CONDITIONS: &[&str] = &[
    "",
    "not",
    "Kind",
    "kind brave",
    " kind ",
    "not  kind",
    "not not kind",
];

#[derive(Clone, Debug)]
pub enum Cond {
    Fact {
        negated: bool,
        fact: usize,
    },
    /// Not a condition at all, or one written oddly but validly (` kind `, `not  kind`).
    Written(&'static str),
}

/// A mistake an author might make, planted in a generated step or response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    None,
    EmptyText,
    BadId,
    DuplicateId,
    NoSources,
    UnknownSource,
    UnknownPattern,
    /// A decision that is also an ending, or a step that is neither.
    Shape,
    BadFact,
}

#[derive(Clone, Debug)]
pub struct ResponsePlan {
    target: Target,
    remember: Option<usize>,
    condition: Option<Cond>,
    routes: Vec<(Cond, Target)>,
    pattern: bool,
    fault: Fault,
}

#[derive(Clone, Debug)]
pub struct StepPlan {
    ending: bool,
    responses: Vec<ResponsePlan>,
    variants: Vec<Cond>,
    fault: Fault,
}

#[derive(Clone, Debug)]
pub struct ScenarioPlan {
    /// A clean plan plants no faults, missing targets or possible loops, so
    /// plenty of generated scenarios are accepted and their play is tested.
    clean: bool,
    start: Option<Index>,
    last_is_ending: bool,
    steps: Vec<StepPlan>,
}

fn target() -> impl Strategy<Value = Target> {
    prop_oneof![
        30 => any::<Index>().prop_map(Target::Later),
        2 => any::<Index>().prop_map(Target::Any),
        1 => Just(Target::Missing),
    ]
}

fn cond() -> impl Strategy<Value = Cond> {
    prop_oneof![
        12 => (any::<bool>(), 0..FACTS.len()).prop_map(|(negated, fact)| Cond::Fact { negated, fact }),
        1 => select(ODD_CONDITIONS).prop_map(Cond::Written),
    ]
}

fn fault() -> impl Strategy<Value = Fault> {
    prop_oneof![
        80 => Just(Fault::None),
        1 => Just(Fault::EmptyText),
        1 => Just(Fault::BadId),
        1 => Just(Fault::DuplicateId),
        1 => Just(Fault::NoSources),
        1 => Just(Fault::UnknownSource),
        1 => Just(Fault::UnknownPattern),
        1 => Just(Fault::Shape),
        1 => Just(Fault::BadFact),
    ]
}

fn response_plan() -> impl Strategy<Value = ResponsePlan> {
    (
        target(),
        option::weighted(0.3, 0..FACTS.len()),
        option::weighted(0.2, cond()),
        prop_oneof![5 => Just(Vec::new()), 1 => vec((cond(), target()), 1..=2)],
        any::<bool>(),
        fault(),
    )
        .prop_map(
            |(target, remember, condition, routes, pattern, fault)| ResponsePlan {
                target,
                remember,
                condition,
                routes,
                pattern,
                fault,
            },
        )
}

fn step_plan() -> impl Strategy<Value = StepPlan> {
    (
        proptest::bool::weighted(0.2),
        vec(response_plan(), 1..=5),
        prop_oneof![4 => Just(Vec::new()), 1 => vec(cond(), 1..=2)],
        fault(),
    )
        .prop_map(|(ending, responses, variants, fault)| StepPlan {
            ending,
            responses,
            variants,
            fault,
        })
}

pub fn scenario_plan() -> impl Strategy<Value = ScenarioPlan> {
    (
        proptest::bool::weighted(0.7),
        option::weighted(0.05, any::<Index>()),
        proptest::bool::weighted(0.95),
        vec(step_plan(), 1..=12),
    )
        .prop_map(|(clean, start, last_is_ending, steps)| ScenarioPlan {
            clean,
            start,
            last_is_ending,
            steps,
        })
}

/// Random scenarios: 1 to 12 steps, 1 to 5 responses at each decision, endings
/// where there are none; conditions and routes over a small set of facts.
pub fn scenario() -> impl Strategy<Value = Scenario> {
    scenario_plan().prop_map(|plan| build(&plan))
}

pub const GENERATED_FILE: &str = "content/scenarios/generated.toml";

fn build(plan: &ScenarioPlan) -> Scenario {
    let n = plan.steps.len();
    let clean = plan.clean;
    let fault = |f: Fault| if clean { Fault::None } else { f };
    let step_id = |i: usize| format!("s{i}");
    let ending: Vec<bool> = (0..n)
        .map(|i| match i {
            _ if i + 1 == n => plan.last_is_ending || clean,
            // A clean plan starts with a decision, so the repairs below have somewhere to start.
            0 if clean => false,
            _ => plan.steps[i].ending,
        })
        .collect();
    // The facts remembered at steps before each step. Clean plans only lead
    // forward, so only these can be in force there; their conditions test them
    // and nothing else, or the validator would rightly say they never hold.
    let mut remembered_before = Vec::with_capacity(n);
    let mut remembered = std::collections::BTreeSet::new();
    for (i, sp) in plan.steps.iter().enumerate() {
        remembered_before.push(remembered.iter().copied().collect::<Vec<usize>>());
        if !ending[i] {
            remembered.extend(sp.responses.iter().filter_map(|r| r.remember));
        }
    }
    let condition = |at: usize, c: &Cond| -> Option<String> {
        let named = |negated: bool, fact: usize| {
            format!("{}{}", if negated { "not " } else { "" }, FACTS[fact])
        };
        let facts = &remembered_before[at];
        match c {
            Cond::Written(text) if !clean => Some(text.to_string()),
            Cond::Fact { negated, fact } if !clean => Some(named(*negated, *fact)),
            _ if facts.is_empty() => None,
            Cond::Fact { negated, fact } => Some(named(*negated, facts[fact % facts.len()])),
            Cond::Written(_) => Some(named(false, facts[0])),
        }
    };
    let resolve = |from: usize, target: &Target| -> String {
        let later = |i: &Index| (from + 1 < n).then(|| step_id(from + 1 + i.index(n - from - 1)));
        match target {
            Target::Later(i) => later(i).unwrap_or_else(|| step_id(i.index(n))),
            // Clean plans end in an ending, so every decision has a later step.
            Target::Any(i) if clean => later(i).unwrap_or_else(|| step_id(i.index(n))),
            Target::Any(i) => step_id(i.index(n)),
            Target::Missing if clean => step_id((from + 1).min(n - 1)),
            Target::Missing => "nowhere".to_string(),
        }
    };
    let response = |id: String, next: String| Response {
        id: text(id),
        text: text("Do it."),
        next: text(next),
        outcome: text("Something follows."),
        attachment: text("One lens."),
        codependency: text("The other lens."),
        sources: Cow::Owned(vec![text("article")]),
        ..Response::default()
    };
    let mut responses: Vec<Vec<Response>> = plan
        .steps
        .iter()
        .enumerate()
        .map(|(i, sp)| {
            if ending[i] {
                return Vec::new();
            }
            sp.responses
                .iter()
                .enumerate()
                .map(|(j, rp)| {
                    let f = fault(rp.fault);
                    let id = match f {
                        Fault::BadId => format!("R {j}"),
                        Fault::DuplicateId => "r0".to_string(),
                        _ => format!("r{j}"),
                    };
                    let mut r = response(id, resolve(i, &rp.target));
                    if f == Fault::EmptyText {
                        r.text = text(" ");
                    }
                    r.sources = Cow::Owned(match f {
                        Fault::NoSources => vec![],
                        Fault::UnknownSource => vec![text("nope")],
                        _ => vec![text("article")],
                    });
                    r.pattern = match f {
                        Fault::UnknownPattern => Some(text("unknown")),
                        _ => rp.pattern.then(|| text("pursue")),
                    };
                    // A response with no pattern is sometimes a step toward safety.
                    r.safety = r.pattern.is_none() && j % 2 == 1;
                    r.remember = match f {
                        Fault::BadFact => Some(text("Bad Fact")),
                        _ => rp.remember.map(|k| text(FACTS[k])),
                    };
                    r.condition = rp
                        .condition
                        .as_ref()
                        .and_then(|c| condition(i, c))
                        .map(text);
                    r.routes = rp
                        .routes
                        .iter()
                        .filter_map(|(c, t)| {
                            Some(Route {
                                condition: text(condition(i, c)?),
                                next: text(resolve(i, t)),
                            })
                        })
                        .collect();
                    r
                })
                .collect()
        })
        .collect();
    if clean {
        // Random targets leave some steps with no way in; give each one from
        // the nearest decision before it, as an author would.
        for to in 1..n {
            let id = step_id(to);
            let reached = responses[..to].iter().flatten().any(|r| r.next == id);
            if !reached {
                let from = (0..to)
                    .rev()
                    .find(|&i| !ending[i])
                    .expect("step 0 is a decision");
                let new = response(format!("r{}", responses[from].len()), id);
                responses[from].push(new);
            }
        }
    }
    let steps = plan
        .steps
        .iter()
        .zip(responses)
        .enumerate()
        .map(|(i, (sp, responses))| {
            let step_fault = fault(sp.fault);
            // A shape fault adds a reflection to a decision, or takes an ending's away.
            let reflection = ending[i] != (step_fault == Fault::Shape);
            Step {
                id: text(match step_fault {
                    Fault::BadId => format!("S{i}"),
                    Fault::DuplicateId if i > 0 => step_id(0),
                    _ => step_id(i),
                }),
                title: (i % 2 == 0).then(|| text("A title")),
                situation: text(if step_fault == Fault::EmptyText {
                    ""
                } else {
                    "Something happens."
                }),
                question: None,
                reflection: reflection.then(|| text("What now?")),
                responses: Cow::Owned(responses),
                variants: sp
                    .variants
                    .iter()
                    .filter_map(|c| {
                        Some(Variant {
                            condition: text(condition(i, c)?),
                            title: None,
                            situation: text("Told another way."),
                        })
                    })
                    .collect(),
                // Some steps sensitive (with their note), so encodings carry both fields.
                sensitive: i % 3 == 1,
                safety_note: (i % 3 == 1).then(|| text("Your safety comes first.")),
            }
        });
    Scenario {
        file: text(GENERATED_FILE),
        id: text("generated"),
        title: text("Generated"),
        teaser: text("A random story."),
        order: None,
        content_notes: Cow::Owned(vec![]),
        characters: Cow::Owned(vec![text("Sam")]),
        start: text(match (&plan.start, clean) {
            (Some(i), false) if i.index(3) == 0 => "nowhere".to_string(),
            (Some(i), false) => step_id(i.index(n)),
            _ => step_id(0),
        }),
        steps: Cow::Owned(steps.collect()),
    }
}

/// The smallest library a generated scenario needs to validate: one source, one pattern, the help section.
pub fn library_around(scenario: Scenario) -> Library {
    Library {
        sources: Cow::Owned(vec![Source {
            id: text("article"),
            title: text("An article"),
            publisher: text("A blog"),
            summary: text("What it says."),
        }]),
        scenarios: Cow::Owned(vec![scenario]),
        about: Cow::Owned(vec![Section {
            id: text("help"),
            heading: text("Help now"),
            body: text("Call someone."),
        }]),
        patterns: Cow::Owned(vec![Pattern {
            id: text("pursue"),
            name: text("Reaching harder"),
            summary: text("Reaching more."),
            attachment: text("Protest."),
            codependency: text("Calm hangs on them."),
            next_step: text("Pause."),
            sources: Cow::Owned(vec![text("article")]),
            cycle: attune_engine::dynamics::Shift {
                reaching: 30,
                ..Default::default()
            },
        }]),
        glossary: Cow::Owned(vec![]),
    }
}

/// Something a learner does in the player.
#[derive(Clone, Debug)]
pub enum Op {
    /// Picks one of the responses offered at the current step.
    Choose(Index),
    ChooseUnknown,
    Advance,
    ChooseAndAdvance(Index),
    Back,
    Restart,
    /// Follows an address to one of the scenario's steps.
    GoTo(Index),
    GoToUnknown,
    /// Follows the address Continue would write.
    GoToNext,
}

pub fn ops() -> impl Strategy<Value = Vec<Op>> {
    vec(
        prop_oneof![
            2 => any::<Index>().prop_map(Op::Choose),
            1 => Just(Op::ChooseUnknown),
            2 => Just(Op::Advance),
            5 => any::<Index>().prop_map(Op::ChooseAndAdvance),
            2 => Just(Op::Back),
            1 => Just(Op::Restart),
            2 => any::<Index>().prop_map(Op::GoTo),
            1 => Just(Op::GoToUnknown),
            2 => Just(Op::GoToNext),
        ],
        1..40,
    )
}

/// A name in a generated profile: one the content knows (by index), or any text.
#[derive(Clone, Debug)]
pub enum Name {
    Known(Index),
    Other(String),
}

impl Name {
    pub fn resolve(&self, known: &[&str]) -> Text {
        match self {
            Name::Known(i) if !known.is_empty() => text(known[i.index(known.len())]),
            Name::Known(_) => text(""),
            Name::Other(s) => text(s.clone()),
        }
    }
}

fn name() -> impl Strategy<Value = Name> {
    prop_oneof![
        3 => any::<Index>().prop_map(Name::Known),
        1 => awkward_text().prop_map(Name::Other),
    ]
}

#[derive(Clone, Debug)]
pub struct PlayPlan {
    pub scenario: Name,
    pub path: Vec<(Name, Option<Name>)>,
    pub completed: bool,
}

#[derive(Clone, Debug)]
pub struct NotePlan {
    pub scenario: Name,
    pub step: Name,
    pub text: String,
    pub written: Option<u64>,
}

#[derive(Clone, Debug)]
pub struct ProfilePlan {
    pub plays: Vec<PlayPlan>,
    pub notes: Vec<NotePlan>,
    pub settings: Settings,
}

fn settings() -> impl Strategy<Value = Settings> {
    (
        select(vec![TextSize::Normal, TextSize::Large, TextSize::Larger]),
        select(vec![Theme::System, Theme::Light, Theme::Dark]),
        any::<bool>(),
    )
        .prop_map(|(text_size, theme, reduce_motion)| Settings {
            text_size,
            theme,
            reduce_motion,
        })
}

pub fn profile_plan() -> impl Strategy<Value = ProfilePlan> {
    let play = (
        name(),
        vec((name(), option::of(name())), 0..6),
        any::<bool>(),
    )
        .prop_map(|(scenario, path, completed)| PlayPlan {
            scenario,
            path,
            completed,
        });
    let note = (
        name(),
        name(),
        awkward_text(),
        option::of(prop_oneof![any::<u64>(), 0..4_102_444_800_000u64]),
    )
        .prop_map(|(scenario, step, text, written)| NotePlan {
            scenario,
            step,
            text,
            written,
        });
    (vec(play, 0..4), vec(note, 0..4), settings()).prop_map(|(plays, notes, settings)| {
        ProfilePlan {
            plays,
            notes,
            settings,
        }
    })
}

/// Builds a profile whose known names come from `scenarios` (ids, step ids, response ids).
pub fn profile(plan: &ProfilePlan, scenarios: &[&Scenario]) -> Profile {
    let ids: Vec<&str> = scenarios.iter().map(|s| s.id.as_ref()).collect();
    let scenario_of = |id: &Text| scenarios.iter().find(|s| s.id == *id);
    let steps_of = |id: &Text| -> Vec<&str> {
        scenario_of(id).map_or(Vec::new(), |s| {
            s.steps.iter().map(|st| st.id.as_ref()).collect()
        })
    };
    let plays = plan.plays.iter().map(|p| {
        let scenario = p.scenario.resolve(&ids);
        let path = p
            .path
            .iter()
            .map(|(step, chosen)| {
                let step = step.resolve(&steps_of(&scenario));
                let responses: Vec<&str> = scenario_of(&scenario)
                    .and_then(|s| s.step(&step))
                    .map_or(Vec::new(), |st| {
                        st.responses.iter().map(|r| r.id.as_ref()).collect()
                    });
                Visit {
                    chosen: chosen.as_ref().map(|c| c.resolve(&responses)),
                    step,
                }
            })
            .collect();
        SavedPlay {
            scenario,
            path,
            completed: p.completed,
        }
    });
    let notes = plan.notes.iter().map(|n| {
        let scenario = n.scenario.resolve(&ids);
        Note {
            step: n.step.resolve(&steps_of(&scenario)),
            scenario,
            text: text(n.text.clone()),
            written: n.written,
        }
    });
    Profile {
        plays: plays.collect(),
        notes: notes.collect(),
        settings: plan.settings,
    }
}

/// Any address the app can be at: mostly with ids as content writes them,
/// sometimes with any text free of `/` (which a hand-written link could hold).
pub fn address() -> impl Strategy<Value = Address> {
    let id = || prop_oneof![3 => "[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?", 1 => "[^/]{1,12}"];
    prop_oneof![
        1 => Just(Address::Home),
        1 => Just(Address::About),
        1 => Just(Address::Glossary),
        1 => Just(Address::Patterns),
        1 => Just(Address::Help),
        1 => Just(Address::Settings),
        1 => Just(Address::MyPattern),
        1 => Just(Address::DebugPanic),
        1 => Just(Address::NotFound),
        3 => id().prop_map(|id| Address::Scenario { id }),
        3 => (id(), id()).prop_map(|(id, step)| Address::Step { id, step }),
    ]
}
