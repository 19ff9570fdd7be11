//! What a chosen response tends to set in motion, and the attachment and codependency lenses on it.

use attune_engine::Response;
use yew::prelude::*;

use crate::ui::{use_ui, Key};

use crate::components::prose::{attr, Prose};
use crate::hooks::use_reference;
use crate::router::Link;
use attune_engine::Address;

#[derive(Properties, PartialEq)]
pub struct ExplanationProps {
    pub response: &'static Response,
    /// Where focus goes after a choice, so keyboard and screen-reader users land on the news.
    pub focus_ref: NodeRef,
    pub on_continue: Callback<MouseEvent>,
}

#[component]
pub fn Explanation(props: &ExplanationProps) -> Html {
    let response = props.response;
    let reference = use_reference();
    let ui = use_ui();
    // Titles end in their own punctuation ("…connection?"), so each stands alone as a <cite>.
    // Sources arrive with the reference file; until then the line waits, like the pattern line.
    let sources = response
        .sources
        .iter()
        .filter_map(|id| reference?.source(id))
        .enumerate()
        .map(|(i, source)| {
            html! { <>{ if i > 0 { " · " } else { "" } }<cite>{ source.title.as_ref() }</cite></> }
        });
    html! {
        <section class="attune-explanation" aria-labelledby="attune-next-heading">
            <h2 id="attune-next-heading" tabindex="-1" ref={props.focus_ref.clone()}>
                { ui.t(Key::PlayerNext) }
            </h2>
            <p class="attune-chosen">
                <span class="attune-label">{ ui.t(Key::PlayerYouChose) }</span>{ response.text.as_ref() }
            </p>
            <div class="attune-outcome"><Prose text={attr(&response.outcome)} terms="attune-outcome" /></div>
            <div class="attune-lenses">
                <section class="attune-lens attune-lens-attachment" aria-labelledby="attune-lens-attachment">
                    <h3 id="attune-lens-attachment">{ ui.t(Key::LensAttachment) }</h3>
                    <Prose text={attr(&response.attachment)} terms="attune-attachment" />
                </section>
                <section class="attune-lens attune-lens-codependency" aria-labelledby="attune-lens-codependency">
                    <h3 id="attune-lens-codependency">{ ui.t(Key::LensCodependency) }</h3>
                    <Prose text={attr(&response.codependency)} terms="attune-codependency" />
                </section>
            </div>
            if let Some(synthesis) = &response.synthesis {
                <section class="attune-tension" aria-labelledby="attune-tension-heading">
                    <h3 id="attune-tension-heading">{ ui.t(Key::LensDiffer) }</h3>
                    <p>{ synthesis.as_ref() }</p>
                </section>
            }
            if response.safety {
                <p class="attune-pattern-line attune-safety-line">
                    <span class="attune-label">{ ui.t(Key::PlayerSafetyStep) }</span>
                    { ui.t(Key::PlayerSafetyNotPattern) }
                    { " " }<Link to={Address::Help}>{ ui.t(Key::PlayerSafetyHelp) }</Link>
                </p>
            }
            if let Some(pattern) = response.counted_pattern().and_then(|id| reference?.pattern(id)) {
                <p class="attune-pattern-line">
                    <span class="attune-label">{ ui.t(Key::PlayerPattern) }</span>
                    <Link to={Address::Patterns}>{ pattern.name.as_ref() }</Link>
                    { " — " }{ pattern.summary.as_ref() }
                </p>
            }
            if !crate::embed::embedding().config.hide_sources {
                <p class="attune-sources">
                    <span class="attune-label">{ ui.t(Key::PlayerDrawnFrom) }</span>
                    { for sources }
                    { " (" }<Link to={Address::About}>{ ui.t(Key::PlayerAboutSources) }</Link>{ ")" }
                </p>
            }
            <button type="button" class="attune-button attune-button-primary" onclick={props.on_continue.clone()}>
                { ui.t(Key::PlayerContinue) }
            </button>
        </section>
    }
}
