//! About & sources: what Attune is and is not, the articles it draws on, and where to get help now.

use yew::prelude::*;

use crate::ui::{Key, Ui};

use crate::components::practice::call_to_action;
use crate::embed::embedding;

use crate::components::prose::{attr, Prose};
use attune_engine::model::{Section, HELP_SECTION};

/// The page; most of it from the language's reference file, once it arrives. A plain view, not
/// a component: it holds no state, and each component costs the learner's wasm.
pub fn about(ui: &Ui) -> Html {
    let reference = ui.reference();
    let section = |section: &'static Section| {
        let heading_id = format!("attune-about-{}", section.id);
        html! {
            <section class="attune-about-section" aria-labelledby={heading_id.clone()}>
                <h2 id={heading_id}>{ section.heading.as_ref() }</h2>
                <Prose text={attr(&section.body)} />
            </section>
        }
    };
    // Most of About arrives with the reference file; where to get help is always here already.
    let sections = reference.map(|r| r.about.iter().map(section).collect::<Html>());
    let help = ui.catalog().section(HELP_SECTION).map(section);
    let sources = reference
        .into_iter()
        .flat_map(|r| r.sources.iter())
        .map(|source| {
            html! {
                <li>
                    <cite>{ source.title.as_ref() }</cite>
                    { " — " }{ source.publisher.as_ref() }
                    <p>{ source.summary.as_ref() }</p>
                </li>
            }
        });
    html! {
        <div key="about" class="attune-about">
            <h1>{ ui.t(Key::AboutTitle) }</h1>
            if let Some(sections) = sections {
                { sections }
            } else {
                <p role="status">{ ui.t(Key::AboutLoading) }</p>
            }
            { call_to_action() }
            if !embedding().config.hide_sources && reference.is_some() {
            <section aria-labelledby="attune-about-sources">
                <h2 id="attune-about-sources">{ ui.t(Key::AboutSources) }</h2>
                <p>
                    { ui.t(Key::AboutSourcesLead) }
                </p>
                <ul class="attune-sources-list">{ for sources }</ul>
            </section>
            }
            { help }
        </div>
    }
}
