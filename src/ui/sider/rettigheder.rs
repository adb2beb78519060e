//! Dine rettigheder: the list of rights pages with search (`#/rettigheder`), and one page
//! (`#/rettigheder/<slug>`, optionally `/<anker>`). The pages themselves are finished HTML from
//! [`crate::indhold`]; nothing here knows any law.

use super::klagehjaelp::Klagehjaelp;
use crate::indhold::{self, Fund, Side, Treff};
use crate::ui::komponenter::Senere;
use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    /// The last search, so it is still there after visiting a result and coming back. Memory only: it is
    /// gone when the page is closed or reloaded, and never stored.
    static SIDSTE_SOEGNING: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The last search, for the hand-off to the whole app ([`crate::ui::overdrag`]).
pub fn soegning() -> String {
    SIDSTE_SOEGNING.with(|s| s.borrow().clone())
}

/// Keeps a search handed over by a small app ([`crate::ui::overdrag`]).
pub fn saet_soegning(q: String) {
    SIDSTE_SOEGNING.with(|s| *s.borrow_mut() = q);
}

/// Forgets the last search (meeting mode «Ryd alt»).
pub fn glem_soegning() {
    SIDSTE_SOEGNING.with(|s| s.borrow_mut().clear());
}

/// Dine rettigheder: every page with its easy-read summary, and a search field.
#[component]
pub fn Rettigheder() -> impl IntoView {
    let soegning = RwSignal::new(SIDSTE_SOEGNING.with(|s| s.borrow().clone()));
    // The full-text index is a separate static file (not in the wasm): fetch it once; titles and summaries
    // are searchable at once, the text as soon as it has arrived.
    let fuldtekst = RwSignal::new(indhold::har_fuldtekst());
    if !fuldtekst.get_untracked() {
        leptos::task::spawn_local(async move {
            if let Ok(t) = crate::ui::hent::tekst("rettigheder/app/soeg.txt").await {
                indhold::saet_fuldtekst(&t);
                fuldtekst.set(indhold::har_fuldtekst());
            }
        });
    }
    let treff = Memo::new(move |_| {
        fuldtekst.track();
        indhold::soeg(&soegning.get())
    });
    let aktiv = move || !soegning.with(|q| q.trim().is_empty());
    let status = move || {
        let q = soegning.get();
        let q = q.trim();
        match (q.is_empty(), treff.with(Vec::len)) {
            (true, _) => String::new(),
            (false, 0) => format!("Ingen sider passer til «{q}». Prøv et andet ord."),
            (false, 1) => format!("1 side passer til «{q}»."),
            (false, n) => format!("{n} sider passer til «{q}»."),
        }
    };
    let liste = move || {
        if aktiv() {
            treff
                .get()
                .into_iter()
                .map(|t| kort(t.side, Some(t)))
                .collect_view()
                .into_any()
        } else {
            indhold::SIDER
                .iter()
                .map(|s| kort(s, None))
                .collect_view()
                .into_any()
        }
    };
    view! {
        <h1 tabindex="-1">"Dine rettigheder"</h1>
        <p class="indledning">
            "Du har ret til mere end penge: til at have en bisidder med, til at klage, til ferie og til en samtale "
            "med en sundhedskoordinator, hvis et tilbud ikke tager hensyn til dit helbred."
        </p>
        <form class="soeg" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="soeg-rettigheder">"Søg i rettighederne"</label>
            <input
                id="soeg-rettigheder"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="soeg-hjaelp"
                aria-controls="rettigheder-liste"
                prop:value=move || soegning.get()
                on:input=move |ev| {
                    let q = event_target_value(&ev);
                    SIDSTE_SOEGNING.with(|s| s.replace(q.clone()));
                    soegning.set(q);
                }
            />
            <p id="soeg-hjaelp" class="hjaelp">
                "Skriv et eller flere ord, fx ferie, klage eller bisidder. Store og små bogstaver er lige meget, "
                "og du kan skrive æ, ø og å som ae, oe og aa. Søgningen sker på din egen enhed."
            </p>
        </form>
        <p id="soeg-antal" class="soeg-antal" aria-live="polite">{status}</p>
        <ul class="kort" id="rettigheder-liste">{liste}</ul>
        <p>
            <a href="rettigheder/index.html">"Alle sider som almindelige websider"</a>
            " – de virker uden JavaScript og er gode at dele og udskrive."
        </p>
    }
}

/// One page in the list: title (link), summary, and where a search found it.
fn kort(side: &'static Side, treff: Option<Treff>) -> impl IntoView {
    let fund = treff.map(|t| match t.fund {
        Fund::Titel => "Fundet i titlen",
        Fund::Resume => "Fundet i det korte resumé",
        Fund::Tekst => "Fundet i teksten",
    });
    view! {
        <li>
            <h2><a href=format!("#/rettigheder/{}", side.slug)>{side.titel}</a></h2>
            <p>{side.letlaest}</p>
            {fund.map(|f| view! { <p class="fund">{f}</p> })}
        </li>
    }
}

/// One rights page. The klage page also gets the klage helper, between the text and the sources.
#[component]
pub fn Rettighed(slug: String) -> impl IntoView {
    match indhold::side(&slug) {
        Some(side) => {
            // Native builds have the HTML compiled in; the wasm app fetches the page's fragment (same origin,
            // cached by the service worker for offline use).
            // The start-up guard may have fetched it already, to show it before the app had started.
            let (html, html_fod) = match forhaandshentet(side.slug) {
                Some(t) => top_og_fod(&t),
                None => (side.html.to_string(), side.html_fod.to_string()),
            };
            let indlaest = !html.is_empty();
            let top = RwSignal::new(html);
            let fod = RwSignal::new(html_fod);
            let fejl = RwSignal::new(false);
            if !indlaest {
                leptos::task::spawn_local(async move {
                    match crate::ui::hent::tekst(&format!("rettigheder/app/{}.html", side.slug))
                        .await
                    {
                        Ok(t) => {
                            let (a, b) = top_og_fod(&t);
                            let fokus_paa_h1 = document()
                                .active_element()
                                .is_some_and(|e| e.tag_name() == "H1");
                            top.set(a);
                            fod.set(b);
                            request_animation_frame(move || efter_indlaesning(fokus_paa_h1));
                        }
                        Err(_) => fejl.set(true),
                    }
                });
            }
            let gammel = indhold::ikke_kontrolleret_laenge(
                side.sidst_kontrolleret,
                crate::ui::komponenter::i_dag(),
            );
            view! {
                <article class="rettighed">
                    {gammel.then(|| view! {
                        <p class="boks vigtigt kontrol-gammel">
                            {indhold::kontrol_gammel_tekst()}
                        </p>
                    })}
                    <Show when=move || !top.with(String::is_empty) fallback=move || view! {
                        <h1 tabindex="-1">{side.titel}</h1>
                        <div class="boks letlaest"><p>{side.letlaest}</p></div>
                        {move || if fejl.get() {
                            view! {
                                <p class="boks vigtigt" role="status">"Siden kunne ikke hentes. Prøv igen, når du er på nettet, eller "
                                    <a href=format!("rettigheder/{}.html", side.slug)>"åbn den som almindelig webside"</a>"."</p>
                            }.into_any()
                        } else {
                            view! { <p role="status">"Henter siden …"</p> }.into_any()
                        }}
                    }>
                        <div class="rettighed-top" inner_html=move || top.get()></div>
                    </Show>
                    // The klage helper comes with the page's text, not before it: drawn under the short
                    // placeholder, it would jump down the screen when the text arrives. It and the foot are
                    // below the first screen: drawn in a task of their own, after the text.
                    <Senere>
                        {move || (side.slug == "klage" && !top.with(String::is_empty)).then(Klagehjaelp)}
                        <div inner_html=move || fod.get()></div>
                    </Senere>
                </article>
            }
            .into_any()
        }
        None => view! {
            <h1 tabindex="-1">"Siden findes ikke"</h1>
            <p>"Der er ingen side om rettigheder med adressen «" {slug} "»."</p>
            <p><a href="#/rettigheder">"Se alle sider om dine rettigheder"</a></p>
        }
        .into_any(),
    }
}

/// A page's app fragment split into its text and its foot (sources, related pages) at [`indhold::FOD_SKILLE`].
fn top_og_fod(fragment: &str) -> (String, String) {
    let (a, b) = fragment
        .split_once(indhold::FOD_SKILLE)
        .unwrap_or((fragment, ""));
    (a.to_string(), b.to_string())
}

/// The page's app fragment as `src/web/vagt.js` fetched it before the app started (`window.__rgRettighed`,
/// `{slug, tekst}`), taken once: the app shows the same text the skeleton showed, without fetching it again.
fn forhaandshentet(slug: &str) -> Option<String> {
    let vindue = window();
    let w: &wasm_bindgen::JsValue = vindue.as_ref();
    let v = js_sys::Reflect::get(w, &"__rgRettighed".into()).ok()?;
    if v.is_undefined() || v.is_null() {
        return None;
    }
    let _ = js_sys::Reflect::set(w, &"__rgRettighed".into(), &wasm_bindgen::JsValue::NULL);
    let s = js_sys::Reflect::get(&v, &"slug".into()).ok()?.as_string()?;
    let t = js_sys::Reflect::get(&v, &"tekst".into())
        .ok()?
        .as_string()?;
    (s == slug).then_some(t)
}

/// After a fetched page has been inserted: keep focus on its heading (the placeholder heading had it) and
/// scroll to the anchor of the route, if any.
fn efter_indlaesning(fokus_paa_h1: bool) {
    let hash = window().location().hash().unwrap_or_default();
    let anker = crate::ui::rute::Rute::fra_hash(&hash).and_then(|r| r.anker().map(str::to_string));
    if let Some(a) = anker {
        if vis_anker(&a) {
            return;
        }
    }
    if fokus_paa_h1 {
        use wasm_bindgen::JsCast;
        if let Some(h) = document()
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = h.focus();
        }
    }
}

/// Scrolls to the element with id `id` inside `<main>` and focuses it (a heading gets `tabindex="-1"` for
/// that). Returns false when there is no such element.
pub fn vis_anker(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(el) = document()
        .get_element_by_id(id)
        .filter(|el| el.closest("main").ok().flatten().is_some())
    else {
        return false;
    };
    if !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    el.scroll_into_view();
    if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
    true
}
