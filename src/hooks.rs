//! The app's hooks: each holds one concern's state and effects (fetching, saving, moving focus,
//! applying the look), so that components only render and send messages.

mod use_appearance;
mod use_embedding;
mod use_focus_moves;
mod use_language;
mod use_played_scenarios;
mod use_reference;
mod use_reference_file;
mod use_saved_profile;
mod use_scenario;

pub use use_appearance::{set_text_size, theme_class, use_appearance};
pub use use_embedding::use_embedding;
pub use use_focus_moves::{skip_to, use_focus_moves};
pub use use_language::{use_language, LanguageHandle};
pub use use_played_scenarios::use_played_scenarios;
pub use use_reference::use_reference;
pub use use_reference_file::use_reference_file;
pub use use_saved_profile::use_saved_profile;
pub use use_scenario::{use_scenario, Fetched};
