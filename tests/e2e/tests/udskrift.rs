//! Print, verified as PDF: the meeting kit (`#/moede`) and the plan page (`#/forloebet-slutter`) printed by
//! Chromium (`Page.printToPDF`, print media) and read back with `pdftotext` (poppler-utils, installed by
//! `.ci/setup`). The PDF must carry the key content — the questions, the rights with §, the letter with the
//! notes and the deadline; the end date and the dated steps — and none of the navigation or the buttons.
#![cfg(not(target_arch = "wasm32"))]

use e2e::felter::{skriv, vent_paa};
use e2e::{bail, ensure, Browser, E2eResult};
use serde_json::json;
use thirtyfour::prelude::*;

/// Standard base64 (RFC 4648) → bytes; the PDF Chromium returns.
fn base64(s: &str) -> E2eResult<Vec<u8>> {
    let mut ud = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' | b'\n' | b'\r' => continue,
            _ => bail!("not base64: {c}"),
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            ud.push((acc >> bits) as u8);
        }
    }
    Ok(ud)
}

/// The page printed to an A4 PDF, as text (whitespace collapsed).
async fn pdf_tekst(b: &Browser, navn: &str) -> E2eResult<String> {
    let r = b
        .driver()
        .cdp()
        .send_raw(
            "Page.printToPDF",
            json!({"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": false}),
        )
        .await?;
    let Some(data) = r["data"].as_str() else {
        bail!("printToPDF gave no data: {r}");
    };
    let pdf = base64(data)?;
    ensure!(pdf.starts_with(b"%PDF-"), "not a PDF");
    let fil = std::env::temp_dir().join(format!("rg-udskrift-{}-{navn}.pdf", std::process::id()));
    std::fs::write(&fil, &pdf)?;
    let ud = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&fil)
        .arg("-")
        .output();
    let _ = std::fs::remove_file(&fil);
    let ud = match ud {
        Ok(o) if o.status.success() => o.stdout,
        Ok(o) => bail!("pdftotext failed: {}", String::from_utf8_lossy(&o.stderr)),
        Err(e) => {
            bail!("pdftotext is missing (apt-get install poppler-utils; .ci/setup does it): {e}")
        }
    };
    Ok(String::from_utf8_lossy(&ud)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" "))
}

/// What a printout must never show: the main menu, the skip link, the meeting-mode and share buttons.
fn uden_navigation(tekst: &str, side: &str) -> E2eResult<()> {
    for nav in [
        "Gå til indhold",
        "Ferie med ydelse",
        "Dine forløb og grænser",
        "Mødetilstand",
        "Lav et link til beregningen",
        "Kopiér brevet",
        "Slet alt, der er gemt",
        "Tilgængelighedserklæring",
    ] {
        ensure!(
            !tekst.contains(nav),
            "{side}: the PDF shows {nav:?}:\n{tekst}"
        );
    }
    Ok(())
}

#[tokio::test]
async fn the_meeting_kit_prints_its_content_without_navigation() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/moede").await?;
    b.wait_for_h1("Møde med kommunen").await?;
    b.driver()
        .find(By::XPath("//label[contains(., 'Min ydelse er ændret')]"))
        .await?
        .click()
        .await?;
    skriv(&b, "Mødets dato", "4.3.2027").await?;
    skriv(&b, "Hvad aftalte I?", "Ny samtale 8.4.2027.").await?;
    vent_paa(&b, "#moede-brev", "Ny samtale 8.4.2027.").await?;
    let t = pdf_tekst(&b, "moede").await?;
    for del in [
        "Møde med kommunen",
        "Før mødet",
        "Hvorfor er min ydelse ændret?",
        "forvaltningsloven § 8",
        "Under mødet",
        "Efter mødet",
        "Bekræftelse af aftaler fra mødet den 4. marts 2027",
        "Ny samtale 8.4.2027.",
        "torsdag 1. april 2027",
    ] {
        ensure!(t.contains(del), "the meeting kit's PDF lacks {del:?}:\n{t}");
    }
    uden_navigation(&t, "møde")?;
    b.quit().await
}

#[tokio::test]
async fn the_plan_prints_its_dates_without_navigation() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/forloebet-slutter?v=1&s=1.4.2024&lm=36&fd=12.5.1968")
        .await?;
    b.wait_for_h1("Når dit forløb slutter").await?;
    vent_paa(&b, "#slutplan-slutdato", "onsdag 31. marts 2027").await?;
    let t = pdf_tekst(&b, "plan").await?;
    for del in [
        "Når dit forløb slutter",
        "Dit forløb slutter onsdag 31. marts 2027.",
        "30. september 2026: Bed om et møde",
        "1. april 2027: Tjek afgørelse og penge",
        "Det skal kommunen gøre før slutdatoen",
        "principafgørelse 82-16",
    ] {
        ensure!(t.contains(del), "the plan's PDF lacks {del:?}:\n{t}");
    }
    uden_navigation(&t, "plan")?;
    b.quit().await
}

/// «Tjek dine udbetalinger» with the six-month case of `tests/e2e/tests/udbetalinger.rs` (the same figures,
/// worked out by hand there; March and April wrong), given by its share link, and a name typed into the letter.
#[tokio::test]
async fn the_payment_check_prints_months_totals_and_letter_without_navigation() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh(
        "#/udbetalinger?v=1&s=1.6.2023&fs=1&fm=2024-01\
         &mk=16.382,00~14.359,65~9.462,75~12.326~16.382~16.381,50\
         &ml=~20.000~20.000~~10.000&mm=~~30.4.2024",
    )
    .await?;
    b.wait_for_h1("Tjek dine udbetalinger").await?;
    vent_paa(&b, "#udbetalinger-efterbetaling", "8.952,90 kr.").await?;
    skriv(&b, "Dit navn", "Jens Jensen").await?;
    vent_paa(&b, "#udbetalinger-brev", "Jens Jensen").await?;
    let t = pdf_tekst(&b, "udbetalinger").await?;
    for del in [
        "Tjek dine udbetalinger",
        // The month cards: the figures typed, ours, the difference and the verdict.
        "januar 2024",
        "juni 2024",
        "9.462,75",
        "14.359,65 kr.",
        "−4.896,90 kr.",
        "−4.056,00 kr.",
        "Passer",
        "Afviger",
        "Mulig grund:",
        "Klagefristen udløb 28. maj 2024",
        // The working of a month that differs.
        "Ressourceforløbsydelse for marts 2024 før skat: 14.359,65 kr.",
        // The totals.
        "Kommunen har måske udbetalt for lidt",
        "8.952,90 kr. 4 måneder passer, 2 afviger, 0 kan ikke afgøres.",
        // The letter with the name typed.
        "Brev til kommunen",
        "Jens Jensen",
        "- marts 2024: I har udbetalt 9.462,75 kr.",
        "- april 2024: I har udbetalt 12.326,00 kr.",
        "8.952,90 kr. for lidt",
    ] {
        ensure!(
            t.contains(del),
            "the payment check's PDF lacks {del:?}:\n{t}"
        );
    }
    uden_navigation(&t, "udbetalinger")?;
    for knap in [
        "Udskriv",
        "Sæt ind i tabellen",
        "Indsæt en kolonne af beløb",
    ] {
        ensure!(
            !t.contains(knap),
            "udbetalinger: the PDF shows {knap:?}:\n{t}"
        );
    }
    b.quit().await
}
