//! The Leptos user interface. Components are thin: they read inputs, call [`crate::rules`] and show the
//! result and its explanation. No rule of law lives here.

pub mod panik;
pub mod rute;
pub mod sider;

use crate::rules::lovdata::LOVDATA_KONTROLLERET;
use crate::rules::tid::dato_tekst;
use leptos::prelude::*;
use rute::{titel, Rute, HOVEDMENU};

/// The app version shown in the footer and on printouts.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

fn nuvaerende_rute() -> Rute {
    let hash = window().location().hash().unwrap_or_default();
    Rute::fra_hash(&hash).unwrap_or(Rute::Forside)
}

/// The whole app: header, main navigation, the current page, footer.
#[component]
pub fn App() -> impl IntoView {
    let rute = RwSignal::new(nuvaerende_rute());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = window().location().hash().unwrap_or_default();
        // An in-page anchor (e.g. the skip link's target) is not a route: stay on the page.
        if let Some(r) = Rute::fra_hash(&hash) {
            rute.set(r);
        }
    });
    on_cleanup(move || handle.remove());

    // After a route change (not on first load): title from the new h1, focus on it, scroll to the top,
    // so screen-reader and keyboard users land on the new page (WCAG 2.4.3).
    let foerste = StoredValue::new(true);
    // A route with an anchor (`#/rettigheder/ordbog/fuldmagt`) scrolls to that element and focuses it instead.
    Effect::new(move |_| {
        let anker = rute.with(|r| r.anker().map(str::to_string));
        let flyt_fokus = !foerste.get_value();
        foerste.set_value(false);
        request_animation_frame(move || {
            let doc = document();
            let ved_anker = anker.is_some_and(|a| sider::vis_anker(&a));
            if let Ok(Some(h1)) = doc.query_selector("main h1") {
                doc.set_title(&titel(&h1.text_content().unwrap_or_default()));
                if flyt_fokus && !ved_anker {
                    use wasm_bindgen::JsCast;
                    if let Ok(h) = h1.dyn_into::<web_sys::HtmlElement>() {
                        let _ = h.focus();
                    }
                    window().scroll_to_with_x_and_y(0.0, 0.0);
                }
            }
        });
    });

    view! {
        <a class="skip" href="#indhold" on:click=move |ev| {
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("indhold") {
                use wasm_bindgen::JsCast;
                if let Ok(m) = main.dyn_into::<web_sys::HtmlElement>() {
                    let _ = m.focus();
                }
            }
        }>"Gå til indhold"</a>
        <header class="top">
            <div class="bredde">
                <a class="navn" href="#/">"Ressourceguiden"</a>
                <p class="formaal">"Hvad du har ret til i et ressourceforløb eller jobafklaringsforløb – og hvorfor."</p>
            </div>
            <nav aria-label="Hovedmenu" class="bredde">
                <ul>
                    {HOVEDMENU
                        .iter()
                        .map(|(href, tekst)| {
                            let href = *href;
                            view! {
                                <li>
                                    <a
                                        href=href
                                        aria-current=move || {
                                            (rute.get().hovedpunkt() == Some(href)).then_some("page")
                                        }
                                    >
                                        {*tekst}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
        <main id="indhold" tabindex="-1" class="bredde">
            {move || sider::side(rute.get())}
        </main>
        <footer class="bund">
            <div class="bredde">
                <p class="loefte">"Dine oplysninger forlader aldrig din enhed."</p>
                <p>
                    "Version " {VERSION} " · Lovdata sidst kontrolleret "
                    {dato_tekst(LOVDATA_KONTROLLERET)}
                    " · En vejledende beregning, ikke en afgørelse."
                </p>
            </div>
        </footer>
    }
}

/// Mounts the app into `#app`, replacing the loading and fallback text that index.html shows before the
/// WebAssembly has started.
pub fn start() {
    panik::installer();
    let doc = document();
    if let Some(rod) = doc.get_element_by_id("app") {
        rod.set_inner_html("");
        use wasm_bindgen::JsCast;
        if let Ok(rod) = rod.dyn_into::<web_sys::HtmlElement>() {
            leptos::mount::mount_to(rod, App).forget();
        }
    }
}
