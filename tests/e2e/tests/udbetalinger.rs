//! «Tjek dine udbetalinger» (`#/udbetalinger`) on a 375 px phone: a six-month case typed by keyboard, with two
//! months wrong (March: the old 30 % deduction; April: the ikke-forsørger rate for a forsørger), the per-month
//! verdicts and causes, the total, the letter's month list, an inline cell error that keeps the table, the
//! calendar file of an open klagefrist parsed by an independent iCalendar parser (the `ical` crate), axe 0 in
//! every state and no sideways scrolling.
//!
//! The expected values are worked out by hand (the same case is `tests/golden/udbetalinger.toml`, first case):
//! 2024 (bm.dk «Satser for 2024»): forsørger 16.382, ikke-forsørger 12.326, lønindtægtsgrænse 16.323; from
//! 2022 in a ressourceforløb 0 % of the wage under the grænse and 55 % over it (aktivloven § 68 a, stk. 2).
//! * Jan: no wage → 16.382,00; kommunen 16.382,00 → Passer.
//! * Feb: wage 20.000 → 55 % × (20.000 − 16.323) = 2.022,35 → 14.359,65; kommunen 14.359,65 → Passer.
//! * Mar: as Feb, 14.359,65; kommunen also took 30 % × 16.323 = 4.896,90 → 9.462,75; −4.896,90 → Afviger.
//! * Apr: no wage → 16.382,00; kommunen paid 12.326,00 → −4.056,00 → Afviger.
//! * May: wage 10.000 (under the grænse) → 16.382,00; kommunen 16.382,00 → Passer.
//! * Jun: no wage → 16.382,00; kommunen 16.381,50 → −0,50, within 1 kr. → Passer.
//! * Possible back-payment: 4.896,90 + 4.056,00 = 8.952,90 kr.
#![cfg(not(target_arch = "wasm32"))]

use e2e::felter::{felt, tekst, vaelg, vent_paa};
use e2e::{bail, ensure, Browser, E2eResult};
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

/// Types into the element with this id by keyboard (replacing its content), then leaves it with Tab.
async fn tast(b: &Browser, id: &str, v: &str) -> E2eResult<()> {
    let f = b.driver().find(By::Id(id)).await?;
    b.driver()
        .execute(
            "arguments[0].scrollIntoView({block: 'center'});",
            vec![f.to_json()?],
        )
        .await?;
    f.click().await?;
    f.send_keys(Key::Control + "a").await?;
    f.send_keys(Key::Backspace).await?;
    if !v.is_empty() {
        f.send_keys(v).await?;
    }
    f.send_keys(Key::Tab).await?;
    Ok(())
}

async fn domme(b: &Browser) -> E2eResult<Vec<String>> {
    let v = b
        .eval("return Array.from(document.querySelectorAll('.udb-resultat .dom')).map(e => e.textContent.trim());")
        .await?;
    Ok(v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default())
}

fn egenskab(e: &ical::parser::ical::component::IcalEvent, navn: &str) -> Option<String> {
    e.properties
        .iter()
        .find(|p| p.name == navn)
        .and_then(|p| p.value.clone())
}

#[tokio::test]
async fn six_months_two_wrong_give_verdicts_total_letter_and_calendar() -> E2eResult<()> {
    let b = Browser::start().await?;
    telefon(&b).await?;
    b.open_fresh("#/udbetalinger").await?;
    b.wait_for_h1("Tjek dine udbetalinger").await?;
    b.axe_check("udbetalinger, tom").await?;

    // The period: a ressourceforløb from 1.6.2023, a child at home all along.
    tast(&b, "udbetalinger-s", "1.6.2023").await?;
    let barn = felt(&b, "Jeg har et barn under 18 år").await?;
    barn.focus().await?;
    barn.send_keys(" ").await?;
    vaelg(&b, "udbetalinger-fm", "1").await?;
    vaelg(&b, "udbetalinger-fm-aar", "2024").await?;
    vent_paa(&b, "li.udb-maaned:nth-child(6) legend", "juni 2024").await?;

    // The kommune's amounts pasted as one column (typed into the paste box by keyboard, in Danish formats).
    b.driver()
        .find(By::Css("details.indsaet summary"))
        .await?
        .click()
        .await?;
    let boks = b.driver().find(By::Id("udbetalinger-indsaet")).await?;
    boks.click().await?;
    boks.send_keys("16.382,00\n14359,65 kr.\n9.462,75\n12.326\n16382\n16.381,50")
        .await?;
    let knap = b.driver().find(By::Id("udbetalinger-indsaet-knap")).await?;
    knap.focus().await?;
    knap.send_keys(Key::Enter).await?;
    vent_paa(&b, "details.indsaet [role=status]", "6 værdier sat ind").await?;
    // The wages and the day the letters about March and April came.
    tast(&b, "udbetalinger-ml-1", "20.000").await?;
    tast(&b, "udbetalinger-ml-2", "20.000").await?;
    tast(&b, "udbetalinger-ml-4", "10.000").await?;
    tast(&b, "udbetalinger-mm-2", "30.4.2024").await?;

    vent_paa(&b, "#udbetalinger-efterbetaling", "8.952,90 kr.").await?;
    let d = domme(&b).await?;
    ensure!(
        d == ["Passer", "Passer", "Afviger", "Afviger", "Passer", "Passer"],
        "verdicts {d:?}"
    );
    let marts = tekst(&b, "#udbetalinger-resultat-2").await?;
    ensure!(marts.contains("14.359,65 kr."), "March ours: {marts}");
    ensure!(marts.contains("−4.896,90 kr."), "March difference: {marts}");
    ensure!(marts.contains("30 %"), "March cause: {marts}");
    // 30.4.2024 + 4 weeks = 28.5.2024: long past, whatever the date today.
    ensure!(
        marts.contains("Klagefristen udløb 28. maj 2024") && marts.contains("genoptage"),
        "March what to do: {marts}"
    );
    let april = tekst(&b, "#udbetalinger-resultat-3").await?;
    ensure!(april.contains("−4.056,00 kr."), "April difference: {april}");
    ensure!(april.contains("uden børn"), "April cause: {april}");
    let juni = tekst(&b, "#udbetalinger-resultat-5").await?;
    ensure!(juni.contains("−0,50 kr."), "June difference: {juni}");
    let brev = tekst(&b, "#udbetalinger-brev-titel + p").await?;
    ensure!(
        brev.contains("marts 2024, april 2024."),
        "the letter's months: {brev}"
    );
    let brevtekst = tekst(&b, "#udbetalinger-brev").await?;
    for want in [
        "[dit navn]",
        "[dit CPR-nummer]",
        "- marts 2024: I har udbetalt 9.462,75 kr.",
        "- april 2024: I har udbetalt 12.326,00 kr.",
        "aktivloven § 68 a, stk. 2",
        "8.952,90 kr. for lidt",
        "klagevejledning",
    ] {
        ensure!(brevtekst.contains(want), "the letter lacks {want:?}");
    }
    ensure!(
        !brevtekst.contains("januar 2024"),
        "a matching month is in the letter"
    );
    b.eval("document.querySelectorAll('main details').forEach(d => d.open = true);")
        .await?;
    b.axe_check("udbetalinger, seks måneder").await?;

    // A wrong cell: an inline Danish message at the cell, the rest of the table kept.
    tast(&b, "udbetalinger-mk-5", "tolv tusind").await?;
    vent_paa(&b, "li.udb-maaned:nth-child(6) .fejlbesked", "Fejl:").await?;
    let v = b
        .eval("return document.getElementById('udbetalinger-mk-2').value;")
        .await?;
    ensure!(v.as_str() == Some("9.462,75"), "the table lost a cell: {v}");
    vent_paa(&b, ".fejloversigt", "juni 2024").await?;
    b.axe_check("udbetalinger, fejl i en celle").await?;
    tast(&b, "udbetalinger-mk-5", "16.381,50").await?;
    vent_paa(&b, "#udbetalinger-efterbetaling", "8.952,90 kr.").await?;

    // An open klagefrist: the letter about April came today → a calendar reminder 4 weeks later (Digital Post
    // counts as received that day, retssikkerhedsloven § 67), computed here from the browser's own date.
    let i_dag = b
        .eval("const d = new Date(); return d.getDate() + '.' + (d.getMonth() + 1) + '.' + d.getFullYear();")
        .await?;
    let om_4_uger = b
        .eval("const d = new Date(); d.setDate(d.getDate() + 28); return '' + d.getFullYear() + String(d.getMonth() + 1).padStart(2, '0') + String(d.getDate()).padStart(2, '0');")
        .await?;
    tast(&b, "udbetalinger-mm-3", i_dag.as_str().unwrap_or_default()).await?;
    vent_paa(&b, "#udbetalinger-resultat-3", "Du kan stadig klage").await?;
    let link = b.driver().find(By::Id("udbetalinger-ics-link")).await?;
    let href = link.attr("href").await?.unwrap_or_default();
    ensure!(href.starts_with("blob:"), "download href {href:?}");
    let ics = b
        .eval("return document.getElementById('udbetalinger-ics').textContent;")
        .await?;
    let ics = ics.as_str().unwrap_or_default().to_string();
    for linje in ics.split("\r\n") {
        ensure!(linje.len() <= 75, "a line of {} octets", linje.len());
    }
    let mut kalendere = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
    let kal = match kalendere.next() {
        Some(Ok(k)) => k,
        other => bail!("the calendar file does not parse: {other:?}\n{ics}"),
    };
    ensure!(kal.events.len() == 1, "one open klagefrist: {ics}");
    let e = &kal.events[0];
    ensure!(
        egenskab(e, "DTSTART").as_deref() == om_4_uger.as_str(),
        "DTSTART {:?}, want {om_4_uger}",
        egenskab(e, "DTSTART")
    );
    ensure!(
        egenskab(e, "SUMMARY").is_some_and(|s| s.contains("april 2024")),
        "SUMMARY"
    );
    ensure!(e.alarms.len() == 1, "one VALARM");

    b.eval("document.querySelectorAll('main details').forEach(d => d.open = true);")
        .await?;
    let v: Value = b
        .eval("const d = document.documentElement; return {sw: d.scrollWidth, cw: d.clientWidth};")
        .await?;
    ensure!(
        v["sw"].as_i64() <= v["cw"].as_i64(),
        "the page scrolls sideways at 375 px: {v}"
    );
    b.axe_check("udbetalinger, kalender og brev").await?;
    let fejl = b.console_errors().await?;
    ensure!(fejl.is_empty(), "console errors: {fejl:?}");
    b.quit().await
}

/// Meeting mode's «Ryd alt» on a filled check: the months (the period, every cell) and the letter's name and
/// CPR number are gone from the page, not only hidden: choosing the same first month again shows empty cells.
#[tokio::test]
async fn clear_all_in_meeting_mode_empties_the_months_and_the_letter() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh(
        "#/udbetalinger?v=1&s=1.6.2023&fs=1&fm=2024-01\
         &mk=16.382,00~14.359,65~9.462,75~12.326~16.382~16.381,50\
         &ml=~20.000~20.000~~10.000&mm=~~30.4.2024",
    )
    .await?;
    b.wait_for_h1("Tjek dine udbetalinger").await?;
    vent_paa(&b, "#udbetalinger-efterbetaling", "8.952,90 kr.").await?;
    tast(&b, "udbetalinger-brev-navn", "Jens Jensen").await?;
    tast(&b, "udbetalinger-brev-cpr", "010203-1234").await?;
    vent_paa(&b, "#udbetalinger-brev", "010203-1234").await?;
    b.driver()
        .find(By::XPath("//button[normalize-space(.)='Mødetilstand']"))
        .await?
        .click()
        .await?;
    b.driver()
        .find(By::XPath("//button[normalize-space(.)='Ryd alt']"))
        .await?
        .click()
        .await?;
    b.wait_until("the months and the letter emptied by «Ryd alt»", || async {
        let v = b
            .eval(
                "const t = document.querySelector('main').innerText; \
                 return document.querySelectorAll('li.udb-maaned').length === 0 \
                   && !document.getElementById('udbetalinger-brev-navn') \
                   && !t.includes('Jens Jensen') && !t.includes('010203-1234') && !t.includes('8.952,90');",
            )
            .await?;
        Ok((v.as_bool() == Some(true)).then_some(()))
    })
    .await?;
    ensure!(
        b.hash().await? == "#/udbetalinger",
        "«Ryd alt» left the page"
    );
    let s = b
        .eval("return document.getElementById('udbetalinger-s').value;")
        .await?;
    ensure!(s.as_str() == Some(""), "the start date is kept: {s}");
    // The same first month again: six empty month cards, no result and no letter.
    vaelg(&b, "udbetalinger-fm", "1").await?;
    vaelg(&b, "udbetalinger-fm-aar", "2024").await?;
    vent_paa(&b, "li.udb-maaned:nth-child(6) legend", "juni 2024").await?;
    let celler = b
        .eval("return Array.from(document.querySelectorAll('li.udb-maaned input')).map(e => e.value).join('');")
        .await?;
    ensure!(
        celler.as_str() == Some(""),
        "cells kept after «Ryd alt»: {celler}"
    );
    ensure!(
        b.driver()
            .find_all(By::Id("udbetalinger-brev-navn"))
            .await?
            .is_empty(),
        "the letter is back without a wrong month"
    );
    b.quit().await
}

/// Feriepenge and pay in a tilbud per month, typed by keyboard into the month cards (the figures are the ydelse
/// journeys 4 and 5 of `tests/e2e/tests/rejser_ydelse.rs`, worked out by hand there; 2024, ikke-forsørger
/// 12.326, lønindtægtsgrænse 16.323, 55 % above it, fradrag pr. arbejdstime 17,86):
/// * March: wage 15.000 and feriepenge 4.000 for 5 feriedage from 28.3. (7 calendar days, 4 in March):
///   4.000 × 4/7 = 2.285,71 → 17.285,71 − 16.323 = 962,71; 55 % = 529,49 → 11.796,51.
/// * April: wage 15.000 and the rest of the holiday, 3 days: 4.000 × 3/7 = 1.714,29 → 16.714,29 − 16.323 =
///   391,29; 55 % = 215,21 → 12.110,79 (aktivloven § 68 a, stk. 2; F9: the holiday counts when it is taken).
/// * May: 3.000 in a tilbud for 40 hours: 40 × 17,86 = 714,40 not deducted → 2.285,60 → 10.040,40
///   (§ 68 a, stk. 3). Without the hours the hours cell says so.
#[tokio::test]
async fn feriepenge_and_tilbud_per_month_with_help_errors_and_link() -> E2eResult<()> {
    let b = Browser::start().await?;
    telefon(&b).await?;
    b.open_fresh(
        "#/udbetalinger?v=1&s=1.6.2023&fm=2024-03&an=3&ml=15.000~15.000\
         &mk=11.796,51~12.110,79~10.040,40",
    )
    .await?;
    b.wait_for_h1("Tjek dine udbetalinger").await?;
    vent_paa(&b, "li.udb-maaned:nth-child(3) legend", "maj 2024").await?;
    // Without feriepenge March and April differ (12.326 ≠ 11.796,51 …).
    vent_paa(&b, "#udbetalinger-resultat-0", "Afviger").await?;
    // The fields are folded in each card; the help text says where the value is found.
    for (i, maaned) in [(0, "marts 2024"), (2, "maj 2024")] {
        let s = b
            .driver()
            .find(By::Css(format!(
                "li.udb-maaned:nth-child({}) details.udb-ekstra summary",
                i + 1
            )))
            .await?;
        ensure!(
            s.text().await?.contains(maaned),
            "the fold of {maaned} is named {:?}",
            s.text().await?
        );
        s.focus().await?;
        s.send_keys(Key::Enter).await?;
    }
    let hjaelp = b
        .eval("const f = document.getElementById('udbetalinger-mf-0'); return f.getAttribute('aria-describedby').split(' ').map(i => document.getElementById(i).textContent).join(' ');")
        .await?;
    ensure!(
        hjaelp
            .as_str()
            .is_some_and(|h| h.contains("Feriepengeinfo på borger.dk")),
        "the feriepenge help: {hjaelp}"
    );
    tast(&b, "udbetalinger-mf-0", "4.000").await?;
    tast(&b, "udbetalinger-mfs-0", "28.3.2024").await?;
    tast(&b, "udbetalinger-mfd-0", "5").await?;
    vent_paa(&b, "#udbetalinger-resultat-0", "Passer").await?;
    vent_paa(&b, "#udbetalinger-resultat-1", "Passer").await?;
    let marts = tekst(&b, "#udbetalinger-resultat-0").await?;
    ensure!(marts.contains("11.796,51 kr."), "March: {marts}");
    let april = tekst(&b, "#udbetalinger-resultat-1").await?;
    ensure!(april.contains("12.110,79 kr."), "April: {april}");
    // May: the pay without its hours → an inline error at the hours cell, the pay kept.
    tast(&b, "udbetalinger-mti-2", "3.000").await?;
    tast(&b, "udbetalinger-mtt-2", "").await?;
    vent_paa(
        &b,
        "li.udb-maaned:nth-child(3) .fejlbesked",
        "Skriv, hvor mange timer lønnen fra tilbuddet dækker",
    )
    .await?;
    vent_paa(&b, ".fejloversigt", "Timer i tilbuddet for maj 2024").await?;
    b.axe_check("udbetalinger, timer mangler").await?;
    tast(&b, "udbetalinger-mtt-2", "40").await?;
    vent_paa(&b, "#udbetalinger-resultat-2", "Passer").await?;
    let maj = tekst(&b, "#udbetalinger-resultat-2").await?;
    ensure!(maj.contains("10.040,40 kr."), "May: {maj}");
    vent_paa(&b, "#udbetalinger-efterbetaling", "0,00 kr.").await?;
    ensure!(
        domme(&b).await? == ["Passer", "Passer", "Passer"],
        "verdicts"
    );
    b.axe_check("udbetalinger, feriepenge og tilbud").await?;

    // The share link carries the new cells: opened fresh, the same cells and verdicts.
    let link = tekst(&b, ".udskrift .link-tekst").await?;
    for k in [
        "mf=4.000",
        "mfs=28.3.2024",
        "mfd=5",
        "mti=~~3.000",
        "mtt=~~40",
    ] {
        ensure!(link.contains(k), "the link lacks {k}: {link}");
    }
    let Some(hash) = link.split_once('#').map(|(_, h)| format!("#{h}")) else {
        bail!("no route in the link {link}");
    };
    b.open_fresh(&hash).await?;
    b.wait_for_h1("Tjek dine udbetalinger").await?;
    vent_paa(&b, "#udbetalinger-resultat-2", "10.040,40 kr.").await?;
    ensure!(
        domme(&b).await? == ["Passer", "Passer", "Passer"],
        "verdicts after the link"
    );
    let v = b
        .eval("return ['mf-0','mfs-0','mfd-0','mti-2','mtt-2'].map(i => document.getElementById('udbetalinger-' + i).value).join('|');")
        .await?;
    ensure!(
        v.as_str() == Some("4.000|28.3.2024|5|3.000|40"),
        "cells from the link: {v}"
    );
    // Opened from a link with values, the folds of March and May are open; April's is not.
    let aabne = b
        .eval(
            "return Array.from(document.querySelectorAll('details.udb-ekstra')).map(d => d.open);",
        )
        .await?;
    ensure!(aabne == json!([true, false, true]), "open folds: {aabne}");
    let fejl = b.console_errors().await?;
    ensure!(fejl.is_empty(), "console errors: {fejl:?}");
    b.quit().await
}
