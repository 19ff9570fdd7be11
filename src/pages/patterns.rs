//! The patterns: moves anyone makes sometimes, and what each lens makes of them.

use yew::prelude::*;

use crate::components::prose::{attr, Prose};
use crate::content::use_reference;

#[component]
pub fn Patterns() -> Html {
    let reference = use_reference();
    let patterns = reference.into_iter().flat_map(|r| r.patterns.iter()).map(|pattern| {
        let heading = format!("attune-pattern-{}", pattern.id);
        html! {
            <section class="attune-pattern" aria-labelledby={heading.clone()}>
                <h2 id={heading}>{ pattern.name.as_ref() }</h2>
                <Prose text={attr(&pattern.summary)} />
                <div class="attune-lenses">
                    <section class="attune-lens attune-lens-attachment" aria-label={format!("{}: attachment lens", pattern.name)}>
                        <h3>{ "Attachment lens" }</h3>
                        <Prose text={attr(&pattern.attachment)} />
                    </section>
                    <section class="attune-lens attune-lens-codependency" aria-label={format!("{}: codependency lens", pattern.name)}>
                        <h3>{ "Codependency lens" }</h3>
                        <Prose text={attr(&pattern.codependency)} />
                    </section>
                </div>
                <p><span class="attune-label">{ "One thing to try: " }</span>{ pattern.next_step.as_ref() }</p>
            </section>
        }
    });
    html! {
        <div class="attune-patterns">
            <h1>{ "Patterns" }</h1>
            <p class="attune-lead">
                { "Each response in the scenarios is one of these moves. Everyone makes all of them sometimes: \
                   they describe what we do, never who we are." }
            </p>
            { for patterns }
        </div>
    }
}
