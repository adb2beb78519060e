//! Dine rettigheder: the list of rights pages with search (`#/rettigheder`), and one page
//! (`#/rettigheder/<slug>`, optionally `/<anker>`). The pages themselves are finished HTML from
//! [`crate::indhold`]; nothing here knows any law.

use super::klagehjaelp::Klagehjaelp;
use crate::indhold::{self, Fund, Side, Treff};
use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    /// The last search, so it is still there after visiting a result and coming back. Memory only: it is
    /// gone when the page is closed or reloaded, and never stored.
    static SIDSTE_SOEGNING: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Dine rettigheder: every page with its easy-read summary, and a search field.
#[component]
pub fn Rettigheder() -> impl IntoView {
    let soegning = RwSignal::new(SIDSTE_SOEGNING.with(|s| s.borrow().clone()));
    let treff = Memo::new(move |_| indhold::soeg(&soegning.get()));
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
        Some(side) => view! {
            <article class="rettighed">
                <div class="rettighed-top" inner_html=side.html></div>
                {(side.slug == "klage").then(Klagehjaelp)}
                <div inner_html=side.html_fod></div>
            </article>
        }
        .into_any(),
        None => view! {
            <h1 tabindex="-1">"Siden findes ikke"</h1>
            <p>"Der er ingen side om rettigheder med adressen «" {slug} "»."</p>
            <p><a href="#/rettigheder">"Se alle sider om dine rettigheder"</a></p>
        }
        .into_any(),
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
