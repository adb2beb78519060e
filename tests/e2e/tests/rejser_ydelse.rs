//! Journeys through «Beregn din ydelse» with what a citizen knows, typed with the keyboard in Danish formats,
//! against the release build. Each journey's expected figures are worked out by hand, outside the app, from the
//! rates in `content/law/satser/<år>.toml` and the rules in the law reference (aktivloven §§ 68, 68 a, 69 j) —
//! the arithmetic and the source are written above each journey — and asserted on what the page shows. axe finds
//! 0 violations in every new state.
//!
//! Rounding (as the golden cases): every part amount to øre, half away from zero; weekly → monthly × 52 / 12 (F2);
//! a month split by calendar days (F3); feriedage × 7 / 5 calendar days (F9).
#![cfg(not(target_arch = "wasm32"))]

use e2e::felter::{felt, skriv, tekst, vent_paa};
use e2e::{ensure, Browser, E2eResult};
use thirtyfour::prelude::*;

/// Ticks a checkbox or chooses a radio button with the space bar.
async fn vaelg(b: &Browser, label: &str) -> E2eResult<()> {
    let f = felt(b, label).await?;
    f.send_keys(Key::Space).await?;
    Ok(())
}

/// Chooses the month and year of the calculation (the two selects of «Hvilken måned vil du regne på?»).
async fn maaned(b: &Browser, md: u32, aar: i32) -> E2eResult<()> {
    for (label, value) in [("Måned", md.to_string()), ("År", aar.to_string())] {
        let s = felt(b, label).await?;
        s.click().await?;
        s.find(By::Css(format!("option[value='{value}']")))
            .await?
            .click()
            .await?;
    }
    Ok(())
}

/// Opens «Flere spørgsmål» with the keyboard.
async fn flere_spoergsmaal(b: &Browser) -> E2eResult<()> {
    let knap = b.driver().find(By::Css("button.vis-mere")).await?;
    knap.send_keys(Key::Enter).await?;
    vent_paa(b, "button.vis-mere", "Skjul flere spørgsmål").await
}

async fn start(b: &Browser) -> E2eResult<()> {
    b.open_fresh("#/ydelse").await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    Ok(())
}

/// Ends a journey: no console errors, then close the browser.
async fn slut(b: Browser) -> E2eResult<()> {
    let fejl = b.console_errors().await?;
    ensure!(fejl.is_empty(), "console errors: {fejl:?}");
    b.quit().await
}

/// Journey 1 — a sygedagpenge level that ends in the middle of the forløb.
///
/// Ressourceforløb from 1.2.2024, came from sygedagpenge of 4.000 kr. a week, ikke-forsørger, no wage. The
/// kommune's decision on the revurdering says her right to sygedagpenge ended 15.5.2024.
/// Source: aktivloven § 68, stk. 4 (sygedagpenge level until the right would have ended, then kontanthjælp
/// level); content/law/satser/2024.toml: ikke-forsørger 12.326, højeste sygedagpengebeløb 4.695/uge.
///
/// * Sygedagpenge level: 4.000 ≤ 4.695, so 4.000 × 52 / 12 = 17.333,33 kr./md.
/// * May 2024 (31 days): 1.–15. maj at 17.333,33 × 15/31 = 8.387,10; 16.–31. maj at 12.326 × 16/31 = 6.361,81;
///   in all 8.387,10 + 6.361,81 = 14.748,91 kr.
/// * June 2024 (the right ended before the month): kontanthjælp level all month, 12.326,00 kr.
#[tokio::test]
async fn rejse_sygedagpengeniveau_der_stopper_midt_i_forloebet() -> E2eResult<()> {
    let b = Browser::start().await?;
    start(&b).await?;
    maaned(&b, 5, 2024).await?;
    skriv(&b, "Hvornår begyndte dit forløb?", "1.2.2024").await?;
    vaelg(&b, "Sygedagpenge").await?;
    skriv(&b, "Dine sygedagpenge om ugen", "4.000").await?;
    // Without the date (or «Jeg kender ikke datoen») there is no result, and the page says what is missing.
    vent_paa(
        &b,
        ".hovedtal",
        "din ret til sygedagpenge stopper eller stoppede",
    )
    .await?;
    ensure!(
        !tekst(&b, ".hovedtal").await?.contains("kr."),
        "a result was shown without the sygedagpenge date"
    );
    b.axe_check("rejse 1: sygedagpengedato mangler").await?;
    skriv(&b, "Den dag, din ret til sygedagpenge stopper", "15.5.2024").await?;
    vent_paa(&b, ".hovedtal", "14.748,91 kr.").await?;
    let trin = tekst(&b, "ol.forklaring").await?;
    for del in [
        "8.387,10",
        "6.361,81",
        "17.333,33",
        "12.326",
        "16. maj 2024",
    ] {
        ensure!(trin.contains(del), "the trace lacks {del}: {trin}");
    }
    b.axe_check("rejse 1: sygedagpengeniveau stopper i maj")
        .await?;
    // The next month: the date stays, and the whole month is at kontanthjælp level.
    maaned(&b, 6, 2024).await?;
    vent_paa(&b, ".hovedtal", "12.326,00 kr.").await?;
    vent_paa(
        &b,
        "ol.forklaring",
        "Din ret til sygedagpenge stoppede 15. maj 2024",
    )
    .await?;
    slut(b).await
}

/// Journey 2 — a young parent who pays børnebidrag.
///
/// Under 25 (born 14.5.2001), lives with her parents, pays børnebidrag to a child who lives with the other parent.
/// The normalbidrag in her Familieretshus decision is 1.398 kr. a month (her own figure). Ressourceforløb from
/// 1.6.2023, March 2024, no wage. She does not tick «Jeg har et barn under 18 år, som bor hos mig».
/// Source: aktivloven § 68, stk. 2, nr. 3 and 4 (hjemmeboende rate plus normalbidrag, at most the forsørger rate);
/// content/law/satser/2024.toml: u25 hjemmeboende 3.834, loft 16.382.
///
/// * 3.834 + 1.398 = 5.232,00 kr. (below 16.382, so the loft does not apply).
#[tokio::test]
async fn rejse_ung_foraelder_der_betaler_bidrag() -> E2eResult<()> {
    let b = Browser::start().await?;
    start(&b).await?;
    maaned(&b, 3, 2024).await?;
    skriv(&b, "Hvornår begyndte dit forløb?", "1.6.2023").await?;
    // The forsørger box says who should not tick it.
    let hjaelp = tekst(&b, "#ydelse-fs-hjaelp").await?;
    ensure!(
        hjaelp.contains("Betaler du børnebidrag"),
        "the forsørger help text does not warn bidrag payers: {hjaelp}"
    );
    vaelg(&b, "Jeg er under 25 år og bor hjemme").await?;
    // Both follow-up questions appear right away, not behind «Flere spørgsmål».
    skriv(&b, "Din fødselsdato", "14.5.2001").await?;
    vent_paa(&b, ".hovedtal", "3.834,00 kr.").await?;
    skriv(&b, "Børnebidrag, som du selv betaler til dit barn", "1.398").await?;
    vent_paa(&b, ".hovedtal", "5.232,00 kr.").await?;
    vent_paa(&b, "ol.forklaring", "Du betaler børnebidrag til dit barn").await?;
    b.axe_check("rejse 2: bidragsbetaler under 25").await?;
    slut(b).await
}

/// Journey 3 — a child born in the month.
///
/// Ressourceforløb from 1.6.2023, ikke-forsørger until the child is born on 12.3.2024; March 2024, no wage.
/// Source: aktivloven § 68, stk. 2, nr. 1 (forsørger rate) with the day split of F3/F6;
/// content/law/satser/2024.toml: ikke-forsørger 12.326, forsørger 16.382.
///
/// * 1.–11. marts: 12.326 × 11/31 = 4.373,74; 12.–31. marts: 16.382 × 20/31 = 10.569,03;
///   in all 4.373,74 + 10.569,03 = 14.942,77 kr.
/// * April 2024 (the child lives with her all month): 16.382,00 kr.
#[tokio::test]
async fn rejse_barn_foedt_i_maaneden() -> E2eResult<()> {
    let b = Browser::start().await?;
    start(&b).await?;
    maaned(&b, 3, 2024).await?;
    skriv(&b, "Hvornår begyndte dit forløb?", "1.6.2023").await?;
    vent_paa(&b, ".hovedtal", "12.326,00 kr.").await?;
    vaelg(&b, "Jeg har et barn under 18 år, som bor hos mig").await?;
    vent_paa(&b, ".hovedtal", "16.382,00 kr.").await?;
    skriv(
        &b,
        "Fik du barnet, eller flyttede barnet ind hos dig",
        "12.3.2024",
    )
    .await?;
    vent_paa(&b, ".hovedtal", "14.942,77 kr.").await?;
    let trin = tekst(&b, "ol.forklaring").await?;
    for del in ["4.373,74", "10.569,03"] {
        ensure!(trin.contains(del), "the trace lacks {del}: {trin}");
    }
    b.axe_check("rejse 3: barn født i marts").await?;
    maaned(&b, 4, 2024).await?;
    vent_paa(&b, ".hovedtal", "16.382,00 kr.").await?;
    slut(b).await
}

/// Journey 4 — pay in a tilbud.
///
/// Ressourceforløb from 1.6.2023, ikke-forsørger, March 2024. The payslip from the tilbud says 3.000 kr. for 40
/// hours. Source: aktivloven § 68 a, stk. 3 (a fixed amount per hour worked is disregarded, the rest deducted
/// krone for krone); content/law/satser/2024.toml: fradrag pr. arbejdstime 17,86, ikke-forsørger 12.326.
///
/// * Disregarded: 17,86 × 40 = 714,40. Deducted: 3.000 − 714,40 = 2.285,60.
/// * 12.326 − 2.285,60 = 10.040,40 kr.
/// * A tax-free legat of 2.000 kr. is not deducted (aktivloven § 33; Ankestyrelsen, eksempler på indtægter):
///   still 10.040,40 kr.
#[tokio::test]
async fn rejse_loen_i_et_tilbud() -> E2eResult<()> {
    let b = Browser::start().await?;
    start(&b).await?;
    maaned(&b, 3, 2024).await?;
    skriv(&b, "Hvornår begyndte dit forløb?", "1.6.2023").await?;
    flere_spoergsmaal(&b).await?;
    skriv(&b, "Løn, du får i et tilbud fra kommunen", "3.000").await?;
    // Without the hours the whole pay would be deducted: the page asks for them instead of guessing 0.
    vent_paa(
        &b,
        ".hovedtal",
        "Skriv, hvor mange timer lønnen fra tilbuddet dækker",
    )
    .await?;
    skriv(&b, "Timer, som lønnen fra tilbuddet dækker", "40").await?;
    vent_paa(&b, ".hovedtal", "10.040,40 kr.").await?;
    let trin = tekst(&b, "ol.forklaring").await?;
    for del in ["714,40", "2.285,60"] {
        ensure!(trin.contains(del), "the trace lacks {del}: {trin}");
    }
    b.axe_check("rejse 4: løn i et tilbud").await?;
    // She also got a tax-free legat of 2.000 kr. A new income row has no kind until she picks one, so nothing is
    // deducted by a default she never chose; the legat is not deducted (aktivloven § 33), so the result stays.
    let tilfoej = b
        .driver()
        .find(By::XPath("//button[contains(., 'Tilføj en indtægt')]"))
        .await?;
    tilfoej.send_keys(Key::Enter).await?;
    skriv(&b, "Beløb nr. 1", "2.000").await?;
    b.press(Key::Tab).await?;
    vent_paa(&b, ".hovedtal", "Vælg, hvilken slags indtægt nr. 1 er").await?;
    let art = felt(&b, "Slags indtægt nr. 1").await?;
    art.click().await?;
    art.find(By::Css("option[value='legat']"))
        .await?
        .click()
        .await?;
    vent_paa(&b, ".hovedtal", "10.040,40 kr.").await?;
    vent_paa(
        &b,
        "ol.forklaring",
        "Skattefrit legat: 2.000,00 kr. trækkes ikke fra",
    )
    .await?;
    b.axe_check("rejse 4: legat, der ikke trækkes fra").await?;
    slut(b).await
}

/// Journey 5 — feriepenge for a holiday that crosses the month end.
///
/// Ressourceforløb from 1.6.2023, ikke-forsørger, wage 15.000 kr. in March 2024, and feriepenge of 4.000 kr. for a
/// week's holiday (5 feriedage) from 28.3.2024. Source: aktivloven § 68 a, stk. 2 and 4, principafgørelse 68-15
/// (5 feriedage = 7 calendar days, counted as wage when the holiday is taken); content/law/satser/2024.toml:
/// lønindtægtsgrænse 16.323, ikke-forsørger 12.326; 0 % below the grænse, 55 % above it (from 2022).
///
/// * 7 calendar days 28.3.–3.4.; 4 of them in March: 4.000 × 4/7 = 2.285,71 counts as wage in March.
/// * Wage 15.000 + 2.285,71 = 17.285,71; above the grænse 17.285,71 − 16.323 = 962,71; 55 % = 529,49.
/// * 12.326 − 529,49 = 11.796,51 kr.
#[tokio::test]
async fn rejse_feriepenge() -> E2eResult<()> {
    let b = Browser::start().await?;
    start(&b).await?;
    maaned(&b, 3, 2024).await?;
    skriv(&b, "Hvornår begyndte dit forløb?", "1.6.2023").await?;
    skriv(&b, "Din løn i måneden", "15.000").await?;
    vent_paa(&b, ".hovedtal", "12.326,00 kr.").await?;
    flere_spoergsmaal(&b).await?;
    skriv(&b, "Feriepenge for hele ferien", "4.000").await?;
    skriv(&b, "Feriens første dag", "28.3.2024").await?;
    skriv(&b, "Antal feriedage", "5").await?;
    vent_paa(&b, ".hovedtal", "11.796,51 kr.").await?;
    let trin = tekst(&b, "ol.forklaring").await?;
    for del in ["2.285,71", "962,71", "529,49"] {
        ensure!(trin.contains(del), "the trace lacks {del}: {trin}");
    }
    b.axe_check("rejse 5: feriepenge over månedsskiftet")
        .await?;
    slut(b).await
}

/// Journey 6 — a month in a jobafklaringsforløb.
///
/// Jobafklaringsforløb from 1.9.2023 after sygedagpenge, ikke-forsørger, wage 5.000 kr. in February 2024.
/// Source: aktivloven § 69 j, stk. 2 (always kontanthjælp level, also after sygedagpenge) and stk. 9 (30 % of the
/// wage below the grænse, 55 % above); content/law/satser/2024.toml: ikke-forsørger 12.326, grænse 16.323.
///
/// * 30 % of 5.000 = 1.500,00 (all below the grænse). 12.326 − 1.500 = 10.826,00 kr.
#[tokio::test]
async fn rejse_jobafklaring() -> E2eResult<()> {
    let b = Browser::start().await?;
    start(&b).await?;
    vaelg(&b, "Jobafklaringsforløb").await?;
    // No question about the earlier benefit, and no promise of sygedagpenge level.
    vent_paa(
        &b,
        "#ydelse-jobafklaring-niveau",
        "altid ydelse på kontanthjælpsniveau",
    )
    .await?;
    let sygedagpenge = b
        .eval("return document.querySelectorAll('input[name=ydelse-n]').length;")
        .await?;
    ensure!(
        sygedagpenge == 0,
        "the «Hvad fik du» question is shown in jobafklaring"
    );
    maaned(&b, 2, 2024).await?;
    skriv(&b, "Hvornår begyndte dit forløb?", "1.9.2023").await?;
    skriv(&b, "Din løn i måneden", "5.000").await?;
    vent_paa(&b, ".hovedtal", "10.826,00 kr.").await?;
    vent_paa(&b, "ol.forklaring", "1.500,00").await?;
    b.axe_check("rejse 6: jobafklaring").await?;
    // She also gets særlig støtte and had a sanction: neither is computed, and the page says so (M-12).
    flere_spoergsmaal(&b).await?;
    vaelg(&b, "Jeg får særlig støtte").await?;
    vaelg(&b, "Jeg har fået en sanktion i måneden").await?;
    vent_paa(&b, "#ydelse-note-saerlig-stoette", "ikke med i beløbet").await?;
    vent_paa(&b, "#ydelse-note-sanktion", "ikke med i beløbet").await?;
    vent_paa(&b, ".hovedtal", "10.826,00 kr.").await?;
    b.axe_check("rejse 6: særlig støtte og sanktion").await?;
    slut(b).await
}

/// Journey 7 — Sara (the domain review, section G (a)): in a ressourceforløb since 1.3.2024, came from
/// sygedagpenge of 5.200 kr. a week, works 8 hours a week for about 6.200 kr. a month, and her payment for March
/// 2026 dropped to 13.345 kr.
/// Source: aktivloven § 68, stk. 4 and § 68 a, stk. 2; content/law/satser/2026.toml: ikke-forsørger 13.345
/// (derived), højeste sygedagpengebeløb 5.085/uge from 5.1.2026, lønindtægtsgrænse 17.672.
///
/// * Wage 6.200 is below the grænse 17.672: nothing is deducted (0 % below the grænse).
/// * If her right to sygedagpenge still ran: min(5.200; 5.085) = 5.085 × 52 / 12 = 22.035,00 kr.
/// * If it has ended: 13.345,00 kr. — 22.035,00 − 13.345,00 = 8.690,00 kr. less.
/// * The kommune's letter on the revurdering says the right ended 31.8.2024: March 2026 is 13.345,00 kr., the
///   same as the kommune's figure.
#[tokio::test]
async fn rejse_sara_hvorfor_faldt_min_udbetaling() -> E2eResult<()> {
    let b = Browser::start().await?;
    start(&b).await?;
    maaned(&b, 3, 2026).await?;
    skriv(&b, "Hvornår begyndte dit forløb?", "1.3.2024").await?;
    vaelg(&b, "Sygedagpenge").await?;
    skriv(&b, "Dine sygedagpenge om ugen", "5.200").await?;
    skriv(&b, "Din løn i måneden", "6.200").await?;
    // She does not know the day her right ended: she says so instead of leaving the field empty.
    vent_paa(&b, ".hovedtal", "Jeg kender ikke datoen").await?;
    vaelg(&b, "Jeg kender ikke datoen").await?;
    vent_paa(&b, ".hovedtal", "22.035,00 kr.").await?;
    // The page says which assumption it used, what it changes, and what to ask the kommune.
    vent_paa(&b, ".advarsler", "13.345,00 kr. i stedet for 22.035,00 kr.").await?;
    vent_paa(&b, ".advarsler", "8.690,00 kr. mindre").await?;
    vent_paa(&b, ".advarsler", "Spørg kommunen").await?;
    vent_paa(&b, "ol.forklaring", "Antagelse").await?;
    // Below the grænse the AM-bidrag question cannot matter, so it is not raised.
    ensure!(
        !tekst(&b, ".advarsler").await?.contains("AM-bidrag"),
        "the AM-bidrag notice is shown for a wage below the grænse"
    );
    b.axe_check("rejse 7: Sara kender ikke datoen").await?;
    // «Tjek din afgørelse»: the kommune's 13.345 is recognised as the kontanthjælp level, not a wrong payment.
    skriv(&b, "Kommunens beløb for måneden", "13.345").await?;
    vent_paa(&b, ".tjek", "Passer med forskellen").await?;
    vent_paa(&b, ".tjek", "ret til sygedagpenge stoppet").await?;
    b.axe_check("rejse 7: Sara tjekker kommunens beløb").await?;
    // She asks the kommune; the decision on the revurdering says 31.8.2024.
    skriv(&b, "Den dag, din ret til sygedagpenge stopper", "31.8.2024").await?;
    vent_paa(&b, ".hovedtal", "13.345,00 kr.").await?;
    vent_paa(
        &b,
        "ol.forklaring",
        "Din ret til sygedagpenge stoppede 31. august 2024",
    )
    .await?;
    vent_paa(&b, ".tjek", "Kommunens beløb er det samme som vores").await?;
    ensure!(
        !tekst(&b, ".advarsler").await?.contains("i stedet for"),
        "the unknown-date warning stayed after the date was given"
    );
    b.axe_check("rejse 7: Sara med datoen").await?;
    slut(b).await
}
