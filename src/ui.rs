//! The learner's language: the languages on offer, the one in force (its words and its catalog),
//! and switching to another (its pack fetched once per visit, the choice kept in this browser).
//!
//! English is baked in and looked up by `Key`. `use_ui()` gives a component the language in
//! force (a context, so switching redraws every component that shows words). Other languages
//! arrive as packs (`attune_engine::pack`), so the first view never grows with languages.

use attune_engine::export::ExportWords;
use attune_engine::locale::serves_tag;
use attune_engine::pack::{decode_pack, decode_tools_pack, ToolsPage};
use attune_engine::storage_keys;
use attune_engine::ui::fill;
use attune_engine::{Catalog, Facilitation, Reference, SandboxGuide};
use yew::prelude::*;

use crate::content::CATALOG;
use crate::fetch::{self, fetch_text};

include!(concat!(env!("OUT_DIR"), "/ui.rs"));

/// A language Attune offers: its code (and folder), its own name, and its packs' files (`""` for
/// English): the learner's app's, the sandbox's and presenter mode's.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    pub code: &'static str,
    pub name: &'static str,
    pub pack: &'static str,
    pub sandbox: &'static str,
    pub present: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

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
    /// On a tools page, that page's pack in that language; `None` is English.
    tools: Option<&'static LoadedTools>,
    /// The language's patterns, glossary and About, once fetched (the app fetches them when a
    /// page needs them, never for the home page).
    reference: Option<&'static Reference>,
}

/// A tools page's pack in another language, leaked once per visit.
#[derive(Debug)]
struct LoadedTools {
    /// The tools pages' words in `ToolKey` order.
    texts: Vec<String>,
    guide: SandboxGuide,
    notes: Vec<Facilitation>,
}

impl Default for Ui {
    fn default() -> Self {
        Ui {
            language: &LANGUAGES[0],
            loaded: None,
            tools: None,
            reference: None,
        }
    }
}

impl PartialEq for Ui {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.language, other.language)
            && self.loaded.map(std::ptr::from_ref) == other.loaded.map(std::ptr::from_ref)
            && self.tools.map(std::ptr::from_ref) == other.tools.map(std::ptr::from_ref)
            && self.reference.map(std::ptr::from_ref) == other.reference.map(std::ptr::from_ref)
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
        match self.tools {
            Some(tools) => tools.texts.get(index).map_or("", String::as_str),
            None => TOOL_ENGLISH.get(index).copied().unwrap_or_default(),
        }
    }

    /// A tools page's text of `key` with its `{name}` placeholders filled in.
    pub fn tool_f(&self, key: ToolKey, values: &[(&str, &str)]) -> String {
        fill(self.tool(key), values)
    }

    /// The sandbox's guide in the language in force; `None` means the English one baked in.
    pub fn sandbox_guide(&self) -> Option<&'static SandboxGuide> {
        self.tools.map(|tools| &tools.guide)
    }

    /// The facilitator notes in the language in force; `None` means the English ones baked in.
    pub fn facilitator_notes(&self) -> Option<&'static [Facilitation]> {
        self.tools.map(|tools| tools.notes.as_slice())
    }

    /// The language's patterns and glossary, if they have arrived.
    pub fn reference(&self) -> Option<&'static Reference> {
        self.reference
    }

    /// The same language, with its patterns and glossary (or without, while they are fetched).
    pub fn with_reference(self, reference: Option<&'static Reference>) -> Ui {
        Ui { reference, ..self }
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
    // `es-MX` is Spanish: the first language that serves the tag, as the loader's first view finds.
    let by_code = |tag: &str| LANGUAGES.iter().find(|l| serves_tag(l.code, tag));
    let chosen = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|storage| storage.get_item(storage_keys::LANGUAGE).ok().flatten());
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
        let _ = storage.set_item(storage_keys::LANGUAGE, language.code);
    }
}

/// Puts the page in the language in force: `lang` on `<html>` (so screen readers speak it in the
/// right voice), its title, and the words of the start-up screens the page holds outside the app
/// (the crash screen, the update bar), which the page's HTML has in English.
pub fn mark_document(ui: Ui, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", ui.language().code);
    }
    document.set_title(title);
    for (selector, key) in [
        ("#attune-crash h1", Key::StartupCrashTitle),
        ("#attune-crash p", Key::StartupCrashText),
        ("#attune-crash a", Key::StartupReload),
        ("#attune-update p", Key::StartupUpdateReady),
        ("#attune-update button", Key::StartupUpdateReload),
        ("#attune-exit", Key::ShellExit),
    ] {
        if let Ok(Some(element)) = document.query_selector(selector) {
            element.set_text_content(Some(ui.t(key)));
        }
    }
}

/// The language, ready to show: English at once, another once its pack has arrived (fetched
/// once per visit). An error names the file and what went wrong.
pub async fn load(language: &'static Language) -> Result<Ui, String> {
    if language.pack.is_empty() {
        return Ok(Ui {
            language,
            ..Ui::default()
        });
    }
    let file = language.pack;
    let loaded = fetch::once(file, |text| {
        let pack = decode_pack(text).map_err(|e| format!("{file}: {e}"))?;
        // The pack's words are in key order, as `Key` is: both come from the same sorted
        // keys, and the build refuses a language whose keys differ from English's.
        let texts: Vec<String> = pack
            .words
            .into_iter()
            .map(|(_, text)| text.into())
            .collect();
        if texts.len() != ENGLISH.len() {
            return Err(format!("{file}: not this release's words"));
        }
        Ok(Loaded {
            texts,
            catalog: pack.catalog,
        })
    })
    .await?;
    Ok(Ui {
        language,
        loaded: Some(loaded),
        ..Ui::default()
    })
}

/// The language for a tools page: the learner's app's pack (the shell, the scenarios) and that
/// page's own pack (its words, and the sandbox's guide or the facilitator notes).
pub async fn load_tools(language: &'static Language, page: ToolsPage) -> Result<Ui, String> {
    let ui = load(language).await?;
    let file = match page {
        ToolsPage::Sandbox => language.sandbox,
        ToolsPage::Present => language.present,
    };
    if file.is_empty() {
        return Ok(ui);
    }
    let text = fetch_text(&format!("content/{file}")).await?;
    let pack = decode_tools_pack(&text).map_err(|e| format!("{file}: {e}"))?;
    let texts: Vec<String> = pack
        .words
        .into_iter()
        .map(|(_, text)| text.into())
        .collect();
    if texts.len() != TOOL_ENGLISH.len() {
        return Err(format!("{file}: not this release's words"));
    }
    let tools: &'static LoadedTools = Box::leak(Box::new(LoadedTools {
        texts,
        guide: pack.guide,
        notes: pack.notes,
    }));
    Ok(Ui {
        tools: Some(tools),
        ..ui
    })
}

/// Logs why a language could not be loaded (each caller then falls back to English).
pub fn warn(problem: &str) {
    web_sys::console::warn_1(&format!("Attune could not load a language: {problem}").into());
}
