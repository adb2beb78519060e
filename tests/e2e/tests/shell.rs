//! The app shell against the release build: routes, titles, navigation,
//! keyboard use, deep links, network isolation, console and axe-core.
//!
//! Every test starts its own server + chromedriver + Chromium (own ports, own
//! profile), so they run in parallel without interfering.
#![cfg(not(target_arch = "wasm32"))]

use e2e::contract::{self, nav_routes, route, NAV_SELECTOR, SKIP_LINK_TEXT, SUB_PATH};
use e2e::env::{app_version, report, TempDir};
use e2e::{bail, ensure, Browser, E2eResult, Server};
use serde_json::Value;
use thirtyfour::prelude::*;

/// Every route (and an unknown one) renders its single h1 and its title,
/// both when loaded fresh and when reached by changing only the hash.
#[tokio::test]
async fn every_route_renders_its_h1_and_title() -> E2eResult<()> {
    let b = Browser::start().await?;

    // The bare sub-path (no hash at all) is the Forside.
    b.open_fresh("").await?;
    b.wait_for_h1(route("#/").h1).await?;
    b.wait_for_title(&route("#/").title()).await?;

    for page in contract::all_pages() {
        b.open_and_check(page).await?;
    }
    // Same-document navigation (only the hash changes), in reverse order.
    let pages: Vec<_> = contract::all_pages().collect();
    for page in pages.iter().rev() {
        b.open(page.hash).await?;
        b.wait_for_h1(page.h1).await?;
        b.wait_for_title(&page.title()).await?;
    }
    b.quit().await
}

/// `<html lang="da">`, the main navigation links to the four sections, and
/// the footer has the privacy promise, the app version and the law date.
#[tokio::test]
async fn shell_has_lang_nav_and_footer() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/").await?;
    b.wait_for_h1(route("#/").h1).await?;

    let lang = b.eval("return document.documentElement.lang;").await?;
    ensure!(
        lang == contract::HTML_LANG,
        "<html lang> is {lang}, expected {:?}",
        contract::HTML_LANG
    );

    let navs = b.driver().find_all(By::Css(NAV_SELECTOR)).await?;
    ensure!(
        navs.len() == 1,
        "expected exactly one {NAV_SELECTOR}, found {}",
        navs.len()
    );
    let links = b
        .eval_with(
            "return Array.from(document.querySelectorAll(arguments[0] + ' a'), \
             a => ({ text: a.textContent.trim(), href: a.getAttribute('data-app') || a.getAttribute('href') }));",
            vec![Value::from(NAV_SELECTOR)],
        )
        .await?;
    let links = links.as_array().cloned().unwrap_or_default();
    for r in nav_routes() {
        let link = links.iter().find(|l| l["text"] == r.h1);
        let Some(link) = link else {
            bail!(
                "the main navigation has no link with text {:?}; its links: {links:?}",
                r.h1
            );
        };
        let href = link["href"].as_str().unwrap_or_default();
        ensure!(
            href.ends_with(r.hash),
            "nav link {:?} has href {href:?}, expected it to end with {:?}",
            r.h1,
            r.hash
        );
    }

    let footer = b
        .eval("const f = document.querySelector('footer'); return f ? f.textContent : null;")
        .await?;
    let Some(footer) = footer.as_str() else {
        bail!("no <footer>\n{}", b.diagnostics().await);
    };
    let version = app_version()?;
    for needle in [
        contract::FOOTER_PRIVACY_TEXT,
        contract::FOOTER_LAW_CHECKED_TEXT,
        version.as_str(),
    ] {
        ensure!(
            footer.contains(needle),
            "the footer does not contain {needle:?}; footer text: {:?}",
            footer.trim()
        );
    }
    b.quit().await
}

/// Clicking each nav link shows its page, updates hash and title, and moves
/// focus to the new h1.
#[tokio::test]
async fn nav_links_route_and_focus_the_h1() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/").await?;
    for r in nav_routes() {
        let link = b
            .driver()
            .query(By::Css(format!("{NAV_SELECTOR} a")))
            .with_text(r.h1)
            .wait(b.timeout(), e2e::browser::POLL)
            .first()
            .await;
        let Ok(link) = link else {
            bail!("no nav link {:?} to click\n{}", r.h1, b.diagnostics().await);
        };
        link.click().await?;
        b.wait_for_h1(r.h1).await?;
        b.wait_h1_focused(
            r.h1,
            &format!("the h1 {:?} after clicking its nav link", r.h1),
        )
        .await?;
        b.wait_for_title(&r.title()).await?;
        let hash = b.hash().await?;
        ensure!(
            hash == r.hash,
            "after clicking {:?} the hash is {hash:?}, expected {:?}",
            r.h1,
            r.hash
        );
    }
    b.quit().await
}

/// Keyboard only: the first Tab lands on the skip link; Tab on to the nav
/// link "Beregn din ydelse", Enter, and the new h1 has focus.
#[tokio::test]
async fn keyboard_only_skip_link_first_then_nav_to_ydelse() -> E2eResult<()> {
    let target = route("#/ydelse");
    let b = Browser::start().await?;
    b.open_fresh("#/").await?;
    b.wait_for_h1(route("#/").h1).await?;

    b.press(Key::Tab).await?;
    let first = b.active_element().await?;
    ensure!(
        first.tag == "a" && first.text == SKIP_LINK_TEXT,
        "the first Tab should focus the skip link {SKIP_LINK_TEXT:?}, but focused: {first}"
    );

    let mut path = vec![first.to_string()];
    let mut reached = false;
    for _ in 0..30 {
        b.press(Key::Tab).await?;
        let el = b.active_element().await?;
        path.push(el.to_string());
        if el.in_nav && el.text == target.h1 {
            reached = true;
            break;
        }
    }
    ensure!(
        reached,
        "30 Tabs never reached the nav link {:?}; focus went:\n  {}",
        target.h1,
        path.join("\n  ")
    );

    b.press(Key::Enter).await?;
    b.wait_for_h1(target.h1).await?;
    b.wait_h1_focused(
        target.h1,
        &format!("the h1 {:?} after Enter on its nav link", target.h1),
    )
    .await?;
    b.wait_for_title(&target.title()).await?;
    let hash = b.hash().await?;
    ensure!(
        hash == target.hash,
        "hash is {hash:?}, expected {:?}",
        target.hash
    );
    b.quit().await
}

/// Activating the skip link moves focus into `<main>` without leaving the
/// page (a plain `href="#main"` would be taken as a route by a hash router).
#[tokio::test]
async fn skip_link_moves_focus_into_main_and_keeps_the_route() -> E2eResult<()> {
    let page = route("#/ydelse");
    let b = Browser::start().await?;
    b.open_fresh(page.hash).await?;
    b.wait_for_h1(page.h1).await?;

    b.press(Key::Tab).await?;
    let skip = b.active_element().await?;
    ensure!(
        skip.text == SKIP_LINK_TEXT,
        "the first Tab should focus the skip link, but focused: {skip}"
    );
    b.press(Key::Enter).await?;
    b.wait_until("focus to move into <main> after the skip link", || async {
        let el = b.active_element().await?;
        Ok(el.in_main.then_some(()))
    })
    .await?;
    let hash = b.hash().await?;
    ensure!(
        hash == page.hash,
        "the skip link changed the route: hash is {hash:?}, expected {:?}",
        page.hash
    );
    b.wait_for_h1(page.h1).await?;
    b.quit().await
}

/// A bookmarked deep link survives a reload, and `index.html#/…` works too.
#[tokio::test]
async fn deep_links_survive_reload() -> E2eResult<()> {
    let b = Browser::start().await?;

    let forloeb = route("#/forloeb");
    b.open_and_check(forloeb).await?;
    b.reload().await?;
    b.wait_for_h1(forloeb.h1).await?;
    b.wait_for_title(&forloeb.title()).await?;

    let om = route("#/om");
    b.open_fresh(&format!("index.html{}", om.hash)).await?;
    b.wait_for_h1(om.h1).await?;
    b.wait_for_title(&om.title()).await?;
    b.reload().await?;
    b.wait_for_h1(om.h1).await?;
    b.quit().await
}

/// Nothing is fetched from anywhere but the page's own origin, and the
/// server only ever sees paths under the sub-path, all found.
#[tokio::test]
async fn no_request_leaves_the_origin_or_the_sub_path() -> E2eResult<()> {
    let b = Browser::start().await?;
    for page in contract::all_pages() {
        b.open_and_check(page).await?;
    }
    b.open_fresh("index.html#/om").await?;

    let origin = b.eval("return location.origin;").await?;
    ensure!(
        origin == b.origin().as_str(),
        "location.origin is {origin}, expected {}",
        b.origin()
    );

    let requests = b.requests().await?;
    let wasm = requests.iter().filter(|r| r.url.contains(".wasm")).count();
    ensure!(
        wasm > 0,
        "the performance log shows no .wasm request; is performance logging working?\n{}",
        requests
            .iter()
            .map(|r| format!("  {r}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    let foreign = b.foreign_requests().await?;
    let own = requests
        .iter()
        .filter(|r| r.url.starts_with(&format!("{}/", b.origin())))
        .count();
    report(format!(
        "network: {own} requests to the own origin, {} to other origins, \
         {} server hits, all under {SUB_PATH}: {}",
        foreign.len(),
        b.server.requests().len(),
        b.server
            .requests()
            .iter()
            .all(|r| r.path.starts_with(SUB_PATH))
    ));
    ensure!(
        foreign.is_empty(),
        "requests left the origin {}:\n{}",
        b.origin(),
        foreign
            .iter()
            .map(|r| format!("  {r}"))
            .collect::<Vec<_>>()
            .join("\n")
    );

    let served = b.server.requests();
    let bad: Vec<String> = served
        .iter()
        .filter(|r| !r.path.starts_with(SUB_PATH) || !(200..400).contains(&r.status))
        .map(|r| format!("  {r}"))
        .collect();
    ensure!(
        bad.is_empty(),
        "the server got requests outside {SUB_PATH} or for missing files:\n{}",
        bad.join("\n")
    );
    b.quit().await
}

/// No SEVERE browser log entry (uncaught error, console.error, failed load)
/// on any route.
#[tokio::test]
async fn no_console_errors_on_any_route() -> E2eResult<()> {
    let b = Browser::start().await?;
    for page in contract::all_pages() {
        b.open_and_check(page).await?;
    }
    // Reach every page by in-app navigation too.
    b.open_fresh("#/").await?;
    for page in contract::all_pages() {
        b.open(page.hash).await?;
        b.wait_for_h1(page.h1).await?;
    }
    let all = b.console_entries().await?;
    let errors: Vec<_> = all.iter().filter(|e| e.level == "SEVERE").collect();
    let warnings = all.iter().filter(|e| e.level == "WARNING").count();
    report(format!(
        "console: {} pages, {} errors, {warnings} warnings",
        contract::all_pages().count(),
        errors.len()
    ));
    // Informational: each distinct warning once (without its URL prefix).
    let mut distinct: Vec<&str> = all
        .iter()
        .filter(|e| e.level == "WARNING")
        .map(|e| {
            // "<url> <line[:col]> <text>" or "<url> - <text>"
            let rest = e.message.split_once(' ').map_or(&*e.message, |(_, m)| m);
            rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':' || c == '-')
                .trim_start()
        })
        .collect();
    distinct.sort();
    distinct.dedup();
    for w in distinct {
        report(format!("console warning: {w}"));
    }
    if !errors.is_empty() {
        bail!(
            "{} console error(s):\n{}",
            errors.len(),
            errors
                .iter()
                .map(|e| format!("  {e}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    b.quit().await
}

/// axe-core (WCAG 2.0/2.1/2.2 A+AA and best practices) finds nothing on any
/// route. All routes are checked before failing.
#[tokio::test]
async fn axe_finds_no_violations_on_any_route() -> E2eResult<()> {
    let b = Browser::start().await?;
    let mut failures = Vec::new();
    for page in contract::all_pages() {
        b.open_and_check(page).await?;
        if let Err(e) = b.axe_check(page.hash).await {
            failures.push(e.to_string());
        }
    }
    ensure!(failures.is_empty(), "{}", failures.join("\n"));
    b.quit().await
}

/// The harness itself can see what the tests above look for: a console
/// error, a request to another origin, a 404 and an axe violation, on a
/// fixture page (independent of the app and its CSP).
#[tokio::test]
async fn harness_detects_errors_foreign_requests_and_axe_violations() -> E2eResult<()> {
    let dir = TempDir::new("rg-e2e-fixture")?;
    std::fs::write(
        dir.path().join("index.html"),
        r##"<!doctype html><html lang="da"><head><meta charset="utf-8"><title>fixture</title>
<link rel="icon" href="data:,"></head><body>
<nav aria-label="Hovedmenu"><a href="#/">Forside</a></nav>
<main><h1>Fixture</h1><img src="missing.png"></main>
<script>
  console.error('e2e-probe-error');
  fetch('http://127.0.0.2:9/e2e-probe').catch(() => {});
</script></body></html>"##,
    )?;
    let b = Browser::with_server(Server::start(dir.path(), SUB_PATH)?).await?;
    b.open_fresh("#/").await?;
    b.wait_for_h1("Fixture").await?;

    b.wait_until("the probe console.error to be logged", || async {
        let errs = b.console_errors().await?;
        Ok(errs
            .iter()
            .any(|e| e.message.contains("e2e-probe-error"))
            .then_some(()))
    })
    .await?;
    b.wait_until("the probe request to another origin to be seen", || async {
        let foreign = b.foreign_requests().await?;
        Ok(foreign
            .iter()
            .any(|r| r.url.starts_with("http://127.0.0.2:9/"))
            .then_some(()))
    })
    .await?;
    let served = b.server.requests();
    ensure!(
        served
            .iter()
            .any(|r| r.path.ends_with("/missing.png") && r.status == 404),
        "the server did not record the 404 for missing.png: {served:?}"
    );
    let axe = b.axe_run().await?;
    ensure!(
        axe.violations.iter().any(|v| v.id == "image-alt"),
        "axe did not report image-alt for <img> without alt; got:\n{}",
        axe.format_violations()
    );
    b.quit().await
}
