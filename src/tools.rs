//! The tools pages, each its own binary and wasm: `sandbox.html` ("See the cycle",
//! `attune-sandbox`) and `present.html` (presenter mode, `attune-present`), each in a shell that
//! reads the learner's settings and saves nothing.
//!
//! Separate pages and binaries, so that the learner's first view never downloads them and a
//! learner opening the sandbox on a phone never downloads presenter mode.

mod chart;
mod present;
mod sandbox;

use attune_engine::embed::Scheme;
use yew::prelude::*;

use crate::components::app::{set_text_size, skip_to, theme_class};
use crate::storage::Store;
use crate::ui::{self, Key, Ui};
use attune_engine::pack::ToolsPage;

/// Starts the sandbox page (`sandbox.html`): the crash screen first, then the page.
pub fn start_sandbox() {
    start::<SandboxPage>(ToolsPage::Sandbox);
}

/// Starts presenter mode (`present.html`).
pub fn start_present() {
    start::<PresentPage>(ToolsPage::Present);
}

/// The crash screen first, then the page in the learner's language (as chosen in the app, or the
/// browser's), or in English if that language's files cannot be had.
fn start<Page: BaseComponent<Properties = ToolsProps>>(page: ToolsPage) {
    crate::panic::install_recovery_screen();
    let language = ui::preferred(None);
    wasm_bindgen_futures::spawn_local(async move {
        let ui = ui::load_tools(language, page)
            .await
            .unwrap_or_else(|problem| {
                ui::warn(&problem);
                Ui::default()
            });
        let page_name = match page {
            ToolsPage::Sandbox => ui.t(Key::NavSeeTheCycle),
            ToolsPage::Present => ui.t(Key::ShellPresenterMode),
        };
        ui::mark_document(ui, &format!("{page_name} — Attune"));
        yew::Renderer::<Page>::with_root_and_props(crate::root(), ToolsProps { ui }).render();
    });
}

/// A tools page's language, loaded before it is first drawn.
#[derive(Properties, PartialEq)]
pub struct ToolsProps {
    pub ui: Ui,
}

/// The learner's settings, read once (these pages save nothing): the page's classes (colours,
/// motion) and whether motion is reduced here or on the device. Text size is applied here.
#[hook]
fn use_learner_settings() -> (Classes, bool) {
    let settings = *use_memo((), |_| Store::open(crate::embed::is_private()).1.settings);
    use_effect_with(settings.text_size, |size| set_text_size(*size));
    let reduce_motion = settings.reduce_motion || prefers_reduced_motion();
    let class = classes!(
        "attune-app",
        theme_class(settings.theme, Scheme::Device),
        settings.reduce_motion.then_some("attune-reduce-motion"),
    );
    (class, reduce_motion)
}

#[component]
fn PresentPage(props: &ToolsProps) -> Html {
    let (app_class, _) = use_learner_settings();
    let ui = props.ui;
    // Projected: only what the room needs, and the way to help, which every screen has.
    html! {
        <ContextProvider<Ui> context={ui}>
        <div class={classes!(app_class, "attune-presenting")}>
            <header class="attune-header attune-present-header">
                <a class="attune-brand" href="./">{ "Attune" }</a>
                <a href="./#/help" class="attune-help-link">{ ui.t(Key::NavHelp) }</a>
            </header>
            <main id="attune-main" class="attune-main" tabindex="-1">
                <present::Presenter />
            </main>
        </div>
        </ContextProvider<Ui>>
    }
}

#[component]
fn SandboxPage(props: &ToolsProps) -> Html {
    let (app_class, reduce_motion) = use_learner_settings();
    let ui = props.ui;
    let main_ref = use_node_ref();
    let skip_to_main = skip_to(main_ref.clone());
    html! {
        <ContextProvider<Ui> context={ui}>
        <div class={app_class}>
            <a class="attune-skip" href="#attune-main" onclick={skip_to_main}>{ ui.t(Key::ShellSkip) }</a>
            <header class="attune-header">
                <a class="attune-brand" href="./">{ "Attune" }</a>
                <nav class="attune-nav" aria-label={ui.t(Key::NavLabel)}>
                    <a href="./">{ ui.t(Key::NavScenarios) }</a>
                    <a href="sandbox.html" aria-current="page">{ ui.t(Key::NavSeeTheCycle) }</a>
                    <a href="./#/patterns">{ ui.t(Key::NavPatterns) }</a>
                    <a href="./#/about">{ ui.t(Key::NavAbout) }</a>
                    <a href="./#/help" class="attune-help-link">{ ui.t(Key::NavHelp) }</a>
                </nav>
            </header>
            <main id="attune-main" class="attune-main" tabindex="-1" ref={main_ref}>
                <sandbox::Sandbox {reduce_motion} />
            </main>
            <footer class="attune-footer">
                <p>
                    { ui.t(Key::ShellEducation) }
                    <a href="./#/help">{ ui.t(Key::ShellDanger) }</a>
                    { "." }
                </p>
            </footer>
        </div>
        </ContextProvider<Ui>>
    }
}

/// The device's "reduce motion" setting; Attune's own setting is the other way to ask for it.
fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}
