//! Settings: language, text size, theme and motion (remembered in this browser), and deleting everything Attune keeps.

use attune_engine::profile::{Settings, TextSize, Theme};
use yew::prelude::*;

use crate::ui::{use_ui, Key, Language, LANGUAGES};

use crate::components::private_visit::PrivateVisit;
use crate::profile::{use_profile, ProfileAction};

/// The app's language switch (the language is the app's state, not the profile's).
#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub switch_language: Callback<&'static Language>,
}

#[component]
pub fn SettingsPage(props: &SettingsProps) -> Html {
    let profile = use_profile();
    let ui = use_ui();
    let switch_language = props.switch_language.clone();
    let settings = profile.profile.settings;
    let confirming = use_state(|| false);
    let set = {
        let profile = profile.clone();
        move |change: Settings| profile.dispatch(ProfileAction::SetSettings(change))
    };

    let size_option = |size: TextSize, label: &'static str, id: &'static str| {
        let set = set.clone();
        let onchange = Callback::from(move |_: Event| {
            set(Settings {
                text_size: size,
                ..settings
            })
        });
        radio(
            "attune-text-size",
            id,
            settings.text_size == size,
            label,
            None,
            onchange,
        )
    };
    let theme_option = |theme: Theme, label: &'static str, id: &'static str| {
        let set = set.clone();
        let onchange = Callback::from(move |_: Event| set(Settings { theme, ..settings }));
        radio(
            "attune-theme",
            id,
            settings.theme == theme,
            label,
            None,
            onchange,
        )
    };
    // Each language named in itself, so a person who reads only that one can find it.
    let language_options = LANGUAGES.iter().map(|language| {
        let switch_language = switch_language.clone();
        let onchange = Callback::from(move |_: Event| switch_language.emit(language));
        let id = format!("attune-language-{}", language.code);
        let checked = ui.language() == language;
        radio(
            "attune-language",
            id,
            checked,
            language.name,
            Some(language.code),
            onchange,
        )
    });
    let on_motion = {
        let set = set.clone();
        Callback::from(move |_: Event| {
            set(Settings {
                reduce_motion: !settings.reduce_motion,
                ..settings
            })
        })
    };

    let delete = if *confirming {
        let yes = {
            let (profile, confirming) = (profile.clone(), confirming.clone());
            Callback::from(move |_: MouseEvent| {
                profile.dispatch(ProfileAction::DeleteAll);
                confirming.set(false);
            })
        };
        let no = {
            let confirming = confirming.clone();
            Callback::from(move |_: MouseEvent| confirming.set(false))
        };
        html! {
            <div class="attune-confirm" role="group" aria-labelledby="attune-confirm-text">
                <p id="attune-confirm-text">
                    { ui.t(Key::SettingsDeleteWarning) }
                </p>
                <button type="button" class="attune-button attune-button-danger" onclick={yes}>{ ui.t(Key::SettingsDeleteYes) }</button>
                { " " }
                <button type="button" class="attune-button" onclick={no}>{ ui.t(Key::SettingsCancel) }</button>
            </div>
        }
    } else {
        let ask = {
            let confirming = confirming.clone();
            Callback::from(move |_: MouseEvent| confirming.set(true))
        };
        html! { <button type="button" class="attune-button" onclick={ask}>{ ui.t(Key::SettingsDelete) }</button> }
    };

    html! {
        <div class="attune-settings">
            <h1>{ ui.t(Key::NavSettings) }</h1>
            <p class="attune-lead">{ ui.t(Key::SettingsLead) }</p>
            <fieldset class="attune-fieldset">
                <legend>{ ui.t(Key::LanguageLabel) }</legend>
                { for language_options }
            </fieldset>
            <fieldset class="attune-fieldset">
                <legend>{ ui.t(Key::SettingsTextSize) }</legend>
                { size_option(TextSize::Normal, ui.t(Key::SettingsNormal), "attune-size-normal") }
                { size_option(TextSize::Large, ui.t(Key::SettingsLarge), "attune-size-large") }
                { size_option(TextSize::Larger, ui.t(Key::SettingsLarger), "attune-size-larger") }
            </fieldset>
            <fieldset class="attune-fieldset">
                <legend>{ ui.t(Key::SettingsColours) }</legend>
                { theme_option(Theme::System, ui.t(Key::SettingsDevice), "attune-theme-system") }
                { theme_option(Theme::Light, ui.t(Key::SettingsLight), "attune-theme-light") }
                { theme_option(Theme::Dark, ui.t(Key::SettingsDark), "attune-theme-dark") }
            </fieldset>
            <fieldset class="attune-fieldset">
                <legend>{ ui.t(Key::SettingsMotion) }</legend>
                <div class="attune-choice">
                    <input type="checkbox" id="attune-reduce-motion" checked={settings.reduce_motion} onchange={on_motion} />
                    <label for="attune-reduce-motion">{ ui.t(Key::SettingsReduceMotion) }</label>
                </div>
            </fieldset>
            <PrivateVisit />
            <h2>{ ui.t(Key::SettingsYourData) }</h2>
            <p>
                { ui.t(Key::SettingsYourDataLead) }
            </p>
            { delete }
        </div>
    }
}

/// One choice of a radio group: the input and its label (`lang` marks a label in another language).
fn radio(
    name: &'static str,
    id: impl Into<AttrValue>,
    checked: bool,
    label: &'static str,
    lang: Option<&'static str>,
    onchange: Callback<Event>,
) -> Html {
    let id = id.into();
    html! {
        <div class="attune-choice">
            <input type="radio" {name} id={id.clone()} {checked} {onchange} />
            <label for={id} {lang}>{ label }</label>
        </div>
    }
}
