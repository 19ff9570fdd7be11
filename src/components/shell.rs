//! The parts of the app's frame around every page: the header with its navigation, and the footer
//! with the way to help, presenter mode and the other languages.

use attune_engine::Address;
use yew::prelude::*;

use crate::embed::embedding;
use crate::router::Link;
use crate::ui::{Key, Language, Ui, LANGUAGES};

/// Attune's name, the practice's (when embedded), and the navigation.
pub fn header(ui: Ui) -> Html {
    let config = &embedding().config;
    html! {
        <header class="attune-header">
            <Link to={Address::Home} class="attune-brand">{ "Attune" }</Link>
            if let Some(practice) = &config.practice {
                <p class="attune-practice">{ ui.f(Key::ShellWithPractice, &[("practice", practice)]) }</p>
            }
            <nav class="attune-nav" aria-label={ui.t(Key::NavLabel).to_string()}>
                <Link to={Address::Home}>{ ui.t(Key::NavScenarios) }</Link>
                if !config.hide_pattern {
                    <Link to={Address::MyPattern}>{ ui.t(Key::NavMyPattern) }</Link>
                }
                <Link to={Address::Glossary}>{ ui.t(Key::NavGlossary) }</Link>
                <Link to={Address::Patterns}>{ ui.t(Key::NavPatterns) }</Link>
                // The sandbox is its own page with its own wasm (src/tools.rs), so a plain link.
                <a href="sandbox.html">{ ui.t(Key::NavSeeTheCycle) }</a>
                <Link to={Address::About}>{ ui.t(Key::NavAbout) }</Link>
                <Link to={Address::Settings}>{ ui.t(Key::NavSettings) }</Link>
                <Link to={Address::Help} class="attune-help-link">{ ui.t(Key::NavHelp) }</Link>
            </nav>
        </header>
    }
}

/// Safety first, then presenter mode, then the language switch: each other language, named in
/// itself (and spoken in its own voice).
pub fn footer(ui: Ui, switch: &Callback<&'static Language>) -> Html {
    let other_languages = LANGUAGES
        .iter()
        .filter(|other| other.code != ui.language().code)
        .map(|other| {
            let switch = switch.clone();
            let onclick = Callback::from(move |_: MouseEvent| switch.emit(other));
            html! {
                <button type="button" class="attune-link-button" lang={other.code} {onclick}>{ other.name }</button>
            }
        });
    html! {
        <footer class="attune-footer">
            <p>
                { ui.t(Key::ShellEducation) }
                <Link to={Address::Help}>{ ui.t(Key::ShellDanger) }</Link>
                { "." }
            </p>
            <p>
                { ui.t(Key::ShellLeadingAGroup) }
                // Its own page and wasm (src/tools/present.rs), so a plain link.
                <a href="present.html">{ ui.t(Key::ShellPresenterMode) }</a>
            </p>
            <p class="attune-languages">
                { ui.t(Key::LanguageLabel) }{ ": " }
                { for other_languages }
            </p>
        </footer>
    }
}
