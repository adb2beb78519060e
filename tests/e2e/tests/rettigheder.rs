//! The rights guide against the release build: the list and search, every page in the app and as a static
//! HTML page (same headings and text, working without JavaScript, no axe violations), glossary anchors, and
//! the klage helper.
//!
//! (Every rights route is also in `contract::ROUTES`, so the shell sweeps — h1 and title, console, network,
//! axe — visit each one too.)
#![cfg(not(target_arch = "wasm32"))]

use e2e::contract::{self, rettighed_routes, route, slug, static_page, Route};
use e2e::env::report;
use e2e::{bail, ensure, Browser, E2eResult};
use serde_json::Value;
use thirtyfour::prelude::*;

/// Headings (tag, id, text) of the rights article, without the app-only klage helper, and the plain text of
/// the page's markdown part.
const ARTICLE: &str = r#"
const a = document.querySelector('article.rettighed');
if (!a) return null;
const hs = Array.from(a.querySelectorAll('h1, h2, h3, h4'))
  .filter(h => !h.closest('.klagehjaelp'))
  .map(h => [h.tagName.toLowerCase(), h.id || '', h.textContent.trim()]);
const t = a.querySelector('.rettighed-tekst');
return { headings: hs, text: t ? t.textContent.replace(/\s+/g, ' ').trim() : null };
"#;

async fn article(b: &Browser, what: &str) -> E2eResult<Value> {
    let v = b.eval(ARTICLE).await?;
    if v.is_null() {
        bail!("{what}: no article.rettighed\n{}", b.diagnostics().await);
    }
    Ok(v)
}

/// Open a static page (no app: don't wait for it to mount) and wait for its h1.
async fn open_static(b: &Browser, path: &str, h1: &str) -> E2eResult<()> {
    let url = b.url(path);
    b.driver().goto(&url).await?;
    b.wait_for_h1(h1).await?;
    Ok(())
}

/// The list at #/rettigheder shows exactly the pages in the contract (title + summary each), in order.
#[tokio::test]
async fn the_list_shows_every_page_of_the_contract() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_and_check(route("#/rettigheder")).await?;
    let items = b
        .eval(
            "return Array.from(document.querySelectorAll('#rettigheder-liste > li'), li => ({
               href: li.querySelector('h2 a').getAttribute('href'),
               title: li.querySelector('h2 a').textContent.trim(),
               summary: (li.querySelector('p') || {textContent: ''}).textContent.trim() }));",
        )
        .await?;
    let items = items.as_array().cloned().unwrap_or_default();
    let want: Vec<Route> = rettighed_routes().collect();
    let got: Vec<(String, String)> = items
        .iter()
        .map(|i| {
            (
                i["href"].as_str().unwrap_or_default().to_string(),
                i["title"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let want_pairs: Vec<(String, String)> = want
        .iter()
        .map(|r| (r.hash.to_string(), r.h1.to_string()))
        .collect();
    ensure!(
        got == want_pairs,
        "the list at #/rettigheder differs from contract::ROUTES (add new pages there):\n  app:      {got:?}\n  contract: {want_pairs:?}"
    );
    for i in &items {
        ensure!(
            i["summary"].as_str().is_some_and(|s| s.len() > 20),
            "no letlæst summary under {:?}",
            i["title"]
        );
    }
    b.quit().await
}

/// Each page's static twin has the same headings (text and anchors) and the same text as the app page,
/// its own title and description, the app's stylesheet (relative URL), no script at all, a link back into
/// the app, and no axe violations; the app page links to it.
#[tokio::test]
async fn static_pages_match_the_app_and_pass_axe() -> E2eResult<()> {
    let b = Browser::start().await?;
    let mut failures = Vec::new();
    for r in rettighed_routes() {
        b.open_and_check(r).await?;
        let app = article(&b, r.hash).await?;
        let link = b
            .eval_with(
                "const a = Array.from(document.querySelectorAll('main a'))
                   .find(a => a.getAttribute('href') === arguments[0]);
                 return a ? a.textContent.trim() : null;",
                vec![Value::from(static_page(r))],
            )
            .await?;
        ensure!(
            link.is_string(),
            "{}: the app page has no link to its static page {}",
            r.hash,
            static_page(r)
        );

        open_static(&b, &static_page(r), r.h1).await?;
        let stat = article(&b, &static_page(r)).await?;
        ensure!(
            app["headings"] == stat["headings"],
            "{}: headings differ between the app and {}:\n  app:    {}\n  static: {}",
            r.hash,
            static_page(r),
            app["headings"],
            stat["headings"]
        );
        ensure!(
            app["text"] == stat["text"] && app["text"].as_str().is_some_and(|t| t.len() > 200),
            "{}: the text differs between the app and {}",
            r.hash,
            static_page(r)
        );
        let meta = b
            .eval(
                "const d = document.querySelector('meta[name=description]');
                 const back = Array.from(document.querySelectorAll('a'))
                   .find(a => a.textContent.trim() === 'Åbn i Ressourceguiden');
                 return { title: document.title, lang: document.documentElement.lang,
                   description: d ? d.getAttribute('content') : null,
                   scripts: document.scripts.length,
                   back: back ? back.getAttribute('href') : null,
                   headerBg: getComputedStyle(document.querySelector('header.top')).backgroundColor };",
            )
            .await?;
        let back = format!("../#/rettigheder/{}", slug(r));
        let checks = [
            (meta["title"] == r.title(), "<title>"),
            (meta["lang"] == contract::HTML_LANG, "lang"),
            (
                meta["description"].as_str().is_some_and(|d| d.len() > 20),
                "meta description (letlæst)",
            ),
            (meta["scripts"] == 0, "no <script>"),
            (
                meta["back"] == back.as_str(),
                "link «Åbn i Ressourceguiden»",
            ),
            (
                meta["headerBg"] == "rgb(11, 83, 148)",
                "the app's stylesheet applied",
            ),
        ];
        for (ok, what) in checks {
            ensure!(ok, "{}: {what} is wrong: {meta}", static_page(r));
        }
        if let Err(e) = b.axe_check(&static_page(r)).await {
            failures.push(e.to_string());
        }
    }
    open_static(&b, "rettigheder/index.html", "Dine rettigheder").await?;
    let links = b
        .eval("return document.querySelectorAll('main ul.kort a').length;")
        .await?;
    ensure!(
        links == rettighed_routes().count(),
        "rettigheder/index.html links {links} pages, expected {}",
        rettighed_routes().count()
    );
    if let Err(e) = b.axe_check("rettigheder/index.html").await {
        failures.push(e.to_string());
    }
    let errors = b.console_errors().await?;
    ensure!(errors.is_empty(), "console errors: {errors:?}");
    let bad: Vec<_> = b
        .server
        .requests()
        .into_iter()
        .filter(|r| r.status >= 400)
        .collect();
    ensure!(bad.is_empty(), "failed requests: {bad:?}");
    ensure!(failures.is_empty(), "{}", failures.join("\n"));
    b.quit().await
}

/// With JavaScript switched off, the app cannot start (its noscript text shows), but every static page
/// shows its heading, its text and its sources.
#[tokio::test]
async fn static_pages_work_with_javascript_disabled() -> E2eResult<()> {
    let b = Browser::start_without_javascript().await?;
    b.driver().goto(&b.url("")).await?;
    b.wait_until("the noscript text of index.html", || async {
        let text = b
            .driver()
            .find(By::Tag("main"))
            .await?
            .text()
            .await
            .unwrap_or_default();
        Ok(text.contains("kræver JavaScript").then_some(()))
    })
    .await?;
    let mounted = b
        .driver()
        .find_all(By::Css(contract::MOUNTED_SELECTOR))
        .await?;
    ensure!(
        mounted.is_empty(),
        "JavaScript is not off: the app mounted anyway"
    );

    for r in rettighed_routes() {
        open_static(&b, &static_page(r), r.h1).await?;
        let h2 = b.driver().find_all(By::Css("article.rettighed h2")).await?;
        let text = b
            .driver()
            .find(By::Css(".rettighed-tekst"))
            .await?
            .text()
            .await?;
        let sources = b.driver().find_all(By::Css("ul.kilder li a")).await?;
        ensure!(
            h2.len() >= 2 && text.len() > 200 && !sources.is_empty(),
            "{} without JavaScript: {} h2, {} characters of text, {} sources",
            static_page(r),
            h2.len(),
            text.len(),
            sources.len()
        );
    }
    report(format!(
        "static pages without JavaScript: {} pages readable",
        rettighed_routes().count()
    ));
    b.quit().await
}

async fn search(b: &Browser, query: &str) -> E2eResult<(String, Vec<(String, String)>)> {
    let input = b.driver().find(By::Id("soeg-rettigheder")).await?;
    input.clear().await?;
    input.send_keys(query).await?;
    let want = query.to_string();
    b.wait_until(&format!("the search count for {query:?}"), || {
        let want = want.clone();
        async move {
            let v = b
                .eval("return [document.getElementById('soeg-rettigheder').value, document.getElementById('soeg-antal').textContent];")
                .await?;
            let ok = v[0] == want.as_str()
                && v[1].as_str().is_some_and(|s| s.contains(&format!("«{}»", want.trim())));
            Ok(ok.then_some(()))
        }
    })
    .await?;
    let v = b
        .eval(
            "return [document.getElementById('soeg-antal').textContent,
               Array.from(document.querySelectorAll('#rettigheder-liste > li'), li =>
                 [li.querySelector('h2 a').getAttribute('href'),
                  (li.querySelector('.fund') || {textContent: ''}).textContent])];",
        )
        .await?;
    let status = v[0].as_str().unwrap_or_default().to_string();
    let hits = v[1]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|h| {
            (
                h[0].as_str().unwrap_or_default().to_string(),
                h[1].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    Ok((status, hits))
}

/// Search finds a page by a word that is only in its text, ignores case and æ/ae ø/oe å/aa, announces the
/// count in an aria-live region, and an empty query shows every page again.
#[tokio::test]
async fn search_finds_pages_by_words_in_their_text() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_and_check(route("#/rettigheder")).await?;
    let live = b
        .eval("return document.getElementById('soeg-antal').getAttribute('aria-live');")
        .await?;
    ensure!(live == "polite", "#soeg-antal has aria-live={live}");
    let label = b
        .eval("const l = document.querySelector('label[for=soeg-rettigheder]'); return l ? l.textContent : null;")
        .await?;
    ensure!(label.is_string(), "the search field has no <label>");

    let (status, hits) = search(&b, "feriehindring").await?;
    ensure!(
        hits.iter()
            .any(|(h, fund)| h == "#/rettigheder/ferie" && fund.contains("teksten")),
        "«feriehindring» (only in the text of Ferie) did not find it there: {status} {hits:?}"
    );

    let (a, hits_a) = search(&b, "Førtidspension").await?;
    let (_, hits_b) = search(&b, "FOERTIDSPENSION").await?;
    ensure!(
        !hits_a.is_empty() && hits_a == hits_b,
        "«Førtidspension» and «FOERTIDSPENSION» should find the same pages: {a}\n  {hits_a:?}\n  {hits_b:?}"
    );

    let (status, hits) = search(&b, "xyzzyqq").await?;
    ensure!(
        hits.is_empty() && status.starts_with("Ingen sider"),
        "nonsense found something: {status} {hits:?}"
    );

    let input = b.driver().find(By::Id("soeg-rettigheder")).await?;
    input.clear().await?;
    input.send_keys(" ").await?;
    input.send_keys(Key::Backspace).await?;
    b.wait_until("all pages listed again", || async {
        let n = b
            .eval("return document.querySelectorAll('#rettigheder-liste > li').length;")
            .await?;
        Ok((n == rettighed_routes().count()).then_some(()))
    })
    .await?;
    b.quit().await
}

/// A glossary link goes to the Ordbog page scrolled to the term, with focus on it; a reload keeps it.
#[tokio::test]
async fn glossary_links_scroll_to_the_term() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_and_check(route("#/rettigheder/klage")).await?;
    let link = b
        .driver()
        .find(By::Css(
            ".rettighed-tekst a[href='#/rettigheder/ordbog/fuldmagt']",
        ))
        .await?;
    link.scroll_into_view().await?;
    link.click().await?;
    b.wait_for_h1(route("#/rettigheder/ordbog").h1).await?;
    let at_term = || async {
        let v = b
            .eval(
                "const e = document.getElementById('fuldmagt'); if (!e) return null;
                 const r = e.getBoundingClientRect();
                 return { focused: document.activeElement === e, top: r.top, h: innerHeight };",
            )
            .await?;
        let ok = v["focused"] == true
            && v["top"]
                .as_f64()
                .zip(v["h"].as_f64())
                .is_some_and(|(t, h)| (-1.0..h).contains(&t));
        Ok(ok.then_some(()))
    };
    b.wait_until("the term «fuldmagt» in view and focused", at_term)
        .await?;
    ensure!(
        b.hash().await? == "#/rettigheder/ordbog/fuldmagt",
        "hash is {}",
        b.hash().await?
    );
    b.reload().await?;
    b.wait_until("the term «fuldmagt» in view after a reload", at_term)
        .await?;
    b.quit().await
}

fn js_set_value() -> &'static str {
    "const e = document.getElementById(arguments[0]); e.value = arguments[1];
     e.dispatchEvent(new Event('input', { bubbles: true })); return e.value;"
}

/// The klage helper: empty fields give Danish messages (focus on the first field, no axe violations); filled
/// in, it makes a letter with the decision date written out; what was typed survives a visit to another
/// page; copying either copies or selects the text.
#[tokio::test]
async fn klage_helper_makes_a_letter_with_the_date() -> E2eResult<()> {
    let b = Browser::start().await?;
    let klage = route("#/rettigheder/klage");
    b.open_and_check(klage).await?;
    let submit = b
        .driver()
        .query(By::Css(".klagehjaelp button[type=submit]"))
        .first()
        .await?;
    submit.scroll_into_view().await?;
    submit.click().await?;
    b.wait_until("the error summary", || async {
        let v = b
            .eval("const s = document.querySelector('.fejl-oversigt[role=alert]'); return s ? s.textContent : null;")
            .await?;
        Ok(v.as_str()
            .is_some_and(|t| t.contains("Skriv datoen på afgørelsen."))
            .then_some(()))
    })
    .await?;
    b.wait_until("focus on the date field", || async {
        Ok((b.active_element().await?.id.as_deref() == Some("klage-dato")).then_some(()))
    })
    .await?;
    let invalid = b
        .eval("return document.getElementById('klage-dato').getAttribute('aria-invalid');")
        .await?;
    ensure!(
        invalid == "true",
        "the date field is not aria-invalid: {invalid}"
    );
    b.axe_check("#/rettigheder/klage with validation errors")
        .await?;

    b.eval_with(
        js_set_value(),
        vec![Value::from("klage-dato"), Value::from("2026-02-05")],
    )
    .await?;
    b.driver()
        .find(By::Id("klage-emne"))
        .await?
        .send_keys("min ressourceforløbsydelse for marts")
        .await?;
    b.driver()
        .find(By::Id("klage-grund"))
        .await?
        .send_keys("Kommunen har trukket min løn to gange.")
        .await?;
    submit.click().await?;
    let letter = b
        .wait_until("the letter", || async {
            let v = b
                .eval("const e = document.getElementById('klage-brev'); return e ? e.textContent : null;")
                .await?;
            Ok(v.as_str().map(str::to_string))
        })
        .await?;
    for needle in [
        "Klage over afgørelse af 5. februar 2026",
        "min ressourceforløbsydelse for marts",
        "Kommunen har trukket min løn to gange.",
        "Ankestyrelsen",
    ] {
        ensure!(
            letter.contains(needle),
            "the letter lacks {needle:?}:\n{letter}"
        );
    }
    b.axe_check("#/rettigheder/klage with a letter").await?;

    // Copy: the clipboard API, or (no permission in headless Chromium) the text gets selected.
    b.driver()
        .find(By::XPath("//button[normalize-space()='Kopiér teksten']"))
        .await?
        .click()
        .await?;
    b.wait_until("a copy status", || async {
        let v = b
            .eval("return document.querySelector('.klagehjaelp .status').textContent;")
            .await?;
        let s = v.as_str().unwrap_or_default().to_string();
        Ok((s.contains("kopieret") || s.contains("markeret")).then_some(s))
    })
    .await?;

    // Nothing typed is lost: away to another page and back.
    b.open("#/rettigheder/ordbog").await?;
    b.wait_for_h1("Ordbog").await?;
    b.open(klage.hash).await?;
    b.wait_for_h1(klage.h1).await?;
    let kept = b
        .eval("return [document.getElementById('klage-dato').value, document.getElementById('klage-emne').value,
                       !!document.getElementById('klage-brev')];")
        .await?;
    ensure!(
        kept[0] == "2026-02-05"
            && kept[1] == "min ressourceforløbsydelse for marts"
            && kept[2] == true,
        "the fields or the letter were lost after visiting another page: {kept}"
    );
    b.quit().await
}
