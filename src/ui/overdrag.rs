//! From a small app to the whole app (README «Én beregner ad gangen»).
//!
//! A release ships the whole app and small apps: per calculator one built with `RG_KUN=<navn>` (the frame and that
//! one calculator), and one with the other pages and no calculator (`RG_KUN=sider`). The loader starts the small
//! one the address asks for, so the reader's phone fetches and compiles a third to a half of the code. When she
//! leaves what it holds (the menu, a «Læs mere» link, the Back button), the small app's router asks
//! [`til_hele_appen`] for the page: it puts what the app holds in memory — every calculator's answers, the klage
//! draft and the last search, meeting mode, the prerendered front page — into
//! `window.__rgOverdrag`, and calls the loader's `window.__rgHeleAppen`, which starts the whole app. The whole app
//! reads it at start ([`modtag`]) and takes `#app` over; the small one is left without a page. If the whole app
//! cannot be fetched (no connection), the page says so with «Prøv igen», and the Back button leads back to the
//! page, which still holds everything typed.

use crate::ui::kontekst::Kontekst;
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// A hand-off is under way or done: never two.
    static I_GANG: Cell<bool> = const { Cell::new(false) };
    /// The whole app has started: this app no longer has a page, and its panic hook stays quiet.
    static OVERDRAGET: Cell<bool> = const { Cell::new(false) };
    /// How the hand-off goes. Not owned by the page that shows it: the router may draw that page again (a
    /// second route change) while the whole app is fetched, and every drawing shows the one state.
    static STATUS: ArcRwSignal<Status> = ArcRwSignal::new(Status::Henter);
}

fn status() -> ArcRwSignal<Status> {
    STATUS.with(Clone::clone)
}

/// Whether this (small) app has handed the page to the whole app.
pub fn er_overdraget() -> bool {
    OVERDRAGET.with(Cell::get)
}

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Henter,
    Fejl,
}

/// The page a small app shows for a route it does not hold, while the whole app is fetched and started.
pub fn til_hele_appen() -> AnyView {
    let moede = use_context::<Kontekst>().is_some_and(|k| k.moede.get_untracked());
    // After the task that draws this: the router is still drawing.
    set_timeout(move || start(moede), std::time::Duration::ZERO);
    let status = status();
    if !I_GANG.with(Cell::get) {
        status.set(Status::Henter);
    }
    view! {
        {move || match status.get() {
            Status::Henter => view! { <p class="henter" role="status">"Henter siden …"</p> }.into_any(),
            Status::Fejl => view! {
                <h1 tabindex="-1">"Siden kunne ikke hentes"</h1>
                <p role="alert">
                    "Ressourceguiden kunne ikke hente resten af appen. Måske er der ingen forbindelse lige nu. "
                    "Det, du har skrevet, er ikke væk: gå tilbage med browserens tilbage-knap, eller prøv igen."
                </p>
                <p>
                    <button type="button" class="knap" on:click=move |_| start(moede)>"Prøv igen"</button>
                </p>
            }
            .into_any(),
        }}
    }
    .into_any()
}

fn saet(o: &JsValue, k: &str, v: &JsValue) {
    let _ = js_sys::Reflect::set(o, &k.into(), v);
}

fn start(moede: bool) {
    if I_GANG.with(|g| g.replace(true)) {
        return;
    }
    let status = status();
    status.set(Status::Henter);
    let w: JsValue = window().into();
    let o: JsValue = js_sys::Object::new().into();
    let svar: JsValue = js_sys::Object::new().into();
    for (navn, q) in crate::ui::beregner::husket() {
        saet(&svar, navn, &q.into());
    }
    saet(&o, "svar", &svar);
    if let Some(f) = crate::ui::sider::forside_html() {
        saet(&o, "forside", &f.into());
    }
    // The pages' own memory: the klage draft (the pages' app holds the klage helper) and the last search.
    let h = crate::ui::sider::hukommelse();
    let (k, brev) = h.klage;
    let klage: JsValue = js_sys::Object::new().into();
    for (navn, v) in [
        ("dato", k.dato),
        ("emne", k.emne),
        ("grund", k.grund),
        ("navn", k.navn),
    ] {
        saet(&klage, navn, &v.into());
    }
    saet(&klage, "aktindsigt", &k.aktindsigt.into());
    if let Some(b) = brev {
        saet(&klage, "brev", &b.into());
    }
    saet(&o, "klage", &klage);
    saet(&o, "soegning", &h.soegning.into());
    saet(&w, "__rgOverdrag", &o);
    saet(&w, "__rgMoede", &moede.into());
    // The whole app's first page is a page change: focus on its heading (crate::ui::App).
    saet(&w, "__rgNavigeret", &true.into());
    let løfte = js_sys::Reflect::get(&w, &"__rgHeleAppen".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&w).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(løfte) = løfte else {
        I_GANG.with(|g| g.set(false));
        status.set(Status::Fejl);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(løfte).await.is_ok() {
            OVERDRAGET.with(|o| o.set(true));
            // The whole app holds the answers now; this app's memory keeps no copy («Ryd alt» there must
            // leave nothing behind).
            crate::ui::beregner::glem_husket();
            crate::ui::sider::glem_hukommelse();
        } else {
            I_GANG.with(|g| g.set(false));
            status.set(Status::Fejl);
        }
    });
}

/// At the start of the whole app: what a small app handed over (`window.__rgOverdrag`), if any — the
/// calculators' answers, the klage draft and the last search back into memory, the prerendered front page.
pub fn modtag() {
    let w: JsValue = window().into();
    let Ok(o) = js_sys::Reflect::get(&w, &"__rgOverdrag".into()) else {
        return;
    };
    if !o.is_object() {
        return;
    }
    saet(&w, "__rgOverdrag", &JsValue::UNDEFINED);
    let tekst = |o: &JsValue, k: &str| {
        js_sys::Reflect::get(o, &k.into())
            .ok()
            .and_then(|v| v.as_string())
    };
    if let Some(f) = tekst(&o, "forside") {
        crate::ui::sider::gem_forside(f);
    }
    if let Ok(klage) = js_sys::Reflect::get(&o, &"klage".into()) {
        let felter = crate::indhold::klagebrev::Klagefelter {
            dato: tekst(&klage, "dato").unwrap_or_default(),
            emne: tekst(&klage, "emne").unwrap_or_default(),
            grund: tekst(&klage, "grund").unwrap_or_default(),
            navn: tekst(&klage, "navn").unwrap_or_default(),
            aktindsigt: js_sys::Reflect::get(&klage, &"aktindsigt".into())
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
        };
        crate::ui::sider::genskab_hukommelse(crate::ui::sider::Hukommelse {
            klage: (felter, tekst(&klage, "brev")),
            soegning: tekst(&o, "soegning").unwrap_or_default(),
        });
    }
    let Ok(svar) = js_sys::Reflect::get(&o, &"svar".into()) else {
        return;
    };
    for b in crate::ui::register::BEREGNERE {
        if let Some(q) = js_sys::Reflect::get(&svar, &b.navn().into())
            .ok()
            .and_then(|q| q.as_string())
        {
            crate::ui::beregner::husk(b.navn(), q);
        }
    }
}
