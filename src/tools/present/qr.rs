//! The QR code that takes phones to the step on screen, in the normal player: the panel that
//! shows it, and the public address it is made from (which the facilitator can change).

use attune_engine::present::{in_language, participant_link, LinkProblem};
use attune_engine::{Scenario, Step};
use qrcodegen::{QrCode, QrCodeEcc};
use yew::prelude::*;

use crate::ui::{ToolKey, Ui};

/// Where the facilitator last said Attune is served publicly (kept in this browser).
const PUBLIC_KEY: &str = attune_engine::storage_keys::PRESENT_PUBLIC;

/// The public address for phones: `?public=` on present.html, else the one saved here, else
/// this page's own folder (right when the laptop serves from its public address).
pub(super) fn initial_public_address() -> String {
    let window = web_sys::window();
    let location = window.as_ref().map(|w| w.location());
    let from_query = location
        .as_ref()
        .and_then(|l| l.search().ok())
        .and_then(|search| {
            search
                .trim_start_matches('?')
                .split('&')
                .find_map(|pair| pair.strip_prefix("public=").map(str::to_string))
        })
        .and_then(|value| js_sys::decode_uri_component(&value).ok())
        .and_then(|value| value.as_string());
    let saved = || {
        window
            .as_ref()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|storage| storage.get_item(PUBLIC_KEY).ok().flatten())
    };
    let own = || {
        let origin = location
            .as_ref()
            .and_then(|l| l.origin().ok())
            .unwrap_or_default();
        let path = location
            .as_ref()
            .and_then(|l| l.pathname().ok())
            .unwrap_or_default();
        let folder = path.rsplit_once('/').map_or("/", |(folder, _)| folder);
        format!("{origin}{folder}/")
    };
    from_query.or_else(saved).unwrap_or_else(own)
}

/// The QR code for phones, the address it holds, and where to change the public address.
pub(super) fn code_panel(
    ui: Ui,
    public: &UseStateHandle<String>,
    scenario: &Scenario,
    step: &Step,
    focus: &NodeRef,
    on_close: Callback<MouseEvent>,
) -> Html {
    // Phones follow in the room's language (their own choice, if any, still wins).
    let link = participant_link(public, &scenario.id, &step.id)
        .map(|link| in_language(&link, ui.language().code));
    let drawing = match &link {
        Ok(link) => qr_svg(ui, link),
        Err(_) => Html::default(),
    };
    let input_ref = NodeRef::default();
    let on_submit = {
        let (public, input_ref) = (public.clone(), input_ref.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(input) = input_ref.cast::<web_sys::HtmlInputElement>() {
                let value = input.value().trim().to_string();
                if let Some(storage) =
                    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
                {
                    let _ = storage.set_item(PUBLIC_KEY, &value);
                }
                public.set(value);
            }
        })
    };
    html! {
        <div class="attune-present-code" role="dialog" aria-modal="true" aria-labelledby="attune-code-heading" tabindex="-1" ref={focus.clone()}>
            <h2 id="attune-code-heading">{ ui.tool(ToolKey::PresentFollow) }</h2>
            { drawing }
            { match &link {
                Ok(link) => html! { <p class="attune-code-link">{ link.clone() }</p> },
                Err(problem) => html! { <p class="attune-problem" role="alert">{ problem_words(ui, *problem) }</p> },
            } }
            <form class="attune-code-form" novalidate=true onsubmit={on_submit}>
                <label for="attune-public">{ ui.tool(ToolKey::PresentPublicAddress) }</label>
                <input id="attune-public" type="url" ref={input_ref} value={(**public).clone()} maxlength="200" />
                <button type="submit" class="attune-button">{ ui.tool(ToolKey::PresentUseAddress) }</button>
            </form>
            <button type="button" class="attune-button attune-button-primary" onclick={on_close}>{ ui.tool(ToolKey::PresentClose) }</button>
        </div>
    }
}

/// `link` as a QR code drawn in SVG: one square per dark module, on a white quiet zone (scanners
/// need light around the code, whatever the theme).
fn qr_svg(ui: Ui, link: &str) -> Html {
    let Ok(code) = QrCode::encode_text(link, QrCodeEcc::Medium) else {
        return Html::default();
    };
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{x} {y}h1v1h-1z"));
            }
        }
    }
    let view = format!("-4 -4 {} {}", size + 8, size + 8);
    html! {
        <svg class="attune-qr" viewBox={view} role="img" aria-label={ui.tool_f(ToolKey::PresentQrLabel, &[("link", link)])} shape-rendering="crispEdges">
            <rect x="-4" y="-4" width={(size + 8).to_string()} height={(size + 8).to_string()} fill="#ffffff" />
            <path d={path} fill="#000000" />
        </svg>
    }
}

/// Why the public address can't be used, and what to do.
fn problem_words(ui: Ui, problem: LinkProblem) -> String {
    let problem = ui.tool(match problem {
        LinkProblem::NotHttp => ToolKey::PresentAddressNotHttp,
        LinkProblem::TooLong => ToolKey::PresentAddressTooLong,
        LinkProblem::NoHost => ToolKey::PresentAddressNoHost,
        LinkProblem::Characters => ToolKey::PresentAddressCharacters,
        LinkProblem::NotAStep => ToolKey::PresentAddressNotAStep,
    });
    ui.tool_f(ToolKey::PresentAddressProblem, &[("problem", problem)])
}
