//! «Satser og kilder» (`#/satser`, `#/satser/<parameter>-<år>`): the page is finished HTML generated from the
//! law data at build time ([`crate::indhold::satser`]), fetched when opened so it is not in the first load.

use crate::indhold::satser::TITEL;
use leptos::prelude::*;

#[component]
pub fn Satser() -> impl IntoView {
    let html = RwSignal::new(String::new());
    let fejl = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        match crate::ui::hent::tekst("rettigheder/app/satser.html").await {
            Ok(t) => {
                html.set(t);
                request_animation_frame(|| {
                    let hash = window().location().hash().unwrap_or_default();
                    if let Some(a) = crate::ui::rute::Rute::fra_hash(&hash)
                        .and_then(|r| r.anker().map(str::to_string))
                    {
                        super::vis_anker(&a);
                    }
                });
            }
            Err(_) => fejl.set(true),
        }
    });
    view! {
        <h1 tabindex="-1">{TITEL}</h1>
        <Show when=move || !html.with(String::is_empty) fallback=move || view! {
            {move || if fejl.get() {
                view! {
                    <p class="boks vigtigt" role="status">"Siden kunne ikke hentes. Prøv igen, når du er på nettet, eller "
                        <a href="rettigheder/satser.html">"åbn den som almindelig webside"</a>"."</p>
                }.into_any()
            } else {
                view! { <p role="status">"Henter siden …"</p> }.into_any()
            }}
        }>
            <div class="satser-side" inner_html=move || html.get()></div>
        </Show>
    }
}
