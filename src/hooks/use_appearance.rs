//! The learner's look from Settings (text size, colours, motion), with the practice's colour scheme.

use attune_engine::embed::Scheme;
use attune_engine::profile::{Settings, TextSize, Theme};
use yew::prelude::*;

/// The app's classes for `settings` (colours and motion), with text size applied to the page.
#[hook]
pub fn use_appearance(settings: Settings, scheme: Scheme) -> Classes {
    use_effect_with(settings.text_size, |size| set_text_size(*size));
    classes!(
        "attune-app",
        theme_class(settings.theme, scheme),
        settings.reduce_motion.then_some("attune-reduce-motion"),
    )
}

/// Text size scales the whole page (rem units), so it is set on `<html>`.
pub fn set_text_size(size: TextSize) {
    let value = match size {
        TextSize::Normal => "normal",
        TextSize::Large => "large",
        TextSize::Larger => "larger",
    };
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("data-attune-text", value);
    }
}

/// The colour-scheme class: the learner's own choice in Settings wins; "device" defers to the
/// practice's, if any.
pub fn theme_class(theme: Theme, scheme: Scheme) -> &'static str {
    match (theme, scheme) {
        (Theme::Light, _) | (Theme::System, Scheme::Light) => "attune-theme-light",
        (Theme::Dark, _) | (Theme::System, Scheme::Dark) => "attune-theme-dark",
        (Theme::System, Scheme::Device) => "attune-theme-system",
    }
}
