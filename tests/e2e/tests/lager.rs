//! Storage that cannot take the app down, and never destroys what it could not read:
//! * with every cookie and all site data blocked in Chromium's own settings (the `localStorage` getter
//!   throws), every route renders, the ydelse calculator gives worked example 1, and the save panel says once
//!   that nothing can be saved;
//! * unreadable or newer-version saved data survives page loads, typing and the opt-in checkbox, and only the
//!   user's «Slet alt» removes it;
//! * «Slet alt» in one tab wins over another open tab.
#![cfg(not(target_arch = "wasm32"))]

use e2e::browser::POLL;
use e2e::contract::{all_pages, route};
use e2e::felter::udfyld_eksempel_1;
use e2e::{ensure, Browser, E2eResult};
use serde_json::{json, Value};
use thirtyfour::prelude::*;

/// The save panel's message when the browser gives no storage (src/ui/lager.rs `INGEN_LAGER`).
const INGEN_LAGER: &str = "Din browser tillader ikke, at der gemmes noget på enheden.";

/// The calculator routes (they have the save panel).
const BEREGNERE: [&str; 6] = [
    "#/ydelse",
    "#/forloeb",
    "#/ferie",
    "#/klagefrist",
    "#/forloebet-slutter",
    "#/udbetalinger",
];

async fn antal(b: &Browser, tekst: &str) -> E2eResult<usize> {
    let v = b
        .eval_with(
            "return document.body.innerText.split(arguments[0]).length - 1;",
            vec![Value::from(tekst)],
        )
        .await?;
    Ok(v.as_u64().unwrap_or(0) as usize)
}

async fn vent_paa_tekst(b: &Browser, css: &str, tekst: &str) -> E2eResult<()> {
    let (css, tekst) = (css.to_string(), tekst.to_string());
    b.wait_until(&format!("{css} to contain {tekst:?}"), || {
        let (css, tekst) = (css.clone(), tekst.clone());
        async move {
            let v = b
                .eval_with(
                    "const e = document.querySelector(arguments[0]); return e ? e.innerText : '';",
                    vec![Value::from(css)],
                )
                .await?;
            Ok(v.as_str().unwrap_or("").contains(&tekst).then_some(()))
        }
    })
    .await
}

async fn gemt(b: &Browser) -> E2eResult<Value> {
    b.eval("return localStorage.getItem('ressourceguiden');")
        .await
}

async fn gem_afkrydset(b: &Browser) -> E2eResult<bool> {
    Ok(
        b.eval("const c = document.getElementById('ydelse-gem'); return !!(c && c.checked);")
            .await?
            == Value::Bool(true),
    )
}

async fn klik_slet_alt(b: &Browser) -> E2eResult<()> {
    b.driver()
        .find(By::XPath("//button[contains(., 'Slet alt, der er gemt')]"))
        .await?
        .click()
        .await?;
    Ok(())
}

#[tokio::test]
async fn with_all_site_data_blocked_every_route_works_and_says_once_that_nothing_is_saved(
) -> E2eResult<()> {
    let b =
        Browser::start_with_prefs(json!({ "profile.default_content_setting_values.cookies": 2 }))
            .await?;
    b.open_fresh("#/").await?;
    // The precondition: this profile really makes the localStorage getter throw.
    let ls = b
        .eval("try { localStorage.length; return 'ok'; } catch (e) { return 'throws ' + e.name; }")
        .await?;
    ensure!(
        ls.as_str().unwrap_or("").starts_with("throws"),
        "the cookie-blocking preference did not block storage: {ls}"
    );
    for r in all_pages() {
        b.open_fresh(r.hash).await?;
        b.wait_for_h1(r.h1).await?;
        if BEREGNERE.contains(&r.hash) {
            b.wait_until(&format!("{}: the no-storage message", r.hash), || async {
                Ok((antal(&b, INGEN_LAGER).await? >= 1).then_some(()))
            })
            .await?;
        }
        let n = antal(&b, INGEN_LAGER).await?;
        let want = usize::from(BEREGNERE.contains(&r.hash));
        ensure!(
            n == want,
            "{}: the no-storage message is shown {n} times (want {want})\n{}",
            r.hash,
            b.diagnostics().await
        );
        let gem = b
            .eval("return !!document.querySelector('input[id$=\"-gem\"]');")
            .await?;
        ensure!(
            gem == false,
            "{}: a save checkbox although nothing can be saved",
            r.hash
        );
    }
    b.open_fresh("#/ydelse").await?;
    b.wait_for_h1(route("#/ydelse").h1).await?;
    udfyld_eksempel_1(&b).await?;
    let fejl = b.console_errors().await?;
    let uncaught: Vec<_> = fejl
        .iter()
        .filter(|e| e.message.contains("Uncaught") || e.message.contains("local_storage"))
        .collect();
    ensure!(uncaught.is_empty(), "uncaught errors: {uncaught:?}");
    b.quit().await
}

/// Saved data the app cannot read (a newer version, a wrong type beside a good entry, corrupt JSON) is never
/// written over: not on page load, not while typing, not by ticking «Gem mine svar»; only «Slet alt» removes
/// it.
#[tokio::test]
async fn unreadable_saved_data_survives_until_the_user_deletes_it() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/ydelse").await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    for (blob, besked) in [
        (
            r#"{"v":99,"sider":{"ydelse":"v=99&l=1","forloeb":"v=99&fd=1.1.1970"}}"#,
            "anden version",
        ),
        (
            r#"{"v":1,"sider":{"ydelse":5,"forloeb":"v=1&fd=1.1.1970"}}"#,
            "beskadigede",
        ),
        ("{", "beskadigede"),
    ] {
        b.eval_with(
            "localStorage.setItem('ressourceguiden', arguments[0]); return null;",
            vec![Value::from(blob)],
        )
        .await?;
        b.reload().await?;
        b.wait_for_h1("Beregn din ydelse").await?;
        vent_paa_tekst(&b, "main", besked).await?;
        vent_paa_tekst(&b, "main", "Vi lader dem ligge").await?;
        ensure!(
            gemt(&b).await? == blob,
            "{blob}: overwritten on page load: {}",
            gemt(&b).await?
        );
        ensure!(!gem_afkrydset(&b).await?, "{blob}: «Gem» shown as on");
        udfyld_eksempel_1(&b).await?;
        ensure!(
            gemt(&b).await? == blob,
            "{blob}: overwritten while typing: {}",
            gemt(&b).await?
        );
        // Ticking the box does not write over it either; it says why.
        b.driver().find(By::Id("ydelse-gem")).await?.click().await?;
        vent_paa_tekst(&b, ".del", "slet dem").await?;
        ensure!(
            gemt(&b).await? == blob,
            "{blob}: overwritten by the opt-in: {}",
            gemt(&b).await?
        );
        ensure!(
            !gem_afkrydset(&b).await?,
            "{blob}: «Gem» on after a refused opt-in"
        );
    }
    klik_slet_alt(&b).await?;
    vent_paa_tekst(&b, ".del", "er slettet").await?;
    ensure!(
        gemt(&b).await? == Value::Null,
        "not deleted: {}",
        gemt(&b).await?
    );
    // Now opting in works.
    b.driver().find(By::Id("ydelse-gem")).await?.click().await?;
    b.wait_until("the opt-in to store the answers", || async {
        Ok(gemt(&b)
            .await?
            .as_str()
            .is_some_and(|s| s.contains("20.000"))
            .then_some(()))
    })
    .await?;
    b.axe_check("ydelse med ulæselige gemte data").await?;
    b.quit().await
}

/// «Slet alt» in tab B while tab A is open and saving: a later keystroke in A stores nothing, and A shows that
/// saving has stopped.
#[tokio::test]
async fn deleting_in_one_tab_wins_over_another_open_tab() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/ydelse").await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    let a = b.driver().window().await?;
    b.driver().find(By::Id("ydelse-gem")).await?.click().await?;
    b.driver()
        .find(By::Id("ydelse-l"))
        .await?
        .send_keys("1111")
        .await?;
    b.wait_until("tab A to save", || async {
        Ok(gemt(&b)
            .await?
            .as_str()
            .is_some_and(|s| s.contains("1111"))
            .then_some(()))
    })
    .await?;

    let tab_b = b.driver().new_tab().await?;
    b.driver().switch_to_window(tab_b).await?;
    b.open("#/forloeb").await?;
    b.wait_for_h1("Dine forløb og grænser").await?;
    klik_slet_alt(&b).await?;
    vent_paa_tekst(&b, ".del", "er slettet").await?;
    ensure!(gemt(&b).await? == Value::Null, "not deleted in tab B");

    b.driver().switch_to_window(a).await?;
    b.wait_until("tab A to notice the deletion", || async {
        Ok((!gem_afkrydset(&b).await?).then_some(()))
    })
    .await?;
    b.driver()
        .find(By::Id("ydelse-l"))
        .await?
        .send_keys("2")
        .await?;
    tokio::time::sleep(POLL * 6).await;
    ensure!(
        gemt(&b).await? == Value::Null,
        "a keystroke in tab A undid the deletion: {}",
        gemt(&b).await?
    );
    vent_paa_tekst(&b, ".del", "er blevet slettet").await?;
    b.quit().await
}

async fn loen(b: &Browser) -> E2eResult<String> {
    Ok(
        b.eval("const e = document.getElementById('ydelse-l'); return e ? e.value : null;")
            .await?
            .as_str()
            .unwrap_or("")
            .to_string(),
    )
}

/// Answers are kept in memory while moving around the app (menu, another page and the browser's Back button);
/// a reloaded tab that was opened from a share link shows the link's answers again instead of an empty form;
/// «Ryd alt» (meeting mode) forgets both. Nothing of it is put in Web Storage.
#[tokio::test]
async fn answers_survive_moving_around_the_app_and_reloading_a_link_tab() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/ydelse").await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    udfyld_eksempel_1(&b).await?;
    // Another page, then Back.
    b.open("#/om").await?;
    b.wait_for_h1("Om og privatliv").await?;
    b.driver().back().await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    vent_paa_tekst(&b, ".hovedtal", "10.303,65").await?;
    ensure!(
        loen(&b).await? == "20.000",
        "lost after Back: {:?}",
        loen(&b).await?
    );
    // The menu, there and back.
    b.driver()
        .find(By::Css("nav[aria-label='Hovedmenu'] a[href='#/forloeb']"))
        .await?
        .click()
        .await?;
    b.wait_for_h1("Dine forløb og grænser").await?;
    b.driver()
        .find(By::Css("nav[aria-label='Hovedmenu'] a[href='#/ydelse']"))
        .await?
        .click()
        .await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    vent_paa_tekst(&b, ".hovedtal", "10.303,65").await?;
    ensure!(
        loen(&b).await? == "20.000",
        "lost after the menu: {:?}",
        loen(&b).await?
    );
    let ls = b
        .eval("return localStorage.length + sessionStorage.length;")
        .await?;
    ensure!(ls == 0, "answers put in Web Storage without opt-in: {ls}");

    // A tab opened from a share link, reloaded.
    b.open_fresh("#/ydelse?v=1&m=2024-03&s=1.6.2023&l=20.000")
        .await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    vent_paa_tekst(&b, ".hovedtal", "10.303,65").await?;
    ensure!(
        b.hash().await? == "#/ydelse",
        "answers left in the address: {}",
        b.hash().await?
    );
    b.reload().await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    vent_paa_tekst(&b, ".hovedtal", "10.303,65").await?;
    vent_paa_tekst(&b, "main", "du åbnede i denne fane").await?;
    ensure!(
        loen(&b).await? == "20.000",
        "a reloaded link tab lost the answers"
    );

    // «Ryd alt» forgets the memory and the tab's link.
    b.driver()
        .find(By::XPath("//button[.='Mødetilstand']"))
        .await?
        .click()
        .await?;
    b.driver()
        .find(By::XPath("//button[.='Ryd alt']"))
        .await?
        .click()
        .await?;
    b.wait_until("«Ryd alt» to empty the form", || async {
        Ok(loen(&b).await?.is_empty().then_some(()))
    })
    .await?;
    b.open("#/om").await?;
    b.wait_for_h1("Om og privatliv").await?;
    b.open("#/ydelse").await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    ensure!(loen(&b).await?.is_empty(), "remembered after «Ryd alt»");
    b.reload().await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    ensure!(
        loen(&b).await?.is_empty(),
        "the link came back after «Ryd alt» and a reload"
    );
    b.quit().await
}

/// The probe's low items, each visible to the user: a month outside the selector (#9), more rows than can be
/// read (#8), the klage text cap (#12), «Kopiér link» without a clipboard API (#43), and a query string in the
/// page's address that must not end up in share links or the embed snippet (#39).
#[tokio::test]
async fn odd_links_long_texts_and_a_missing_clipboard_are_handled_visibly() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.driver()
        .cdp()
        .send_raw(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": "Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });" }),
        )
        .await?;
    b.open_fresh("#/ydelse?v=1&m=2100-05&l=20.000").await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    vent_paa_tekst(&b, "main", "ligger uden for de år").await?;

    let raekker = ["1.1.2000_31.12.2000"; 20].join("~");
    b.open_fresh(&format!("#/forloeb?v=1&fd=1.1.1970&t={raekker}"))
        .await?;
    b.wait_for_h1("Dine forløb og grænser").await?;
    vent_paa_tekst(&b, "main", "Linket har 20 rækker").await?;

    b.open_fresh("#/rettigheder/klage").await?;
    b.wait_for_h1("Klage over en afgørelse").await?;
    let v = b
        .eval(
            "const t = document.querySelector('textarea[maxlength=\"10000\"]');
             if (!t) return null;
             t.value = 'a'.repeat(10000); t.dispatchEvent(new Event('input', { bubbles: true }));
             return t.id;",
        )
        .await?;
    ensure!(
        v.is_string(),
        "no klage text field with a 10,000-character cap"
    );
    vent_paa_tekst(&b, "main", "højst rumme 10.000 tegn").await?;

    // A query string in the page's address (as after «Prøv igen» or from a campaign link).
    b.open_fresh("?utm_source=x#/ydelse").await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    b.driver()
        .find(By::Id("ydelse-l"))
        .await?
        .send_keys("20.000")
        .await?;
    b.driver()
        .find(By::XPath("//button[contains(., 'Lav et link')]"))
        .await?
        .click()
        .await?;
    let link = b
        .eval("return document.getElementById('ydelse-dellink').value;")
        .await?;
    let link = link.as_str().unwrap_or("");
    ensure!(
        link.starts_with(&format!("{}#/ydelse?v=1", b.url(""))) && !link.contains("utm"),
        "share link with the page's query string: {link}"
    );
    b.driver()
        .find(By::XPath("//button[.='Kopiér link']"))
        .await?
        .click()
        .await?;
    vent_paa_tekst(&b, ".del", "kunne ikke kopieres automatisk").await?;

    b.open_fresh("?genstart=1#/indlejr").await?;
    b.wait_for_h1("Indlejr på jeres hjemmeside").await?;
    let v = b
        .eval(
            "return { s: document.getElementById('indlejr-script').value,
                      i: document.getElementById('indlejr-iframe').value };",
        )
        .await?;
    let (s, i) = (v["s"].as_str().unwrap_or(""), v["i"].as_str().unwrap_or(""));
    ensure!(
        s.contains(&format!("src=\"{}indlejr.js\"", b.url(""))) && !s.contains("genstart"),
        "embed snippet with the page's query string: {s}"
    );
    ensure!(
        i.contains(&format!("src=\"{}index.html#/indlejr/ydelse\"", b.url("")))
            && i.contains("referrerpolicy=\"no-referrer\""),
        "plain iframe snippet: {i}"
    );
    let fejl: Vec<_> = b
        .console_errors()
        .await?
        .into_iter()
        .filter(|e| e.message.contains("Uncaught") || e.message.contains("writeText"))
        .collect();
    ensure!(fejl.is_empty(), "uncaught errors: {fejl:?}");
    b.quit().await
}
