//! The step as projected for the room: its situation and responses (held until revealed, each
//! with the room's hands where hands are taken), the chosen response revealed through both
//! lenses, every response compared side by side, or the ending.

use attune_engine::model::paragraphs;
use attune_engine::present::{Command, Lens, Screen};
use attune_engine::{Response, Step};
use yew::prelude::*;

use crate::ui::{Key, ToolKey, Ui};

/// What the stage needs from the presenting window: the step as told on this path, its
/// responses and hands, what the screen shows, and where clicks go.
pub(super) struct Stage<'a> {
    pub ui: Ui,
    pub step: &'static Step,
    pub title: Option<&'static str>,
    pub situation: &'static str,
    /// The responses on screen, in order.
    pub offered: &'a [&'static Response],
    pub chosen: Option<&'static Response>,
    /// Raised hands, one count per offered response.
    pub counts: &'a [u32],
    /// Whether the room is asked for hands at this step (the engine's `takes_votes`).
    pub votes: bool,
    pub screen: &'a Screen,
    /// The heading that takes focus when a response is revealed or the responses compared.
    pub revealed_ref: &'a NodeRef,
    /// Runs a command clicked on the stage.
    pub run: &'a Callback<Command>,
}

impl Stage<'_> {
    /// The stage for the screen's state: compared, the ending, or the step (revealed or held).
    pub(super) fn view(&self) -> Html {
        if self.screen.comparing {
            self.compare()
        } else if self.step.is_ending() {
            self.ending()
        } else {
            self.decision()
        }
    }

    fn click(&self, command: Command) -> Callback<MouseEvent> {
        let run = self.run.clone();
        Callback::from(move |_: MouseEvent| run.emit(command))
    }

    fn compare(&self) -> Html {
        let ui = self.ui;
        let cards = self.offered.iter().enumerate().map(|(index, response)| {
            html! {
                <li class="attune-compare-card">
                    <h3>{ format!("{}. {}", index + 1, response.text) }</h3>
                    <p class="attune-outcome">{ response.outcome.as_ref() }</p>
                    { self.lenses(response) }
                </li>
            }
        });
        html! {
            <section class="attune-compare" aria-labelledby="attune-compare-heading">
                <h2 id="attune-compare-heading" tabindex="-1" ref={self.revealed_ref.clone()}>{ ui.tool(ToolKey::PresentCompareHeading) }</h2>
                <ul>{ for cards }</ul>
            </section>
        }
    }

    fn ending(&self) -> Html {
        let (ui, step) = (self.ui, self.step);
        html! {
            <section class="attune-present-ending" aria-labelledby="attune-present-step">
                <h2 id="attune-present-step">{ self.title.unwrap_or(ui.t(Key::PlayerEnding)) }</h2>
                { for paragraphs(self.situation).map(|p| html! { <p>{ p.to_string() }</p> }) }
                if let Some(reflection) = &step.reflection {
                    <p class="attune-question">{ reflection.as_ref() }</p>
                }
            </section>
        }
    }

    /// The situation and its responses; below them, once revealed, what the pick sets in motion.
    fn decision(&self) -> Html {
        let (ui, step) = (self.ui, self.step);
        html! {
            <>
                <div class="attune-present-stage">
                <section class="attune-situation" aria-labelledby="attune-present-step">
                    <h2 id="attune-present-step" class="attune-visually-hidden">{ self.title.unwrap_or(ui.t(Key::PlayerSituation)) }</h2>
                    { for paragraphs(self.situation).map(|p| html! { <p>{ p.to_string() }</p> }) }
                    if let Some(question) = &step.question {
                        <p class="attune-question">{ question.as_ref() }</p>
                    }
                </section>
                <ol class="attune-present-responses" aria-label={ui.tool(ToolKey::PresentResponses)}>{ for self.responses() }</ol>
                </div>
                if self.screen.revealed {
                    <section class="attune-explanation" aria-labelledby="attune-revealed-heading">
                        <h2 id="attune-revealed-heading" tabindex="-1" ref={self.revealed_ref.clone()}>{ ui.t(Key::PlayerNext) }</h2>
                        if let Some(response) = self.chosen {
                            <p class="attune-chosen"><span class="attune-label">{ ui.tool(ToolKey::PresentResponse) }</span>{ response.text.as_ref() }</p>
                            <p class="attune-outcome">{ response.outcome.as_ref() }</p>
                            { self.lenses(response) }
                        } else {
                            <p>{ ui.tool_f(ToolKey::PresentPickFirst, &[("last", &self.offered.len().to_string())]) }</p>
                        }
                    </section>
                }
            </>
        }
    }

    /// Each response as a button to pick it, with the room's hands beside it where hands count.
    fn responses(&self) -> impl Iterator<Item = Html> + '_ {
        let ui = self.ui;
        let most = self.counts.iter().copied().max().unwrap_or(0);
        self.offered.iter().enumerate().map(move |(index, response)| {
            let pressed = self.chosen.is_some_and(|c| c.id == response.id);
            let count = self.counts[index];
            let number = (index + 1).to_string();
            html! {
                <li class="attune-present-response">
                    <button type="button" class="attune-response" aria-pressed={pressed.to_string()} onclick={self.click(Command::Pick(index))}>
                        <span class="attune-present-number" aria-hidden="true">{ index + 1 }</span>
                        { response.text.as_ref() }
                    </button>
                    if self.votes {
                    <div class="attune-hands">
                        <svg viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                            <rect class="attune-bar-track" width="100" height="6" />
                            <rect class="attune-bar attune-bar-hands" width={(count * 100 / most.max(1)).to_string()} height="6" />
                        </svg>
                        <span class="attune-hands-count">{ hands_words(ui, count) }</span>
                        <button type="button" class="attune-button attune-hands-button" aria-label={ui.tool_f(ToolKey::PresentAddHand, &[("number", &number)])} onclick={self.click(Command::AddHand(index))}>{ "+" }</button>
                        <button type="button" class="attune-button attune-hands-button" aria-label={ui.tool_f(ToolKey::PresentRemoveHand, &[("number", &number)])} onclick={self.click(Command::RemoveHand(index))} disabled={count == 0}>{ "−" }</button>
                    </div>
                    }
                </li>
            }
        })
    }

    /// What a response tends to set in motion, through both lenses (the screen's lens first).
    fn lenses(&self, response: &Response) -> Html {
        let ui = self.ui;
        let lens_class = match self.screen.lens {
            Lens::Both => "attune-lens-both",
            Lens::Attachment => "attune-lens-first-attachment",
            Lens::Codependency => "attune-lens-first-codependency",
        };
        html! {
            <div class={classes!("attune-lenses", lens_class)}>
                <section class="attune-lens attune-lens-attachment">
                    <h3>{ ui.t(Key::LensAttachment) }</h3>
                    { for paragraphs(&response.attachment).map(|p| html! { <p>{ p.to_string() }</p> }) }
                </section>
                <section class="attune-lens attune-lens-codependency">
                    <h3>{ ui.t(Key::LensCodependency) }</h3>
                    { for paragraphs(&response.codependency).map(|p| html! { <p>{ p.to_string() }</p> }) }
                </section>
            </div>
        }
    }
}

/// "1 hand", "3 hands": raised hands for a response (on the screen and in the speaker view).
pub(super) fn hands_words(ui: Ui, count: u32) -> String {
    if count == 1 {
        ui.tool(ToolKey::PresentOneHand).to_string()
    } else {
        ui.tool_f(ToolKey::PresentHands, &[("count", &count.to_string())])
    }
}
