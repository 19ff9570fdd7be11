//! Reading the content folder from disk: TOML files into a `Library`, with every problem found.
//!
//! Used by the build script and by native tests, never in the browser.

use std::borrow::Cow;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::locale::{is_locale_code, validate_locale, Locale};
use crate::model::{Facilitation, Library, Pattern, SandboxGuide, Scenario, Section, Source, Term};
use crate::ui::{validate_ui, validate_ui_locale, UiText};
use crate::validate::{validate, validate_facilitation, validate_sandbox, ContentError, Files};

/// The outcome of loading: what could be read, and every problem found.
#[derive(Debug, Default)]
pub struct Loaded {
    pub library: Library,
    /// The sandbox page's words (`sandbox.toml`), for the tools page only.
    pub sandbox: SandboxGuide,
    /// Facilitator notes (`facilitation/*.toml`), for presenter mode only.
    pub facilitation: Vec<Facilitation>,
    /// Every other language (`<code>/`, e.g. `es/`), each checked against English.
    pub locales: Vec<Locale>,
    /// The interface's own words (`ui.toml`).
    pub ui: UiText,
    pub errors: Vec<ContentError>,
    /// Every file read, so a build script can watch them.
    pub files: Vec<PathBuf>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    #[serde(default)]
    sources: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AboutFile {
    #[serde(default)]
    sections: Vec<Section>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternsFile {
    #[serde(default)]
    patterns: Vec<Pattern>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default)]
    terms: Vec<Term>,
}

/// Reads and parses one TOML file, recording any problem against its shown name.
fn parse<T: serde::de::DeserializeOwned>(
    path: &Path,
    shown: &str,
    loaded: &mut Loaded,
) -> Option<T> {
    loaded.files.push(path.to_path_buf());
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            loaded
                .errors
                .push(ContentError::in_file(shown, format!("cannot read: {e}")));
            return None;
        }
    };
    match toml::from_str(&text) {
        Ok(value) => Some(value),
        Err(e) => {
            loaded
                .errors
                .push(ContentError::in_file(shown, e.to_string().trim()));
            None
        }
    }
}

/// Loads `<root>/sources.toml`, `about.toml`, `patterns.toml`, `glossary.toml`,
/// `sandbox.toml`, `scenarios/*.toml` and `facilitation/*.toml`, then validates them.
///
/// File names in errors are shown relative to `root`'s parent, e.g.
/// `content/scenarios/x.toml`, which is how authors know them.
pub fn load_dir(root: &Path) -> Loaded {
    let base = root.parent().unwrap_or(root);
    let mut loaded = load_folder(root, base);
    // Every other language: a folder named by its code, held to the English content.
    let mut codes: Vec<String> = fs::read_dir(root)
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| is_locale_code(name))
        .collect();
    codes.sort();
    for code in codes {
        let folder = load_folder(&root.join(&code), base);
        loaded.files.extend(folder.files);
        loaded.errors.extend(folder.errors);
        let locale = Locale {
            ui: folder.ui.clone(),
            code,
            library: folder.library,
            sandbox: folder.sandbox,
            facilitation: folder.facilitation,
        };
        let english = (&loaded.library, &loaded.sandbox, &loaded.facilitation[..]);
        let mut differences = validate_locale(english, &locale);
        differences.extend(validate_ui_locale(
            &loaded.ui,
            &folder.ui,
            &format!("content/{}/ui.toml", locale.code),
        ));
        for error in &mut differences {
            error.line = locate(base, error);
        }
        loaded.errors.extend(differences);
        loaded.locales.push(locale);
    }
    loaded
}

/// `ui.toml`'s tables as dotted keys (`[nav] scenarios = "…"` is `nav.scenarios`).
fn flatten(
    prefix: &str,
    table: &toml::Table,
    file: &str,
    entries: &mut std::collections::BTreeMap<String, String>,
    errors: &mut Vec<ContentError>,
) {
    for (name, value) in table {
        let key = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        match value {
            toml::Value::String(text) => {
                entries.insert(key, text.clone());
            }
            toml::Value::Table(inner) => flatten(&key, inner, file, entries, errors),
            _ => errors.push(ContentError::in_file(file, format!("`{key}` must be text"))),
        }
    }
}

/// Loads one language's folder; file names in errors are shown relative to `base`.
fn load_folder(root: &Path, base: &Path) -> Loaded {
    let shown = |path: &Path| -> String {
        path.strip_prefix(base)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/")
    };
    let mut loaded = Loaded::default();

    let sources_path = root.join("sources.toml");
    let sources_file = shown(&sources_path);
    let sources = parse::<SourcesFile>(&sources_path, &sources_file, &mut loaded)
        .map(|f| f.sources)
        .unwrap_or_default();
    let about_path = root.join("about.toml");
    let about_file = shown(&about_path);
    let about = parse::<AboutFile>(&about_path, &about_file, &mut loaded)
        .map(|f| f.sections)
        .unwrap_or_default();
    let patterns_path = root.join("patterns.toml");
    let patterns_file = shown(&patterns_path);
    let patterns = parse::<PatternsFile>(&patterns_path, &patterns_file, &mut loaded)
        .map(|f| f.patterns)
        .unwrap_or_default();
    let glossary_path = root.join("glossary.toml");
    let glossary_file = shown(&glossary_path);
    let glossary = parse::<GlossaryFile>(&glossary_path, &glossary_file, &mut loaded)
        .map(|f| f.terms)
        .unwrap_or_default();

    let sandbox_path = root.join("sandbox.toml");
    let sandbox_file = shown(&sandbox_path);
    let sandbox =
        parse::<SandboxGuide>(&sandbox_path, &sandbox_file, &mut loaded).unwrap_or_default();

    let ui_path = root.join("ui.toml");
    let ui_file = shown(&ui_path);
    if let Some(table) = parse::<toml::Table>(&ui_path, &ui_file, &mut loaded) {
        let mut entries = std::collections::BTreeMap::new();
        flatten("", &table, &ui_file, &mut entries, &mut loaded.errors);
        loaded.ui = UiText { entries };
        let problems = validate_ui(&loaded.ui, &ui_file);
        loaded.errors.extend(problems);
    }

    let scenarios_dir = root.join("scenarios");
    let mut paths: Vec<PathBuf> = match fs::read_dir(&scenarios_dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(e) => {
            loaded.errors.push(ContentError::in_file(
                &shown(&scenarios_dir),
                format!("cannot read the scenarios folder: {e}"),
            ));
            Vec::new()
        }
    };
    paths.sort();
    let mut scenarios = Vec::new();
    for path in paths {
        let file = shown(&path);
        if let Some(mut scenario) = parse::<Scenario>(&path, &file, &mut loaded) {
            scenario.file = Cow::Owned(file);
            scenarios.push(scenario);
        }
    }
    if scenarios.is_empty() && loaded.errors.is_empty() {
        loaded.errors.push(ContentError::in_file(
            &shown(&scenarios_dir),
            "holds no scenario files",
        ));
    }
    // Stable: explicit order first, then file name (already sorted).
    scenarios.sort_by_key(|s| s.order.unwrap_or(i64::MAX));

    loaded.library = Library {
        sources: Cow::Owned(sources),
        scenarios: Cow::Owned(scenarios),
        about: Cow::Owned(about),
        patterns: Cow::Owned(patterns),
        glossary: Cow::Owned(glossary),
    };
    let files = Files {
        sources: &sources_file,
        about: &about_file,
        patterns: &patterns_file,
        glossary: &glossary_file,
    };
    let mut errors = validate(&loaded.library, &files);
    for error in &mut errors {
        error.line = locate(base, error);
    }
    loaded.errors.extend(errors);
    let source_ids = loaded
        .library
        .sources
        .iter()
        .map(|s| s.id.as_ref())
        .collect();
    let sandbox_errors = validate_sandbox(&sandbox, &sandbox_file, &source_ids);
    loaded.errors.extend(sandbox_errors);
    loaded.sandbox = sandbox;

    // Facilitator notes, one file per scenario (a missing folder means none yet).
    let folder = root.join("facilitation");
    let mut note_paths: Vec<PathBuf> = fs::read_dir(&folder)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    note_paths.sort();
    for path in note_paths {
        let file = shown(&path);
        if let Some(mut notes) = parse::<Facilitation>(&path, &file, &mut loaded) {
            notes.file = Cow::Owned(file);
            loaded.facilitation.push(notes);
        }
    }
    let mut note_errors =
        validate_facilitation(&loaded.library, &loaded.facilitation, &shown(&folder));
    for error in &mut note_errors {
        error.line = locate(base, error);
    }
    loaded.errors.extend(note_errors);
    loaded
}

/// Finds the line of the step (and response) an error names, by their `id = "…"` lines.
/// `base` is the folder error file names are relative to (the content folder's parent).
fn locate(base: &Path, error: &ContentError) -> Option<usize> {
    let step = error.step.as_deref()?;
    let text = fs::read_to_string(base.join(&error.file)).ok()?;
    let id_line = |id: &str, from: usize| {
        text.lines()
            .enumerate()
            .skip(from)
            .find(|(_, line)| {
                let line = line.trim();
                line.strip_prefix("id")
                    .map(|rest| rest.trim_start().strip_prefix('=').map(str::trim))
                    .is_some_and(|value| value == Some(&format!("\"{id}\"")))
            })
            .map(|(n, _)| n)
    };
    let step_line = id_line(step, 0)?;
    let line = match error.response.as_deref() {
        Some(response) => id_line(response, step_line + 1)?,
        None => step_line,
    };
    Some(line + 1)
}
