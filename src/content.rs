//! The content library, checked and baked into the bundle at build time by `build.rs`.

use attune_engine::Library;

/// Everything from `content/`, as static data: no parsing at run time.
pub static LIBRARY: Library = include!(concat!(env!("OUT_DIR"), "/library.rs"));
