//! The practice's embedding applied to the app: its look on the app's root, and its first scenario.

use attune_engine::Address;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::embed;
use crate::router;

/// The ref for the app's root element, which receives the practice's accent, font and corners
/// (through the CSSOM: the CSP allows no inline style). On a visit that opens on the home page,
/// the practice's chosen first scenario is shown instead.
#[hook]
pub fn use_embedding() -> NodeRef {
    let app_ref = use_node_ref();
    {
        let app_ref = app_ref.clone();
        use_effect_with((), move |_| {
            if let Some(app) = app_ref.cast::<HtmlElement>() {
                for (name, value) in embed::style_properties() {
                    let _ = app.style().set_property(name, &value);
                }
            }
            if let (Some(start), Address::Home) = (
                &embed::embedding().config.start,
                Address::parse(&router::current_hash()),
            ) {
                router::replace(&Address::Scenario { id: start.clone() });
            }
        });
    }
    app_ref
}
