//! One page per kind of address: a component where the page keeps state or effects (home, the
//! player, my pattern, settings), a plain view where it only shows the language's content
//! (glossary, patterns, help, about, not-found; each component costs the learner's wasm).

pub mod about;
pub mod glossary;
pub mod help;
pub mod home;
pub mod my_pattern;
pub mod not_found;
pub mod patterns;
pub mod player;
pub mod settings;

use attune_engine::Address;
use yew::prelude::*;

use crate::ui::{Language, Ui};

/// The page for `address`, in `ui`'s language with its reference file once it has arrived
/// (Settings gets the app's language switch).
pub fn page(address: Address, ui: Ui, switch: &Callback<&'static Language>) -> Html {
    // A new language is a new player: its scenario is another file.
    let player = |id: &str| format!("{}/{id}", ui.language().code);
    match address {
        Address::Home => html! { <home::Home /> },
        Address::Scenario { id } => {
            html! { <player::Player key={player(&id)} id={id.clone()} step={None::<String>} /> }
        }
        Address::Step { id, step } => {
            html! { <player::Player key={player(&id)} id={id.clone()} step={Some(step)} /> }
        }
        Address::About => about::about(&ui),
        Address::Glossary => glossary::glossary(&ui),
        Address::Patterns => patterns::patterns(&ui),
        Address::Help => help::help(&ui),
        Address::Settings => {
            html! { <settings::SettingsPage switch_language={switch.clone()} /> }
        }
        Address::MyPattern => html! { <my_pattern::MyPattern /> },
        Address::DebugPanic => panic!("the debug address crashes on purpose"),
        Address::NotFound => not_found::not_found(&ui, crate::ui::Key::NotFoundPage),
    }
}
