//! Fetching the app's own static files (same origin, relative URL — so it works under any sub-path). The only
//! requests the app makes; nothing about the user is ever sent.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The text of `sti` (relative to the page), or a Danish message.
pub async fn tekst(sti: &str) -> Result<String, String> {
    let fejl = || format!("«{sti}» kunne ikke hentes.");
    let svar = JsFuture::from(leptos::prelude::window().fetch_with_str(sti))
        .await
        .map_err(|_| fejl())?;
    let svar: web_sys::Response = svar.dyn_into().map_err(|_| fejl())?;
    if !svar.ok() {
        return Err(fejl());
    }
    let t = JsFuture::from(svar.text().map_err(|_| fejl())?)
        .await
        .map_err(|_| fejl())?;
    t.as_string().ok_or_else(fejl)
}
