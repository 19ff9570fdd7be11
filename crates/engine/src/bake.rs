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
    let variant = |key: &str| -> String {
        key.split(['.', '_'])
            .map(|part| {
                let mut chars = part.chars();
                chars
                    .next()
                    .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                    .unwrap_or_default()
            })
            .collect()
    };
    let n = ui.entries.len();
    let mut out = String::from(
        "/// A key of the interface's words (generated from content/ui.toml by build.rs).\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq)]\n#[allow(dead_code)]\npub enum Key {\n",
    );
    for key in ui.entries.keys() {
        writeln!(out, "    /// `{key}`\n    {},", variant(key)).unwrap();
    }
    out.push_str("}\n\n/// Each key as written in ui.toml, in `Key` order.\n#[allow(dead_code)]\n");
    writeln!(out, "pub static KEYS: [&str; {n}] = [").unwrap();
    for key in ui.entries.keys() {
        writeln!(out, "    {key:?},").unwrap();
    }
    out.push_str("];\n\n/// The English text of each key, in `Key` order.\n");
    writeln!(out, "pub static ENGLISH: [&str; {n}] = [").unwrap();
    for text in ui.entries.values() {
        writeln!(out, "    {text:?},").unwrap();
    }
    out.push_str("];\n");
    out
}
