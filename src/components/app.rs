//! The app shell: skip link, header, the page for the current address inside the one `<main>`, and the safety footer.

use attune_engine::{Address, Reference};
use web_sys::HtmlElement;
use yew::prelude::*;

use attune_engine::embed::Scheme;
use attune_engine::profile::{TextSize, Theme};

use crate::content;
use crate::embed;
use crate::pages::{
    about::About, glossary::Glossary, help::Help, home::Home, my_pattern::MyPattern,
    not_found::NotFound, patterns::Patterns, player::Player, settings::SettingsPage,
};
use crate::profile::{ProfileAction, ProfileHandle, ProfileState};
use crate::router::{self, use_address, Link};
use crate::ui::{self as words, Key, Language, Ui, LANGUAGES};

/// The language to start in (already loaded), and one that could not be loaded, if any.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub ui: Ui,
    #[prop_or_default]
    pub failed: Option<&'static Language>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let profile = use_reducer(ProfileState::load);
    let language = use_state(|| props.ui);
    let failed = use_state(|| props.failed);
    let ui = *language;
    let address = use_address();

    // Switching language: its pack is fetched (once per visit), then every view redraws in it.
    let switch = {
        let (language, failed) = (language.clone(), failed.clone());
        Callback::from(move |target: &'static Language| {
            let (language, failed) = (language.clone(), failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match words::load(target).await {
                    Ok(loaded) => {
                        words::remember(target);
                        language.set(loaded);
                        failed.set(None);
                    }
                    Err(problem) => {
                        words::warn(&problem);
                        failed.set(Some(target));
                    }
                }
            });
        })
    };
    use_effect_with(ui, |ui| words::mark_document(*ui, ui.t(Key::StartupTitle)));

    // Patterns, glossary, sources and About arrive once a page needs them, never for the home
    // page; again in another language once it is chosen.
    let reference = use_state(|| None::<(&'static str, &'static Reference)>);
    let catalog = ui.catalog();
    let current = (*reference)
        .filter(|(file, _)| *file == catalog.reference_file.as_ref())
        .map(|(_, loaded)| loaded);
    {
        let reference = reference.clone();
        let needed = !matches!(address, Address::Home | Address::Help | Address::Settings);
        let missing = needed && current.is_none();
        use_effect_with((missing, ui), move |&(missing, ui)| {
            if missing {
                wasm_bindgen_futures::spawn_local(async move {
                    let catalog = ui.catalog();
                    match content::load_reference(catalog).await {
                        Ok(loaded) => reference.set(Some((&catalog.reference_file, loaded))),
                        Err(problem) => web_sys::console::warn_1(
                            &format!("Attune could not load the glossary: {problem}").into(),
                        ),
                    }
                });
            }
        });
    }
    let settings = profile.profile.settings;

    // Performance mark for the benchmark (bench/): the app's first view is on screen.
    use_effect_with((), |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("attune-ready");
        }
    });

    use_effect_with(settings.text_size, |size| set_text_size(*size));
    let embedding = embed::embedding();
    let theme = theme_class(settings.theme, embedding.config.scheme);
    let app_class = classes!(
        "attune-app",
        theme,
        settings.reduce_motion.then_some("attune-reduce-motion"),
    );
    let main_ref = use_node_ref();
    let app_ref = use_node_ref();

    // The practice's accent, font and corners, through the CSSOM (the CSP allows no inline style).
    {
        let app_ref = app_ref.clone();
        use_effect_with((), move |_| {
            if let Some(app) = app_ref.cast::<HtmlElement>() {
                for (name, value) in embed::style_properties() {
                    let _ = app.style().set_property(name, &value);
                }
            }
            // The practice's chosen first scenario, when Attune opens on its home page.
            if let (Some(start), Address::Home) = (
                &embedding.config.start,
                Address::parse(&router::current_hash()),
            ) {
                router::replace(&Address::Scenario { id: start.clone() });
            }
        });
    }

    // On moving to another page (not another step of the same scenario), start
    // at its top and put focus on it, as a full page load would.
    {
        let main_ref = main_ref.clone();
        let page = page_key(&address);
        let previous = use_mut_ref(|| None::<String>);
        use_effect_with(page, move |page| {
            if previous.replace(Some(page.clone())).is_some() {
                if let Some(main) = main_ref.cast::<HtmlElement>() {
                    let _ = main.focus();
                }
                if let Some(window) = web_sys::window() {
                    window.scroll_to_with_x_and_y(0.0, 0.0);
                }
            }
        });
    }

    let skip_to_main = skip_to(main_ref.clone());
    let settings_problems = (!embedding.problems.is_empty()).then(|| {
        html! {
            <div class="attune-notice attune-notice-settings" role="status">
                <p>{ ui.t(Key::ShellSettingsProblem) }</p>
                <ul>{ for embedding.problems.iter().map(|problem| html! { <li>{ problem }</li> }) }</ul>
            </div>
        }
    });
    let language_problem = failed.map(|language| {
        let dismiss = {
            let failed = failed.clone();
            Callback::from(move |_: MouseEvent| failed.set(None))
        };
        html! {
            <div class="attune-notice" role="status">
                <p>{ ui.f(Key::LanguageFailed, &[("language", language.name)]) }</p>
                <button type="button" class="attune-button" onclick={dismiss}>{ ui.t(Key::ShellDismiss) }</button>
            </div>
        }
    });
    // The footer's switch: each other language, named in itself (and spoken in its own voice).
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
    let notice = profile.notice.map(|notice| {
        let dismiss = {
            let profile = profile.clone();
            Callback::from(move |_: MouseEvent| profile.dispatch(ProfileAction::DismissNotice))
        };
        html! {
            <div class="attune-notice" role="status">
                <p>{ ui.t(notice.message()) }</p>
                <button type="button" class="attune-button" onclick={dismiss}>{ ui.t(Key::ShellDismiss) }</button>
            </div>
        }
    });
    html! {
        <ContextProvider<Ui> context={ui.with_reference(current)}>
        <ContextProvider<ProfileHandle> context={profile.clone()}>
        <div class={app_class} ref={app_ref}>
            <a class="attune-skip" href="#attune-main" onclick={skip_to_main}>{ ui.t(Key::ShellSkip) }</a>
            <header class="attune-header">
                <Link to={Address::Home} class="attune-brand">{ "Attune" }</Link>
                if let Some(practice) = &embedding.config.practice {
                    <p class="attune-practice">{ ui.f(Key::ShellWithPractice, &[("practice", practice)]) }</p>
                }
                <nav class="attune-nav" aria-label={ui.t(Key::NavLabel).to_string()}>
                    <Link to={Address::Home}>{ ui.t(Key::NavScenarios) }</Link>
                    if !embedding.config.hide_pattern {
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
            <main id="attune-main" class="attune-main" tabindex="-1" ref={main_ref}>
                { settings_problems }
                { language_problem }
                { notice }
                if crate::components::private_visit::is_private() {
                    <p class="attune-private-status">{ ui.t(Key::PrivateActive) }</p>
                }
                { page(address, ui, &switch) }
            </main>
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
        </div>
        </ContextProvider<ProfileHandle>>
        </ContextProvider<Ui>>
    }
}

/// The skip link's action. A plain `href="#attune-main"` would change the address (which holds
/// the page, or the sandbox's setup), so the link moves focus to `main` itself.
pub fn skip_to(main: NodeRef) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        if let Some(main) = main.cast::<HtmlElement>() {
            let _ = main.focus();
        }
    })
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

/// Which page an address shows: steps of one scenario are one page.
fn page_key(address: &Address) -> String {
    match address {
        Address::Scenario { id } | Address::Step { id, .. } => format!("scenario/{id}"),
        other => other.to_hash(),
    }
}

fn page(address: Address, ui: Ui, switch: &Callback<&'static Language>) -> Html {
    // A new language is a new player: its scenario is another file.
    let player = |id: &str| format!("{}/{id}", ui.language().code);
    match address {
        Address::Home => html! { <Home /> },
        Address::Scenario { id } => {
            html! { <Player key={player(&id)} id={id.clone()} step={None::<String>} /> }
        }
        Address::Step { id, step } => {
            html! { <Player key={player(&id)} id={id.clone()} step={Some(step)} /> }
        }
        Address::About => html! { <About /> },
        Address::Glossary => html! { <Glossary /> },
        Address::Patterns => html! { <Patterns /> },
        Address::Help => html! { <Help /> },
        Address::Settings => html! { <SettingsPage switch_language={switch.clone()} /> },
        Address::MyPattern => html! { <MyPattern /> },
        Address::DebugPanic => panic!("the debug address crashes on purpose"),
        Address::NotFound => html! { <NotFound /> },
    }
}
