//! Baking a validated `Library` into Rust source: `static` data the browser uses with no parser.
//!
//! The build script writes this source into `OUT_DIR`; the app `include!`s it.
//! Every value is a `Cow::Borrowed`, so the result is a constant expression.

use std::fmt::Write;

use crate::model::{Library, Response, Scenario, Section, Source, Step, Text};

/// Rust source for an expression of type `attune_engine::Library`.
pub fn bake(library: &Library) -> String {
    let mut out = String::new();
    out.push_str("::attune_engine::Library { sources: ");
    list(&mut out, &library.sources, source);
    out.push_str(", scenarios: ");
    list(&mut out, &library.scenarios, scenario);
    out.push_str(", about: ");
    list(&mut out, &library.about, section);
    out.push_str(" }");
    out
}

fn text(out: &mut String, value: &str) {
    // `{:?}` of a str is a valid Rust string literal, escapes included.
    write!(out, "::std::borrow::Cow::Borrowed({value:?})").unwrap();
}

fn optional_text(out: &mut String, value: &Option<Text>) {
    match value {
        Some(value) => {
            out.push_str("Some(");
            text(out, value);
            out.push(')');
        }
        None => out.push_str("None"),
    }
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

fn source(out: &mut String, s: &Source) {
    out.push_str("::attune_engine::Source { id: ");
    text(out, &s.id);
    out.push_str(", title: ");
    text(out, &s.title);
    out.push_str(", publisher: ");
    text(out, &s.publisher);
    out.push_str(", summary: ");
    text(out, &s.summary);
    out.push_str(" }");
}

fn scenario(out: &mut String, s: &Scenario) {
    out.push_str("::attune_engine::Scenario { file: ");
    text(out, &s.file);
    out.push_str(", id: ");
    text(out, &s.id);
    out.push_str(", title: ");
    text(out, &s.title);
    out.push_str(", teaser: ");
    text(out, &s.teaser);
    write!(out, ", order: {:?}, content_notes: ", s.order).unwrap();
    list(out, &s.content_notes, text_item);
    out.push_str(", start: ");
    text(out, &s.start);
    out.push_str(", steps: ");
    list(out, &s.steps, step);
    out.push_str(" }");
}

fn step(out: &mut String, s: &Step) {
    out.push_str("::attune_engine::Step { id: ");
    text(out, &s.id);
    out.push_str(", title: ");
    optional_text(out, &s.title);
    out.push_str(", situation: ");
    text(out, &s.situation);
    out.push_str(", question: ");
    optional_text(out, &s.question);
    out.push_str(", responses: ");
    list(out, &s.responses, response);
    out.push_str(", reflection: ");
    optional_text(out, &s.reflection);
    out.push_str(" }");
}

fn response(out: &mut String, r: &Response) {
    out.push_str("::attune_engine::Response { id: ");
    text(out, &r.id);
    out.push_str(", text: ");
    text(out, &r.text);
    out.push_str(", next: ");
    text(out, &r.next);
    out.push_str(", outcome: ");
    text(out, &r.outcome);
    out.push_str(", attachment: ");
    text(out, &r.attachment);
    out.push_str(", codependency: ");
    text(out, &r.codependency);
    out.push_str(", sources: ");
    list(out, &r.sources, text_item);
    out.push_str(", pattern: ");
    optional_text(out, &r.pattern);
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
