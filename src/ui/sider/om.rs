use crate::indhold::om::PROJEKTSIDE;
use leptos::prelude::*;

/// How to report an error: a link to the project page when there is one.
pub fn projektside_link(tekst: &'static str) -> AnyView {
    if PROJEKTSIDE.is_empty() {
        view! { <span>{tekst}" (adressen er ikke offentliggjort endnu)"</span> }.into_any()
    } else {
        view! { <a href=PROJEKTSIDE>{tekst}</a> }.into_any()
    }
}

/// Om og privatliv: the finished HTML of [`crate::indhold::om`] — the same text `index.html` shows as the page's
/// skeleton before the WebAssembly has arrived, so the app takes over without moving anything.
#[component]
pub fn Om() -> impl IntoView {
    view! { <div class="om" inner_html=crate::indhold::om::html()></div> }
}
