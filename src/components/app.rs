//! The app shell: skip link, header, the routed page inside the one `<main>`, and the safety footer.

use web_sys::HtmlElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages::{about::About, home::Home, not_found::NotFound, player::Player};
use crate::route::Route;

#[component]
pub fn App() -> Html {
    html! {
        <HashRouter>
            <Shell />
        </HashRouter>
    }
}

#[component]
fn Shell() -> Html {
    let main_ref = use_node_ref();
    // A plain `href="#attune-main"` would be read as a route, so the skip link moves focus itself.
    let skip_to_main = {
        let main_ref = main_ref.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            if let Some(main) = main_ref.cast::<HtmlElement>() {
                let _ = main.focus();
            }
        })
    };
    html! {
        <div class="attune-app">
            <a class="attune-skip" href="#attune-main" onclick={skip_to_main}>{ "Skip to content" }</a>
            <header class="attune-header">
                <Link<Route> to={Route::Home} classes="attune-brand">{ "Attune" }</Link<Route>>
                <nav class="attune-nav" aria-label="Main">
                    <Link<Route> to={Route::Home}>{ "Scenarios" }</Link<Route>>
                    <Link<Route> to={Route::About}>{ "About & sources" }</Link<Route>>
                </nav>
            </header>
            <main id="attune-main" class="attune-main" tabindex="-1" ref={main_ref}>
                <Switch<Route> render={switch} />
            </main>
            <footer class="attune-footer">
                <p>
                    { "Attune is education about relationship patterns, not therapy or diagnosis. " }
                    <Link<Route> to={Route::About}>{ "If you are in danger, get help now" }</Link<Route>>
                    { "." }
                </p>
            </footer>
        </div>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Scenario { id } => {
            html! { <Player key={id.as_str()} id={id.clone()} step={None::<String>} /> }
        }
        Route::Step { id, step } => {
            html! { <Player key={id.as_str()} id={id.clone()} step={Some(step)} /> }
        }
        Route::About => html! { <About /> },
        Route::DebugPanic => panic!("the debug route panics on purpose"),
        Route::NotFound => html! { <NotFound /> },
    }
}
