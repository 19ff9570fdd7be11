//! Checks the content folder and publishes each scenario as its own file for the browser; run by Trunk before a build.
//!
//! Usage:
//!   attune-content --check <content dir>        list every problem, or say all is well
//!   attune-content <content dir> [<output dir>] publish (output defaults to `$TRUNK_STAGING_DIR/content`)
//!   attune-content --rules                      print the rules the scripts (web/*.js) share with the app, as JSON

use std::path::PathBuf;
use std::process::ExitCode;
use std::{env, fs};

use attune_engine::codec::{encode, encode_reference, file_name, reference_file_name};
use attune_engine::load::{load_dir, Loaded};
use attune_engine::model::Library;
use attune_engine::pack::language_files;
use attune_engine::web_rules::rules_json;

fn main() -> ExitCode {
    let mut args: Vec<String> = env::args().skip(1).collect();
    // scripts/post-build.mjs fills these into web/*.js, so each rule has one definition.
    if args.first().is_some_and(|a| a == "--rules") {
        print!("{}", rules_json());
        return ExitCode::SUCCESS;
    }
    let check_only = args.first().is_some_and(|a| a == "--check");
    if check_only {
        args.remove(0);
    }
    let content = PathBuf::from(args.first().map_or("content", String::as_str));
    let loaded = load_dir(&content);
    if !loaded.errors.is_empty() {
        report_problems(&loaded);
        return ExitCode::FAILURE;
    }
    if check_only {
        let scenarios = loaded.library.scenarios.len();
        let languages: Vec<&str> = loaded.locales.iter().map(|l| l.code.as_str()).collect();
        let translations = if languages.is_empty() {
            String::new()
        } else {
            format!(" Translations matching English: {}.", languages.join(", "))
        };
        println!("The content is fine: {scenarios} scenarios, every path checked.{translations}");
        return ExitCode::SUCCESS;
    }

    let out = match args.get(1).map(PathBuf::from) {
        Some(out) => out,
        None => match env::var_os("TRUNK_STAGING_DIR") {
            Some(staging) => PathBuf::from(staging).join("content"),
            None => {
                eprintln!("usage: attune-content [--check] <content dir> [<output dir>] (or set TRUNK_STAGING_DIR)");
                return ExitCode::FAILURE;
            }
        },
    };
    if let Err(e) = fs::create_dir_all(&out) {
        eprintln!("cannot create {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    let mut files = published(&loaded.library, "");
    // Each other language in its own folder: its scenarios, reference and pack (catalog and
    // interface words) and the tools pages' packs, fetched only by someone who chooses it.
    for locale in &loaded.locales {
        let folder = format!("{}/", locale.code);
        files.extend(published(&locale.library, &folder));
        files.extend(language_files(locale));
    }
    for (name, encoded) in files {
        let path = out.join(name);
        let written = path
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::write(&path, encoded));
        if let Err(e) = written {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// A library's published files, `(name inside the output folder, contents)`: each scenario, then
/// the patterns-and-glossary reference, with `folder` (`""` or `es/`) before each name.
fn published(library: &Library, folder: &str) -> Vec<(String, String)> {
    let reference = encode_reference(&library.reference());
    library
        .scenarios
        .iter()
        .map(|scenario| {
            let encoded = encode(scenario);
            (
                format!("{folder}{}", file_name(&scenario.id, &encoded)),
                encoded,
            )
        })
        .chain([(
            format!("{folder}{}", reference_file_name(&reference)),
            reference,
        )])
        .collect()
}

fn report_problems(loaded: &Loaded) {
    eprintln!("The content has {} problem(s):", loaded.errors.len());
    for error in &loaded.errors {
        eprintln!("  {}", error.report());
    }
}
