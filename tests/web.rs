//! In-browser component tests (wasm-bindgen-test in headless Chromium):
//! `cargo test -p ressourceguiden --target wasm32-unknown-unknown --test web`.
//! A native `cargo test` compiles this file to nothing; the wasm32 pass is part of the README's test command.
#![cfg(target_arch = "wasm32")]

use ressourceguiden::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits for the browser to run timers, animation frames and Leptos' scheduled effects.
async fn vent(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

fn doc() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn tekst(sel: &str) -> String {
    doc()
        .query_selector(sel)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

async fn gaa_til(hash: &str) {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    vent(60).await;
}

fn monter() -> web_sys::HtmlElement {
    let rod: web_sys::HtmlElement = doc().create_element("div").unwrap().dyn_into().unwrap();
    doc().body().unwrap().append_child(&rod).unwrap();
    leptos::mount::mount_to(rod.clone(), App).forget();
    rod
}

#[wasm_bindgen_test]
async fn shell_has_navigation_footer_and_every_route_its_heading() {
    gaa_til("#/").await;
    let rod = monter();
    vent(30).await;
    let links = rod
        .query_selector_all("nav[aria-label=Hovedmenu] a")
        .unwrap();
    assert_eq!(links.length(), 4);
    assert!(tekst("footer").contains("Dine oplysninger forlader aldrig din enhed"));
    assert!(tekst("footer").contains(ressourceguiden::ui::VERSION));
    assert!(tekst("footer").contains("Lovdata sidst kontrolleret"));
    assert_eq!(tekst("main h1"), "Ressourceguiden");

    for (hash, h1) in [
        ("#/ydelse", "Beregn din ydelse"),
        ("#/forloeb", "Dine forløb og grænser"),
        ("#/rettigheder", "Dine rettigheder"),
        ("#/om", "Om og privatliv"),
        ("#/findes-ikke", "Siden findes ikke"),
    ] {
        gaa_til(hash).await;
        assert_eq!(tekst("main h1"), h1, "heading for {hash}");
        assert_eq!(
            doc().title(),
            format!("{h1} – Ressourceguiden"),
            "title for {hash}"
        );
        let aktiv = doc()
            .active_element()
            .map(|e| e.tag_name())
            .unwrap_or_default();
        assert_eq!(aktiv, "H1", "focus moves to the new heading on {hash}");
    }
    // aria-current marks the section of the current page, and only that.
    gaa_til("#/om").await;
    let current = rod.query_selector_all("nav a[aria-current=page]").unwrap();
    assert_eq!(current.length(), 1);
    assert_eq!(
        current.get(0).unwrap().text_content().unwrap(),
        "Om og privatliv"
    );
    rod.remove();
    gaa_til("#/").await;
}

#[wasm_bindgen_test]
async fn an_in_page_anchor_does_not_change_the_page() {
    gaa_til("#/om").await;
    let rod = monter();
    vent(30).await;
    assert_eq!(tekst("main h1"), "Om og privatliv");
    gaa_til("#indhold").await;
    assert_eq!(tekst("main h1"), "Om og privatliv");
    rod.remove();
    gaa_til("#/").await;
}
