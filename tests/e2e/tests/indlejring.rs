//! Embed mode: a host page on another loopback port (another origin) embeds the ydelse calculator with the
//! embed script. The iframe's height follows the content (postMessage, origins checked both ways), the host's
//! too-light colour is darkened to AA contrast, the calculator works inside the frame, nothing is stored, the
//! embed makes no request to the host and reads nothing from it, and there are no console errors.
#![cfg(not(target_arch = "wasm32"))]

use e2e::env::TempDir;
use e2e::felter::udfyld_eksempel_1;
use e2e::{ensure, Browser, E2eResult, Server};
use thirtyfour::prelude::*;

async fn iframe_hoejde(b: &Browser) -> E2eResult<f64> {
    let v = b
        .eval("const f = document.querySelector('iframe'); return f ? parseFloat(f.style.height) : -1;")
        .await?;
    Ok(v.as_f64().unwrap_or(-1.0))
}

#[tokio::test]
async fn a_host_on_another_origin_embeds_the_calculator() -> E2eResult<()> {
    let b = Browser::start().await?;
    let app = b.url("");
    let tmp = TempDir::new("rg-e2e-vaert")?;
    std::fs::write(
        tmp.path().join("vaert.html"),
        format!(
            "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Værtsside</title><link rel=\"icon\" href=\"data:,\"></head><body>\
             <h1>En patientforening</h1><p id=\"hemmelig\">vaertens-hemmelighed</p>\
             <script>localStorage.setItem('vaert', 'vaertens-hemmelighed');</script>\
             <script src=\"{app}indlejr.js\" data-beregner=\"ydelse\" data-accent=\"#ffff00\"></script>\
             </body></html>"
        ),
    )?;
    let vaert = Server::start(tmp.path(), "/vaert/")?;
    ensure!(
        vaert.origin() != b.origin(),
        "host and app must be different origins"
    );
    b.driver()
        .goto(&format!("{}vaert.html", vaert.base_url()))
        .await?;

    // The frame reports its height: the 900 px placeholder is replaced.
    let foer = b
        .wait_until("the iframe height from postMessage", || async {
            let h = iframe_hoejde(&b).await?;
            Ok((h > 0.0 && (h - 900.0).abs() > 1.0).then_some(h))
        })
        .await?;

    // Inside the frame: the calculator without site chrome, the host colour darkened, nothing stored.
    b.driver().enter_frame(0).await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    let v = b
        .eval(
            "return {nav: !!document.querySelector('nav[aria-label=Hovedmenu]'),
                     accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
                     ls: localStorage.length, hash: location.hash};",
        )
        .await?;
    ensure!(
        v["nav"] == false,
        "site navigation shown in embed mode: {v}"
    );
    let accent = v["accent"].as_str().unwrap_or("");
    ensure!(
        accent.starts_with('#') && accent != "#ffff00",
        "the too-light host colour was not darkened: {v}"
    );
    ensure!(
        v["hash"] == "#/indlejr/ydelse",
        "the host parameters stayed in the address: {v}"
    );
    let aktiv_maaned = b
        .driver()
        .find(By::Css("#ydelse-m option[value='3']"))
        .await?;
    b.driver().find(By::Id("ydelse-m")).await?.click().await?;
    aktiv_maaned.click().await?;
    b.driver()
        .find(By::Id("ydelse-m-aar"))
        .await?
        .click()
        .await?;
    b.driver()
        .find(By::Css("#ydelse-m-aar option[value='2024']"))
        .await?
        .click()
        .await?;
    b.driver()
        .find(By::Id("ydelse-s"))
        .await?
        .send_keys("1.6.2023")
        .await?;
    b.driver()
        .find(By::Id("ydelse-l"))
        .await?
        .send_keys("20.000")
        .await?;
    b.wait_until("the result inside the frame", || async {
        let t = b
            .eval("return document.querySelector('.hovedtal').textContent;")
            .await?;
        Ok(t.as_str().unwrap_or("").contains("10.303,65").then_some(()))
    })
    .await?;
    let ls = b.eval("return localStorage.length;").await?;
    ensure!(ls == 0, "the embed stored something: {ls}");
    let gem = b
        .eval("return !!document.querySelector('input[id$=\"-gem\"]');")
        .await?;
    ensure!(gem == false, "storage offered in embed mode");
    b.axe_check("indlejret ydelse").await?;

    // Back on the host page: the height followed the longer content.
    b.driver().enter_default_frame().await?;
    b.wait_until("the iframe to grow with the result", || async {
        let h = iframe_hoejde(&b).await?;
        Ok((h > foer + 50.0).then_some(()))
    })
    .await?;

    // The embed asked the host for nothing, and the app server never saw the host's data.
    let til_vaert: Vec<String> = vaert.requests().iter().map(|r| r.path.clone()).collect();
    ensure!(
        til_vaert == vec!["/vaert/vaert.html".to_string()],
        "requests to the host: {til_vaert:?}"
    );
    let fremmede = b.foreign_requests().await?;
    let laekket: Vec<_> = b
        .requests()
        .await?
        .into_iter()
        .filter(|r| r.url.contains("hemmelig"))
        .collect();
    ensure!(laekket.is_empty(), "host data in a request: {laekket:?}");
    // The only «foreign» origin here is the host itself (the top page).
    ensure!(
        fremmede.iter().all(|r| r.url.starts_with(&vaert.origin())),
        "requests to a third origin: {fremmede:?}"
    );
    let fejl = b.console_errors().await?;
    ensure!(fejl.is_empty(), "console errors: {fejl:?}");
    b.quit().await
}

/// A host page on `localhost` embeds the app on `127.0.0.1` — another *site*, so the frame is third-party —
/// in a browser that blocks third-party cookies (as Chrome Incognito does): the frame gets no storage at all
/// (its `localStorage` getter throws), and the calculator still works and gives worked example 1.
///
/// The setting is the user's own (`profile.cookie_controls_mode` = block third-party cookies). This Chromium
/// would then still give the frame a *partitioned* localStorage; with partitioning off (as in the browser
/// set-up of the security probe, where every cross-site embed went blank) the getter throws. The test turns
/// partitioning off and checks that the getter really throws, so it tests the hard case.
#[tokio::test]
async fn a_cross_site_embed_works_with_third_party_cookies_blocked() -> E2eResult<()> {
    let b = Browser::start_with_prefs_and_args(
        serde_json::json!({ "profile.cookie_controls_mode": 1 }),
        &["--disable-features=ThirdPartyStoragePartitioning"],
    )
    .await?;
    let app = b.url("");
    ensure!(
        app.contains("//127.0.0.1:"),
        "the app is not on 127.0.0.1: {app}"
    );
    let tmp = TempDir::new("rg-e2e-vaert-tvaers")?;
    std::fs::write(
        tmp.path().join("vaert.html"),
        format!(
            "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Værtsside</title><link rel=\"icon\" href=\"data:,\"></head><body>\
             <h1>En rådgivning på et andet site</h1>\
             <script src=\"{app}indlejr.js\" data-beregner=\"ydelse\"></script>\
             </body></html>"
        ),
    )?;
    let vaert = Server::start(tmp.path(), "/vaert/")?;
    let vaert_url =
        format!("{}vaert.html", vaert.base_url()).replace("//127.0.0.1:", "//localhost:");
    b.driver().goto(&vaert_url).await?;
    let foer = b
        .wait_until("the iframe height from postMessage", || async {
            let h = iframe_hoejde(&b).await?;
            Ok((h > 0.0 && (h - 900.0).abs() > 1.0).then_some(h))
        })
        .await?;
    b.driver().enter_frame(0).await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    // The precondition: a third-party frame without storage, as in the probe (#21).
    let ls = b
        .eval("try { localStorage.length; return 'ok'; } catch (e) { return 'throws ' + e.name; }")
        .await?;
    ensure!(
        ls.as_str().unwrap_or("").starts_with("throws"),
        "third-party storage was not blocked, so this test proves nothing: {ls}"
    );
    let top = b.eval("return location.origin;").await?;
    ensure!(
        top.as_str().unwrap_or("").starts_with("http://127.0.0.1:"),
        "the frame is not the app on 127.0.0.1: {top}"
    );
    udfyld_eksempel_1(&b).await?;
    b.driver().enter_default_frame().await?;
    b.wait_until("the iframe to grow with the result", || async {
        let h = iframe_hoejde(&b).await?;
        Ok((h > foer + 50.0).then_some(()))
    })
    .await?;
    let fejl = b.console_errors().await?;
    ensure!(fejl.is_empty(), "console errors: {fejl:?}");
    b.quit().await
}

/// The embed's height follows the content both ways: «Flere spørgsmål» opened makes the frame taller, closed
/// again makes it shorter (it was measured so that it could only grow).
#[tokio::test]
async fn the_embed_height_also_shrinks() -> E2eResult<()> {
    let b = Browser::start().await?;
    let tmp = TempDir::new("rg-e2e-vaert-hoejde")?;
    std::fs::write(
        tmp.path().join("vaert.html"),
        format!(
            "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Vært</title><link rel=\"icon\" href=\"data:,\"></head><body>\
             <h1>Vært</h1><script src=\"{}indlejr.js\" data-beregner=\"ydelse\"></script></body></html>",
            b.url("")
        ),
    )?;
    let vaert = Server::start(tmp.path(), "/vaert/")?;
    b.driver()
        .goto(&format!("{}vaert.html", vaert.base_url()))
        .await?;
    // The page is drawn in several short tasks (README «Først læsbar, så interaktiv»), so the frame grows in
    // steps: the closed height is the one that holds for half a second.
    let lukket = b
        .wait_until("the first settled height", || async {
            let h = iframe_hoejde(&b).await?;
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            let igen = iframe_hoejde(&b).await?;
            Ok((h > 0.0 && (h - 900.0).abs() > 1.0 && h == igen).then_some(h))
        })
        .await?;
    b.driver().enter_frame(0).await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    let knap = b.driver().find(By::Css("main button.vis-mere")).await?;
    knap.click().await?;
    b.driver().enter_default_frame().await?;
    let aaben = b
        .wait_until("the frame to grow", || async {
            let h = iframe_hoejde(&b).await?;
            Ok((h > lukket + 50.0).then_some(h))
        })
        .await?;
    b.driver().enter_frame(0).await?;
    b.driver()
        .find(By::Css("main button.vis-mere"))
        .await?
        .click()
        .await?;
    b.driver().enter_default_frame().await?;
    b.wait_until("the frame to shrink again", || async {
        let h = iframe_hoejde(&b).await?;
        Ok((h < aaben - 50.0 && (h - lukket).abs() < 30.0).then_some(()))
    })
    .await?;
    b.quit().await
}

/// The full app (not the embed route) framed by another page — a clickjacking set-up: no save or delete
/// controls, a link to open the app in its own window, and nothing stored; the calculator itself works.
#[tokio::test]
async fn a_framed_full_app_offers_no_save_controls() -> E2eResult<()> {
    let b = Browser::start().await?;
    let tmp = TempDir::new("rg-e2e-ramme")?;
    std::fs::write(
        tmp.path().join("ramme.html"),
        format!(
            "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Ramme</title><link rel=\"icon\" href=\"data:,\"></head><body>\
             <h1>En fremmed side</h1><iframe src=\"{}#/ydelse\" title=\"x\" width=\"1000\" height=\"800\"></iframe></body></html>",
            b.url("")
        ),
    )?;
    let ramme = Server::start(tmp.path(), "/ramme/")?;
    b.driver()
        .goto(&format!("{}ramme.html", ramme.base_url()))
        .await?;
    b.driver().enter_frame(0).await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    b.wait_until("the note about the frame", || async {
        let v = b
            .eval(
                "return document.body.innerText.includes('Åbn Ressourceguiden i sit eget vindue');",
            )
            .await?;
        Ok((v == true).then_some(()))
    })
    .await?;
    let v = b
        .eval(
            "return { gem: !!document.querySelector('input[id$=\"-gem\"]'),
                      slet: Array.from(document.querySelectorAll('button')).some(k => k.textContent.includes('Slet alt')),
                      ls: localStorage.length };",
        )
        .await?;
    ensure!(
        v["gem"] == false && v["slet"] == false,
        "save or delete controls in a framed full app: {v}"
    );
    udfyld_eksempel_1(&b).await?;
    let ls = b.eval("return localStorage.length;").await?;
    ensure!(ls == 0, "the framed app stored something: {ls}");
    b.quit().await
}

/// Inside an embed, a link to another page of the app («Læs mere», the klage page) opens the full app in a new
/// window; the embedded calculator stays where it is (domain review C-46: a full page inside the host's frame
/// has no menu and no way back).
#[tokio::test]
async fn links_from_an_embed_open_the_full_app_in_a_new_window() -> E2eResult<()> {
    let b = Browser::start().await?;
    // The embed route has no menu, so it is opened directly rather than with `open_fresh` (which waits for it);
    // with a result on the page (worked example 1 as a link), «Læs mere» and the trace carry links to other pages.
    b.driver()
        .goto(&b.url("#/indlejr/ydelse?v=1&m=2024-03&s=1.6.2023&l=20.000"))
        .await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    let foer = b.driver().windows().await?.len();
    let link = b
        .wait_until("a «Læs mere» link to a rights page", || async {
            Ok(b.driver()
                .find_all(By::Css("main a[href^='#/rettigheder/']"))
                .await?
                .into_iter()
                .next())
        })
        .await?;
    let href = link.attr("href").await?.unwrap_or_default();
    b.eval_with(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click(); return null;",
        vec![link.to_json()?],
    )
    .await?;
    let ny = b
        .wait_until("a second window", || async {
            let w = b.driver().windows().await?;
            Ok((w.len() == foer + 1).then(|| w.last().cloned()).flatten())
        })
        .await?;
    ensure!(
        b.hash().await?.starts_with("#/indlejr/ydelse"),
        "the embed itself navigated away: {}",
        b.hash().await?
    );
    b.driver().switch_to_window(ny).await?;
    let br = &b;
    let url = b
        .wait_until("the new window's address", || async move {
            let u = br.driver().current_url().await?.to_string();
            Ok(u.contains("#/rettigheder/").then_some(u))
        })
        .await?;
    ensure!(
        url.ends_with(&href) && !url.contains("indlejr"),
        "the new window shows {url}, expected the full app at {href}"
    );
    b.wait_mounted().await?;
    ensure!(
        b.driver().find(By::Css("header nav")).await.is_ok(),
        "the full app in the new window has no menu"
    );
    b.quit().await
}
