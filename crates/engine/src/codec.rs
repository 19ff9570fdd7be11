//! A compact text encoding of one scenario, so the browser can fetch a scenario only when it is opened.
//!
//! Every string is written as `<byte length>:<bytes>`, every list as
//! `<count>#`, and a missing optional value as `-`, in a fixed field order.
//! Decoding needs no parser crate: about a hundred lines here cost far less in
//! the wasm bundle than serde with any format. The build writes these files;
//! a hand-edited or truncated one yields a `DecodeError`, never a panic.

use std::borrow::Cow;
use std::fmt;

use crate::dynamics::Shift;
use crate::model::{
    List, Pattern, Reference, Response, Route, Scenario, Section, Source, Step, Term, Text, Variant,
};

/// The first line of every encoded scenario; bump the number when the layout changes.
const MAGIC: &str = "attune-scenario 4\n";

/// Why an encoded scenario could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// Byte offset where reading failed.
    pub at: usize,
    pub message: &'static str,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at byte {})", self.message, self.at)
    }
}

/// Writes a scenario (not its source file name) in the compact encoding.
pub fn encode(scenario: &Scenario) -> String {
    let mut out = String::from(MAGIC);
    let w = &mut out;
    text(w, &scenario.id);
    text(w, &scenario.title);
    text(w, &scenario.teaser);
    optional(w, &scenario.order.map(|n| Text::from(n.to_string())));
    count(w, scenario.content_notes.len());
    scenario.content_notes.iter().for_each(|note| text(w, note));
    count(w, scenario.characters.len());
    scenario.characters.iter().for_each(|name| text(w, name));
    text(w, &scenario.start);
    count(w, scenario.steps.len());
    for step in scenario.steps.iter() {
        text(w, &step.id);
        optional(w, &step.title);
        text(w, &step.situation);
        optional(w, &step.question);
        count(w, step.responses.len());
        for r in step.responses.iter() {
            for field in [
                &r.id,
                &r.text,
                &r.next,
                &r.outcome,
                &r.attachment,
                &r.codependency,
            ] {
                text(w, field);
            }
            count(w, r.sources.len());
            r.sources.iter().for_each(|source| text(w, source));
            optional(w, &r.pattern);
            optional(w, &r.synthesis);
            optional(w, &r.remember);
            optional(w, &r.condition);
            count(w, r.routes.len());
            for route in r.routes.iter() {
                text(w, &route.condition);
                text(w, &route.next);
            }
            flag(w, r.safety);
        }
        optional(w, &step.reflection);
        count(w, step.variants.len());
        for variant in step.variants.iter() {
            text(w, &variant.condition);
            optional(w, &variant.title);
            text(w, &variant.situation);
        }
        flag(w, step.sensitive);
        optional(w, &step.safety_note);
    }
    out
}

/// A yes/no field, written as a count of 0 or 1.
pub(crate) fn flag(out: &mut String, value: bool) {
    count(out, usize::from(value));
}

pub(crate) fn text(out: &mut String, value: &str) {
    out.push_str(&value.len().to_string());
    out.push(':');
    out.push_str(value);
}

pub(crate) fn optional(out: &mut String, value: &Option<Text>) {
    match value {
        Some(value) => text(out, value),
        None => out.push('-'),
    }
}

pub(crate) fn count(out: &mut String, n: usize) {
    out.push_str(&n.to_string());
    out.push('#');
}

/// Reads a scenario written by `encode`.
pub fn decode(input: &str) -> Result<Scenario, DecodeError> {
    let mut r = Reader::open(
        input,
        MAGIC,
        "not an Attune scenario file, or from another version",
    )?;
    let id = r.text()?;
    let title = r.text()?;
    let teaser = r.text()?;
    let order = match r.optional()? {
        Some(n) => Some(n.parse().map_err(|_| r.error("`order` is not a number"))?),
        None => None,
    };
    let content_notes = r.list(|r| r.text())?;
    let characters = r.list(|r| r.text())?;
    let start = r.text()?;
    let steps = r.list(|r| {
        Ok(Step {
            id: r.text()?,
            title: r.optional()?,
            situation: r.text()?,
            question: r.optional()?,
            responses: r.list(|r| {
                Ok(Response {
                    id: r.text()?,
                    text: r.text()?,
                    next: r.text()?,
                    outcome: r.text()?,
                    attachment: r.text()?,
                    codependency: r.text()?,
                    sources: r.list(|r| r.text())?,
                    pattern: r.optional()?,
                    synthesis: r.optional()?,
                    remember: r.optional()?,
                    condition: r.optional()?,
                    routes: r.list(|r| {
                        Ok(Route {
                            condition: r.text()?,
                            next: r.text()?,
                        })
                    })?,
                    safety: r.flag()?,
                })
            })?,
            reflection: r.optional()?,
            variants: r.list(|r| {
                Ok(Variant {
                    condition: r.text()?,
                    title: r.optional()?,
                    situation: r.text()?,
                })
            })?,
            sensitive: r.flag()?,
            safety_note: r.optional()?,
        })
    })?;
    r.finish("unexpected data after the scenario")?;
    Ok(Scenario {
        file: Cow::Borrowed(""),
        id,
        title,
        teaser,
        order,
        content_notes,
        characters,
        start,
        steps,
    })
}

pub(crate) struct Reader<'a> {
    pub(crate) input: &'a str,
    pub(crate) at: usize,
}

impl<'a> Reader<'a> {
    /// A reader past `magic`, the first line of the kind of file expected; `not_it` otherwise.
    pub(crate) fn open(
        input: &'a str,
        magic: &str,
        not_it: &'static str,
    ) -> Result<Self, DecodeError> {
        if !input.starts_with(magic) {
            return Err(DecodeError {
                at: 0,
                message: not_it,
            });
        }
        Ok(Reader {
            input,
            at: magic.len(),
        })
    }

    /// Succeeds only if everything has been read; `trailing` names what came after.
    pub(crate) fn finish(&self, trailing: &'static str) -> Result<(), DecodeError> {
        if self.at == self.input.len() {
            Ok(())
        } else {
            Err(self.error(trailing))
        }
    }

    /// What `sections` wrote.
    pub(crate) fn sections(&mut self) -> Result<List<Section>, DecodeError> {
        self.list(|r| {
            Ok(Section {
                id: r.text()?,
                heading: r.text()?,
                body: r.text()?,
            })
        })
    }

    pub(crate) fn error(&self, message: &'static str) -> DecodeError {
        DecodeError {
            at: self.at,
            message,
        }
    }

    /// Digits up to `end`, as a number; the `end` byte is consumed.
    pub(crate) fn number(&mut self, end: u8) -> Result<usize, DecodeError> {
        let rest = &self.input.as_bytes()[self.at..];
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || digits > 9 || rest.get(digits) != Some(&end) {
            return Err(self.error("expected a length"));
        }
        let n = self.input[self.at..self.at + digits]
            .parse()
            .map_err(|_| self.error("bad length"))?;
        self.at += digits + 1;
        Ok(n)
    }

    /// What `flag` wrote.
    pub(crate) fn flag(&mut self) -> Result<bool, DecodeError> {
        match self.number(b'#')? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(self.error("a yes/no field is neither 0 nor 1")),
        }
    }

    pub(crate) fn text(&mut self) -> Result<Text, DecodeError> {
        let len = self.number(b':')?;
        let value = self
            .input
            .get(self.at..self.at + len)
            .ok_or_else(|| self.error("text runs past the end, or splits a character"))?;
        self.at += len;
        Ok(Text::Owned(value.to_string()))
    }

    /// One of a pattern's cycle shifts: a whole number from −100 to 100, written as text.
    fn shift(&mut self) -> Result<i32, DecodeError> {
        let at = self.at;
        let value: i32 = self.text()?.parse().map_err(|_| DecodeError {
            at,
            message: "a pattern's cycle shift is not a whole number",
        })?;
        if !(-100..=100).contains(&value) {
            return Err(DecodeError {
                at,
                message: "a pattern's cycle shift is outside −100 to 100",
            });
        }
        Ok(value)
    }

    pub(crate) fn optional(&mut self) -> Result<Option<Text>, DecodeError> {
        if self.input.as_bytes().get(self.at) == Some(&b'-') {
            self.at += 1;
            Ok(None)
        } else {
            self.text().map(Some)
        }
    }

    pub(crate) fn list<T: Clone>(
        &mut self,
        mut item: impl FnMut(&mut Self) -> Result<T, DecodeError>,
    ) -> Result<List<T>, DecodeError> {
        let n = self.number(b'#')?;
        // Each item takes at least two bytes, so a huge count in a short file is corrupt.
        if n > self.input.len().saturating_sub(self.at) {
            return Err(self.error("list is longer than the file"));
        }
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(item(self)?);
        }
        Ok(Cow::Owned(items))
    }
}

/// A short, stable fingerprint of encoded content, for cache-busting file names (FNV-1a, 64 bits).
pub fn fingerprint(encoded: &str) -> String {
    let hash = encoded.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// The file name a scenario's encoding is published under.
pub fn file_name(id: &str, encoded: &str) -> String {
    format!("{id}-{}.txt", &fingerprint(encoded)[..12])
}

/// The first line of the published patterns-and-glossary file.
const REFERENCE_MAGIC: &str = "attune-reference 3\n";

/// Writes the patterns and glossary in the compact encoding.
pub fn encode_reference(reference: &Reference) -> String {
    let mut out = String::from(REFERENCE_MAGIC);
    let w = &mut out;
    count(w, reference.patterns.len());
    for p in reference.patterns.iter() {
        for field in [
            &p.id,
            &p.name,
            &p.summary,
            &p.attachment,
            &p.codependency,
            &p.next_step,
        ] {
            text(w, field);
        }
        count(w, p.sources.len());
        p.sources.iter().for_each(|s| text(w, s));
        for value in p.cycle.values() {
            text(w, &value.to_string());
        }
    }
    count(w, reference.glossary.len());
    for t in reference.glossary.iter() {
        text(w, &t.id);
        text(w, &t.term);
        count(w, t.forms.len());
        t.forms.iter().for_each(|f| text(w, f));
        text(w, &t.definition);
        count(w, t.sources.len());
        t.sources.iter().for_each(|s| text(w, s));
    }
    count(w, reference.sources.len());
    for s in reference.sources.iter() {
        for field in [&s.id, &s.title, &s.publisher, &s.summary] {
            text(w, field);
        }
    }
    sections(w, &reference.about);
    out
}

/// Writes a list of sections (the About page's; the help section in a language pack).
pub(crate) fn sections(out: &mut String, sections: &[Section]) {
    count(out, sections.len());
    for s in sections {
        for field in [&s.id, &s.heading, &s.body] {
            text(out, field);
        }
    }
}

/// Reads what `encode_reference` wrote.
pub fn decode_reference(input: &str) -> Result<Reference, DecodeError> {
    let mut r = Reader::open(
        input,
        REFERENCE_MAGIC,
        "not an Attune reference file, or from another version",
    )?;
    let patterns = r.list(|r| {
        Ok(Pattern {
            id: r.text()?,
            name: r.text()?,
            summary: r.text()?,
            attachment: r.text()?,
            codependency: r.text()?,
            next_step: r.text()?,
            sources: r.list(|r| r.text())?,
            cycle: Shift::from_values([r.shift()?, r.shift()?, r.shift()?, r.shift()?, r.shift()?]),
        })
    })?;
    let glossary = r.list(|r| {
        Ok(Term {
            id: r.text()?,
            term: r.text()?,
            forms: r.list(|r| r.text())?,
            definition: r.text()?,
            sources: r.list(|r| r.text())?,
        })
    })?;
    let sources = r.list(|r| {
        Ok(Source {
            id: r.text()?,
            title: r.text()?,
            publisher: r.text()?,
            summary: r.text()?,
        })
    })?;
    let about = r.sections()?;
    r.finish("unexpected data after the reference")?;
    Ok(Reference {
        patterns,
        glossary,
        sources,
        about,
    })
}

/// The file name the reference is published under.
pub fn reference_file_name(encoded: &str) -> String {
    format!("reference-{}.txt", &fingerprint(encoded)[..12])
}
