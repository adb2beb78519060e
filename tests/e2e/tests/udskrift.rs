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
