//! The front page. Its HTML is written once, at build time ([`crate::indhold::forside`]), into `index.html`, where
//! it is readable before the app has loaded; the app keeps that HTML when it starts ([`crate::ui::start`]) and
//! shows it here. Where there is none (a test page without the build's `index.html`), a plain list of the
//! calculators stands in.

use crate::ui::register::BEREGNERE;
use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    /// The prerendered front page from `index.html`, kept at start.
    static FORSIDE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps the prerendered front page (the inner HTML of `index.html`'s `.forside-statisk`).
pub fn gem_forside(html: String) {
    FORSIDE.with(|f| *f.borrow_mut() = Some(html));
}

/// The prerendered front page kept at start, for the hand-off to the whole app ([`crate::ui::overdrag`]).
pub fn forside_html() -> Option<String> {
    FORSIDE.with(|f| f.borrow().clone())
}

#[component]
pub fn Forside() -> impl IntoView {
    match FORSIDE.with(|f| f.borrow().clone()) {
        Some(html) => view! { <div class="forside" inner_html=html></div> }.into_any(),
        None => view! {
            <h1 tabindex="-1" class="forside-titel">"Ressourceguiden"</h1>
            <ul class="kort">
                {BEREGNERE
                    .into_iter()
                    .map(|b| view! { <li><h3><a href=b.href()>{b.titel()}</a></h3><p>{b.beskrivelse()}</p></li> })
                    .collect_view()}
            </ul>
        }
        .into_any(),
    }
}
