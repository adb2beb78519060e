//! «Møde med kommunen» (`#/moede`) as a citizen and a bisidder use it on a 375 px phone: the meeting's purpose
//! chooses the questions, the notes go into the letter with the klagefrist computed by the rules (worked out
//! by hand below), the notes survive a reload only after the user opts in to saving and vanish with «Ryd
//! alt», axe 0 violations in every state and no sideways scrolling.
#![cfg(not(target_arch = "wasm32"))]

use e2e::felter::{skriv, tekst, vent_paa};
use e2e::{ensure, Browser, E2eResult};
use serde_json::{json, Value};
use thirtyfour::prelude::*;

async fn telefon(b: &Browser) -> E2eResult<()> {
    b.driver()
        .cdp()
        .send_raw(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": 375, "height": 667, "deviceScaleFactor": 1, "mobile": true}),
        )
        .await?;
    Ok(())
}

async fn ingen_sidescroll(b: &Browser, hvor: &str) -> E2eResult<()> {
    let v = b
        .eval("const d = document.documentElement; return {sw: d.scrollWidth, cw: d.clientWidth};")
        .await?;
    ensure!(
        v["sw"].as_i64() <= v["cw"].as_i64(),
        "{hvor}: the page scrolls sideways at 375 px: {v}"
    );
    Ok(())
}

/// Clicks the label whose text contains `tekst` (a radio button or a checkbox), as a user would.
async fn klik_label(b: &Browser, tekst: &str) -> E2eResult<()> {
    let l = b
        .driver()
        .find(By::XPath(format!("//label[contains(., '{tekst}')]")))
        .await?;
    b.driver()
        .execute(
            "arguments[0].scrollIntoView({block: 'center'});",
            vec![l.to_json()?],
        )
        .await?;
    l.click().await?;
    Ok(())
}

async fn note(b: &Browser, id: &str) -> E2eResult<String> {
    let v = b
        .eval_with(
            "const e = document.getElementById(arguments[0]); return e ? e.value : null;",
            vec![Value::from(id)],
        )
        .await?;
    Ok(v.as_str().unwrap_or("<no field>").to_string())
}

async fn gemt(b: &Browser) -> E2eResult<Option<String>> {
    let v = b
        .eval("return localStorage.getItem('ressourceguiden');")
        .await?;
    Ok(v.as_str().map(str::to_string))
}

#[tokio::test]
async fn the_purpose_chooses_the_questions_and_the_letter_has_the_notes_and_the_deadline(
) -> E2eResult<()> {
    let b = Browser::start().await?;
    telefon(&b).await?;
    b.open_fresh("#/moede").await?;
    b.wait_for_h1("Møde med kommunen").await?;
    b.axe_check("møde, tom").await?;
    // The default purpose: the forløb ends.
    vent_paa(
        &b,
        "#moede-spoergsmaal",
        "Hvad skal der ske med mig, når mit forløb slutter?",
    )
    .await?;
    let rettigheder = tekst(&b, "#moede-rettigheder").await?;
    for del in [
        "Bisidder",
        "forvaltningsloven § 8",
        "Aktindsigt",
        "forvaltningsloven § 9",
        "Partshøring",
        "forvaltningsloven § 19",
    ] {
        ensure!(
            rettigheder.contains(del),
            "rights without {del:?}: {rettigheder}"
        );
    }
    ensure!(
        !b.driver()
            .find_all(By::Css("main a[href='#/forloebet-slutter']"))
            .await?
            .is_empty(),
        "no link to the plan page"
    );
    // Another purpose: the questions change, the forløb's are gone.
    klik_label(&b, "Min ydelse er ændret").await?;
    vent_paa(&b, "#moede-spoergsmaal", "Hvorfor er min ydelse ændret?").await?;
    let sp = tekst(&b, "#moede-spoergsmaal").await?;
    ensure!(
        !sp.contains("når mit forløb slutter"),
        "the forløb's questions stayed: {sp}"
    );
    vent_paa(&b, "#moede-type", "retssikkerhedsloven § 67").await?;
    ensure!(
        tekst(&b, "#moede-medbring").await?.contains("udbetalinger"),
        "no payslips on the checklist for a changed ydelse"
    );
    // A new tilbud: the sundhedskoordinator (LAB § 113, stk. 3) is among the rights.
    klik_label(&b, "Et nyt tilbud").await?;
    vent_paa(&b, "#moede-rettigheder", "LAB § 113, stk. 3").await?;
    vent_paa(&b, "#moede-spoergsmaal", "Hvad er målet med tilbuddet?").await?;
    b.axe_check("møde, nyt tilbud").await?;
    // The meeting on Thursday 4 March 2027 and the notes, typed by keyboard.
    skriv(&b, "Mødets dato", "4.3.2027").await?;
    skriv(&b, "Hvem var med?", "Anne fra kommunen og min bisidder Bo").await?;
    skriv(&b, "Hvad blev sagt?", "Kommunen vil se på fleksjob.").await?;
    skriv(&b, "Hvad aftalte I?", "Ny samtale 8.4.2027.").await?;
    skriv(
        &b,
        "Hvem lovede hvad",
        "Anne sender referatet senest 15.3.2027.",
    )
    .await?;
    // A decision handed over at the meeting counts as received that day; 4 weeks later (retssikkerhedsloven
    // § 67) is Thursday 1 April 2027, a hverdag (Easter 2027 is 28 March: 2. påskedag is 29 March).
    vent_paa(&b, "#moede-klagefrist", "torsdag 1. april 2027").await?;
    vent_paa(&b, "#moede-brev", "Anne sender referatet senest 15.3.2027.").await?;
    let brev = tekst(&b, "#moede-brev").await?;
    for del in [
        "Bekræftelse af aftaler fra mødet den 4. marts 2027",
        "Til stede: Anne fra kommunen og min bisidder Bo",
        "Kommunen vil se på fleksjob.",
        "Ny samtale 8.4.2027.",
        "torsdag 1. april 2027",
        "retssikkerhedsloven § 67",
        "bekræfte på skrift",
    ] {
        ensure!(brev.contains(del), "the letter lacks {del:?}: {brev}");
    }
    ingen_sidescroll(&b, "møde med noter").await?;
    b.axe_check("møde, med noter og brev").await?;
    ensure!(b.console_errors().await?.is_empty(), "console errors");
    b.quit().await
}

#[tokio::test]
async fn notes_survive_a_reload_only_after_opt_in_and_vanish_with_ryd_alt() -> E2eResult<()> {
    let b = Browser::start().await?;
    telefon(&b).await?;
    b.open_fresh("#/moede").await?;
    b.wait_for_h1("Møde med kommunen").await?;
    ensure!(gemt(&b).await?.is_none(), "something stored before opt-in");
    skriv(&b, "Hvad blev sagt?", "Første note").await?;
    ensure!(
        note(&b, "moede-sagt").await? == "Første note",
        "the note was not typed"
    );
    ensure!(gemt(&b).await?.is_none(), "notes stored without opt-in");
    // Without opt-in a reload forgets the notes (memory only).
    b.reload().await?;
    b.wait_for_h1("Møde med kommunen").await?;
    ensure!(
        note(&b, "moede-sagt").await?.is_empty(),
        "the note survived a reload without opt-in"
    );
    // Opt in, then type: the notes survive a reload.
    skriv(&b, "Hvad aftalte I?", "Gemt aftale æøå").await?;
    klik_label(&b, "Gem mine svar på denne enhed").await?;
    b.wait_until("the notes in localStorage", || async {
        Ok(gemt(&b)
            .await?
            .is_some_and(|s| s.contains("moede") && s.contains("aft="))
            .then_some(()))
    })
    .await?;
    skriv(&b, "Hvem lovede hvad", "Anne ringer fredag").await?;
    b.reload().await?;
    b.wait_for_h1("Møde med kommunen").await?;
    b.wait_until("the saved notes after a reload", || async {
        Ok((note(&b, "moede-aft").await? == "Gemt aftale æøå").then_some(()))
    })
    .await?;
    ensure!(
        note(&b, "moede-lov").await? == "Anne ringer fredag",
        "a note typed after opt-in was not saved"
    );
    b.axe_check("møde, gemte noter").await?;
    // Meeting mode, «Ryd alt»: the notes are gone from the page and the device, also after a reload.
    let knap = b
        .driver()
        .find(By::XPath("//button[normalize-space(.)='Mødetilstand']"))
        .await?;
    knap.click().await?;
    b.axe_check("møde, mødetilstand").await?;
    b.driver()
        .find(By::XPath("//button[normalize-space(.)='Ryd alt']"))
        .await?
        .click()
        .await?;
    b.wait_until("the notes emptied by «Ryd alt»", || async {
        Ok(
            (note(&b, "moede-aft").await?.is_empty() && note(&b, "moede-lov").await?.is_empty())
                .then_some(()),
        )
    })
    .await?;
    ensure!(gemt(&b).await?.is_none(), "still stored after «Ryd alt»");
    ensure!(b.hash().await? == "#/moede", "«Ryd alt» left the page");
    b.reload().await?;
    b.wait_for_h1("Møde med kommunen").await?;
    ensure!(
        note(&b, "moede-aft").await?.is_empty(),
        "the notes came back after «Ryd alt» and a reload"
    );
    ingen_sidescroll(&b, "møde efter Ryd alt").await?;
    b.quit().await
}
