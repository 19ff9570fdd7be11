//! My pattern: which patterns the learner's choices leaned towards, their notes, and taking it all with them.
//!
//! Never a diagnosis or a score: counts of moves, what each lens says about
//! them, gentle next steps, and when to look for a professional.

use attune_engine::export::{import, markdown, pattern_counts};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::{use_ui, Key};

use crate::components::prose::{attr, Prose};
use crate::hooks::{use_played_scenarios, use_reference};
use crate::profile::{use_profile, ProfileAction};

#[component]
pub fn MyPattern() -> Html {
    let profile = use_profile();
    let ui = use_ui();
    let patterns_defined: &'static [attune_engine::Pattern] =
        use_reference().map_or(&[], |r| &r.patterns);
    // The scenarios this learner has played, fetched so their choices can be read.
    let scenarios = use_played_scenarios();
    let import_message = use_state(|| None::<&'static str>);

    let leaning = pattern_counts(&profile.profile, &scenarios, patterns_defined);
    let patterns = leaning.iter().map(|(pattern, n)| {
        let times = if *n == 1 {
            ui.f(Key::MineChosenOnce, &[("pattern", &pattern.name)])
        } else {
            ui.f(Key::MineChosenTimes, &[("pattern", &pattern.name), ("count", &n.to_string())])
        };
        let heading = format!("attune-mine-{}", pattern.id);
        html! {
            <section class="attune-pattern" aria-labelledby={heading.clone()}>
                <h3 id={heading}>{ times }</h3>
                <Prose text={attr(&pattern.summary)} />
                <p><span class="attune-label">{ ui.t(Key::MineAttachment) }</span>{ pattern.attachment.as_ref() }</p>
                <p><span class="attune-label">{ ui.t(Key::MineCodependency) }</span>{ pattern.codependency.as_ref() }</p>
                <p><span class="attune-label">{ ui.t(Key::PatternsTry) }</span>{ pattern.next_step.as_ref() }</p>
            </section>
        }
    });
    let notes = scenarios.iter().filter_map(|scenario| {
        let notes: Vec<_> = profile.profile.notes.iter().filter(|n| n.scenario == scenario.id).collect();
        (!notes.is_empty()).then(|| {
            html! {
                <section class="attune-my-notes" aria-label={ui.f(Key::MineNotesLabel, &[("scenario", &scenario.title)])}>
                    <h3>{ scenario.title.as_ref() }</h3>
                    { for notes.iter().map(|note| html! { <blockquote><Prose text={attr(&note.text)} /></blockquote> }) }
                </section>
            }
        })
    });

    let download = {
        let (profile, scenarios) = (profile.clone(), scenarios.clone());
        Callback::from(move |_: MouseEvent| {
            save_file(
                "attune-notes.md",
                &markdown(
                    &profile.profile,
                    &scenarios,
                    patterns_defined,
                    &ui.export_words(),
                ),
            );
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let on_import = {
        let (profile, import_message) = (profile.clone(), import_message.clone());
        Callback::from(move |event: Event| {
            let Some(file) = event
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|input| input.files())
                .and_then(|files| files.get(0))
            else {
                return;
            };
            let (profile, import_message) = (profile.clone(), import_message.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                match text.map(|t| import(&t)) {
                    Some(Ok(imported)) => {
                        profile.dispatch(ProfileAction::Import(imported));
                        import_message.set(Some(ui.t(Key::MineImported)));
                    }
                    _ => import_message.set(Some(ui.t(Key::MineImportRefused))),
                }
            });
        })
    };

    let summary = if profile.profile.plays.is_empty() {
        html! { <p>{ ui.t(Key::MineEmpty) }</p> }
    } else if leaning.is_empty() {
        html! { <p role="status">{ ui.t(Key::MineGathering) }</p> }
    } else {
        html! {
            <>
                <p>{ ui.t(Key::MineLeaned) }</p>
                { for patterns }
            </>
        }
    };

    html! {
        <div class="attune-my-pattern">
            <h1>{ ui.t(Key::NavMyPattern) }</h1>
            <p class="attune-lead">
                { ui.t(Key::MineLead) }
            </p>
            <h2>{ ui.t(Key::MineLeanedHeading) }</h2>
            { summary }
            <h2>{ ui.t(Key::MineNextSteps) }</h2>
            <p>
                { ui.t(Key::MineNotice) }
            </p>
            <p>
                { ui.t(Key::MineConsider) }
                <a href="#/help">{ ui.t(Key::MineGetHelp) }</a>{ "." }
            </p>
            <h2>{ ui.t(Key::MineNotes) }</h2>
            if profile.profile.notes.is_empty() {
                <p>{ ui.t(Key::MineNotesEmpty) }</p>
            } else {
                { for notes }
            }
            <h2>{ ui.t(Key::MineTake) }</h2>
            <p>{ ui.t(Key::MineTakeLead) }</p>
            <p class="attune-actions">
                <button type="button" class="attune-button attune-button-primary" onclick={download}>{ ui.t(Key::MineDownload) }</button>
                { " " }
                <button type="button" class="attune-button" onclick={print}>{ ui.t(Key::MinePrint) }</button>
            </p>
            <p>
                <label for="attune-import" class="attune-label">{ ui.t(Key::MineImport) }</label>
                <input type="file" id="attune-import" accept=".md,text/markdown,text/plain" onchange={on_import} />
            </p>
            if let Some(message) = *import_message {
                <p role="status">{ message }</p>
            }
        </div>
    }
}

/// Offers `text` as a file download, made in the page: nothing is uploaded.
fn save_file(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/markdown;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
