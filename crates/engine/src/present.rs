//! Presenter mode's rules: which key does what (following reveal.js where it has a convention),
//! what the projected screen shows, and the room's show of hands per response.
//!
//! The tools page (`present.html`) only turns key presses and clicks into `Command`s and renders
//! a `Screen`; every rule is here, tested natively.

use std::collections::BTreeMap;

use crate::conditions::Facts;
use crate::model::{Response, Scenario, Step};

/// Something the facilitator asks for, by key or by click.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Move on along the chosen response (→, Space, Page Down, N, as in reveal.js).
    Next,
    /// Back to the previous step (←, Page Up, P).
    Back,
    /// Pick the response with this index (keys 1–9).
    Pick(usize),
    /// Show or hide what the chosen response tends to set in motion (R).
    Reveal,
    /// Every response of the step side by side, or back (C).
    Compare,
    /// Emphasise one lens, then the other, then both again (L).
    Lens,
    /// Blank the screen, or bring it back (B or ".", as in reveal.js).
    Blank,
    /// Full screen, or back (F).
    Fullscreen,
    /// The list of keys (?).
    Help,
    /// Open the speaker view in another window (S, as in reveal.js).
    Speaker,
    /// A QR code that takes phones to this step in the normal player (Q).
    Code,
    /// One more hand raised for the response with this index (Shift + 1–9).
    AddHand(usize),
    /// One fewer (a miscount).
    RemoveHand(usize),
    /// Close whatever is on top: help, then blank, then compare (Escape).
    Close,
}

impl Command {
    /// The command for a key press: `key` is `KeyboardEvent.key`, `code` its `code` (for the
    /// digit under Shift, whose `key` depends on the keyboard layout). None for keys with no
    /// meaning here, and for presses with Ctrl, Alt or Meta, which belong to the browser.
    pub fn for_key(key: &str, code: &str, shift: bool, other_modifier: bool) -> Option<Command> {
        if other_modifier {
            return None;
        }
        let digit = code
            .strip_prefix("Digit")
            .or_else(|| code.strip_prefix("Numpad"))
            .and_then(|d| d.parse::<usize>().ok())
            .filter(|d| (1..=9).contains(d));
        if let Some(digit) = digit {
            return Some(if shift {
                Command::AddHand(digit - 1)
            } else {
                Command::Pick(digit - 1)
            });
        }
        Some(match key {
            "ArrowRight" | "ArrowDown" | " " | "PageDown" | "n" | "N" => Command::Next,
            "ArrowLeft" | "ArrowUp" | "PageUp" | "p" | "P" => Command::Back,
            "r" | "R" => Command::Reveal,
            "c" | "C" => Command::Compare,
            "l" | "L" => Command::Lens,
            "b" | "B" | "." => Command::Blank,
            "f" | "F" => Command::Fullscreen,
            "?" => Command::Help,
            "s" | "S" => Command::Speaker,
            "q" | "Q" => Command::Code,
            "Escape" => Command::Close,
            _ => return None,
        })
    }
}

/// Which lens the screen puts first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lens {
    #[default]
    Both,
    Attachment,
    Codependency,
}

/// What the projected screen shows at the current step, apart from the story itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Screen {
    /// The chosen response's explanation is shown (the room has discussed, or voted).
    pub revealed: bool,
    /// Every response side by side.
    pub comparing: bool,
    pub lens: Lens,
    pub blank: bool,
    pub help: bool,
    /// The QR code for phones is on screen.
    pub code: bool,
}

impl Screen {
    /// Applies a command that concerns only the screen; the rest (moving, picking, hands) are
    /// the caller's. Returns whether anything changed.
    pub fn apply(&mut self, command: Command) -> bool {
        let before = self.clone();
        match command {
            Command::Reveal => self.revealed = !self.revealed,
            Command::Compare => self.comparing = !self.comparing,
            Command::Lens => {
                self.lens = match self.lens {
                    Lens::Both => Lens::Attachment,
                    Lens::Attachment => Lens::Codependency,
                    Lens::Codependency => Lens::Both,
                }
            }
            Command::Blank => self.blank = !self.blank,
            Command::Help => self.help = !self.help,
            Command::Code => self.code = !self.code,
            Command::Close => {
                if self.help {
                    self.help = false;
                } else if self.code {
                    self.code = false;
                } else if self.blank {
                    self.blank = false;
                } else {
                    self.comparing = false;
                }
            }
            _ => {}
        }
        *self != before
    }

    /// A new step starts held: nothing revealed or compared, until the room has had its say.
    /// The lens emphasis is the facilitator's choice and stays.
    pub fn new_step(&mut self) {
        self.revealed = false;
        self.comparing = false;
        self.blank = false;
        self.help = false;
    }
}

/// The longest public address a facilitator can set for the QR code.
pub const MAX_PUBLIC_ADDRESS_LEN: usize = 200;

/// Why a public address can't make a participant's link (the page words each one in the
/// facilitator's language).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// Not `https://` or `http://`.
    NotHttp,
    /// Longer than `MAX_PUBLIC_ADDRESS_LEN`.
    TooLong,
    /// No host name after the scheme.
    NoHost,
    /// Spaces, `#`, `?`, quotes or other characters a link can't carry.
    Characters,
    /// The scenario or step is not a valid id.
    NotAStep,
}

/// Where a participant's phone goes to follow along: this step of this scenario in the normal
/// player, at the public address Attune is served from (often not the presenting laptop's own).
/// `public` is that address, e.g. `https://practice.example/attune/`; it must be http(s), with
/// no spaces, fragment or query, and at most `MAX_PUBLIC_ADDRESS_LEN` long.
pub fn participant_link(public: &str, scenario: &str, step: &str) -> Result<String, LinkProblem> {
    let public = public.trim();
    let rest = public
        .strip_prefix("https://")
        .or_else(|| public.strip_prefix("http://"))
        .ok_or(LinkProblem::NotHttp)?;
    if public.len() > MAX_PUBLIC_ADDRESS_LEN {
        return Err(LinkProblem::TooLong);
    }
    if rest.is_empty() || rest.starts_with('/') {
        return Err(LinkProblem::NoHost);
    }
    if public.chars().any(|c| {
        c.is_whitespace() || c.is_control() || matches!(c, '#' | '?' | '"' | '<' | '>' | '\\')
    }) {
        return Err(LinkProblem::Characters);
    }
    if !crate::validate::is_valid_id(scenario) || !crate::validate::is_valid_id(step) {
        return Err(LinkProblem::NotAStep);
    }
    let base = if public.ends_with('/') || public.ends_with(".html") {
        public.to_string()
    } else {
        format!("{public}/")
    };
    Ok(format!("{base}#/scenario/{scenario}/{step}"))
}

/// A participant link that opens in the room's language: `?locale=<code>` before the `#` for any
/// language but English (a participant's own choice on their phone still wins over it).
pub fn in_language(link: &str, code: &str) -> String {
    if code == "en" || !crate::locale::is_locale_code(code) {
        return link.to_string();
    }
    match link.split_once('#') {
        Some((base, fragment)) => format!("{base}?locale={code}#{fragment}"),
        None => format!("{link}?locale={code}"),
    }
}

/// Whether a room may be asked to show where it stands on this step, by hands or votes: never
/// on a sensitive step (threats, violence, self-harm), where nobody should have to.
pub fn takes_votes(step: &Step) -> bool {
    !step.sensitive && !step.is_ending()
}

/// Raised hands per response, per step, for this session only (never saved).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hands {
    counts: BTreeMap<String, Vec<u32>>,
}

impl Hands {
    /// The counts at `step`, one per response (zeros where nobody voted).
    pub fn at(&self, step: &str, responses: usize) -> Vec<u32> {
        let mut counts = self.counts.get(step).cloned().unwrap_or_default();
        counts.resize(responses, 0);
        counts
    }

    /// One more hand for response `index` of `responses` at `step`; out of range does nothing.
    pub fn add(&mut self, step: &str, index: usize, responses: usize) {
        if index < responses {
            let counts = self.counts.entry(step.to_string()).or_default();
            counts.resize(counts.len().max(responses), 0);
            counts[index] = counts[index].saturating_add(1);
        }
    }

    /// One fewer; never below zero.
    pub fn remove(&mut self, step: &str, index: usize) {
        if let Some(count) = self.counts.get_mut(step).and_then(|c| c.get_mut(index)) {
            *count = count.saturating_sub(1);
        }
    }
}

/// What the presenting window shows, as its speaker view needs it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shown {
    pub scenario: String,
    pub step: String,
    pub chosen: Option<String>,
    pub screen: Screen,
    /// The responses on screen, in order (earlier choices can change which are offered).
    pub offered: Vec<String>,
    /// Raised hands, one count per offered response.
    pub hands: Vec<u32>,
    /// The facts in force at the step (remembered by earlier choices): they decide how the step
    /// is told and where a response leads, so the speaker view must tell it the same way.
    pub facts: Vec<String>,
}

/// What the speaker view shows: the step as the room sees it, and where the pick leads.
#[derive(Debug, PartialEq)]
pub struct Speaker<'s> {
    pub step: &'s Step,
    /// The step's title and situation as told on screen (its variant, where one applies).
    pub title: Option<&'s str>,
    pub situation: &'s str,
    /// The responses on screen, in order.
    pub on_screen: Vec<&'s Response>,
    pub chosen: Option<&'s Response>,
    /// Where the chosen response leads (its route, where one applies), told as it will be.
    pub next: Option<Told<'s>>,
}

/// A step told for a path: its title (if any) and situation.
#[derive(Debug, PartialEq)]
pub struct Told<'s> {
    pub title: Option<&'s str>,
    pub situation: &'s str,
}

/// The speaker view of what the presenting window shows, told by the same rules as the screen;
/// None if the scenario has no such step.
pub fn speaker<'s>(scenario: &'s Scenario, shown: &Shown) -> Option<Speaker<'s>> {
    let step = scenario.step(&shown.step)?;
    let facts = shown.facts.iter().fold(Facts::default(), |facts, fact| {
        facts.with(Some(&fact.clone().into()))
    });
    let (title, situation) = step.telling(&facts);
    let chosen = shown.chosen.as_deref().and_then(|id| step.response(id));
    let next = chosen.and_then(|response| {
        let next = scenario.step(response.destination(&facts))?;
        let (title, situation) = next.telling(&facts.with(response.remember.as_ref()));
        Some(Told { title, situation })
    });
    Some(Speaker {
        step,
        title,
        situation,
        on_screen: shown
            .offered
            .iter()
            .filter_map(|id| step.response(id))
            .collect(),
        chosen,
        next,
    })
}

/// A message between the presenting window and its speaker view (a same-origin
/// `BroadcastChannel`). Each is one line of text; anything else on the channel is ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// The presenting window's state, sent on every change.
    Shown(Shown),
    /// A command from the speaker view's keys or buttons, for the presenting window to run.
    Command(Command),
    /// A speaker view has opened and asks for the state.
    Hello,
}

/// Every message starts with this; change the number if the format changes.
const WIRE: &str = "attune-present 2";
/// Longer messages are not read: nothing Attune sends comes near it.
pub const MAX_MESSAGE_LEN: usize = 1000;

impl Command {
    fn wire_name(self) -> Option<String> {
        Some(match self {
            Command::Next => "next".into(),
            Command::Back => "back".into(),
            Command::Pick(i) => format!("pick:{i}"),
            Command::Reveal => "reveal".into(),
            Command::Compare => "compare".into(),
            Command::Lens => "lens".into(),
            Command::Blank => "blank".into(),
            Command::AddHand(i) => format!("add:{i}"),
            Command::RemoveHand(i) => format!("remove:{i}"),
            Command::Close => "close".into(),
            // Full screen, the key list and opening the speaker view belong to each window.
            Command::Fullscreen | Command::Help | Command::Speaker | Command::Code => return None,
        })
    }

    fn from_wire_name(name: &str) -> Option<Command> {
        let index = |n: &str| n.parse::<usize>().ok().filter(|i| *i < 9);
        Some(match name.split_once(':') {
            Some(("pick", n)) => Command::Pick(index(n)?),
            Some(("add", n)) => Command::AddHand(index(n)?),
            Some(("remove", n)) => Command::RemoveHand(index(n)?),
            Some(_) => return None,
            None => match name {
                "next" => Command::Next,
                "back" => Command::Back,
                "reveal" => Command::Reveal,
                "compare" => Command::Compare,
                "lens" => Command::Lens,
                "blank" => Command::Blank,
                "close" => Command::Close,
                _ => return None,
            },
        })
    }
}

impl Message {
    /// The message as one line of text, or None for a command that stays in its own window.
    pub fn to_wire(&self) -> Option<String> {
        Some(match self {
            Message::Hello => format!("{WIRE}|hello"),
            Message::Command(command) => format!("{WIRE}|command|{}", command.wire_name()?),
            Message::Shown(shown) => {
                let flag = |on: bool| if on { "1" } else { "0" };
                let lens = match shown.screen.lens {
                    Lens::Both => "both",
                    Lens::Attachment => "attachment",
                    Lens::Codependency => "codependency",
                };
                let hands: Vec<String> = shown.hands.iter().map(u32::to_string).collect();
                format!(
                    "{WIRE}|shown|{}|{}|{}|{}{}{}|{lens}|{}|{}|{}",
                    shown.scenario,
                    shown.step,
                    shown.chosen.as_deref().unwrap_or(""),
                    flag(shown.screen.revealed),
                    flag(shown.screen.comparing),
                    flag(shown.screen.blank),
                    shown.offered.join(","),
                    hands.join(","),
                    shown.facts.join(",")
                )
            }
        })
    }

    /// Reads `to_wire`'s form; None for anything else, however it is damaged.
    pub fn from_wire(text: &str) -> Option<Message> {
        if text.len() > MAX_MESSAGE_LEN {
            return None;
        }
        let mut parts = text.split('|');
        if parts.next()? != WIRE {
            return None;
        }
        let message = match parts.next()? {
            "hello" => Message::Hello,
            "command" => Message::Command(Command::from_wire_name(parts.next()?)?),
            "shown" => {
                let id = |text: &str| crate::validate::is_valid_id(text).then(|| text.to_string());
                let scenario = id(parts.next()?)?;
                let step = id(parts.next()?)?;
                let chosen = match parts.next()? {
                    "" => None,
                    other => Some(id(other)?),
                };
                let flags: Vec<bool> = parts
                    .next()?
                    .chars()
                    .map(|c| match c {
                        '0' => Some(false),
                        '1' => Some(true),
                        _ => None,
                    })
                    .collect::<Option<_>>()?;
                let [revealed, comparing, blank] = flags[..] else {
                    return None;
                };
                let lens = match parts.next()? {
                    "both" => Lens::Both,
                    "attachment" => Lens::Attachment,
                    "codependency" => Lens::Codependency,
                    _ => return None,
                };
                let offered = match parts.next()? {
                    "" => Vec::new(),
                    list => list.split(',').map(id).collect::<Option<Vec<String>>>()?,
                };
                let hands = match parts.next()? {
                    "" => Vec::new(),
                    list => list
                        .split(',')
                        .map(|n| n.parse().ok())
                        .collect::<Option<Vec<u32>>>()?,
                };
                let facts = match parts.next()? {
                    "" => Vec::new(),
                    list => list.split(',').map(id).collect::<Option<Vec<String>>>()?,
                };
                Message::Shown(Shown {
                    scenario,
                    step,
                    chosen,
                    screen: Screen {
                        revealed,
                        comparing,
                        lens,
                        blank,
                        help: false,
                        code: false,
                    },
                    offered,
                    hands,
                    facts,
                })
            }
            _ => return None,
        };
        parts.next().is_none().then_some(message)
    }
}
