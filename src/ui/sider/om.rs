use leptos::prelude::*;

/// Om og privatliv: the finished HTML of [`crate::indhold::om`] — the same text `index.html` shows as the page's
/// skeleton before the WebAssembly has arrived, so the app takes over without moving anything.
#[component]
pub fn Om() -> impl IntoView {
    view! { <div class="om" inner_html=crate::indhold::om::html()></div> }
}
