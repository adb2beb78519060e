//! The calculators as a user meets them, against the release build: fields found by their labels, typed into
//! with the keyboard, results and messages read from the page. Flows: ydelse (result, every validation
//! message, «Hvad hvis», «Tjek din afgørelse»), forløb (verdict, wish, timeline), ferie, klagefrist; share link
//! round trip; tampered link; storage opt-in, reload, delete; corrupt storage; print media; keyboard only;
//! meeting mode; axe with zero violations in every state.
#![cfg(not(target_arch = "wasm32"))]

use e2e::felter::{felt, skriv, tekst, vent_paa};
use e2e::{bail, ensure, Browser, E2eResult};
use serde_json::{json, Value};
use thirtyfour::prelude::*;

async fn vaerdi(b: &Browser, label: &str) -> E2eResult<String> {
    Ok(felt(b, label)
        .await?
        .prop("value")
        .await?
        .unwrap_or_default())
}

async fn lager(b: &Browser) -> E2eResult<Value> {
    b.eval("return {n: localStorage.length, s: sessionStorage.length, v: localStorage.getItem('ressourceguiden')};")
        .await
}

async fn ydelse_eksempel_1(b: &Browser) -> E2eResult<()> {
    b.open_fresh("#/ydelse").await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    velg(&felt(b, "Måned").await?, "3").await?;
    velg(&felt(b, "År").await?, "2024").await?;
    skriv(b, "Hvornår begyndte dit forløb?", "1.6.2023").await?;
    skriv(b, "Din løn i måneden", "20.000").await?;
    vent_paa(b, ".hovedtal", "10.303,65 kr.").await
}

/// Ends a flow: no console errors, then close the browser.
async fn slut(b: Browser) -> E2eResult<()> {
    let fejl = b.console_errors().await?;
    ensure!(fejl.is_empty(), "console errors: {fejl:?}");
    b.quit().await
}

/// Chooses an option of a `<select>` by clicking it, as a user would.
async fn velg(select: &WebElement, value: &str) -> E2eResult<()> {
    select.click().await?;
    select
        .find(By::Css(format!("option[value='{value}']")))
        .await?
        .click()
        .await?;
    Ok(())
}

/// Worked example 1 of the reference through the form; the trace shows § and sources; «Hvad hvis» draws the
/// chart and its table; «Tjek din afgørelse» recognises the old 30 % deduction; axe is clean.
#[tokio::test]
async fn ydelse_gives_the_official_result_with_its_working() -> E2eResult<()> {
    let b = Browser::start().await?;
    ydelse_eksempel_1(&b).await?;
    let forklaring = tekst(&b, "ol.forklaring").await?;
    ensure!(
        forklaring.contains("12.326"),
        "trace lacks the 2024 rate: {forklaring}"
    );
    ensure!(
        forklaring.contains("2.022,35"),
        "trace lacks the deduction: {forklaring}"
    );
    let regel = tekst(&b, "ol.forklaring details dl").await?;
    ensure!(
        regel.contains("§"),
        "the first line's details have no §: {regel}"
    );
    // The polite live region carries the result.
    let live = b
        .eval("return document.querySelector('.hovedtal').getAttribute('aria-live');")
        .await?;
    ensure!(
        live == "polite",
        "result region is not aria-live=polite: {live}"
    );
    // What if: 21 rows, and an SVG chart with a title.
    let rows = b
        .eval("return document.querySelectorAll('.hvad-hvis tbody tr').length;")
        .await?;
    ensure!(
        rows == 21,
        "expected 21 table rows in «Hvad hvis», got {rows}"
    );
    let svg = b
        .eval("return !!document.querySelector('.hvad-hvis svg[role=img] title');")
        .await?;
    ensure!(svg == true, "the chart has no accessible SVG");
    let foerste = tekst(&b, ".hvad-hvis tbody tr").await?;
    ensure!(
        foerste.contains("12.326,00"),
        "at wage 0 the ydelse is the rate: {foerste}"
    );
    // Tjek din afgørelse: 10.303,65 − 30 % × 16.323 = 5.406,75.
    skriv(&b, "Kommunens beløb for måneden", "5.406,75").await?;
    vent_paa(&b, ".tjek", "30 %").await?;
    vent_paa(&b, ".tjek", "4.896,90").await?;
    // Line by line, with the kommune's base amount and deduction from the letter.
    skriv(&b, "Kommunens grundbeløb", "12.326").await?;
    skriv(&b, "Kommunens fradrag i alt", "6.919,25").await?;
    vent_paa(&b, ".tjek table:last-of-type", "Grundbeløb før fradrag").await?;
    vent_paa(&b, ".tjek table:last-of-type", "4.896,90").await?;
    b.axe_check("ydelse med resultat").await?;
    slut(b).await
}

/// Every validation message: letters, negative, absurd amounts, impossible dates; inline and in the summary;
/// the summary link moves focus; the result is withheld; nothing typed is lost; axe is clean with errors.
#[tokio::test]
async fn ydelse_validates_as_the_user_types() -> E2eResult<()> {
    let b = Browser::start().await?;
    ydelse_eksempel_1(&b).await?;
    for (indtastning, besked) in [
        ("tyve tusind", "Skriv beløbet med tal"),
        ("-5", "kan ikke være negativt"),
        ("99999999", "urimeligt stort"),
        ("5,123", "højst to decimaler"),
    ] {
        skriv(&b, "Din løn i måneden", indtastning).await?;
        // A field's error shows once the user leaves it (not on the first keystroke).
        b.press(Key::Tab).await?;
        vent_paa(&b, ".fejloversigt", besked).await?;
        let inline = tekst(&b, ".felt-fejl .fejlbesked").await?;
        ensure!(
            inline.contains(besked),
            "inline error for {indtastning:?}: {inline}"
        );
        ensure!(
            vaerdi(&b, "Din løn i måneden").await? == indtastning,
            "the typed value was lost"
        );
        let invalid = b
            .eval("return document.querySelector('.felt-fejl input').getAttribute('aria-invalid');")
            .await?;
        ensure!(invalid == "true", "aria-invalid is {invalid}");
        let res = tekst(&b, ".hovedtal").await?;
        ensure!(
            !res.contains("kr.") || res.contains("Vi viser"),
            "a result was shown for invalid input: {res}"
        );
    }
    b.axe_check("ydelse med fejl").await?;
    // The summary link focuses the field without changing the route.
    let link = b.driver().find(By::Css(".fejloversigt a")).await?;
    link.click().await?;
    let felt_id = felt(&b, "Din løn i måneden")
        .await?
        .attr("id")
        .await?
        .unwrap_or_default();
    let aktiv = b.active_element().await?;
    ensure!(
        aktiv.id.as_deref() == Some(felt_id.as_str()),
        "focus after the summary link: {aktiv:?}"
    );
    ensure!(
        b.hash().await? == "#/ydelse",
        "the summary link changed the route"
    );
    // An impossible date.
    skriv(&b, "Din løn i måneden", "20000").await?;
    skriv(&b, "Hvornår begyndte dit forløb?", "31.2.2024").await?;
    b.press(Key::Tab).await?;
    vent_paa(&b, ".fejloversigt", "Den dato findes ikke").await?;
    // Fixing it brings the result back.
    skriv(&b, "Hvornår begyndte dit forløb?", "1.6.2023").await?;
    vent_paa(&b, ".hovedtal", "10.303,65 kr.").await?;
    ensure!(
        tekst(&b, ".fejloversigt").await?.is_empty(),
        "the error summary stayed"
    );
    b.quit().await
}

/// The share link restores the calculator exactly, lives in the fragment only, and is removed from the
/// address bar after loading; a tampered or outdated link gives a clear message and defaults.
#[tokio::test]
async fn share_link_round_trip_and_tampered_links() -> E2eResult<()> {
    let b = Browser::start().await?;
    ydelse_eksempel_1(&b).await?;
    b.driver()
        .find(By::XPath("//button[contains(., 'Lav et link')]"))
        .await?
        .click()
        .await?;
    let link = vaerdi(&b, "Link til din beregning").await?;
    ensure!(link.contains("#/ydelse?v=1&"), "link format: {link}");
    ensure!(
        !link.split('#').next().unwrap_or("").contains('?'),
        "state in the query string: {link}"
    );
    b.axe_check("ydelse med delingslink").await?;
    b.driver().goto("about:blank").await?;
    b.driver().goto(&link).await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    vent_paa(&b, ".hovedtal", "10.303,65 kr.").await?;
    ensure!(
        vaerdi(&b, "Din løn i måneden").await? == "20.000",
        "wage not restored"
    );
    ensure!(
        vaerdi(&b, "Hvornår begyndte dit forløb?").await? == "1.6.2023",
        "start not restored"
    );
    vent_paa(&b, "main", "åbnet fra et link").await?;
    ensure!(
        b.hash().await? == "#/ydelse",
        "the answers stayed in the address bar: {}",
        b.hash().await?
    );
    ensure!(
        lager(&b).await?["n"] == 0,
        "opening a link stored something"
    );
    // Tampered: an unknown level, a broken percent-escape, an unknown key, no version.
    b.open_fresh("#/ydelse?n=zz&l=%ZZ&hack=1&m=2024-03").await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    vent_paa(&b, "main", "mangler sit versionsnummer").await?;
    vent_paa(&b, "main", "kunne ikke læses").await?;
    vent_paa(&b, "main", "ikke kender").await?;
    let radio = b
        .eval("return document.querySelector('input[name=ydelse-n]:checked').value;")
        .await?;
    ensure!(
        radio == "k",
        "tampered level did not fall back to the default: {radio}"
    );
    // Outdated version.
    b.open_fresh("#/forloeb?v=9&fd=1.10.1962").await?;
    vent_paa(&b, "main", "anden version").await?;
    ensure!(
        vaerdi(&b, "Din fødselsdato").await? == "1.10.1962",
        "readable field dropped"
    );
    b.axe_check("forældet link").await?;
    slut(b).await
}

/// Nothing is stored before opt-in; opt-in stores, survives reload; «Slet alt» deletes; corrupt stored data
/// is reported and never breaks the app.
#[tokio::test]
async fn storage_is_opt_in_and_deletable_and_survives_corruption() -> E2eResult<()> {
    let b = Browser::start().await?;
    ydelse_eksempel_1(&b).await?;
    ensure!(
        lager(&b).await?["n"] == 0,
        "stored before opt-in: {}",
        lager(&b).await?
    );
    felt(&b, "Gem mine svar på denne enhed")
        .await?
        .click()
        .await?;
    let l = lager(&b).await?;
    ensure!(
        l["n"] == 1 && l["v"].as_str().unwrap_or("").contains("20.000"),
        "not stored after opt-in: {l}"
    );
    b.reload().await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    vent_paa(&b, ".hovedtal", "10.303,65 kr.").await?;
    vent_paa(&b, "main", "gemt på denne enhed").await?;
    ensure!(
        felt(&b, "Gem mine svar på denne enhed")
            .await?
            .is_selected()
            .await?,
        "opt-in not shown after reload"
    );
    b.driver()
        .find(By::XPath("//button[contains(., 'Slet alt, der er gemt')]"))
        .await?
        .click()
        .await?;
    vent_paa(&b, ".del", "er slettet").await?;
    ensure!(
        lager(&b).await?["n"] == 0,
        "not deleted: {}",
        lager(&b).await?
    );
    b.reload().await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    ensure!(
        vaerdi(&b, "Din løn i måneden").await?.is_empty(),
        "answers survived deletion"
    );
    // Corrupt data.
    b.eval("localStorage.setItem('ressourceguiden', '{\"v\":1,\"sider\":'); return null;")
        .await?;
    b.reload().await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    vent_paa(&b, "main", "beskadigede").await?;
    skriv(&b, "Hvornår begyndte dit forløb?", "1.6.2023").await?;
    vent_paa(&b, ".hovedtal", "kr.").await?;
    b.driver()
        .find(By::XPath("//button[contains(., 'Slet alt, der er gemt')]"))
        .await?
        .click()
        .await?;
    ensure!(lager(&b).await?["n"] == 0, "corrupt data not deleted");
    b.eval("localStorage.setItem('ressourceguiden', '{\"v\":7}'); return null;")
        .await?;
    b.reload().await?;
    vent_paa(&b, "main", "anden version").await?;
    b.axe_check("ydelse med lagerbesked").await?;
    slut(b).await
}

/// Print media: navigation and buttons hidden, the handout block with date, version, link and QR code shown,
/// every «Paragraf og kilde» visible.
#[tokio::test]
async fn print_handout() -> E2eResult<()> {
    let b = Browser::start().await?;
    ydelse_eksempel_1(&b).await?;
    let cdp = b.driver().cdp();
    cdp.send_raw("Emulation.setEmulatedMedia", json!({"media": "print"}))
        .await?;
    let v = b
        .eval(
            "const vis = s => { const e = document.querySelector(s); return !!e && getComputedStyle(e).display !== 'none'; };
             return {nav: vis('nav'), handout: vis('.kun-print'), qr: vis('.kun-print svg.qr path'), knap: vis('.del')};",
        )
        .await?;
    ensure!(
        v["nav"] == false && v["knap"] == false,
        "nav/buttons visible in print: {v}"
    );
    ensure!(
        v["handout"] == true && v["qr"] == true,
        "handout or QR missing in print: {v}"
    );
    let h = tekst(&b, ".kun-print").await?;
    ensure!(
        h.contains("Udskrevet") && h.contains("version") && h.contains("#/ydelse?v=1&"),
        "handout text: {h}"
    );
    // beforeprint opens the details (fired by window.print in a real print; dispatch it here).
    b.eval("window.dispatchEvent(new Event('beforeprint')); return null;")
        .await?;
    let aabne = b.eval("return Array.from(document.querySelectorAll('ol.forklaring details')).every(d => d.open);").await?;
    ensure!(aabne == true, "details not opened for print");
    // The handout is one or two A4 pages.
    let pdf = cdp
        .send_raw(
            "Page.printToPDF",
            json!({"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": false}),
        )
        .await?;
    let bytes = base64_decode(pdf["data"].as_str().unwrap_or_default());
    let sider = count(&bytes, b"/Type /Page") - count(&bytes, b"/Type /Pages");
    println!("print: the ydelse handout is {sider} A4 page(s)");
    ensure!(
        (1..=2).contains(&sider),
        "the handout is {sider} A4 pages, expected 1–2"
    );
    cdp.send_raw("Emulation.setEmulatedMedia", json!({"media": ""}))
        .await?;
    b.quit().await
}

/// Keyboard only: from the heading, Tab reaches the fields in order; arrow keys choose a radio; typing gives
/// the result.
#[tokio::test]
async fn keyboard_only_calculation() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/klagefrist").await?;
    b.wait_for_h1("Din klagefrist").await?;
    let h1 = b.driver().find(By::Tag("h1")).await?;
    b.eval_with("arguments[0].focus(); return null;", vec![h1.to_json()?])
        .await?;
    // First stop: the Digital Post radio; arrow down chooses «Almindeligt brev».
    b.press(Key::Tab).await?;
    let a = b.active_element().await?;
    ensure!(
        a.tag == "input" && a.id.as_deref() == Some("klagefrist-l"),
        "first Tab stop: {a:?}"
    );
    b.press(Key::Down).await?;
    let valgt = b
        .eval("return document.querySelector('input[name=klagefrist-l]:checked').value;")
        .await?;
    ensure!(
        valgt == "p",
        "arrow key did not choose ordinary post: {valgt}"
    );
    b.press(Key::Tab).await?;
    let a = b.active_element().await?;
    ensure!(
        a.id.as_deref() == Some("klagefrist-d"),
        "second Tab stop: {a:?}"
    );
    b.driver()
        .action_chain()
        .send_keys("2.3.2026")
        .perform()
        .await?;
    vent_paa(&b, ".hovedtal", "tirsdag 7. april 2026").await?;
    b.quit().await
}

/// Forløb: worked example 7 — only with the citizen's wish; ticking the wish changes the verdict; the
/// timeline is drawn and written out.
#[tokio::test]
async fn forloeb_verdict_wish_and_timeline() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/forloeb").await?;
    b.wait_for_h1("Dine forløb og grænser").await?;
    skriv(&b, "Din fødselsdato", "1.10.1962").await?;
    skriv(&b, "Datoen for kommunens afgørelse", "1.11.2023").await?;
    // Decided before 1 February 2026: the headline is the end date, the rules' verdict the line below it.
    vent_paa(&b, ".hovedtal", "Dit forløb slutter 31. oktober 2026.").await?;
    vent_paa(&b, ".hovedtal", "kun gives, hvis du selv ønskede det").await?;
    vent_paa(&b, ".tidslinje-tekst", "6 år før folkepensionsalderen").await?;
    let svg = b
        .eval("return document.querySelectorAll('.tl-svg rect').length;")
        .await?;
    ensure!(svg.as_u64().unwrap_or(0) >= 1, "timeline has no bars");
    b.axe_check("forløb kun med ønske").await?;
    felt(&b, "Jeg ønsker selv forløbet").await?.click().await?;
    vent_paa(&b, ".hovedtal", "kun gives, fordi du selv ønskede det").await?;
    // An earlier forløb that overlaps → a clear message, no crash.
    b.driver()
        .find(By::XPath(
            "//button[contains(., 'Tilføj et tidligere forløb')]",
        ))
        .await?
        .click()
        .await?;
    skriv(&b, "Forløb nr. 1: startdato", "1.1.2020").await?;
    skriv(&b, "Forløb nr. 1: slutdato", "1.1.2024").await?;
    felt(&b, "Din fødselsdato").await?.click().await?;
    vent_paa(&b, ".hovedtal", "Tidligere forløb skal være slut").await?;
    b.axe_check("forløb med tidligere forløb").await?;
    slut(b).await
}

/// Ferie: 12 months with help give 5 weeks; a month without help takes it away. Klagefrist: Digital Post.
#[tokio::test]
async fn ferie_and_klagefrist() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/ferie").await?;
    b.wait_for_h1("Ferie med ydelse").await?;
    vent_paa(&b, ".hovedtal", "Op til 5 ugers ferie").await?;
    let foerste = b.driver().find(By::Css(".maanedsliste select")).await?;
    velg(&foerste, "i").await?;
    vent_paa(&b, ".hovedtal", "ikke optjent").await?;
    b.axe_check("ferie").await?;
    b.open_fresh("#/klagefrist").await?;
    b.wait_for_h1("Din klagefrist").await?;
    skriv(&b, "Dagen, brevet kom i din digitale postkasse", "5.2.2026").await?;
    vent_paa(&b, ".hovedtal", "torsdag 5. marts 2026").await?;
    skriv(&b, "kommunen modtog klagen", "31.1.2026").await?;
    vent_paa(&b, ".hovedtal", "før du fik afgørelsen").await?;
    b.axe_check("klagefrist").await?;
    b.quit().await
}

/// Meeting mode: larger layout, nothing stored even when typing, no opt-in offered, «Ryd alt» empties every
/// field.
#[tokio::test]
async fn meeting_mode_keeps_nothing() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/ydelse").await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    let knap = b
        .driver()
        .find(By::XPath("//button[normalize-space(.)='Mødetilstand']"))
        .await?;
    knap.click().await?;
    ensure!(
        knap.attr("aria-pressed").await?.as_deref() == Some("true"),
        "aria-pressed not true"
    );
    let klasse = b.eval("return document.body.className;").await?;
    ensure!(
        klasse.as_str().unwrap_or("").contains("moede"),
        "body has no meeting class"
    );
    skriv(&b, "Hvornår begyndte dit forløb?", "1.6.2023").await?;
    skriv(&b, "Din løn i måneden", "20.000").await?;
    vent_paa(&b, ".hovedtal", "kr.").await?;
    let gem = b.eval("return Array.from(document.querySelectorAll('label')).some(l => l.textContent.includes('Gem mine svar'));").await?;
    ensure!(gem == false, "opt-in offered in meeting mode");
    ensure!(lager(&b).await?["n"] == 0, "stored in meeting mode");
    b.axe_check("mødetilstand").await?;
    b.driver()
        .find(By::XPath("//button[normalize-space(.)='Ryd alt']"))
        .await?
        .click()
        .await?;
    b.wait_until("fields emptied by «Ryd alt»", || async {
        Ok(vaerdi(&b, "Din løn i måneden")
            .await?
            .is_empty()
            .then_some(()))
    })
    .await?;
    ensure!(lager(&b).await?["n"] == 0, "stored after «Ryd alt»");
    if b.hash().await? != "#/ydelse" {
        bail!("«Ryd alt» left the page: {}", b.hash().await?);
    }
    b.quit().await
}

fn count(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len()).filter(|w| *w == needle).count()
}

/// Standard base64 (the PDF from the DevTools protocol).
fn base64_decode(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut buf, mut bits) = (0u32, 0u32);
    for v in s.bytes().filter_map(val) {
        buf = (buf << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
        }
    }
    out
}

/// The newest year file in content/law/satser/ (from the data, never from the calendar).
fn nyeste_satsaar() -> i32 {
    std::fs::read_dir(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../content/law/satser"
    ))
    .map(|rd| {
        rd.filter_map(|e| e.ok()?.path().file_stem()?.to_str()?.parse::<i32>().ok())
            .max()
            .unwrap_or(0)
    })
    .unwrap_or(0)
}

/// A share link for a month after the newest rate year: the result is computed, and its headline says it is
/// foreløbig and why; the year is offered by the picker; the trace marks the figure «foreløbig» and links to
/// its row on «Satser og kilder», which opens scrolled to it; axe is clean on both pages.
#[tokio::test]
async fn a_month_after_the_newest_rates_is_foreloebig_and_links_to_its_figure() -> E2eResult<()> {
    let aar = nyeste_satsaar() + 1;
    ensure!(aar > 2013, "no year files found");
    let b = Browser::start().await?;
    b.open_fresh(&format!("#/ydelse?v=1&m={aar}-03&s=1.6.2025"))
        .await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    vent_paa(&b, ".hovedtal .foreloebig", "Foreløbigt resultat").await?;
    vent_paa(&b, ".hovedtal .foreloebig", &format!("satserne for {aar}")).await?;
    vent_paa(&b, ".hovedtal .foreloebig", "lidt højere").await?;
    vent_paa(&b, ".hovedtal .tal", "kr.").await?;
    let tilbudt = b
        .eval(&format!(
            "return !!document.querySelector('select option[value=\"{aar}\"]');"
        ))
        .await?;
    ensure!(tilbudt == true, "the year picker does not offer {aar}");
    let forklaring = tekst(&b, "ol.forklaring").await?;
    ensure!(forklaring.contains("Foreløbig"), "trace: {forklaring}");
    let status = tekst(&b, "ol.forklaring details dl").await?;
    ensure!(
        status.contains("foreløbig"),
        "first line's status: {status}"
    );
    b.axe_check("ydelse foreløbig").await?;
    let href = b
        .eval("const a = document.querySelector('ol.forklaring a[href^=\"#/satser/\"]'); return a ? a.getAttribute('href') : '';")
        .await?;
    let href = href.as_str().unwrap_or_default().to_string();
    ensure!(
        !href.is_empty(),
        "no trace line links to «Satser og kilder»"
    );
    let id = href.trim_start_matches("#/satser/").to_string();
    b.eval(&format!("location.hash = '{href}'; return 1;"))
        .await?;
    b.wait_for_h1("Satser og kilder").await?;
    // The row of that figure (id `<parameter>-<year>`) is there and names its year.
    let rad_aar = id.rsplit('-').next().unwrap_or_default().to_string();
    vent_paa(&b, &format!("tr[id='{id}']"), &rad_aar).await?;
    b.axe_check("satser og kilder").await?;
    // The same page without the app: rettigheder/satser.html, the same row, axe clean.
    b.driver().goto(&b.url("rettigheder/satser.html")).await?;
    b.wait_for_h1("Satser og kilder").await?;
    vent_paa(&b, &format!("tr[id='{id}']"), &rad_aar).await?;
    let scripts = b
        .eval("return document.querySelectorAll('script').length;")
        .await?;
    ensure!(scripts == 0, "the static page has {scripts} script(s)");
    b.axe_check("satser og kilder, statisk").await?;
    slut(b).await
}
