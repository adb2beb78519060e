//! The app on a phone, against the release build: no page scrolls sideways at 320 px (= 400 % zoom, WCAG
//! 1.4.10), with every «Paragraf og kilde» open and with results, tables and the timeline showing; the chart
//! and timeline text is at least 12 px on a 375 px phone and never cut off; the front page's three doors
//! are on the first screen of a 375 × 667 phone and lead to the right place; typed dates and amounts in the
//! forms citizens meet in letters; a field's error waits until the user leaves the field; forced colours
//! keep the buttons' borders and the meeting-mode state. axe finds nothing in each new state.
#![cfg(not(target_arch = "wasm32"))]

use e2e::contract::all_pages;
use e2e::felter::{felt, tekst, vent_paa};
use e2e::{bail, ensure, Browser, E2eResult};
use serde_json::{json, Value};
use thirtyfour::prelude::*;

/// Emulates a phone screen of `width` × `height` CSS px (touch, overlay scrollbars, meta viewport).
async fn telefon(b: &Browser, width: u32, height: u32) -> E2eResult<()> {
    b.driver()
        .cdp()
        .send_raw(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": true}),
        )
        .await?;
    Ok(())
}

/// Opens every `<details>` in main (as a reader checking § and sources would) and returns how far the page
/// reaches past the screen's right edge, with the widest elements for the message.
async fn sidelaens(b: &Browser) -> E2eResult<Value> {
    b.eval(
        "document.querySelectorAll('main details').forEach(d => d.open = true);
         const d = document.documentElement;
         const cw = d.clientWidth;
         // Elements inside their own scroll box (a wide table) do not widen the page.
         const inScroller = e => { for (let p = e.parentElement; p && p !== d; p = p.parentElement) {
             const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
         const wide = Array.from(document.querySelectorAll('body *'))
           .filter(e => e.getBoundingClientRect().right > cw + 0.5 && !inScroller(e))
           .slice(0, 6)
           .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
                     + ' right=' + Math.round(e.getBoundingClientRect().right) + ' «' + (e.textContent || '').trim().slice(0, 40) + '»');
         return {sw: d.scrollWidth, cw, wide};",
    )
    .await
}

/// Clicks into a field, empties it and types `tekst`, as a user would (focus stays in the field).
async fn skriv(b: &Browser, label: &str, tekst: &str) -> E2eResult<WebElement> {
    let f = felt(b, label).await?;
    // Into the middle of the screen, clear of the sticky result bar at the bottom.
    b.driver()
        .execute(
            "arguments[0].scrollIntoView({block: 'center'});",
            vec![f.to_json()?],
        )
        .await?;
    f.click().await?;
    f.send_keys(Key::Control + "a").await?;
    f.send_keys(Key::Backspace).await?;
    f.send_keys(tekst).await?;
    Ok(f)
}

/// States beyond the bare routes that are known to be wide: results with their trace, the line-by-line
/// «Tjek» table, the timeline, the klagefrist result.
const TILSTANDE: &[(&str, &str)] = &[
    (
        "#/ydelse?v=1&m=2024-03&s=1.6.2023&l=20.000&kb=12.000&kg=12.326&kf=2.022,35",
        ".hovedtal",
    ),
    ("#/forloeb?v=1&fd=1.10.1962&a=1.11.2023", ".tl-svg"),
    (
        "#/forloebet-slutter?v=1&s=1.4.2024&lm=36&fd=12.5.1968",
        "#slutplan-skridt",
    ),
    ("#/klagefrist?v=1&l=p&d=2.3.2026", ".hovedtal"),
    ("#/ferie", ".hovedtal"),
];

/// At 320 px no route and no result state scrolls sideways, with every «Paragraf og kilde» open.
#[tokio::test]
async fn no_page_scrolls_sideways_at_320px() -> E2eResult<()> {
    let b = Browser::start().await?;
    telefon(&b, 320, 640).await?;
    let mut fejl = Vec::new();
    let mut sider = 0;
    for r in all_pages() {
        b.open_fresh(r.hash).await?;
        b.wait_for_h1(r.h1).await?;
        let v = sidelaens(&b).await?;
        sider += 1;
        if v["sw"].as_i64() > v["cw"].as_i64() {
            fejl.push(format!(
                "{}: scrollWidth {} > clientWidth {}: {}",
                r.hash, v["sw"], v["cw"], v["wide"]
            ));
        }
    }
    for (hash, vent) in TILSTANDE {
        b.open_fresh(hash).await?;
        b.wait_until(&format!("{vent} on {hash}"), || async {
            let n = b
                .eval_with(
                    "return document.querySelectorAll(arguments[0]).length;",
                    vec![Value::from(*vent)],
                )
                .await?;
            Ok((n.as_u64().unwrap_or(0) > 0).then_some(()))
        })
        .await?;
        let v = sidelaens(&b).await?;
        sider += 1;
        if v["sw"].as_i64() > v["cw"].as_i64() {
            fejl.push(format!(
                "{hash}: scrollWidth {} > clientWidth {}: {}",
                v["sw"], v["cw"], v["wide"]
            ));
        }
    }
    println!(
        "reflow: {sider} pages and states checked at 320 px, {} scroll sideways",
        fejl.len()
    );
    if !fejl.is_empty() {
        bail!(
            "pages that scroll sideways at 320 px:\n  {}",
            fejl.join("\n  ")
        );
    }
    b.quit().await
}

/// The wide «Tjek» table at 375 px: the page does not scroll sideways, and the «Forskel» column can be
/// reached inside the table's own scroll box (or is fully visible); axe is clean.
#[tokio::test]
async fn tjek_table_fits_or_scrolls_in_its_own_box_at_375px() -> E2eResult<()> {
    let b = Browser::start().await?;
    telefon(&b, 375, 667).await?;
    b.open_fresh(TILSTANDE[0].0).await?;
    vent_paa(&b, ".tjek", "Linje for linje").await?;
    let v = sidelaens(&b).await?;
    ensure!(
        v["sw"].as_i64() <= v["cw"].as_i64(),
        "the page scrolls sideways: {v}"
    );
    let f = b
        .eval(
            "const boks = document.querySelector('.tjek .tabel-rulle');
             const th = Array.from(boks.querySelectorAll('th')).find(t => t.textContent.includes('Forskel'));
             const synlig = th.getBoundingClientRect().right <= boks.getBoundingClientRect().right + 0.5;
             return {synlig, ruller: boks.scrollWidth > boks.clientWidth, fokus: boks.tabIndex === 0,
                     navn: boks.getAttribute('aria-labelledby')};",
        )
        .await?;
    ensure!(
        f["synlig"] == true || (f["ruller"] == true && f["fokus"] == true),
        "the «Forskel» column is cut off and cannot be scrolled to: {f}"
    );
    println!("tjek table at 375 px: {f}");
    b.axe_check("ydelse med Tjek-tabel, 375 px").await?;
    b.quit().await
}

/// Text in the «Hvad hvis» chart and the forløb timeline is at least 12 px high on a 375 px phone, no label
/// runs outside its drawing, and the forløb's end date is labelled.
#[tokio::test]
async fn chart_and_timeline_text_is_at_least_12px_at_375px() -> E2eResult<()> {
    let b = Browser::start().await?;
    telefon(&b, 375, 667).await?;
    let maal = "const ud = [];
         for (const svg of document.querySelectorAll(arguments[0])) {
           const s = svg.getBoundingClientRect();
           const skala = s.width / svg.viewBox.baseVal.width;
           for (const t of svg.querySelectorAll('text')) {
             const r = t.getBoundingClientRect();
             ud.push({tekst: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * skala, hoejde: r.height,
                      inde: r.left >= s.left - 0.5 && r.right <= s.right + 0.5 && r.top >= s.top - 0.5 && r.bottom <= s.bottom + 0.5});
           }
         }
         return ud;";
    for (hash, svg, vent) in [
        (
            "#/ydelse?v=1&m=2024-03&s=1.6.2023&l=20.000",
            ".graf-svg",
            ".graf-svg text",
        ),
        (
            "#/forloeb?v=1&fd=1.10.1962&a=1.11.2023",
            ".tl-svg",
            ".tl-svg text",
        ),
    ] {
        b.open_fresh(hash).await?;
        b.wait_until(&format!("{vent} on {hash}"), || async {
            let n = b
                .eval_with(
                    "return document.querySelectorAll(arguments[0]).length;",
                    vec![Value::from(vent)],
                )
                .await?;
            Ok((n.as_u64().unwrap_or(0) > 0).then_some(()))
        })
        .await?;
        let v = b.eval_with(maal, vec![Value::from(svg)]).await?;
        let tekster = v.as_array().cloned().unwrap_or_default();
        ensure!(!tekster.is_empty(), "{svg}: no text");
        let mindst = tekster
            .iter()
            .filter_map(|t| t["px"].as_f64())
            .fold(f64::MAX, f64::min);
        println!(
            "{svg} at 375 px: {} labels, the smallest {mindst:.1} px",
            tekster.len()
        );
        for t in &tekster {
            ensure!(
                t["px"].as_f64().unwrap_or(0.0) >= 12.0
                    && t["hoejde"].as_f64().unwrap_or(0.0) >= 12.0,
                "{svg}: a label renders under 12 px: {t}"
            );
            ensure!(
                t["inde"] == true,
                "{svg}: a label is cut off at the edge: {t}"
            );
        }
        if svg == ".tl-svg" {
            ensure!(
                tekster.iter().any(|t| t["tekst"]
                    .as_str()
                    .is_some_and(|s| s.contains("Slut: 31. oktober 2026"))),
                "the forløb's end date has no label: {v}"
            );
            let noegle = tekst(&b, "ul.tl-noegle").await?;
            ensure!(
                noegle.to_lowercase().contains("folkepension"),
                "the timeline key: {noegle}"
            );
            b.axe_check("forløb med tidslinje, 375 px").await?;
        } else {
            ensure!(
                tekster.iter().any(|t| t["tekst"] == "Din løn"),
                "the chart does not mark the user's wage: {v}"
            );
            b.axe_check("ydelse med graf, 375 px").await?;
        }
    }
    b.quit().await
}

/// The three doors are on the first screen of a 375 × 667 phone, under a compact header, and each leads to
/// the right place; «Min udbetaling passer ikke» lands on «Tjek din afgørelse».
#[tokio::test]
async fn three_doors_on_the_first_phone_screen() -> E2eResult<()> {
    let b = Browser::start().await?;
    telefon(&b, 375, 667).await?;
    b.open_fresh("#/").await?;
    b.wait_for_h1("Ressourceguiden").await?;
    let v = b
        .eval(
            "return {skaerm: innerHeight, header: document.querySelector('header.top').getBoundingClientRect().height,
                     doere: Array.from(document.querySelectorAll('li.doer')).map(d => ({
                        titel: d.querySelector('.doer-titel').textContent,
                        bund: d.getBoundingClientRect().bottom, href: d.querySelector('a').getAttribute('href')}))};",
        )
        .await?;
    println!("front page at 375 × 667: {v}");
    let doere = v["doere"].as_array().cloned().unwrap_or_default();
    let titler: Vec<&str> = doere.iter().filter_map(|d| d["titel"].as_str()).collect();
    ensure!(
        titler
            == [
                "Min udbetaling passer ikke",
                "Mit forløb slutter",
                "Jeg vil klage"
            ],
        "the doors: {titler:?}"
    );
    for d in &doere {
        ensure!(
            d["bund"].as_f64() <= v["skaerm"].as_f64(),
            "a door is below the first screen: {d} (screen {})",
            v["skaerm"]
        );
    }
    b.axe_check("forside, 375 px").await?;
    for (titel, h1, fokus) in [
        (
            "Min udbetaling passer ikke",
            "Beregn din ydelse",
            Some("Tjek din afgørelse"),
        ),
        ("Mit forløb slutter", "Når dit forløb slutter", None),
        ("Jeg vil klage", "Din klagefrist", None),
    ] {
        b.open_fresh("#/").await?;
        b.wait_for_h1("Ressourceguiden").await?;
        b.driver()
            .find(By::XPath(format!(
                "//a[contains(@class,'doer-link')][contains(., '{titel}')]"
            )))
            .await?
            .click()
            .await?;
        b.wait_for_h1(h1).await?;
        if let Some(fokus) = fokus {
            let want = fokus.to_string();
            let br = &b;
            // In view within 1 px: the page scrolls by whole pixels, while a heading's edge may be fractional.
            b.wait_until(&format!("focus on {fokus:?}, in view"), || {
                let want = want.clone();
                async move {
                    let v = br
                        .eval(
                            "const a = document.activeElement; const r = a.getBoundingClientRect();
                             return {tekst: a.textContent, synlig: r.top >= -1 && r.bottom <= innerHeight + 1};",
                        )
                        .await?;
                    Ok((v["tekst"].as_str() == Some(want.as_str()) && v["synlig"] == true).then_some(()))
                }
            })
            .await?;
        }
    }
    // The second ways in: the rights page on the end of the forløb and the klage helper.
    for (tekst_, h1, fokus) in [
        (
            "Læs, hvad der sker, når forløbet slutter",
            "Når forløbet slutter",
            None,
        ),
        (
            "Skriv din klage",
            "Klage over en afgørelse",
            Some("Skriv din klage"),
        ),
    ] {
        b.open_fresh("#/").await?;
        b.wait_for_h1("Ressourceguiden").await?;
        b.driver()
            .find(By::XPath(format!(
                "//a[contains(@class,'doer-ogsaa')][contains(., '{tekst_}')]"
            )))
            .await?
            .click()
            .await?;
        b.wait_for_h1(h1).await?;
        if let Some(fokus) = fokus {
            let want = fokus.to_string();
            let br = &b;
            b.wait_until(&format!("focus on {fokus:?}"), || {
                let want = want.clone();
                async move {
                    let v = br
                        .eval("return document.activeElement.textContent;")
                        .await?;
                    Ok((v.as_str() == Some(want.as_str())).then_some(()))
                }
            })
            .await?;
        }
    }
    b.quit().await
}

/// Dates and amounts as citizens copy them from letters and payslips; a field's error waits until the user
/// leaves it (the result is withheld meanwhile); a two-digit year is read back under the field.
#[tokio::test]
async fn danish_formats_and_errors_after_the_field() -> E2eResult<()> {
    let b = Browser::start().await?;
    telefon(&b, 375, 667).await?;
    b.open_fresh("#/ydelse").await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    let maaned = felt(&b, "Måned").await?;
    maaned.click().await?;
    maaned
        .find(By::Css("option[value='3']"))
        .await?
        .click()
        .await?;
    let aar = felt(&b, "År").await?;
    aar.click().await?;
    aar.find(By::Css("option[value='2024']"))
        .await?
        .click()
        .await?;
    // The first keystroke of a date is not an error yet…
    skriv(&b, "Hvornår begyndte dit forløb?", "1").await?;
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    ensure!(
        tekst(&b, ".fejloversigt").await?.is_empty(),
        "an error summary on the first keystroke"
    );
    ensure!(
        tekst(&b, ".felt-fejl").await?.is_empty(),
        "a field error on the first keystroke"
    );
    ensure!(
        !tekst(&b, ".hovedtal").await?.contains("kr."),
        "a result for a half-typed date"
    );
    // …but it is when the user leaves the field.
    b.press(Key::Tab).await?;
    vent_paa(&b, ".fejloversigt", "Skriv datoen som dag.måned.år").await?;
    b.axe_check("ydelse med fejl efter feltet").await?;
    // Back in the field, the message goes as soon as the date is right: a two-digit year, read back.
    skriv(&b, "Hvornår begyndte dit forløb?", "1.6.23").await?;
    vent_paa(&b, ".tolkning", "Vi læser det som 1. juni 2023").await?;
    ensure!(
        tekst(&b, ".fejloversigt").await?.is_empty(),
        "the error summary stayed"
    );
    skriv(&b, "Din løn i måneden", "20.000,-").await?;
    vent_paa(&b, ".hovedtal", "10.303,65 kr.").await?;
    b.axe_check("ydelse med læst dato").await?;
    // The kommune's letter style.
    skriv(&b, "Hvornår begyndte dit forløb?", "1. juni 2023").await?;
    skriv(&b, "Din løn i måneden", "kr. 20.000,00").await?;
    vent_paa(&b, ".hovedtal", "10.303,65 kr.").await?;
    skriv(&b, "Hvornår begyndte dit forløb?", "1. jun. 2023").await?;
    b.press(Key::Tab).await?;
    vent_paa(&b, ".hovedtal", "10.303,65 kr.").await?;
    ensure!(
        tekst(&b, ".fejloversigt").await?.is_empty(),
        "an error for «1. jun. 2023»"
    );
    // «4,000»: a helpful guess, after the field.
    skriv(&b, "Din løn i måneden", "20,000").await?;
    b.press(Key::Tab).await?;
    vent_paa(&b, ".fejloversigt", "Mente du 20.000 kr.?").await?;
    let fejl = b.console_errors().await?;
    ensure!(fejl.is_empty(), "console errors: {fejl:?}");
    b.quit().await
}

/// Forced colours (Windows high contrast): the header buttons keep a border, and meeting mode's pressed
/// state is visible.
#[tokio::test]
async fn forced_colours_keep_buttons_and_meeting_state() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/ydelse").await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    b.driver()
        .cdp()
        .send_raw(
            "Emulation.setEmulatedMedia",
            json!({"media": "", "features": [{"name": "forced-colors", "value": "active"}]}),
        )
        .await?;
    let maal = "const k = Array.from(document.querySelectorAll('header button')).find(b => b.textContent.includes('Mødetilstand'));
                const s = getComputedStyle(k);
                return {aktiv: matchMedia('(forced-colors: active)').matches, kant: parseFloat(s.borderTopWidth),
                        stil: s.borderTopStyle, baggrund: s.backgroundColor, farve: s.color, omrids: s.outlineStyle};";
    let foer = b.eval(maal).await?;
    ensure!(foer["aktiv"] == true, "forced colours not emulated: {foer}");
    ensure!(
        foer["kant"].as_f64().unwrap_or(0.0) >= 1.0 && foer["stil"] == "solid",
        "the Mødetilstand button has no border in forced colours: {foer}"
    );
    b.driver()
        .find(By::XPath("//header//button[contains(., 'Mødetilstand')]"))
        .await?
        .click()
        .await?;
    let efter = b.eval(maal).await?;
    ensure!(
        efter["baggrund"] != foer["baggrund"] || efter["omrids"] != foer["omrids"],
        "meeting mode on looks the same as off in forced colours: {foer} / {efter}"
    );
    let ryd = b
        .eval(
            "const k = Array.from(document.querySelectorAll('header button')).find(b => b.textContent.includes('Ryd alt'));
             return parseFloat(getComputedStyle(k).borderTopWidth);",
        )
        .await?;
    ensure!(
        ryd.as_f64().unwrap_or(0.0) >= 1.0,
        "«Ryd alt» has no border in forced colours"
    );
    b.axe_check("mødetilstand i tvungne farver").await?;
    b.quit().await
}

/// Pages of a PDF from the DevTools protocol (base64).
fn pdf_sider(data: &str) -> usize {
    let val = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut pdf = Vec::with_capacity(data.len() * 3 / 4);
    let (mut buf, mut bits) = (0u32, 0u32);
    for v in data.bytes().filter_map(val) {
        buf = (buf << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            pdf.push((buf >> bits) as u8);
        }
    }
    let antal = |n: &[u8]| pdf.windows(n.len()).filter(|w| *w == n).count();
    antal(b"/Type /Page") - antal(b"/Type /Pages")
}

/// The print handout of a full check (result, every step with § and source, «Tjek din afgørelse» with the
/// line-by-line table) is one or two A4 pages, in normal and in meeting mode.
#[tokio::test]
async fn print_handout_with_tjek_is_at_most_two_pages() -> E2eResult<()> {
    let b = Browser::start().await?;
    for moede in [false, true] {
        b.open_fresh(TILSTANDE[0].0).await?;
        vent_paa(&b, ".tjek", "Linje for linje").await?;
        if moede {
            b.driver()
                .find(By::XPath("//header//button[contains(., 'Mødetilstand')]"))
                .await?
                .click()
                .await?;
        }
        b.eval("window.dispatchEvent(new Event('beforeprint')); return null;")
            .await?;
        let pdf = b
            .driver()
            .cdp()
            .send_raw(
                "Page.printToPDF",
                json!({"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": false}),
            )
            .await?;
        let sider = pdf_sider(pdf["data"].as_str().unwrap_or_default());
        println!(
            "print: the ydelse handout with Tjek (meeting mode {moede}) is {sider} A4 page(s)"
        );
        ensure!(
            (1..=2).contains(&sider),
            "the handout with Tjek (meeting mode {moede}) is {sider} A4 pages, expected 1–2"
        );
    }
    b.quit().await
}
