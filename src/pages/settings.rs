//! Settings: text size, theme and motion (remembered in this browser), and deleting everything Attune keeps.

use attune_engine::profile::{Settings, TextSize, Theme};
use yew::prelude::*;

use crate::profile::{use_profile, ProfileAction};

#[component]
pub fn SettingsPage() -> Html {
    let profile = use_profile();
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
        html! {
            <div class="attune-choice">
                <input type="radio" name="attune-text-size" {id} checked={settings.text_size == size} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    let theme_option = |theme: Theme, label: &'static str, id: &'static str| {
        let set = set.clone();
        let onchange = Callback::from(move |_: Event| set(Settings { theme, ..settings }));
        html! {
            <div class="attune-choice">
                <input type="radio" name="attune-theme" {id} checked={settings.theme == theme} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
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
                    { "This deletes your progress, your notes and your settings from this browser. It cannot be undone." }
                </p>
                <button type="button" class="attune-button attune-button-danger" onclick={yes}>{ "Yes, delete all my data" }</button>
                { " " }
                <button type="button" class="attune-button" onclick={no}>{ "Cancel" }</button>
            </div>
        }
    } else {
        let ask = {
            let confirming = confirming.clone();
            Callback::from(move |_: MouseEvent| confirming.set(true))
        };
        html! { <button type="button" class="attune-button" onclick={ask}>{ "Delete all my data" }</button> }
    };

    html! {
        <div class="attune-settings">
            <h1>{ "Settings" }</h1>
            <p class="attune-lead">{ "These are remembered in this browser only." }</p>
            <fieldset class="attune-fieldset">
                <legend>{ "Text size" }</legend>
                { size_option(TextSize::Normal, "Normal", "attune-size-normal") }
                { size_option(TextSize::Large, "Large", "attune-size-large") }
                { size_option(TextSize::Larger, "Larger", "attune-size-larger") }
            </fieldset>
            <fieldset class="attune-fieldset">
                <legend>{ "Colours" }</legend>
                { theme_option(Theme::System, "Match my device", "attune-theme-system") }
                { theme_option(Theme::Light, "Light", "attune-theme-light") }
                { theme_option(Theme::Dark, "Dark", "attune-theme-dark") }
            </fieldset>
            <fieldset class="attune-fieldset">
                <legend>{ "Motion" }</legend>
                <div class="attune-choice">
                    <input type="checkbox" id="attune-reduce-motion" checked={settings.reduce_motion} onchange={on_motion} />
                    <label for="attune-reduce-motion">{ "Reduce motion" }</label>
                </div>
            </fieldset>
            <h2>{ "Your data" }</h2>
            <p>
                { "Attune keeps your progress, notes and settings in this browser and sends them nowhere. \
                   You can delete them all here." }
            </p>
            { delete }
        </div>
    }
}
