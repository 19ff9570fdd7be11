//! The learner's language: the languages on offer, the one in force (its words and its catalog),
//! and switching to another (its pack fetched once per visit, the choice kept in this browser).
//!
//! English is baked in and looked up by `Key`. `use_ui()` gives a component the language in
//! force (a context, so switching redraws every component that shows words). Other languages
//! arrive as packs (`attune_engine::pack`), so the first view never grows with languages.

use std::cell::RefCell;

use attune_engine::export::ExportWords;
use attune_engine::pack::decode_pack;
use attune_engine::ui::fill;
use attune_engine::Catalog;
use yew::prelude::*;

use crate::content::{fetch_text, CATALOG};

include!(concat!(env!("OUT_DIR"), "/ui.rs"));

/// A language Attune offers: its code (and folder), its own name, and its pack (`""` for English).
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    pub code: &'static str,
    pub name: &'static str,
    pub pack: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// Where this browser keeps the learner's choice of language (apart from the profile, because
/// it is needed before the first paint).
const CHOICE: &str = "attune.language";

/// Another language's words and catalog, leaked once per visit so every text is `'static`.
#[derive(Debug)]
struct Loaded {
    /// The app's words in `Key` order (English where the pack lacks one).
    texts: Vec<String>,
    catalog: Catalog,
}

/// The language in force: English unless another language's pack has arrived.
#[derive(Clone, Copy, Debug)]
pub struct Ui {
    language: &'static Language,
    loaded: Option<&'static Loaded>,
    /// The tools pages' words in that language, in `ToolKey` order; `None` is English.
    tool_texts: Option<&'static [String]>,
}

impl Default for Ui {
    fn default() -> Self {
        Ui {
            language: &LANGUAGES[0],
            loaded: None,
            tool_texts: None,
        }
    }
}

impl PartialEq for Ui {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.language, other.language)
            && self.loaded.map(std::ptr::from_ref) == other.loaded.map(std::ptr::from_ref)
    }
}

impl Ui {
    /// The text of `key`. One function for every lookup (not inlined at each of them), and no
    /// panic path: each inlined bounds check cost the learner's first view bytes.
    #[inline(never)]
    pub fn t(&self, key: Key) -> &'static str {
        let index = key as usize;
        match self.loaded {
            Some(loaded) => loaded.texts.get(index).map_or("", String::as_str),
            None => ENGLISH.get(index).copied().unwrap_or_default(),
        }
    }

    /// The text of `key` with its `{name}` placeholders filled in.
    #[inline(never)]
    pub fn f(&self, key: Key, values: &[(&str, &str)]) -> String {
        fill(self.t(key), values)
    }

    /// The text of a tools page's `key` (the sandbox's, presenter mode's).
    #[inline(never)]
    pub fn tool(&self, key: ToolKey) -> &'static str {
        let index = key as usize;
        let english = TOOL_ENGLISH.get(index).copied().unwrap_or_default();
        match self.tool_texts {
            Some(texts) => texts.get(index).map_or(english, String::as_str),
            None => english,
        }
    }

    /// A tools page's text of `key` with its `{name}` placeholders filled in.
    pub fn tool_f(&self, key: ToolKey, values: &[(&str, &str)]) -> String {
        fill(self.tool(key), values)
    }

    /// The language in force.
    pub fn language(&self) -> &'static Language {
        self.language
    }

    /// The scenarios' cards and the help section, in the language in force.
    pub fn catalog(&self) -> &'static Catalog {
        self.loaded.map_or(&CATALOG, |loaded| &loaded.catalog)
    }

    /// The Markdown export's words in the language in force.
    pub fn export_words(&self) -> ExportWords<'static> {
        ExportWords {
            title: self.t(Key::ExportTitle),
            intro: self.t(Key::ExportIntro),
            leaning: self.t(Key::ExportLeaning),
            once: self.t(Key::ExportOnce),
            times: self.t(Key::ExportTimes),
            completed: self.t(Key::ExportCompleted),
            chose: self.t(Key::ExportChose),
            reflection: self.t(Key::ExportReflection),
            note: self.t(Key::ExportNote),
            written: self.t(Key::ExportWritten),
            restore: self.t(Key::ExportRestore),
            date: self.t(Key::ExportDate),
            months: self.t(Key::ExportMonths),
        }
    }
}

/// The language in force for this component (English where none has been provided).
#[hook]
pub fn use_ui() -> Ui {
    use_context::<Ui>().unwrap_or_default()
}

/// The language to open in: the learner's own choice in this browser, else the practice's
/// (`locale=`), else the first of the browser's languages Attune has, else English.
pub fn preferred(practice: Option<&str>) -> &'static Language {
    let by_code = |code: &str| {
        let code = code.to_ascii_lowercase();
        LANGUAGES.iter().find(|l| {
            // `es-MX` is Spanish; a language folder for the region (`es-mx`) would be preferred.
            l.code == code || code.split('-').next() == Some(l.code)
        })
    };
    let chosen = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|storage| storage.get_item(CHOICE).ok().flatten());
    let browser = || {
        let languages = web_sys::window()?.navigator().languages();
        languages
            .iter()
            .filter_map(|l| l.as_string())
            .find_map(|l| by_code(l.as_str()))
    };
    chosen
        .as_deref()
        .and_then(by_code)
        .or_else(|| practice.and_then(by_code))
        .or_else(browser)
        .unwrap_or(&LANGUAGES[0])
}

/// Keeps the learner's choice in this browser (quietly nothing where storage is blocked).
pub fn remember(language: &Language) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(CHOICE, language.code);
    }
}

/// Sets `lang` on `<html>`, so screen readers speak the page in the right voice.
pub fn mark_document(language: &Language) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", language.code);
    }
}

/// The language, ready to show: English at once, another once its pack has arrived (fetched
/// once per visit). An error names the file and what went wrong.
pub async fn load(language: &'static Language) -> Result<Ui, String> {
    thread_local! {
        static PACKS: RefCell<Vec<(&'static str, &'static Loaded)>> = const { RefCell::new(Vec::new()) };
    }
    if language.pack.is_empty() {
        return Ok(Ui {
            language,
            ..Ui::default()
        });
    }
    let cached = PACKS.with(|packs| {
        packs
            .borrow()
            .iter()
            .find(|(code, _)| *code == language.code)
            .map(|(_, loaded)| *loaded)
    });
    let loaded = match cached {
        Some(loaded) => loaded,
        None => {
            let text = fetch_text(&format!("content/{}", language.pack)).await?;
            let pack = decode_pack(&text).map_err(|e| format!("{}: {e}", language.pack))?;
            // The pack's words are in key order, as `Key` is: both come from the same sorted
            // keys, and the build refuses a language whose keys differ from English's.
            let texts: Vec<String> = pack.words.into_iter().map(|(_, text)| text.into()).collect();
            if texts.len() != ENGLISH.len() {
                return Err(format!("{}: not this release's words", language.pack));
            }
            let loaded: &'static Loaded = Box::leak(Box::new(Loaded {
                texts,
                catalog: pack.catalog,
            }));
            PACKS.with(|packs| packs.borrow_mut().push((language.code, loaded)));
            loaded
        }
    };
    Ok(Ui {
        language,
        loaded: Some(loaded),
        tool_texts: None,
    })
}

/// Switching language, for the switchers (Settings, the footer): a context the app provides.
#[derive(Clone, PartialEq)]
pub struct SwitchLanguage(pub Callback<&'static Language>);

/// The app's language switch (does nothing outside the app).
#[hook]
pub fn use_switch_language() -> Callback<&'static Language> {
    use_context::<SwitchLanguage>()
        .map(|switch| switch.0)
        .unwrap_or_default()
}
