//! Where focus goes as the learner moves between pages, and the skip link's jump to the page.

use attune_engine::Address;
use web_sys::HtmlElement;
use yew::prelude::*;

/// The ref for the app's `<main>`. On moving to another page (not another step of the same
/// scenario), the page starts at its top with focus on `<main>`, as a full page load would.
#[hook]
pub fn use_focus_moves(address: &Address) -> NodeRef {
    let main_ref = use_node_ref();
    let previous = use_mut_ref(|| None::<String>);
    {
        let main_ref = main_ref.clone();
        use_effect_with(page_key(address), move |page| {
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
    main_ref
}

/// Which page an address shows: steps of one scenario are one page.
fn page_key(address: &Address) -> String {
    match address {
        Address::Scenario { id } | Address::Step { id, .. } => format!("scenario/{id}"),
        other => other.to_hash(),
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
