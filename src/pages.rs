//! One component per kind of address: home, the player, glossary, patterns, help, about, and not-found.

pub mod about;
pub mod glossary;
pub mod help;
pub mod home;
pub mod my_pattern;
pub mod not_found;
pub mod patterns;
pub mod player;
pub mod settings;
