//! Checks the content folder and publishes each scenario as its own file for the browser; run by Trunk before a build.
//!
//! Usage:
//!   attune-content --check <content dir>        list every problem, or say all is well
//!   attune-content <content dir> [<output dir>] publish (output defaults to `$TRUNK_STAGING_DIR/content`)

use std::path::PathBuf;
use std::process::ExitCode;
use std::{env, fs};

use attune_engine::codec::{encode, encode_reference, file_name, reference_file_name};
use attune_engine::load::{load_dir, Loaded};

fn main() -> ExitCode {
    let mut args: Vec<String> = env::args().skip(1).collect();
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
    let reference = encode_reference(&loaded.library.reference());
    let files = loaded
        .library
        .scenarios
        .iter()
        .map(|scenario| {
            let encoded = encode(scenario);
            (file_name(&scenario.id, &encoded), encoded)
        })
        .chain([(reference_file_name(&reference), reference)]);
    for (name, encoded) in files {
        let path = out.join(name);
        if let Err(e) = fs::write(&path, encoded) {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn report_problems(loaded: &Loaded) {
    eprintln!("The content has {} problem(s):", loaded.errors.len());
    for error in &loaded.errors {
        eprintln!("  {}", error.report());
    }
}
