//! The practice's embedding settings for this page (from the URL), and the events told to its page.
//!
//! Read once per visit: the engine checks every value (`attune_engine::embed`); this
//! module only fetches the URL's parameters, applies the look, and posts messages.

use std::cell::RefCell;
use std::sync::OnceLock;

use attune_engine::embed::{
    contrast, EmbedConfig, EVENT_MESSAGE, SCENARIO_COMPLETED, SCENARIO_STARTED,
};
use wasm_bindgen::JsValue;

use crate::content::CATALOG;
use crate::ui::LANGUAGES;

/// The settings and the problems found in them, read on first use.
pub struct Embedding {
    pub config: EmbedConfig,
    pub problems: Vec<String>,
}

// The wasm app runs on one thread; OnceLock only makes the static lazily initialised.
static EMBEDDING: OnceLock<Embedding> = OnceLock::new();

/// This visit's embedding settings (the defaults on Attune's own site).
pub fn embedding() -> &'static Embedding {
    EMBEDDING.get_or_init(|| {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let pairs: Vec<(String, String)> = search
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                (decode(name), decode(value))
            })
            .collect();
        // Scenario ids are the same in every language, so English's catalog checks them.
        let ids: Vec<&str> = CATALOG.scenarios.iter().map(|card| card.id.as_ref()).collect();
        let languages: Vec<&str> = LANGUAGES.iter().map(|language| language.code).collect();
        let (config, mut problems) =
            EmbedConfig::parse(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())), &ids, &languages);
        if let Some(accent) = &config.accent {
            if accent_for(accent).is_none() {
                problems.push(format!(
                    "“accent”: {accent} would be hard to read on Attune's backgrounds, so Attune's own colour is used"
                ));
            }
        }
        for problem in &problems {
            web_sys::console::warn_1(&format!("Attune settings: {problem}").into());
        }
        Embedding { config, problems }
    })
}

/// Whether this visit is private (the practice's `private`, or the learner's own choice, which
/// puts it in the address): nothing is read from or written to this device's storage.
pub fn is_private() -> bool {
    embedding().config.private
}

fn decode(text: &str) -> String {
    let text = text.replace('+', " ");
    js_sys::decode_uri_component(&text)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or(text)
}

// Attune's backgrounds and its own accents, light and dark (as in styles/attune.css).
const BACKGROUNDS: [[&str; 2]; 2] = [["#fbf8f3", "#ffffff"], ["#16191d", "#1f2328"]];
const OWN_ACCENT: [&str; 2] = ["#2f6f73", "#7cc4c7"];

/// The accent as `light-dark()` values for CSS, keeping Attune's own where the practice's
/// colour would fall below 4.5:1 against the backgrounds; `None` if it fits neither theme.
fn accent_for(accent: &str) -> Option<(String, String)> {
    let readable = |scheme: usize| {
        BACKGROUNDS[scheme]
            .iter()
            .all(|bg| contrast(accent, bg).is_some_and(|ratio| ratio >= 4.5))
    };
    let pick = |scheme: usize| {
        if readable(scheme) {
            accent
        } else {
            OWN_ACCENT[scheme]
        }
    };
    // Text on the accent (primary buttons): white or near-black, whichever reads better.
    let on = |colour: &str| {
        if contrast(colour, "#ffffff") >= contrast(colour, "#0d1f20") {
            "#ffffff"
        } else {
            "#0d1f20"
        }
    };
    (readable(0) || readable(1)).then(|| {
        let (light, dark) = (pick(0), pick(1));
        (
            format!("light-dark({light}, {dark})"),
            format!("light-dark({}, {})", on(light), on(dark)),
        )
    })
}

/// The practice's look as CSS custom properties for the app's root element.
pub fn style_properties() -> Vec<(&'static str, String)> {
    let config = &embedding().config;
    let mut properties = Vec::new();
    if let Some((accent, text)) = config.accent.as_deref().and_then(accent_for) {
        properties.push(("--attune-accent", accent));
        properties.push(("--attune-accent-text", text));
    }
    if let Some(font) = &config.font {
        properties.push(("--attune-font", font.clone()));
    }
    if let Some(radius) = config.radius {
        properties.push(("--attune-radius", format!("{radius}px")));
    }
    properties
}

/// What the embedding page may be told, if it asked (`events=on`): a scenario's id, never more.
pub enum Event<'a> {
    Started(&'a str),
    Completed(&'a str),
}

thread_local! {
    // Each event is told once per visit, however often the learner passes the same point.
    static TOLD: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Tells the embedding page about `event`, posted only to the origin it gave as `host`.
pub fn tell(event: Event) {
    let config = &embedding().config;
    let (Some(host), true) = (config.host.as_deref(), config.events) else {
        return;
    };
    let (name, scenario) = match event {
        Event::Started(id) => (SCENARIO_STARTED, id),
        Event::Completed(id) => (SCENARIO_COMPLETED, id),
    };
    let key = format!("{name} {scenario}");
    let first_time = TOLD.with(|told| {
        let mut told = told.borrow_mut();
        let new = !told.contains(&key);
        if new {
            told.push(key);
        }
        new
    });
    if !first_time {
        return;
    }
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &EVENT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"name".into(), &name.into());
    let _ = js_sys::Reflect::set(&message, &"scenario".into(), &scenario.into());
    if let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) {
        let _ = parent.post_message(&JsValue::from(message), host);
    }
}
