//! Publishes each scenario as its own file for the browser to fetch when opened; run by Trunk before a build.
//!
//! Usage: `attune-content <content dir> [<output dir>]`; the output defaults to
//! `$TRUNK_STAGING_DIR/content`. Invalid content stops it with every problem listed.

use std::path::PathBuf;
use std::process::ExitCode;
use std::{env, fs};

use attune_engine::codec::{encode, file_name};
use attune_engine::load::load_dir;

fn main() -> ExitCode {
    let mut args = env::args_os().skip(1);
    let content = PathBuf::from(args.next().unwrap_or_else(|| "content".into()));
    let out = match args.next().map(PathBuf::from) {
        Some(out) => out,
        None => {
            match env::var_os("TRUNK_STAGING_DIR") {
                Some(staging) => PathBuf::from(staging).join("content"),
                None => {
                    eprintln!("usage: attune-content <content dir> <output dir> (or set TRUNK_STAGING_DIR)");
                    return ExitCode::FAILURE;
                }
            }
        }
    };

    let loaded = load_dir(&content);
    if !loaded.errors.is_empty() {
        eprintln!("The content has {} problem(s):", loaded.errors.len());
        for error in &loaded.errors {
            eprintln!("{error}");
        }
        return ExitCode::FAILURE;
    }
    if let Err(e) = fs::create_dir_all(&out) {
        eprintln!("cannot create {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for scenario in loaded.library.scenarios.iter() {
        let encoded = encode(scenario);
        let path = out.join(file_name(&scenario.id, &encoded));
        if let Err(e) = fs::write(&path, encoded) {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
