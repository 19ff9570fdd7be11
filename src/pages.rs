//! One component per route: home, the player, about, and not-found.

pub mod about;
pub mod home;
pub mod not_found;
pub mod player;
