//! A language pack: what the learner's app needs to switch into another language, as one file
//! fetched only when that language is chosen (so the first view never grows with languages).
//!
//! It holds the language's catalog (scenario cards, the help section, and where the language's
//! scenario and reference files are published: in its own folder, `content/<code>/`) and the
//! interface's words for the learner's app. English is never a pack: it is baked into the wasm.

use std::borrow::Cow;

use crate::codec::{
    count, encode, encode_reference, file_name, fingerprint, reference_file_name, text,
    DecodeError, Reader,
};
use crate::model::{Catalog, Library, ScenarioCard, Section, Text};
use crate::ui::{is_tools_key, UiText};

/// The first line of a published language pack; bump the number when the layout changes.
const MAGIC: &str = "attune-language 1\n";

/// One language, as the learner's app switches into it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LanguagePack {
    /// The language's code, which is also its folder: `es`.
    pub code: Text,
    pub catalog: Catalog,
    /// The learner's app's words (not the tools pages'), `(key, text)` in key order: the order of
    /// the app's generated `Key` enum, so the app reads them by position.
    pub words: Vec<(Text, Text)>,
}

impl LanguagePack {
    /// The pack of the language in `content/<code>/`: its catalog with every file name inside
    /// the language's folder, and the app's words without the tools pages'.
    pub fn new(code: &str, library: &Library, ui: &UiText) -> Self {
        let in_folder = |name: String| Text::from(format!("{code}/{name}"));
        let cards = library.scenarios.iter().map(|s| ScenarioCard {
            id: s.id.clone(),
            title: s.title.clone(),
            teaser: s.teaser.clone(),
            content_notes: s.content_notes.clone(),
            file: in_folder(file_name(&s.id, &encode(s))),
        });
        let english = library.catalog();
        let catalog = Catalog {
            scenarios: Cow::Owned(cards.collect()),
            about: english.about,
            reference_file: in_folder(reference_file_name(&encode_reference(
                &library.reference(),
            ))),
        };
        let words = ui
            .entries
            .iter()
            .filter(|(key, _)| !is_tools_key(key))
            .map(|(key, text)| (Text::from(key.clone()), Text::from(text.clone())))
            .collect();
        LanguagePack {
            code: Text::from(code.to_string()),
            catalog,
            words,
        }
    }
}

/// Writes a pack in the scenario files' compact encoding.
pub fn encode_pack(pack: &LanguagePack) -> String {
    let mut out = String::from(MAGIC);
    let w = &mut out;
    text(w, &pack.code);
    count(w, pack.catalog.scenarios.len());
    for card in pack.catalog.scenarios.iter() {
        text(w, &card.id);
        text(w, &card.title);
        text(w, &card.teaser);
        count(w, card.content_notes.len());
        card.content_notes.iter().for_each(|note| text(w, note));
        text(w, &card.file);
    }
    count(w, pack.catalog.about.len());
    for section in pack.catalog.about.iter() {
        for field in [&section.id, &section.heading, &section.body] {
            text(w, field);
        }
    }
    text(w, &pack.catalog.reference_file);
    count(w, pack.words.len());
    for (key, value) in &pack.words {
        text(w, key);
        text(w, value);
    }
    out
}

/// Reads what `encode_pack` wrote.
pub fn decode_pack(input: &str) -> Result<LanguagePack, DecodeError> {
    let mut r = Reader { input, at: 0 };
    if !input.starts_with(MAGIC) {
        return Err(r.error("not an Attune language pack, or from another version"));
    }
    r.at = MAGIC.len();
    let code = r.text()?;
    let scenarios = r.list(|r| {
        Ok(ScenarioCard {
            id: r.text()?,
            title: r.text()?,
            teaser: r.text()?,
            content_notes: r.list(|r| r.text())?,
            file: r.text()?,
        })
    })?;
    let about = r.list(|r| {
        Ok(Section {
            id: r.text()?,
            heading: r.text()?,
            body: r.text()?,
        })
    })?;
    let reference_file = r.text()?;
    let words = r.list(|r| Ok((r.text()?, r.text()?)))?.into_owned();
    if r.at != input.len() {
        return Err(r.error("unexpected data after the language pack"));
    }
    Ok(LanguagePack {
        code,
        catalog: Catalog {
            scenarios,
            about,
            reference_file,
        },
        words,
    })
}

/// Where a pack is published, inside its language's folder: `es/language-<hash>.txt`.
pub fn pack_file_name(code: &str, encoded: &str) -> String {
    format!("{code}/language-{}.txt", &fingerprint(encoded)[..12])
}
