//! Build script: loads and checks `content/`, failing the build on any problem, then bakes the first view's catalog (and the tools page's sandbox words) into Rust.
//!
//! The browser bundle carries the catalog as static data and no parser; each
//! scenario is published as its own file by `attune-content` (a Trunk hook).

use std::path::Path;
use std::{env, fs};

use attune_engine::bake::{
    bake, bake_facilitation, bake_languages, bake_sandbox, bake_ui, LanguageFiles,
};
use attune_engine::load::load_dir;
use attune_engine::pack::language_files;

fn main() {
    let manifest_dir = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let content = Path::new(&manifest_dir).join("content");
    println!("cargo:rerun-if-changed={}", content.display());
    for folder in ["scenarios", "facilitation"] {
        println!("cargo:rerun-if-changed={}", content.join(folder).display());
    }

    let loaded = load_dir(&content);
    for file in &loaded.files {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    if !loaded.errors.is_empty() {
        let report: Vec<String> = loaded.errors.iter().map(|e| e.report()).collect();
        for line in &report {
            println!("cargo:warning={line}");
        }
        eprintln!(
            "\nThe content has {} problem(s):\n{}\n",
            report.len(),
            report.join("\n")
        );
        std::process::exit(1);
    }

    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir);
    fs::write(out.join("catalog.rs"), bake(&loaded.library.catalog()))
        .expect("write the baked catalog");
    // Only the tools page includes this; the learner's app never links it.
    fs::write(out.join("sandbox.rs"), bake_sandbox(&loaded.sandbox))
        .expect("write the baked sandbox words");
    // The interface's English words, and the `Key` enum the code looks them up by.
    fs::write(out.join("ui.rs"), bake_ui(&loaded.ui)).expect("write the baked interface words");
    // The languages on offer, each other than English with packs published by attune-content
    // under the same names (both take them from `pack::language_files`).
    let name = |ui: &attune_engine::ui::UiText| {
        ui.entries.get("language.name").cloned().unwrap_or_default()
    };
    let mut languages = vec![LanguageFiles {
        code: "en".into(),
        name: name(&loaded.ui),
        ..LanguageFiles::default()
    }];
    for locale in &loaded.locales {
        let [pack, sandbox, present] = language_files(locale).map(|(file, _)| file);
        languages.push(LanguageFiles {
            code: locale.code.clone(),
            name: name(&locale.ui),
            pack,
            sandbox,
            present,
        });
    }
    fs::write(out.join("languages.rs"), bake_languages(&languages))
        .expect("write the baked language list");
    // Presenter mode's facilitator notes: the tools page only, never the learner's files.
    fs::write(
        out.join("facilitation.rs"),
        bake_facilitation(&loaded.facilitation),
    )
    .expect("write the baked facilitator notes");
}
