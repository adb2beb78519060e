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

/// A mounted app; dropping it unmounts the app (so its listeners stop reacting to later tests' hash
/// changes) and removes its root.
struct Monteret {
    rod: web_sys::HtmlElement,
    _haandtag: Box<dyn std::any::Any>,
}

impl std::ops::Deref for Monteret {
    type Target = web_sys::HtmlElement;
    fn deref(&self) -> &web_sys::HtmlElement {
        &self.rod
    }
}

impl Drop for Monteret {
    fn drop(&mut self) {
        self.rod.remove();
    }
}

fn monter() -> Monteret {
    let rod: web_sys::HtmlElement = doc().create_element("div").unwrap().dyn_into().unwrap();
    doc().body().unwrap().append_child(&rod).unwrap();
    let h = leptos::mount::mount_to(rod.clone(), App);
    Monteret {
        rod,
        _haandtag: Box::new(h),
    }
}

#[wasm_bindgen_test]
async fn shell_has_navigation_footer_and_every_route_its_heading() {
    gaa_til("#/").await;
    let rod = monter();
    vent(30).await;
    let links = rod
        .query_selector_all("nav[aria-label=Hovedmenu] a")
        .unwrap();
    assert_eq!(
        links.length() as usize,
        ressourceguiden::ui::rute::HOVEDMENU.len()
    );
    assert!(tekst("footer").contains("Dine oplysninger forlader aldrig din enhed"));
    assert!(tekst("footer").contains(ressourceguiden::ui::VERSION));
    assert!(tekst("footer").contains("Lovdata sidst kontrolleret"));
    assert_eq!(tekst("main h1"), "Ressourceguiden");

    for (hash, h1) in [
        ("#/ydelse", "Beregn din ydelse"),
        ("#/forloeb", "Dine forløb og grænser"),
        ("#/ferie", "Ferie med ydelse"),
        ("#/klagefrist", "Din klagefrist"),
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

/// Types into the input with id `id` and fires the input event, as the browser does for a keystroke.
fn skriv(id: &str, v: &str) {
    let i: web_sys::HtmlInputElement = doc().get_element_by_id(id).unwrap().dyn_into().unwrap();
    i.set_value(v);
    i.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn ydelse_component_computes_from_a_share_link_and_from_typing() {
    gaa_til("#/ydelse?v=1&m=2024-03&s=1.6.2023&l=20.000").await;
    let rod = monter();
    vent(60).await;
    assert!(
        tekst(".hovedtal").contains("10.303,65 kr."),
        "{}",
        tekst(".hovedtal")
    );
    // The answers are taken out of the address bar once read.
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "#/ydelse"
    );
    skriv("ydelse-l", "25.000");
    vent(30).await;
    // 2024: 12.326 − 0,55 × (25.000 − 16.323) = 12.326 − 4.772,35 = 7.553,65.
    assert!(
        tekst(".hovedtal").contains("7.553,65 kr."),
        "{}",
        tekst(".hovedtal")
    );
    skriv("ydelse-l", "abc");
    vent(30).await;
    assert!(tekst(".fejloversigt").contains("Skriv beløbet med tal"));
    assert!(!tekst(".hovedtal").contains("7.553,65"));
    rod.remove();
}

#[wasm_bindgen_test]
async fn a_rule_level_problem_reaches_its_field_and_the_error_summary() {
    // A birth date after the month: the form reads it, the rules refuse it (`ManglerOplysning { felt:
    // "foedselsdato" }`), and the page puts that on the birth-date field and in the error summary.
    gaa_til("#/ydelse?v=1&m=2024-03&s=1.6.2023&h=1&fd=1.1.2025").await;
    let rod = monter();
    vent(60).await;
    let felt = doc()
        .get_element_by_id("ydelse-fd")
        .expect("the birth-date field");
    assert_eq!(felt.get_attribute("aria-invalid").as_deref(), Some("true"));
    let fejl = tekst("#ydelse-fd-fejl");
    assert!(!fejl.trim().is_empty());
    assert!(tekst(".fejloversigt").contains(fejl.trim_start_matches("Fejl: ")));
    assert!(
        tekst(".hovedtal").contains("Gå til feltet"),
        "{}",
        tekst(".hovedtal")
    );
    // Emptied, the field is a prompt in the result (with the link to it), not an error.
    skriv("ydelse-fd", "");
    vent(30).await;
    assert!(
        tekst(".fejloversigt").is_empty(),
        "{}",
        tekst(".fejloversigt")
    );
    assert!(
        tekst(".hovedtal").contains("Gå til feltet"),
        "{}",
        tekst(".hovedtal")
    );
    rod.remove();
}

#[wasm_bindgen_test]
async fn klagefrist_component_counts_six_hverdage_for_a_letter() {
    gaa_til("#/klagefrist?v=1&l=p&d=2.3.2026").await;
    let rod = monter();
    vent(60).await;
    assert!(
        tekst(".hovedtal").contains("tirsdag 7. april 2026"),
        "{}",
        tekst(".hovedtal")
    );
    assert!(
        tekst(".advarsler").contains("mandag 6. april 2026"),
        "{}",
        tekst(".advarsler")
    );
    rod.remove();
}
