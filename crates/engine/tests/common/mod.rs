//! Shared helpers for the engine's integration tests: small content folders written on the fly.

// Each test binary uses its own subset of these helpers.
#![allow(dead_code)]

use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use attune_engine::load::{load_dir, Loaded};

pub const SOURCES: &str = r#"
[[sources]]
id = "article"
title = "An article"
publisher = "A blog"
summary = "What it says."
"#;

pub const ABOUT: &str = r#"
[[sections]]
id = "help"
heading = "Help now"
body = "Call someone."
"#;

pub const PATTERNS: &str = r#"
[[patterns]]
id = "pursue"
name = "Reaching harder"
summary = "Reaching more."
attachment = "Protest."
codependency = "Calm hangs on them."
next_step = "Pause."
sources = ["article"]
cycle = { reaching = 30 }
"#;

pub const GLOSSARY: &str = r#"
[[terms]]
id = "bid"
term = "Bid for connection"
forms = ["bid for connection", "bid"]
definition = "Reaching out."
sources = ["article"]
"#;

pub const SANDBOX: &str = r#"
intro = "Set how two partners behave."
note = "An illustration, not a clinical model."

[[presets]]
id = "pursue-withdraw"
name = "Pursue and withdraw"
notice = "Watch A reach."
attachment = "Protest."
codependency = "Calm hangs on B."
sources = ["article"]

[[presets]]
id = "rescue-enable"
name = "Rescue and enable"
notice = "Watch A carry."
attachment = "Care."
codependency = "Over-functioning."
sources = ["article"]

[[presets]]
id = "interdependence"
name = "Interdependence"
notice = "Watch both."
attachment = "A secure base."
codependency = "Two whole people."
sources = ["article"]

[[presets]]
id = "one-partner-ill"
name = "One partner is ill"
notice = "Watch the balance."
attachment = "Safe haven."
codependency = "Care with limits."
sources = ["article"]
"#;

/// A valid two-decision scenario with two endings, for tests to break one piece at a time.
pub const SCENARIO: &str = r#"
id = "demo"
title = "Demo"
teaser = "A small story."
start = "first"

[[steps]]
id = "first"
situation = "Something happens."

  [[steps.responses]]
  id = "reach-out"
  text = "Reach out."
  next = "second"
  outcome = "They answer."
  attachment = "A bid for connection."
  codependency = "Watch your own needs."
  sources = ["article"]
  pattern = "pursue"
  synthesis = "Both want you close and whole."

  [[steps.responses]]
  id = "wait"
  text = "Wait."
  next = "quiet-end"
  outcome = "Nothing changes."
  attachment = "A missed chance to repair."
  codependency = "Some self-containment."
  sources = ["article"]

[[steps]]
id = "second"
situation = "They look up."

  [[steps.responses]]
  id = "ask"
  text = "Ask for a hug."
  next = "warm-end"
  outcome = "You feel closer."
  attachment = "Accessible and responsive."
  codependency = "A request, not a demand."
  sources = ["article"]

[[steps]]
id = "warm-end"
title = "Closer"
situation = "You sit together."
reflection = "What helped?"

[[steps]]
id = "quiet-end"
situation = "The evening passes."
reflection = "What did you need?"
"#;

/// Writes `files` (paths relative to a fresh `content/` folder) and loads them.
pub fn load(files: &[(&str, &str)]) -> Loaded {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir: PathBuf = std::env::temp_dir().join(format!(
        "attune-test-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
    let root = dir.join("content");
    fs::create_dir_all(root.join("scenarios")).unwrap();
    fs::create_dir_all(root.join("facilitation")).unwrap();
    // Patterns, glossary and the sandbox's words are rarely what a test is about: supply them unless given.
    for (path, text) in [
        ("patterns.toml", PATTERNS),
        ("glossary.toml", GLOSSARY),
        ("sandbox.toml", SANDBOX),
        ("ui.toml", "[nav]\nhelp = \"Need help now?\"\n"),
    ] {
        if !files.iter().any(|(given, _)| *given == path) {
            fs::write(root.join(path), text).unwrap();
        }
    }
    for (path, text) in files {
        let path = root.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    let loaded = load_dir(&root);
    fs::remove_dir_all(&dir).unwrap();
    loaded
}

/// Loads the demo scenario after applying `edit` to its text.
pub fn load_demo_with(edit: impl Fn(&str) -> String) -> Loaded {
    load(&[
        ("sources.toml", SOURCES),
        ("about.toml", ABOUT),
        ("scenarios/demo.toml", &edit(SCENARIO)),
    ])
}

/// The error messages, as an author would read them.
pub fn messages(loaded: &Loaded) -> Vec<String> {
    loaded.errors.iter().map(ToString::to_string).collect()
}

/// The shipped interface words of a language (`""` for English, or a folder such as `"es"`),
/// loaded once per test binary.
pub fn shipped_ui(code: &str) -> &'static attune_engine::ui::UiText {
    use std::sync::OnceLock;
    static SHIPPED: OnceLock<Loaded> = OnceLock::new();
    let loaded = SHIPPED
        .get_or_init(|| load_dir(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content")));
    if code.is_empty() {
        &loaded.ui
    } else {
        &loaded
            .locales
            .iter()
            .find(|l| l.code == code)
            .expect("the language's folder exists")
            .ui
    }
}

/// The Markdown export's words from a language's shipped `ui.toml` (`[export]`).
pub fn export_words(code: &str) -> attune_engine::export::ExportWords<'static> {
    let ui = shipped_ui(code);
    let word = |key: &str| {
        ui.entries
            .get(&format!("export.{key}"))
            .map(String::as_str)
            .unwrap_or_else(|| panic!("export.{key} is in ui.toml"))
    };
    attune_engine::export::ExportWords {
        title: word("title"),
        intro: word("intro"),
        leaning: word("leaning"),
        once: word("once"),
        times: word("times"),
        completed: word("completed"),
        chose: word("chose"),
        reflection: word("reflection"),
        note: word("note"),
        written: word("written"),
        restore: word("restore"),
        date: word("date"),
        months: word("months"),
    }
}
