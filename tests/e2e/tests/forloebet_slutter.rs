//! «Når dit forløb slutter» (`#/forloebet-slutter`) as a citizen uses it on a 375 px phone: the dates typed by
//! keyboard in Danish formats, the end date and the dated steps (worked out by hand below), the calendar
//! file parsed by an independent iCalendar parser (the `ical` crate), the download link a Blob URL, the
//! jobafklaring renewal step, axe 0 violations and no sideways scrolling.
#![cfg(not(target_arch = "wasm32"))]

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

/// Types into the field whose label contains `label`, by keyboard, then leaves it with Tab.
async fn skriv(b: &Browser, label: &str, tekst: &str) -> E2eResult<()> {
    let id = b
        .eval_with(
            "const l = Array.from(document.querySelectorAll('label')).find(l => l.textContent.replace(/\\s+/g,' ').includes(arguments[0]));
             return l ? l.htmlFor : null;",
            vec![Value::from(label)],
        )
        .await?;
    let Some(id) = id.as_str().filter(|s| !s.is_empty()) else {
        bail!("no field labelled {label:?}");
    };
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
    f.send_keys(tekst).await?;
    f.send_keys(Key::Tab).await?;
    Ok(())
}

/// The text of every step in the plan, whitespace collapsed.
async fn skridt(b: &Browser) -> E2eResult<Vec<String>> {
    let v = b
        .eval("return Array.from(document.querySelectorAll('#slutplan-skridt > li')).map(l => l.textContent.replace(/\\s+/g,' ').trim());")
        .await?;
    Ok(v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default())
}

async fn vent_paa_slutdato(b: &Browser, want: &str) -> E2eResult<()> {
    let w = want.to_string();
    b.wait_until(&format!("the end date {want:?}"), move || {
        let w = w.clone();
        async move {
            let v = b
                .eval("const e = document.getElementById('slutplan-slutdato'); return e ? e.textContent : '';")
                .await?;
            Ok(v.as_str().is_some_and(|t| t.contains(&w)).then_some(()))
        }
    })
    .await?;
    Ok(())
}

/// (name, value) of the properties of a parsed event.
fn egenskab(e: &ical::parser::ical::component::IcalEvent, navn: &str) -> Option<String> {
    e.properties
        .iter()
        .find(|p| p.name == navn)
        .and_then(|p| p.value.clone())
}

#[tokio::test]
async fn jens_gets_his_plan_and_a_calendar_file() -> E2eResult<()> {
    let b = Browser::start().await?;
    telefon(&b).await?;
    b.open_fresh("#/forloebet-slutter").await?;
    b.wait_for_h1("Når dit forløb slutter").await?;
    b.axe_check("forløbet slutter, tom").await?;
    // Jens: «fra 1.4.2024», 3 years, born 12.5.1968 — typed as in his letters.
    skriv(&b, "Forløbets startdato", "1.4.2024").await?;
    skriv(&b, "Forløbets længde i måneder", "36").await?;
    skriv(&b, "Din fødselsdato", "12.5.1968").await?;
    // 1.4.2024 + 36 months = 1.4.2027; the forløb ends the day before: onsdag 31. marts 2027.
    vent_paa_slutdato(&b, "onsdag 31. marts 2027").await?;
    let s = skridt(&b).await?;
    // Reminders 6, 3 and 1 month before 31.3.2027: 31 September does not exist → 30.9.2026; 31.12.2026;
    // 31 February does not exist → 28.2.2027 (the month's last day, the earlier and safe day). The day after
    // the end: 1.4.2027. Born 12.5.1968 → folkepension at 69 (pensionsloven § 1 a, born 1967–1970) on
    // 12.5.2037; 6 years before (LAB § 112, stk. 3): 12.5.2031, after the end of the forløb.
    // The 6-month rule (LAB § 113, stk. 2): 1.4.2024 + 6 months = 1.10.2024.
    let forventet = [
        "1. oktober 2024: 6-måneders-reglen",
        "30. september 2026: Bed om et møde",
        "31. december 2026: Bed om en skriftlig afgørelse",
        "28. februar 2027: Mangler du stadig en afgørelse?",
        "31. marts 2027: Sidste dag i dit forløb",
        "1. april 2027: Tjek afgørelse og penge",
        "12. maj 2031: 6 år før din folkepension",
        "12. maj 2037: Du når folkepensionsalderen (69 år)",
    ];
    ensure!(
        s.len() == forventet.len(),
        "{} steps, want {}: {s:#?}",
        s.len(),
        forventet.len()
    );
    // The drawing: the steps from 1.10.2024 to 1.4.2027 (nr. 1–6) on a line to a year after the end, numbered
    // as the list; the 6-year line (2031) and folkepension (2037) only in the list, and the caption says so.
    let tegning = b
        .eval("const s = document.getElementById('slutplan-tidslinje'); return s ? {nr: Array.from(s.querySelectorAll('.tl-nr')).map(t => t.textContent), titel: s.querySelector('title').textContent, tekst: s.closest('figure').querySelector('figcaption').textContent} : null;")
        .await?;
    ensure!(
        tegning["nr"] == json!(["1", "2", "3", "4", "5", "6"]),
        "the drawing's numbers: {tegning}"
    );
    ensure!(
        tegning["tekst"]
            .as_str()
            .is_some_and(|t| t.contains("Nr. 7, 8 ligger uden for tegningen")),
        "the caption does not name the steps outside the drawing: {tegning}"
    );
    for (have, want) in s.iter().zip(forventet) {
        ensure!(
            have.starts_with(want),
            "step {have:?} should start with {want:?}"
        );
        ensure!(have.contains("Kilde: "), "step without a source: {have:?}");
    }
    ensure!(s[6].contains("Det er efter dit forløb"), "{}", s[6]);
    ensure!(s[5].contains("4 uger"), "klagefrist missing: {}", s[5]);
    // What the kommune must do, the next steps with the official calculators, the open question on 82-16.
    let side = b
        .eval("return document.querySelector('main').textContent.replace(/\\s+/g,' ');")
        .await?;
    let side = side.as_str().unwrap_or_default();
    for want in [
        "Det skal kommunen gøre før slutdatoen",
        "principafgørelse 82-16",
        "Fleksjob",
        "Førtidspension",
        "Kontanthjælp",
        "Ledighedsydelse",
        "Det er ikke afklaret",
        "Det kan du gøre imens:",
        "(ikke efterprøvet)",
    ] {
        ensure!(side.contains(want), "the page lacks {want:?}");
    }
    for href in [
        "https://star.dk/til-borgere/revalidering-fleksjob-og-ressourceforloebsydelse/beregn-loen-i-fleksjob/",
        "https://www.borger.dk/Sider/Saadan-beregnes-foertidspension-nye-regler.aspx",
    ] {
        b.driver()
            .find(By::Css(format!("main a[href='{href}']")))
            .await?;
    }

    // The calendar file: a Blob URL download, and its text (the same string) parsed independently.
    let link = b.driver().find(By::Id("slutplan-ics-link")).await?;
    let href = link.attr("href").await?.unwrap_or_default();
    ensure!(href.starts_with("blob:"), "download href {href:?}");
    ensure!(
        link.attr("download").await?.as_deref() == Some("forloebet-slutter.ics"),
        "download attribute"
    );
    let tekst = b
        .eval("return document.getElementById('slutplan-ics').textContent;")
        .await?;
    let tekst = tekst.as_str().unwrap_or_default().to_string();
    ensure!(
        tekst.starts_with("BEGIN:VCALENDAR\r\n"),
        "no CRLF calendar: {tekst:.80}"
    );
    for linje in tekst.split("\r\n") {
        ensure!(
            linje.len() <= 75,
            "a line of {} octets: {linje}",
            linje.len()
        );
    }
    let mut kalendere = ical::IcalParser::new(std::io::BufReader::new(tekst.as_bytes()));
    let kal = match kalendere.next() {
        Some(Ok(k)) => k,
        other => bail!("the calendar file does not parse: {other:?}\n{tekst}"),
    };
    ensure!(kalendere.next().is_none(), "more than one calendar");
    let datoer: Vec<String> = kal
        .events
        .iter()
        .filter_map(|e| egenskab(e, "DTSTART"))
        .collect();
    ensure!(
        datoer == ["20260930", "20261231", "20270228", "20270331", "20270401"],
        "event dates {datoer:?}"
    );
    let mut uids = std::collections::BTreeSet::new();
    for e in &kal.events {
        let start = e.properties.iter().find(|p| p.name == "DTSTART");
        let params = start.and_then(|p| p.params.clone()).unwrap_or_default();
        ensure!(
            params
                .iter()
                .any(|(k, v)| k == "VALUE" && v.iter().any(|x| x == "DATE")),
            "DTSTART without VALUE=DATE: {params:?}"
        );
        ensure!(
            egenskab(e, "DTSTAMP").is_some_and(|s| s.ends_with('Z')),
            "DTSTAMP"
        );
        ensure!(
            uids.insert(egenskab(e, "UID").unwrap_or_default()),
            "UIDs not unique"
        );
        ensure!(
            egenskab(e, "SUMMARY").is_some_and(|s| s.starts_with("Forløbet slutter: ")),
            "SUMMARY"
        );
        ensure!(
            egenskab(e, "DESCRIPTION").is_some_and(|s| s.contains("31. marts 2027")),
            "DESCRIPTION"
        );
        ensure!(e.alarms.len() == 1, "one VALARM per event");
    }
    ensure!(
        egenskab(&kal.events[0], "SUMMARY").as_deref()
            == Some("Forløbet slutter: Bed om et møde (6 måneder før slutdatoen)"),
        "first summary {:?}",
        egenskab(&kal.events[0], "SUMMARY")
    );
    // Open the preview as a reader would, then check the phone layout and axe in this state.
    b.eval("document.querySelectorAll('main details').forEach(d => d.open = true);")
        .await?;
    let v = b
        .eval("const d = document.documentElement; return {sw: d.scrollWidth, cw: d.clientWidth};")
        .await?;
    ensure!(
        v["sw"].as_i64() <= v["cw"].as_i64(),
        "the plan scrolls sideways at 375 px: {v}"
    );
    b.axe_check("forløbet slutter, Jens' plan").await?;
    // Clicking the download raises no CSP violation or other console error.
    link.click().await?;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let fejl = b.console_errors().await?;
    ensure!(fejl.is_empty(), "console errors: {fejl:?}");
    b.quit().await
}

/// The forløb calculator's result leads on to the plan (keyboard: focus the link, Enter).
#[tokio::test]
async fn the_forloeb_calculator_links_to_the_plan() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/forloeb?v=1&f=j&fd=12.5.1968&s=15.6.2025&lm=24")
        .await?;
    b.wait_for_h1("Dine forløb og grænser").await?;
    let link = b
        .driver()
        .query(By::Css("main a[href='#/forloebet-slutter']"))
        .wait(b.timeout(), std::time::Duration::from_millis(100))
        .first()
        .await?;
    b.driver()
        .execute("arguments[0].focus();", vec![link.to_json()?])
        .await?;
    b.press(Key::Enter).await?;
    b.wait_for_h1("Når dit forløb slutter").await?;
    b.quit().await
}

#[tokio::test]
async fn jobafklaring_gets_its_renewal_step() -> E2eResult<()> {
    let b = Browser::start().await?;
    telefon(&b).await?;
    b.open_fresh("#/forloebet-slutter").await?;
    b.wait_for_h1("Når dit forløb slutter").await?;
    b.driver()
        .find(By::XPath("//label[contains(., 'Jobafklaringsforløb')]"))
        .await?
        .click()
        .await?;
    // A jobafklaringsforløb «fra 15.6.2025 til 14.6.2027», typed as the end date in the letter.
    skriv(&b, "Forløbets startdato", "15.6.2025").await?;
    skriv(&b, "slutdato", "14.6.2027").await?;
    vent_paa_slutdato(&b, "mandag 14. juni 2027").await?;
    let s = skridt(&b).await?;
    // 14.6.2027 − 3 months = 14.3.2027: ask whether the forløb is granted again (LAB kapitel 18).
    ensure!(
        s.iter()
            .any(|l| l.starts_with("14. marts 2027: Spørg, om forløbet bliver bevilget igen")),
        "no renewal step: {s:#?}"
    );
    ensure!(
        !s.iter()
            .any(|l| l.contains("6 år før din folkepension") || l.contains("6-måneders-reglen")),
        "the 6-year line and the 6-month rule are ressourceforløb rules: {s:#?}"
    );
    let side = b
        .eval("return document.querySelector('main').textContent.replace(/\\s+/g,' ');")
        .await?;
    ensure!(
        side.as_str()
            .unwrap_or_default()
            .contains("kan bevilges igen, så længe du er uarbejdsdygtig"),
        "the kommune's duty for jobafklaring is missing"
    );
    b.axe_check("forløbet slutter, jobafklaring").await?;
    ensure!(b.console_errors().await?.is_empty(), "console errors");
    b.quit().await
}
