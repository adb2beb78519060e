//! Journeys about deadlines, end dates and a shared PC (issue #12), against the release build: a citizen or an
//! advisor types with the keyboard what they know, in Danish date formats, and the test reads what the page
//! shows. Every expected date was worked out outside the app, with the calendar, and the reasoning is written
//! next to it. axe must find 0 violations in each new state.
//!
//! The klagefrist method (content/law/INTERPRETATIONS.md, F18 and F19): a decision in Digital Post or handed
//! over counts as received that day, also a Saturday; an ordinary letter 6 hverdage after its date (Saturdays
//! not counted; counting them gives an earlier, safe date); the deadline is the same weekday 4 weeks later and,
//! if that is a Saturday, Sunday or helligdag, moves to the next hverdag. The headline is always the earliest
//! date under every reading; the later one is shown under it as «måske først».
#![cfg(not(target_arch = "wasm32"))]

use e2e::felter::{felt, skriv, tekst, vent_paa};
use e2e::{ensure, Browser, E2eResult};
use thirtyfour::prelude::*;

/// Ends a journey: no console errors, then close the browser.
async fn slut(b: Browser) -> E2eResult<()> {
    let fejl = b.console_errors().await?;
    ensure!(fejl.is_empty(), "console errors: {fejl:?}");
    b.quit().await
}

/// Focuses the page's h1, as after a route change, so the next Tab goes to the first control.
async fn fra_overskriften(b: &Browser) -> E2eResult<()> {
    let h1 = b.driver().find(By::Tag("h1")).await?;
    b.eval_with("arguments[0].focus(); return null;", vec![h1.to_json()?])
        .await?;
    Ok(())
}

/// Types into whatever has focus.
async fn tast(b: &Browser, tekst: &str) -> E2eResult<()> {
    b.driver().action_chain().send_keys(tekst).perform().await?;
    Ok(())
}

/// A decision in Digital Post that arrived on a Saturday, keyboard only, and the way on to the klage helper.
///
/// Saturday 21 November 2026 (a Saturday in the 2026 calendar) + 4 weeks = Saturday 19 December 2026. A
/// Saturday is not a hverdag, so under the vejledning the deadline moves over Sunday 20 to Monday 21 December
/// 2026. Safe date (no move): lørdag 19. december 2026 — the headline.
#[tokio::test]
async fn klagefrist_paa_en_loerdag() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/klagefrist").await?;
    b.wait_for_h1("Din klagefrist").await?;
    fra_overskriften(&b).await?;
    // Tab 1: the first radio, «Digital Post», already chosen. Tab 2: the date, labelled for Digital Post.
    b.press(Key::Tab).await?;
    let a = b.active_element().await?;
    ensure!(
        a.id.as_deref() == Some("klagefrist-l"),
        "first Tab stop: {a:?}"
    );
    b.press(Key::Tab).await?;
    let a = b.active_element().await?;
    ensure!(
        a.id.as_deref() == Some("klagefrist-d"),
        "second Tab stop: {a:?}"
    );
    felt(&b, "Dagen, brevet kom i din digitale postkasse").await?;
    tast(&b, "21.11.2026").await?;
    vent_paa(&b, ".hovedtal", "Send klagen, så den er fremme senest").await?;
    vent_paa(&b, ".hovedtal strong", "lørdag 19. december 2026").await?;
    vent_paa(&b, ".hovedtal .forbehold", "mandag 21. december 2026").await?;
    let trace = tekst(&b, "ol.forklaring").await?;
    ensure!(
        trace.contains("Fristen udløber lørdag 19. december 2026. Det er ikke en hverdag")
            && trace.contains("næste hverdag: mandag 21. december 2026"),
        "the trace does not explain the move: {trace}"
    );
    b.axe_check("klagefrist på en lørdag").await?;
    // The klage helper is one link away (focus + Enter, as with the keyboard).
    let link = b
        .driver()
        .find(By::XPath(
            "//div[contains(@class,'hovedtal')]//a[normalize-space(.)='Skriv din klage']",
        ))
        .await?;
    b.eval_with("arguments[0].focus(); return null;", vec![link.to_json()?])
        .await?;
    b.press(Key::Enter).await?;
    b.wait_for_h1("Klage over en afgørelse").await?;
    b.wait_until("the klage helper's heading in focus", || async {
        let a = b.active_element().await?;
        Ok((a.id.as_deref() == Some("skriv-din-klage")).then_some(()))
    })
    .await?;
    // The klage page's contents list the helper first.
    let toc = tekst(&b, "nav.toc li a").await?;
    ensure!(
        toc.starts_with("Skriv din klage"),
        "the contents do not start with the helper: {toc}"
    );
    b.axe_check("klagehjælpen fra klagefristen").await?;
    slut(b).await
}

/// A decision by ordinary post: the letter is dated Monday 2 March 2026 (the reference's worked example 5).
///
/// 6 hverdage without Saturdays: 3, 4, 5, 6, 9, 10 March → received Tuesday 10 March; + 28 days = Tuesday
/// 7 April 2026 (a hverdag; Easter Monday was the 6th). Counting Saturdays: 3, 4, 5, 6, 7, 9 March → Monday
/// 9 March + 28 = Monday 6 April 2026 (2. påskedag, not moved, since this is the safe reading). Headline:
/// mandag 6. april 2026; «måske først» tirsdag 7. april 2026.
#[tokio::test]
async fn klagefrist_med_almindeligt_brev() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/klagefrist").await?;
    b.wait_for_h1("Din klagefrist").await?;
    fra_overskriften(&b).await?;
    b.press(Key::Tab).await?;
    // Arrow down: «Almindeligt brev»; the date's label follows the choice.
    b.press(Key::Down).await?;
    felt(&b, "Datoen øverst på brevet").await?;
    b.press(Key::Tab).await?;
    let a = b.active_element().await?;
    ensure!(
        a.id.as_deref() == Some("klagefrist-d"),
        "Tab did not reach the date: {a:?}"
    );
    tast(&b, "2.3.2026").await?;
    vent_paa(&b, ".hovedtal strong", "mandag 6. april 2026").await?;
    vent_paa(&b, ".hovedtal .forbehold", "tirsdag 7. april 2026").await?;
    vent_paa(&b, ".hovedtal .forbehold", "lørdage").await?;
    let trace = tekst(&b, "ol.forklaring").await?;
    ensure!(
        trace.contains("regnes for modtaget tirsdag 10. marts 2026"),
        "the trace does not give the day of receipt: {trace}"
    );
    b.axe_check("klagefrist med almindeligt brev").await?;
    slut(b).await
}

/// A decision in Digital Post on Thursday 5 February 2026: + 28 days = Thursday 5 March 2026, a hverdag, so
/// every reading agrees and nothing is «måske». The kommune received the complaint on Friday 20 February
/// 2026: genvurdering by Friday 20 March 2026 (+ 4 weeks). A digital complaint must have arrived by 23:59.
#[tokio::test]
async fn klagefrist_med_digital_post() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/klagefrist").await?;
    b.wait_for_h1("Din klagefrist").await?;
    skriv(&b, "Dagen, brevet kom i din digitale postkasse", "5.2.2026").await?;
    vent_paa(&b, ".hovedtal strong", "torsdag 5. marts 2026").await?;
    ensure!(
        tekst(&b, ".hovedtal .forbehold").await?.is_empty(),
        "a «måske» line where the readings agree"
    );
    skriv(&b, "den dag, kommunen modtog klagen", "20.2.2026").await?;
    vent_paa(&b, ".hovedtal", "fredag 20. marts 2026").await?;
    let trace = tekst(&b, "ol.forklaring").await?;
    ensure!(
        trace.contains("nået frem senest kl. 23.59") && !trace.contains("sendt senest"),
        "the trace does not say that a digital complaint must have arrived: {trace}"
    );
    b.axe_check("klagefrist med Digital Post").await?;
    slut(b).await
}

/// Jens, born 12.5.1968, in a ressourceforløb «fra 1.4.2024 til 31.3.2027». He types what his decision says:
/// the start and end dates, no decision date and no length.
///
/// 1.4.2024 + 36 months − 1 day = 31.3.2027 (F20). Decided before 1 February 2026, so the forløb runs to its
/// end and no new ressourceforløb follows (lov nr. 1750/2025). Age 55 on 1.4.2024, no earlier forløb, 36
/// months ≤ the 3-year maximum from 2022, folkepension at 69 (born 1967–1970) = 12.5.2037, 6 years before =
/// 12.5.2031: no limit stands in the way.
#[tokio::test]
async fn forloeb_der_slutter_i_2027() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/forloeb").await?;
    b.wait_for_h1("Dine forløb og grænser").await?;
    skriv(&b, "Din fødselsdato", "12.5.1968").await?;
    skriv(&b, "Forløbets startdato", "1.4.2024").await?;
    skriv(&b, "Forløbets slutdato", "31.3.2027").await?;
    skriv(&b, "Forløbets længde i måneder", "").await?;
    vent_paa(&b, ".hovedtal", "Dit forløb slutter 31. marts 2027.").await?;
    let svar = tekst(&b, ".hovedtal").await?;
    ensure!(
        !svar.contains("kan gives"),
        "the answer speaks as if the forløb were to be granted: {svar}"
    );
    ensure!(
        svar.contains("der kommer ikke et nyt ressourceforløb bagefter"),
        "no word that nothing new follows: {svar}"
    );
    ensure!(
        svar.contains("Hvad sker der, når forløbet slutter?"),
        "no way on to «Når forløbet slutter»: {svar}"
    );
    ensure!(
        svar.contains("12. maj 2037"),
        "folkepension date missing: {svar}"
    );
    let trace = tekst(&b, "ol.forklaring").await?;
    ensure!(
        !trace.contains("kan kun bevilges et nyt forløb"),
        "the trace still promises a new forløb: {trace}"
    );
    let tidslinje = tekst(&b, ".tidslinje-tekst").await?;
    ensure!(
        tidslinje.contains("Dit ressourceforløb") && !tidslinje.contains("foreslåede"),
        "the timeline calls the running forløb «foreslået»: {tidslinje}"
    );
    b.axe_check("forløb der slutter i 2027").await?;
    // The same from the start date and the length (3 år = 36 måneder) instead of the end date.
    skriv(&b, "Forløbets slutdato", "").await?;
    skriv(&b, "Forløbets længde i måneder", "36").await?;
    vent_paa(&b, ".hovedtal", "Dit forløb slutter 31. marts 2027.").await?;
    // An end date that is not a whole number of months from the start: a message, no answer.
    skriv(&b, "Forløbets slutdato", "15.3.2027").await?;
    vent_paa(&b, ".hovedtal", "helt antal måneder").await?;
    b.axe_check("forløb med en slutdato, der ikke passer")
        .await?;
    slut(b).await
}

/// An advisor on a shared PC: meeting mode, a calculation, a complaint draft with a name, a search; then «Ryd
/// alt» leaves nothing behind — not in storage, cookies or the address, not in the draft or the search kept in
/// memory, and not on the page Back leads to.
#[tokio::test]
async fn moedetilstand_ryd_alt_efterlader_intet() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/klagefrist").await?;
    b.wait_for_h1("Din klagefrist").await?;
    b.driver()
        .find(By::XPath("//button[normalize-space(.)='Mødetilstand']"))
        .await?
        .click()
        .await?;
    skriv(&b, "Dagen, brevet kom i din digitale postkasse", "5.2.2026").await?;
    vent_paa(&b, ".hovedtal strong", "torsdag 5. marts 2026").await?;

    // The klage helper (same document: the draft is kept in memory between pages).
    b.open("#/rettigheder/klage").await?;
    b.wait_for_h1("Klage over en afgørelse").await?;
    // The decision date is a native date field; its typed format depends on the browser's language, so it
    // is set as the field's value (yyyy-mm-dd) with an input event, as the browser does after typing.
    let dato = felt(&b, "Afgørelsens dato").await?;
    b.eval_with(
        "arguments[0].value = '2026-02-05'; arguments[0].dispatchEvent(new Event('input', {bubbles: true})); return null;",
        vec![dato.to_json()?],
    )
    .await?;
    skriv(
        &b,
        "Hvad handler afgørelsen om?",
        "min ressourceforløbsydelse",
    )
    .await?;
    skriv(
        &b,
        "Hvorfor er du uenig?",
        "Kommunen har trukket for meget i min løn.",
    )
    .await?;
    // In meeting mode the browser is asked not to remember the name (autocomplete off).
    let navn = felt(&b, "Dit navn").await?;
    ensure!(
        navn.attr("autocomplete").await?.as_deref() == Some("off"),
        "the name field may be remembered by the browser in meeting mode"
    );
    skriv(&b, "Dit navn", "Sara Hansen").await?;
    b.driver()
        .find(By::XPath(
            "//button[normalize-space(.)='Lav udkast til klage']",
        ))
        .await?
        .click()
        .await?;
    vent_paa(&b, "#klage-brev", "Sara Hansen").await?;

    // A search in the rights pages (kept in memory for Back).
    b.open("#/rettigheder").await?;
    b.wait_for_h1("Dine rettigheder").await?;
    skriv(&b, "Søg i rettighederne", "ferie").await?;
    vent_paa(&b, "#soeg-antal", "«ferie»").await?;

    // Back on the calculator; «Ryd alt».
    b.open("#/klagefrist").await?;
    b.wait_for_h1("Din klagefrist").await?;
    b.driver()
        .find(By::XPath("//button[normalize-space(.)='Ryd alt']"))
        .await?
        .click()
        .await?;
    vent_paa(&b, ".moedestatus", "Alt er ryddet").await?;
    b.wait_until("the date field emptied", || async {
        let v = felt(&b, "Dagen, brevet kom i din digitale postkasse")
            .await?
            .prop("value")
            .await?
            .unwrap_or_default();
        Ok(v.is_empty().then_some(()))
    })
    .await?;
    b.axe_check("mødetilstand efter «Ryd alt»").await?;

    // Nothing on the device and nothing in the address or the history entry.
    let spor = b
        .eval(
            "return {ls: localStorage.length, ss: sessionStorage.length, c: document.cookie, \
             st: history.state, h: location.hash};",
        )
        .await?;
    ensure!(spor["ls"] == 0, "localStorage not empty: {spor}");
    ensure!(spor["ss"] == 0, "sessionStorage not empty: {spor}");
    ensure!(spor["c"] == "", "a cookie: {spor}");
    ensure!(spor["st"].is_null(), "history.state kept: {spor}");
    ensure!(
        spor["h"] == "#/klagefrist",
        "the address keeps answers: {spor}"
    );

    // Back: the search page, and its search is gone.
    b.eval("history.back(); return null;").await?;
    b.wait_for_h1("Dine rettigheder").await?;
    let q = felt(&b, "Søg i rettighederne")
        .await?
        .prop("value")
        .await?
        .unwrap_or_default();
    ensure!(q.is_empty(), "the search survived «Ryd alt»: {q:?}");

    // Back again: the klage page, with empty fields and no draft.
    b.eval("history.back(); return null;").await?;
    b.wait_for_h1("Klage over en afgørelse").await?;
    for label in [
        "Dit navn",
        "Hvorfor er du uenig?",
        "Hvad handler afgørelsen om?",
    ] {
        let v = felt(&b, label)
            .await?
            .prop("value")
            .await?
            .unwrap_or_default();
        ensure!(v.is_empty(), "«{label}» survived «Ryd alt»: {v:?}");
    }
    let rest = b
        .eval("return {brev: !!document.getElementById('klage-brev'), navn: document.body.innerText.includes('Sara Hansen')};")
        .await?;
    ensure!(
        rest["brev"] == false && rest["navn"] == false,
        "the draft survived «Ryd alt»: {rest}"
    );
    b.axe_check("klagesiden efter «Ryd alt»").await?;
    slut(b).await
}
