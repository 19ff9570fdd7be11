//! How a practice's page configures an embedded Attune: URL parameters, read and checked.
//!
//! The embedding snippet (`web/embed.js`) turns its `data-*` attributes into these
//! parameters; a plain `<iframe>` can write them itself. Anyone can write a URL, so
//! every value is checked and length-limited: a bad one is named in a problem and
//! left at its default, and the rest still applies.

/// A practice's own "what next" link, shown at endings and on About.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallToAction {
    pub label: String,
    pub url: String,
}

/// A practice's own help line, shown with Attune's on the help page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HelpLine {
    pub text: String,
    pub phone: String,
    pub url: String,
}

/// Colours the practice chose: light, dark, or the device's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scheme {
    #[default]
    Device,
    Light,
    Dark,
}

/// Everything an embedding page may set; `Default` is Attune on its own site.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    /// Which scenarios to list, in this order; `None` lists them all.
    pub scenarios: Option<Vec<String>>,
    /// The scenario to open first.
    pub start: Option<String>,
    pub scheme: Scheme,
    /// `#rgb` or `#rrggbb`.
    pub accent: Option<String>,
    /// A CSS font-family list of installed fonts (nothing is downloaded).
    pub font: Option<String>,
    /// Corner radius in CSS pixels.
    pub radius: Option<u8>,
    pub practice: Option<String>,
    pub call_to_action: Option<CallToAction>,
    pub help: Option<HelpLine>,
    pub hide_notes: bool,
    pub hide_pattern: bool,
    pub hide_sources: bool,
    /// The embedding page's origin: where size and (opt-in) events are posted.
    pub host: Option<String>,
    /// Tell the host when a scenario starts or is completed (its id only, never choices or notes).
    pub events: bool,
    /// The language to open in (a learner's own later choice still wins); `None` is the default.
    pub locale: Option<String>,
    /// A private visit: nothing is written to this device's storage (a practice's default, or
    /// the learner's own choice, kept in the address so a reload stays private).
    pub private: bool,
    /// Where the quick exit goes (https only); `None` is `DEFAULT_EXIT`.
    pub exit_url: Option<String>,
}

/// The quick exit's neutral destination when the practice sets none: a weather page, as in
/// GOV.UK's "Exit this page" pattern.
pub const DEFAULT_EXIT: &str = "https://www.bbc.co.uk/weather";

/// Every parameter Attune reads, so a misspelt one is reported rather than silently ignored:
/// the practice's settings (in the order the embedding snippet, `web/embed.js`, writes them from
/// its `data-*` attributes), then those only the snippet itself sets (`SET_BY_SNIPPET`).
pub const PARAMETERS: [&str; 19] = [
    "scenarios",
    "start",
    "locale",
    "theme",
    "accent",
    "font",
    "radius",
    "practice",
    "cta-label",
    "cta-url",
    "help-text",
    "help-phone",
    "help-url",
    "hide",
    "events",
    "private",
    "exit-url",
    "embed",
    "host",
];

/// The parameters the embedding snippet sets itself (that Attune is embedded, and the page's
/// origin), never from a practice's attributes.
pub const SET_BY_SNIPPET: [&str; 2] = ["embed", "host"];

/// The longest value Attune reads, in bytes; the snippet cuts each value to this many characters.
pub const MAX_VALUE: usize = 500;

/// The values that turn a switch (`events`, `private`) on; the loader (`web/loader.js`) reads
/// `private` with the same words, so a private visit registers no service worker.
pub const SWITCH_ON: [&str; 3] = ["on", "true", "1"];

/// The same rule as `is_web_address` for the scripts (a JavaScript regular expression), without
/// the addresses on this machine that the app also takes for trying things out: the quick exit
/// (`web/loader.js`, `web/embed.js`) and the embed builder (`web/builder.js`) follow it.
pub const WEB_ADDRESS_PATTERN: &str = r#"^https://[^\s<>"'`]+$"#;

/// The same rule as `origin` for the scripts (a JavaScript regular expression): the loader posts
/// the page's height and the quick exit only to a `host` that passes it.
pub const ORIGIN_PATTERN: &str = r"^https?://[\w.:[\]-]+$";

/// The message Attune posts to the embedding page when it asked to be told (`events=on`), and
/// what it may tell: a scenario's id, never choices or notes. `web/embed.js` passes on these only.
pub const EVENT_MESSAGE: &str = "attune:event";
pub const SCENARIO_STARTED: &str = "scenario-started";
pub const SCENARIO_COMPLETED: &str = "scenario-completed";
const MAX_LABEL: usize = 80;
const MAX_PROBLEMS: usize = 10;

impl EmbedConfig {
    /// Reads decoded `(name, value)` pairs; `scenario_ids` are the scenarios that exist and
    /// `languages` the language codes Attune has. Returns the configuration and a
    /// plain-language line per problem.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        scenario_ids: &[&str],
        languages: &[&str],
    ) -> (EmbedConfig, Vec<String>) {
        let mut config = EmbedConfig::default();
        let mut problems = Vec::new();
        let (mut cta, mut help) = (CallToAction::default(), HelpLine::default());
        for (name, value) in pairs {
            let value = value.trim();
            let mut bad = |why: &str| {
                if problems.len() < MAX_PROBLEMS {
                    problems.push(format!("“{}”: {why}", truncate(name, 30)));
                }
            };
            if value.len() > MAX_VALUE {
                bad("is too long");
                continue;
            }
            match name {
                "scenarios" => {
                    let mut ids = Vec::new();
                    for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                        if !scenario_ids.contains(&id) {
                            bad(&format!("there is no scenario “{}”", truncate(id, 40)));
                        } else if !ids.iter().any(|known| known == id) {
                            ids.push(id.to_string());
                        }
                    }
                    if ids.is_empty() {
                        bad("names no scenario that exists, so all are listed");
                    } else {
                        config.scenarios = Some(ids);
                    }
                }
                "start" if scenario_ids.contains(&value) => config.start = Some(value.into()),
                "start" => bad("is not a scenario that exists"),
                "theme" => match value {
                    "light" => config.scheme = Scheme::Light,
                    "dark" => config.scheme = Scheme::Dark,
                    "system" | "device" | "" => config.scheme = Scheme::Device,
                    _ => bad("must be light, dark or system"),
                },
                "accent" if is_hex_colour(value) => {
                    config.accent = Some(value.to_ascii_lowercase())
                }
                "accent" => bad("must be a colour like #2f6f73"),
                "font" if is_font_list(value) => config.font = Some(value.into()),
                "font" => bad("must be a list of font names, like Georgia, serif"),
                "radius" => match value.parse::<u8>() {
                    Ok(px) if px <= 32 => config.radius = Some(px),
                    _ => bad("must be a number of pixels from 0 to 32"),
                },
                "practice" => match label(value) {
                    Some(text) => config.practice = Some(text),
                    None => bad("must be plain text of at most 80 characters"),
                },
                "cta-label" => match label(value) {
                    Some(text) => cta.label = text,
                    None => bad("must be plain text of at most 80 characters"),
                },
                "cta-url" if is_web_address(value) => cta.url = value.into(),
                "cta-url" => bad("must be an https:// address"),
                "help-text" if !value.is_empty() && !value.chars().any(char::is_control) => {
                    help.text = value.into()
                }
                "help-text" => bad("must be plain text"),
                "help-phone" if is_phone(value) => help.phone = value.into(),
                "help-phone" => bad("must be a phone number (digits, spaces, + - ( ))"),
                "help-url" if is_web_address(value) => help.url = value.into(),
                "help-url" => bad("must be an https:// address"),
                "hide" => {
                    for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                        match part {
                            "notes" => config.hide_notes = true,
                            "pattern" => config.hide_pattern = true,
                            "sources" => config.hide_sources = true,
                            _ => bad("may list only notes, pattern and sources"),
                        }
                    }
                }
                "host" => match origin(value) {
                    Some(host) => config.host = Some(host),
                    None => bad("must be the embedding page's origin, like https://example.org"),
                },
                "events" => match value {
                    on if SWITCH_ON.contains(&on) => config.events = true,
                    "off" | "false" | "0" | "" => config.events = false,
                    _ => bad("must be on or off"),
                },
                "locale" if value.is_empty() => {}
                "locale" => match languages
                    .iter()
                    .find(|code| code.eq_ignore_ascii_case(value))
                {
                    Some(code) => config.locale = Some(code.to_string()),
                    None => bad(&format!("must be one of: {}", languages.join(", "))),
                },
                "private" => match value {
                    on if SWITCH_ON.contains(&on) => config.private = true,
                    "off" | "false" | "0" | "" => config.private = false,
                    _ => bad("must be on or off"),
                },
                "exit-url" if is_web_address(value) => config.exit_url = Some(value.into()),
                "exit-url" => bad("must be an https:// address"),
                // Only a marker that Attune is embedded.
                "embed" => {}
                _ => bad("is not a setting Attune knows"),
            }
        }
        match (cta.label.is_empty(), cta.url.is_empty()) {
            (false, false) => config.call_to_action = Some(cta),
            (true, true) => {}
            _ => problems.push("“cta-label” and “cta-url” must be given together".into()),
        }
        if !(help.text.is_empty() && help.phone.is_empty() && help.url.is_empty()) {
            config.help = Some(help);
        }
        if config.events && config.host.is_none() {
            problems.push("“events” needs “host”, the page to tell".into());
            config.events = false;
        }
        (config, problems)
    }

    /// Whether a scenario is offered here (all are, unless the practice chose some).
    pub fn offers(&self, scenario: &str) -> bool {
        self.scenarios
            .as_ref()
            .is_none_or(|ids| ids.iter().any(|id| id == scenario))
    }

    /// The practice's order for the scenarios it chose, or the catalog's.
    pub fn order<'a, T: Copy>(&self, items: Vec<T>, id: impl Fn(&T) -> &'a str) -> Vec<T> {
        match &self.scenarios {
            None => items,
            // No sort: a sort would add its code to the browser bundle for a list of a few ids.
            Some(ids) => ids
                .iter()
                .filter_map(|wanted| items.iter().find(|item| id(item) == wanted).copied())
                .collect(),
        }
    }
}

fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

fn label(value: &str) -> Option<String> {
    (!value.is_empty()
        && value.chars().count() <= MAX_LABEL
        && !value.chars().any(char::is_control))
    .then(|| value.to_string())
}

fn is_hex_colour(value: &str) -> bool {
    value
        .strip_prefix('#')
        .is_some_and(|hex| matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit()))
}

/// Names of installed fonts only: letters, digits, spaces, commas, hyphens and quotes,
/// so nothing else (url(), semicolons, braces) can reach the stylesheet.
fn is_font_list(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 200
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " ,-'\"".contains(c))
}

fn is_phone(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    (3..=20).contains(&digits)
        && value.len() <= 30
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

/// An `https://` address (or `http://` on this machine, for trying things out); the scripts'
/// form is `WEB_ADDRESS_PATTERN`.
fn is_web_address(value: &str) -> bool {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://localhost"))
        .or_else(|| value.strip_prefix("http://127.0.0.1"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && !value
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>\"'`".contains(c))
    })
}

/// `scheme://host[:port]` with nothing after it, as `location.origin` writes it (a host name
/// may hold `_`); the scripts' form is `ORIGIN_PATTERN`.
fn origin(value: &str) -> Option<String> {
    let (scheme, rest) = value.split_once("://")?;
    let host_ok = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.-:[]".contains(c));
    (matches!(scheme, "https" | "http") && host_ok).then(|| value.to_string())
}

/// WCAG contrast ratio of two `#rgb`/`#rrggbb` colours (1 to 21), to keep text readable
/// when a practice picks its own accent.
pub fn contrast(a: &str, b: &str) -> Option<f64> {
    let luminance = |hex: &str| -> Option<f64> {
        let hex = hex.strip_prefix('#')?;
        let full: String = match hex.len() {
            3 => hex.chars().flat_map(|c| [c, c]).collect(),
            6 => hex.to_string(),
            _ => return None,
        };
        let channel = |i: usize| -> Option<f64> {
            let c = f64::from(u8::from_str_radix(full.get(i..i + 2)?, 16).ok()?) / 255.0;
            // sRGB to linear light by a cubic fit (within 0.5 % of the exact curve): the exact
            // formula's powf would pull a maths library into the browser bundle for this alone.
            Some(c * (c * (c * 0.305_306_011 + 0.682_171_111) + 0.012_522_878))
        };
        Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
    };
    let (x, y) = (luminance(a)?, luminance(b)?);
    Some((x.max(y) + 0.05) / (x.min(y) + 0.05))
}
