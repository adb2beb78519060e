//! Copying and printing a letter draft — the klage letter, the meeting kit's letter and the payments check's
//! letter share one way of doing it: the clipboard when the browser gives it, else the letter's text is
//! selected so the user can copy it with the keyboard; printing prints the letter alone.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Selects the text of the element `id`, so the user can copy it with the keyboard; `false` when it cannot.
pub fn marker(id: &str) -> bool {
    let (Some(el), Ok(Some(sel))) = (document().get_element_by_id(id), window().get_selection())
    else {
        return false;
    };
    let _ = sel.remove_all_ranges();
    sel.select_all_children(&el).is_ok()
}

/// What the page says after «Kopiér»: when it worked, and when the text was selected instead.
#[derive(Clone, Copy)]
pub struct Beskeder {
    pub kopieret: &'static str,
    pub markeret: &'static str,
}

/// Copies `tekst` to the clipboard and says so in `status`. Without a clipboard, or when the browser refuses,
/// the element `id` (the letter) is selected and the user is told to press Ctrl+C.
pub fn kopier(tekst: String, id: &'static str, status: RwSignal<String>, b: Beskeder) {
    let navigator = window().navigator();
    let har_udklipsholder = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if !har_udklipsholder {
        marker(id);
        status.set(b.markeret.into());
        return;
    }
    let loefte = navigator.clipboard().write_text(&tekst);
    leptos::task::spawn_local(async move {
        let besked = match wasm_bindgen_futures::JsFuture::from(loefte).await {
            Ok(_) => b.kopieret,
            Err(_) => {
                marker(id);
                b.markeret
            }
        };
        let _ = status.try_set(besked.to_string());
    });
}

/// Prints the letter alone (the print stylesheet hides everything else under `body.udskriv-klagebrev`).
pub fn udskriv() {
    if let Some(krop) = document().body() {
        let foer = krop.class_name();
        krop.set_class_name(format!("{foer} udskriv-klagebrev").trim());
        let _ = window().print();
        krop.set_class_name(&foer);
    }
}
