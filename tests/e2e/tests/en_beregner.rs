//! One calculator at a time (README «Én beregner ad gangen»), against the release build: a calculator's own
//! route starts its small app (`kun/<navn>-<hash>`), never the whole app; leaving the calculator hands what the
//! reader typed to the whole app, which takes the page over with nothing lost, one header and one main, focus
//! on the new heading and no console error; back on the calculator, every answer is there. Without the small
//! app (offline, not cached) the whole app serves the route; without the whole app the page says so in Danish,
//! and the answers are still there. The other pages (Om, the rights guide) start the app without calculators.
#![cfg(not(target_arch = "wasm32"))]

use e2e::felter::{felt, skriv, vent_paa};
use e2e::{ensure, Browser, E2eResult};
use serde_json::json;
use thirtyfour::prelude::*;

/// The `.wasm` files the page has fetched so far (file names).
async fn wasm_hentet(b: &Browser) -> E2eResult<Vec<String>> {
    Ok(b.requests()
        .await?
        .into_iter()
        .filter(|r| r.url.ends_with(".wasm"))
        .map(|r| r.url.rsplit('/').next().unwrap_or("").to_string())
        .collect())
}

async fn antal(b: &Browser, css: &str) -> E2eResult<u64> {
    let n = b
        .eval_with(
            "return document.querySelectorAll(arguments[0]).length;",
            vec![json!(css)],
        )
        .await?;
    Ok(n.as_u64().unwrap_or(0))
}

async fn slut(b: Browser) -> E2eResult<()> {
    let fejl = b.console_errors().await?;
    ensure!(fejl.is_empty(), "console errors: {fejl:?}");
    b.quit().await
}

/// The main menu's item `punkt` (a page the running small app does not hold): the whole app is fetched and takes
/// the page over — focus on the new heading (`punkt` is its text), one header and one main.
async fn til_hele_appen_via_menuen(b: &Browser, punkt: &str, hvornaar: &str) -> E2eResult<()> {
    b.driver()
        .find(By::XPath(format!(
            "//nav[@aria-label='Hovedmenu']//a[normalize-space(.)='{punkt}']"
        )))
        .await?
        .click()
        .await?;
    b.wait_h1_focused(punkt, hvornaar).await?;
    let hentet = wasm_hentet(b).await?;
    ensure!(
        hentet.iter().any(|w| w.starts_with("ressourceguiden-")),
        "the whole app was not fetched: {hentet:?}"
    );
    ensure!(
        antal(b, "header.top").await? == 1 && antal(b, "main").await? == 1,
        "two apps on the page: {} headers, {} mains",
        antal(b, "header.top").await?,
        antal(b, "main").await?
    );
    Ok(())
}

const DATO: &str = "Dagen, brevet kom i din digitale postkasse";
const EMNE: &str = "Hvad handler afgørelsen om?";

/// Back (history) to the klagefrist form: the date typed earlier and its deadline are there.
async fn tilbage_til_formularen(b: &Browser, hvornaar: &str) -> E2eResult<()> {
    b.eval("history.back(); return null;").await?;
    b.wait_for_h1("Din klagefrist").await?;
    vent_paa(b, ".hovedtal strong", "lørdag 19. december 2026").await?;
    let v = felt(b, DATO)
        .await?
        .prop("value")
        .await?
        .unwrap_or_default();
    ensure!(v == "21.11.2026", "the date was lost {hvornaar}: {v:?}");
    Ok(())
}

/// The klagefrist route starts the klagefrist app alone; the menu leads on to the whole app with the answer
/// kept, and Back shows it again.
#[tokio::test]
async fn fra_en_beregner_til_hele_appen_og_tilbage() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/klagefrist").await?;
    b.wait_for_h1("Din klagefrist").await?;
    let hentet = wasm_hentet(&b).await?;
    ensure!(
        hentet.len() == 1 && hentet[0].starts_with("klagefrist-"),
        "#/klagefrist should fetch its small app alone, fetched: {hentet:?}"
    );
    skriv(&b, DATO, "21.11.2026").await?;
    vent_paa(&b, ".hovedtal strong", "lørdag 19. december 2026").await?;

    // The main menu: a page the small app does not hold.
    til_hele_appen_via_menuen(&b, "Dine rettigheder", "after leaving the small app").await?;
    b.wait_for_title("Dine rettigheder – Ressourceguiden")
        .await?;
    // The whole app works: its search answers.
    skriv(&b, "Søg i rettighederne", "klage").await?;
    vent_paa(&b, "#soeg-antal", "«klage»").await?;
    b.axe_check("hele appen efter en beregner").await?;

    // Back: the klagefrist form, drawn by the whole app, with the date and its result.
    tilbage_til_formularen(&b, "on the way").await?;
    slut(b).await
}

/// Meeting mode turned on in a small app stays on in the whole app.
#[tokio::test]
async fn moedetilstand_foelger_med() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/ferie").await?;
    b.wait_for_h1("Ferie med ydelse").await?;
    b.driver()
        .find(By::XPath(
            "//div[@class='moedeknapper']/button[normalize-space(.)='Mødetilstand']",
        ))
        .await?
        .click()
        .await?;
    vent_paa(&b, ".moedestatus", "intet gemmes på enheden").await?;
    b.eval("location.hash = '#/om'; return null;").await?;
    b.wait_h1_focused("Om og privatliv", "after leaving the small app")
        .await?;
    vent_paa(&b, ".moedestatus", "intet gemmes på enheden").await?;
    let tryk = b
        .eval("return document.querySelector('.moedeknapper button').getAttribute('aria-pressed');")
        .await?;
    ensure!(tryk == "true", "meeting mode lost: aria-pressed={tryk}");
    ensure!(
        b.eval("return document.body.classList.contains('moede');")
            .await?
            == true,
        "body.moede lost"
    );
    slut(b).await
}

/// Offline with only the whole app in the service worker's cache (the small apps are not kept): a small app
/// that cannot be fetched leaves the route to the whole app.
#[tokio::test]
async fn uden_den_lille_app_starter_hele_appen() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.cdp("Network.enable", json!({})).await?;
    b.cdp("Network.setBlockedURLs", json!({"urls": ["*/kun/*"]}))
        .await?;
    b.open_fresh("#/ferie").await?;
    b.wait_for_h1("Ferie med ydelse").await?;
    let hentet = wasm_hentet(&b).await?;
    ensure!(
        hentet.iter().any(|w| w.starts_with("ressourceguiden-")),
        "the whole app did not take the route: {hentet:?}"
    );
    vent_paa(&b, "main", "Hvilket forløb er du i?").await?;
    // The blocked fetch is reported by the browser itself; nothing else may be.
    let fejl: Vec<_> = b
        .console_errors()
        .await?
        .into_iter()
        .filter(|e| !e.message.contains("/kun/"))
        .collect();
    ensure!(fejl.is_empty(), "console errors: {fejl:?}");
    b.quit().await
}

/// The whole app cannot be fetched when the reader leaves the calculator (offline before the service worker has
/// kept it; the loader's promise fails, here by a stand-in for the loader's function): the page says so in
/// Danish, Back shows the form with her answer, and «Prøv igen» works once the app can be fetched.
#[tokio::test]
async fn uden_hele_appen_er_svarene_der_stadig() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/klagefrist").await?;
    b.wait_for_h1("Din klagefrist").await?;
    skriv(&b, DATO, "21.11.2026").await?;
    vent_paa(&b, ".hovedtal strong", "lørdag 19. december 2026").await?;
    b.eval(
        "window.__rgE2eHele = window.__rgHeleAppen; \
         window.__rgHeleAppen = () => Promise.reject(new TypeError('Failed to fetch')); return null;",
    )
    .await?;
    b.eval("location.hash = '#/om'; return null;").await?;
    b.wait_for_h1("Siden kunne ikke hentes").await?;
    vent_paa(&b, "main [role=alert]", "Det, du har skrevet, er ikke væk").await?;
    b.axe_check("hele appen kunne ikke hentes").await?;

    tilbage_til_formularen(&b, "when the whole app could not be fetched").await?;

    // Forward: every route change tries again, and says so again.
    b.eval("history.forward(); return null;").await?;
    b.wait_for_h1("Siden kunne ikke hentes").await?;
    // The app can be fetched again: «Prøv igen».
    b.eval("window.__rgHeleAppen = window.__rgE2eHele; return null;")
        .await?;
    b.driver()
        .find(By::XPath("//button[normalize-space(.)='Prøv igen']"))
        .await?
        .click()
        .await?;
    b.wait_h1_focused("Om og privatliv", "after «Prøv igen»")
        .await?;
    tilbage_til_formularen(&b, "after «Prøv igen»").await?;
    slut(b).await
}

/// The app's other pages start the app without calculators (`kun/sider-…`): «Om og privatliv» and a rights page
/// fetch it alone; the menu's calculator is the whole app's, with focus on its heading.
#[tokio::test]
async fn siderne_uden_beregnere() -> E2eResult<()> {
    let b = Browser::start().await?;
    for (rute, h1) in [
        ("#/om", "Om og privatliv"),
        ("#/rettigheder/klage", "Klage over en afgørelse"),
    ] {
        b.open_fresh(rute).await?;
        b.wait_for_h1(h1).await?;
        let hentet = wasm_hentet(&b).await?;
        ensure!(
            !hentet.is_empty() && hentet.iter().all(|w| w.starts_with("sider-")),
            "{rute} should fetch the app without calculators alone, fetched: {hentet:?}"
        );
    }
    // The klage helper (on the rights page, in the pages' app): what she types goes along.
    skriv(&b, EMNE, "min ressourceforløbsydelse for marts").await?;
    til_hele_appen_via_menuen(&b, "Beregn din ydelse", "after leaving the pages' app").await?;
    b.axe_check("ydelse efter siderne").await?;
    // Back: the klage page, drawn by the whole app, with the draft.
    b.eval("history.back(); return null;").await?;
    b.wait_for_h1("Klage over en afgørelse").await?;
    let v = felt(&b, EMNE)
        .await?
        .prop("value")
        .await?
        .unwrap_or_default();
    ensure!(
        v == "min ressourceforløbsydelse for marts",
        "the klage draft was lost on the way: {v:?}"
    );
    slut(b).await
}
