//! A language pack: what the learner's app needs to switch into another language, as one file
//! fetched only when that language is chosen (so the first view never grows with languages).
//!
//! It holds the language's catalog (scenario cards, the help section, and where the language's
//! scenario and reference files are published: in its own folder, `content/<code>/`) and the
//! interface's words for the learner's app. English is never a pack: it is baked into the wasm.

use std::borrow::Cow;

use crate::codec::{
    count, encode, encode_reference, file_name, fingerprint, reference_file_name, sections, text,
    DecodeError, Reader,
};
use crate::model::{
    Catalog, Facilitation, Library, PresetGuide, SandboxGuide, ScenarioCard, StepNotes, Text,
};
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
            reference_file: in_folder(reference_file_name(&encode_reference(&library.reference()))),
        };
        let words = words_of(ui, false);
        LanguagePack {
            code: Text::from(code.to_string()),
            catalog,
            words,
        }
    }
}

/// A language's words for the learner's app (`tools` false) or for the tools pages (true),
/// `(key, text)` in key order: the order of the generated `Key` or `ToolKey` enum.
fn words_of(ui: &UiText, tools: bool) -> Vec<(Text, Text)> {
    ui.entries
        .iter()
        .filter(|(key, _)| is_tools_key(key) == tools)
        .map(|(key, text)| (Text::from(key.clone()), Text::from(text.clone())))
        .collect()
}

/// Writes `(key, text)` words, as both kinds of pack carry them.
fn words(out: &mut String, words: &[(Text, Text)]) {
    count(out, words.len());
    for (key, value) in words {
        text(out, key);
        text(out, value);
    }
}

/// What `words` wrote.
fn read_words(r: &mut Reader) -> Result<Vec<(Text, Text)>, DecodeError> {
    Ok(r.list(|r| Ok((r.text()?, r.text()?)))?.into_owned())
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
    sections(w, &pack.catalog.about);
    text(w, &pack.catalog.reference_file);
    words(w, &pack.words);
    out
}

/// Reads what `encode_pack` wrote.
pub fn decode_pack(input: &str) -> Result<LanguagePack, DecodeError> {
    let mut r = Reader::open(
        input,
        MAGIC,
        "not an Attune language pack, or from another version",
    )?;
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
    let about = r.sections()?;
    let reference_file = r.text()?;
    let words = read_words(&mut r)?;
    r.finish("unexpected data after the language pack")?;
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

/// The first line of a published tools pack; bump the number when the layout changes.
const TOOLS_MAGIC: &str = "attune-tools 1\n";

/// Which tools page a tools pack is for: each carries only what its page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToolsPage {
    /// "See the cycle": the sandbox's guide to its presets.
    Sandbox,
    /// Presenter mode: the facilitator notes.
    Present,
}

impl ToolsPage {
    fn name(self) -> &'static str {
        match self {
            ToolsPage::Sandbox => "sandbox",
            ToolsPage::Present => "present",
        }
    }
}

/// One language for a tools page (the learner's app's pack also applies there, for the shell
/// and the scenarios): the tools pages' words and, by page, the sandbox's guide or the notes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ToolsPack {
    /// The tools pages' words, `(key, text)` in key order (the `ToolKey` enum's).
    pub words: Vec<(Text, Text)>,
    /// The sandbox's guide (an empty one in presenter mode's pack).
    pub guide: SandboxGuide,
    /// The facilitator notes (none in the sandbox's pack).
    pub notes: Vec<Facilitation>,
}

impl ToolsPack {
    /// The pack for `page` of a language whose words are `ui`.
    pub fn new(page: ToolsPage, ui: &UiText, guide: &SandboxGuide, notes: &[Facilitation]) -> Self {
        ToolsPack {
            words: words_of(ui, true),
            guide: match page {
                ToolsPage::Sandbox => guide.clone(),
                ToolsPage::Present => SandboxGuide::default(),
            },
            notes: match page {
                ToolsPage::Sandbox => Vec::new(),
                ToolsPage::Present => notes.to_vec(),
            },
        }
    }
}

/// Writes a tools pack in the compact encoding.
pub fn encode_tools_pack(pack: &ToolsPack) -> String {
    let mut out = String::from(TOOLS_MAGIC);
    let w = &mut out;
    words(w, &pack.words);
    text(w, &pack.guide.intro);
    text(w, &pack.guide.note);
    count(w, pack.guide.presets.len());
    for preset in pack.guide.presets.iter() {
        for field in [
            &preset.id,
            &preset.name,
            &preset.notice,
            &preset.attachment,
            &preset.codependency,
        ] {
            text(w, field);
        }
        count(w, preset.sources.len());
        preset.sources.iter().for_each(|source| text(w, source));
    }
    count(w, pack.notes.len());
    for notes in &pack.notes {
        text(w, &notes.scenario);
        count(w, notes.steps.len());
        for step in notes.steps.iter() {
            text(w, &step.id);
            count(w, step.questions.len());
            step.questions.iter().for_each(|q| text(w, q));
            text(w, &step.watch_for);
        }
    }
    out
}

/// Reads what `encode_tools_pack` wrote.
pub fn decode_tools_pack(input: &str) -> Result<ToolsPack, DecodeError> {
    let mut r = Reader::open(
        input,
        TOOLS_MAGIC,
        "not an Attune tools pack, or from another version",
    )?;
    let words = read_words(&mut r)?;
    let guide = SandboxGuide {
        intro: r.text()?,
        note: r.text()?,
        presets: r.list(|r| {
            Ok(PresetGuide {
                id: r.text()?,
                name: r.text()?,
                notice: r.text()?,
                attachment: r.text()?,
                codependency: r.text()?,
                sources: r.list(|r| r.text())?,
            })
        })?,
    };
    let notes = r
        .list(|r| {
            Ok(Facilitation {
                scenario: r.text()?,
                steps: r.list(|r| {
                    Ok(StepNotes {
                        id: r.text()?,
                        questions: r.list(|r| r.text())?,
                        watch_for: r.text()?,
                    })
                })?,
                file: Text::Borrowed(""),
            })
        })?
        .into_owned();
    r.finish("unexpected data after the tools pack")?;
    Ok(ToolsPack {
        words,
        guide,
        notes,
    })
}

/// Where a tools pack is published: `es/sandbox-<hash>.txt`, `es/present-<hash>.txt`.
pub fn tools_pack_file_name(code: &str, page: ToolsPage, encoded: &str) -> String {
    format!("{code}/{}-{}.txt", page.name(), &fingerprint(encoded)[..12])
}

/// Every file a language publishes beside its scenarios, `(name, contents)`: the learner's app's
/// pack, then the sandbox's and presenter mode's. The build script and `attune-content` both
/// call this, so the names baked into the pages always match the files published.
pub fn language_files(locale: &crate::locale::Locale) -> [(String, String); 3] {
    let code = &locale.code;
    let pack = encode_pack(&LanguagePack::new(code, &locale.library, &locale.ui));
    let tools = |page| {
        let encoded = encode_tools_pack(&ToolsPack::new(
            page,
            &locale.ui,
            &locale.sandbox,
            &locale.facilitation,
        ));
        (tools_pack_file_name(code, page, &encoded), encoded)
    };
    [
        (pack_file_name(code, &pack), pack),
        tools(ToolsPage::Sandbox),
        tools(ToolsPage::Present),
    ]
}
