//! Baking a validated library's `Catalog` into Rust source: `static` data the browser uses with no parser.
//!
//! The build script writes this source into `OUT_DIR`; the app `include!`s it.
//! Every value is a `Cow::Borrowed`, so the result is a constant expression.

use std::fmt::Write;

use crate::model::{
    Catalog, Facilitation, PresetGuide, SandboxGuide, ScenarioCard, Section, StepNotes, Text,
};

/// Rust source for an expression of type `attune_engine::Catalog`.
pub fn bake(catalog: &Catalog) -> String {
    let mut out = String::new();
    out.push_str("::attune_engine::Catalog { scenarios: ");
    list(&mut out, &catalog.scenarios, card);
    out.push_str(", about: ");
    list(&mut out, &catalog.about, section);
    out.push_str(", reference_file: ");
    text(&mut out, &catalog.reference_file);
    out.push_str(" }");
    out
}

/// Rust source for an expression of type `attune_engine::SandboxGuide` (the tools page's).
pub fn bake_sandbox(guide: &SandboxGuide) -> String {
    let mut out = String::new();
    out.push_str("::attune_engine::SandboxGuide { intro: ");
    text(&mut out, &guide.intro);
    out.push_str(", note: ");
    text(&mut out, &guide.note);
    out.push_str(", presets: ");
    list(&mut out, &guide.presets, preset);
    out.push_str(" }");
    out
}

/// Rust source for an expression of type `List<Facilitation>` (presenter mode's notes).
pub fn bake_facilitation(notes: &[Facilitation]) -> String {
    let mut out = String::new();
    list(&mut out, notes, facilitation);
    out
}

fn facilitation(out: &mut String, f: &Facilitation) {
    out.push_str("::attune_engine::Facilitation { scenario: ");
    text(out, &f.scenario);
    out.push_str(", steps: ");
    list(out, &f.steps, step_notes);
    out.push_str(", file: ");
    text(out, &f.file);
    out.push_str(" }");
}

fn step_notes(out: &mut String, n: &StepNotes) {
    out.push_str("::attune_engine::StepNotes { id: ");
    text(out, &n.id);
    out.push_str(", questions: ");
    list(out, &n.questions, text_item);
    out.push_str(", watch_for: ");
    text(out, &n.watch_for);
    out.push_str(" }");
}

fn preset(out: &mut String, p: &PresetGuide) {
    out.push_str("::attune_engine::PresetGuide { id: ");
    text(out, &p.id);
    for (field, value) in [
        ("name", &p.name),
        ("notice", &p.notice),
        ("attachment", &p.attachment),
        ("codependency", &p.codependency),
    ] {
        write!(out, ", {field}: ").unwrap();
        text(out, value);
    }
    out.push_str(", sources: ");
    list(out, &p.sources, text_item);
    out.push_str(" }");
}

fn text(out: &mut String, value: &str) {
    // `{:?}` of a str is a valid Rust string literal, escapes included.
    write!(out, "::std::borrow::Cow::Borrowed({value:?})").unwrap();
}

fn list<T>(out: &mut String, items: &[T], item: fn(&mut String, &T)) {
    out.push_str("::std::borrow::Cow::Borrowed(&[");
    for value in items {
        item(out, value);
        out.push_str(", ");
    }
    out.push_str("])");
}

fn text_item(out: &mut String, value: &Text) {
    text(out, value);
}

fn card(out: &mut String, s: &ScenarioCard) {
    out.push_str("::attune_engine::ScenarioCard { id: ");
    text(out, &s.id);
    out.push_str(", title: ");
    text(out, &s.title);
    out.push_str(", teaser: ");
    text(out, &s.teaser);
    out.push_str(", content_notes: ");
    list(out, &s.content_notes, text_item);
    out.push_str(", file: ");
    text(out, &s.file);
    out.push_str(" }");
}

fn section(out: &mut String, s: &Section) {
    out.push_str("::attune_engine::Section { id: ");
    text(out, &s.id);
    out.push_str(", heading: ");
    text(out, &s.heading);
    out.push_str(", body: ");
    text(out, &s.body);
    out.push_str(" }");
}

/// Rust source for the interface's words (`content/ui.toml`): a `Key` enum with one variant per
/// key (`nav.my_pattern` is `Key::NavMyPattern`), the keys as written, and the English texts, in
/// key order. A key the code uses but the file lacks is then a compile error.
pub fn bake_ui(ui: &crate::ui::UiText) -> String {
    let (tools, app): (Vec<_>, Vec<_>) = ui
        .entries
        .iter()
        .partition(|(key, _)| crate::ui::is_tools_key(key));
    let mut out = String::new();
    ui_keys(
        &mut out,
        "Key",
        "KEYS",
        "ENGLISH",
        "the learner's app",
        &app,
    );
    ui_keys(
        &mut out,
        "ToolKey",
        "TOOL_KEYS",
        "TOOL_ENGLISH",
        "the tools pages (`tools.`)",
        &tools,
    );
    out
}

/// One enum of keys with its arrays of key names and English texts: separate arrays for the
/// learner's app and the tools pages, so the app's wasm never carries the tools' words.
fn ui_keys(
    out: &mut String,
    name: &str,
    keys: &str,
    english: &str,
    whose: &str,
    entries: &[(&String, &String)],
) {
    // `tools.sandbox.play` is `ToolKey::SandboxPlay`: the enum already says "tools".
    let variant = |key: &str| -> String {
        key.strip_prefix("tools.")
            .unwrap_or(key)
            .split(['.', '_'])
            .map(|part| {
                let mut chars = part.chars();
                chars
                    .next()
                    .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                    .unwrap_or_default()
            })
            .collect()
    };
    let n = entries.len();
    writeln!(
        out,
        "/// A key of {whose} words (generated from content/ui.toml by build.rs).\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq)]\n#[allow(dead_code)]\npub enum {name} {{"
    )
    .unwrap();
    for (key, _) in entries {
        writeln!(out, "    /// `{key}`\n    {},", variant(key)).unwrap();
    }
    writeln!(
        out,
        "}}\n\n/// Each key as written in ui.toml, in `{name}` order.\n#[allow(dead_code)]\n\
         pub static {keys}: [&str; {n}] = ["
    )
    .unwrap();
    for (key, _) in entries {
        writeln!(out, "    {key:?},").unwrap();
    }
    writeln!(
        out,
        "];\n\n/// The English text of each key, in `{name}` order.\n#[allow(dead_code)]\n\
         pub static {english}: [&str; {n}] = ["
    )
    .unwrap();
    for (_, text) in entries {
        writeln!(out, "    {text:?},").unwrap();
    }
    out.push_str("];\n\n");
}

/// One language on offer, as the pages find it: its code, its own name, and its packs' files
/// (all `""` for English, which is baked in).
#[derive(Clone, Debug, Default)]
pub struct LanguageFiles {
    pub code: String,
    pub name: String,
    pub pack: String,
    pub sandbox: String,
    pub present: String,
}

/// Rust source for the languages offered, English first. The app's `ui.rs` includes it.
pub fn bake_languages(languages: &[LanguageFiles]) -> String {
    let mut out = format!(
        "/// The languages Attune speaks (generated by build.rs from content/ and its language folders).\n\
         pub static LANGUAGES: [Language; {}] = [\n",
        languages.len()
    );
    for l in languages {
        writeln!(
            out,
            "    Language {{ code: {:?}, name: {:?}, pack: {:?}, sandbox: {:?}, present: {:?} }},",
            l.code, l.name, l.pack, l.sandbox, l.present
        )
        .unwrap();
    }
    out.push_str("];\n");
    out
}
