//! My pattern: which patterns the learner's choices leaned towards, their notes, and taking it all with them.
//!
//! Never a diagnosis or a score: counts of moves, what each lens says about
//! them, gentle next steps, and when to look for a professional.

use attune_engine::export::{import, markdown, pattern_counts};
use attune_engine::Scenario;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::prose::{attr, Prose};
use crate::content::{self, use_reference, CATALOG};
use crate::profile::{use_profile, ProfileAction};

#[component]
pub fn MyPattern() -> Html {
    let profile = use_profile();
    let patterns_defined: &'static [attune_engine::Pattern] =
        use_reference().map_or(&[], |r| &r.patterns);
    // The scenarios this learner has played, fetched so their choices can be read.
    let scenarios = use_state(Vec::<&'static Scenario>::new);
    let import_message = use_state(|| None::<&'static str>);
    {
        let scenarios = scenarios.clone();
        let played: Vec<String> = profile
            .profile
            .plays
            .iter()
            .map(|p| p.scenario.to_string())
            .collect();
        use_effect_with(played, move |played| {
            let played = played.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut loaded = Vec::new();
                for card in CATALOG
                    .scenarios
                    .iter()
                    .filter(|c| played.iter().any(|p| *p == c.id))
                {
                    if let Ok(scenario) = content::load(card).await {
                        loaded.push(scenario);
                    }
                }
                scenarios.set(loaded);
            });
        });
    }

    let leaning = pattern_counts(&profile.profile, &scenarios, patterns_defined);
    let patterns = leaning.iter().map(|(pattern, n)| {
        let times = if *n == 1 { "once".to_string() } else { format!("{n} times") };
        let heading = format!("attune-mine-{}", pattern.id);
        html! {
            <section class="attune-pattern" aria-labelledby={heading.clone()}>
                <h3 id={heading}>{ format!("{} — chosen {times}", pattern.name) }</h3>
                <Prose text={attr(&pattern.summary)} />
                <p><span class="attune-label">{ "Attachment lens: " }</span>{ pattern.attachment.as_ref() }</p>
                <p><span class="attune-label">{ "Codependency lens: " }</span>{ pattern.codependency.as_ref() }</p>
                <p><span class="attune-label">{ "One thing to try: " }</span>{ pattern.next_step.as_ref() }</p>
            </section>
        }
    });
    let notes = scenarios.iter().filter_map(|scenario| {
        let notes: Vec<_> = profile.profile.notes.iter().filter(|n| n.scenario == scenario.id).collect();
        (!notes.is_empty()).then(|| {
            html! {
                <section class="attune-my-notes" aria-label={format!("Notes: {}", scenario.title)}>
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
                &markdown(&profile.profile, &scenarios, patterns_defined),
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
                        import_message.set(Some("Your notes and progress from the file are back."));
                    }
                    _ => import_message.set(Some(
                        "That file couldn't be read as Attune notes. Nothing here was changed.",
                    )),
                }
            });
        })
    };

    let summary = if profile.profile.plays.is_empty() {
        html! { <p>{ "Play a scenario or two, and the patterns in your choices will show here." }</p> }
    } else if leaning.is_empty() {
        html! { <p role="status">{ "Gathering your choices…" }</p> }
    } else {
        html! {
            <>
                <p>{ "Across the scenarios you've played, your choices leaned towards these moves, most often first. \
                      Everyone makes all of them sometimes; this describes choices in stories, not who you are." }</p>
                { for patterns }
            </>
        }
    };

    html! {
        <div class="attune-my-pattern">
            <h1>{ "My pattern" }</h1>
            <p class="attune-lead">
                { "This is not a test, a score or a diagnosis. It is a mirror for reflection, kept only in this browser." }
            </p>
            <h2>{ "What my choices leaned towards" }</h2>
            { summary }
            <h2>{ "Gentle next steps" }</h2>
            <p>
                { "Notice the move you reach for most when you feel anxious or needed, and try the small step above \
                   once this week. Talking it over with someone you trust can help." }
            </p>
            <p>
                { "Consider a counsellor, therapist or support group if you often feel drained, anxious or resentful \
                   in a relationship, if you feel you've lost yourself, if you stay in something harmful out of guilt \
                   or fear, or if patterns are tied to drinking, drugs or past trauma. If you are in danger, " }
                <a href="#/help">{ "get help now" }</a>{ "." }
            </p>
            <h2>{ "My notes" }</h2>
            if profile.profile.notes.is_empty() {
                <p>{ "Notes you write in the scenarios will gather here." }</p>
            } else {
                { for notes }
            }
            <h2>{ "Take it with you" }</h2>
            <p>{ "Save your patterns, choices and notes as a file you can read, bring to therapy, or import on another device." }</p>
            <p class="attune-actions">
                <button type="button" class="attune-button attune-button-primary" onclick={download}>{ "Download my notes" }</button>
                { " " }
                <button type="button" class="attune-button" onclick={print}>{ "Print" }</button>
            </p>
            <p>
                <label for="attune-import" class="attune-label">{ "Import notes from a file" }</label>
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
