//! Reusable pieces of the interface; each renders what it is given and reports clicks upward.

pub mod app;
pub mod cycle;
pub mod explanation;
pub mod load_failed;
pub mod note;
pub mod notices;
pub mod practice;
pub mod private_visit;
pub mod prose;
pub mod shell;
