//! The patterns: moves anyone makes sometimes, and what each lens makes of them.

use yew::prelude::*;

use crate::ui::{Key, Ui};

use crate::components::prose::{attr, Prose};

/// The page, from the language's reference file (empty until it arrives). A plain view, not a
/// component: it holds no state, and each component costs the learner's wasm.
pub fn patterns(ui: &Ui) -> Html {
    let reference = ui.reference();
    let patterns = reference.into_iter().flat_map(|r| r.patterns.iter()).map(|pattern| {
        let heading = format!("attune-pattern-{}", pattern.id);
        html! {
            <section class="attune-pattern" aria-labelledby={heading.clone()}>
                <h2 id={heading}>{ pattern.name.as_ref() }</h2>
                <Prose text={attr(&pattern.summary)} />
                <div class="attune-lenses">
                    <section class="attune-lens attune-lens-attachment" aria-label={ui.f(Key::PatternsAttachmentLabel, &[("pattern", &pattern.name)])}>
                        <h3>{ ui.t(Key::LensAttachment) }</h3>
                        <Prose text={attr(&pattern.attachment)} />
                    </section>
                    <section class="attune-lens attune-lens-codependency" aria-label={ui.f(Key::PatternsCodependencyLabel, &[("pattern", &pattern.name)])}>
                        <h3>{ ui.t(Key::LensCodependency) }</h3>
                        <Prose text={attr(&pattern.codependency)} />
                    </section>
                </div>
                <p><span class="attune-label">{ ui.t(Key::PatternsTry) }</span>{ pattern.next_step.as_ref() }</p>
            </section>
        }
    });
    html! {
        <div key="patterns" class="attune-patterns">
            <h1>{ ui.t(Key::NavPatterns) }</h1>
            <p class="attune-lead">
                { ui.t(Key::PatternsLead) }
            </p>
            { for patterns }
        </div>
    }
}
