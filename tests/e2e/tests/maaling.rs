//! On-demand browser benchmarks (not part of the suite, and they assert no time): how long the ydelse page and
//! «Tjek dine udbetalinger» (a 24-month case) take in the release build to recompute after one keystroke — from
//! the input event on a wage field until the result on the page has changed (`performance.now()` in the page, so
//! WebDriver's own round trips are not counted). Run it with
//!
//!     cargo test -p e2e --test maaling -- --ignored --nocapture
//!
//! and record the figure in the README («Tempo (målt, ikke testet)»). It prints the median and the slowest of 15 rounds.

use e2e::felter::udfyld_eksempel_1;
use e2e::{ensure, Browser, E2eResult};
use serde_json::Value;

/// 15 rounds of [`MAAL`] on the wage field and result `[felt, resultat]` (CSS selectors), the wage of round `n`
/// given by `loen(n)`: (median, slowest) in ms.
async fn runder(
    b: &Browser,
    [felt, resultat]: [&str; 2],
    loen: impl Fn(usize) -> usize,
) -> E2eResult<(f64, f64)> {
    let mut tider = Vec::new();
    for runde in 0..15 {
        let ms = b
            .driver()
            .execute_async(
                MAAL,
                vec![
                    Value::from(felt),
                    Value::from(resultat),
                    Value::String(loen(runde).to_string()),
                ],
            )
            .await?
            .json()
            .as_f64()
            .unwrap_or(-1.0);
        ensure!(
            ms >= 0.0,
            "round {runde}: the result did not change within 10 s"
        );
        tider.push(ms);
    }
    tider.sort_by(f64::total_cmp);
    Ok((tider[tider.len() / 2], tider[tider.len() - 1]))
}

/// A 24-month case in the share-link format: a ressourceforløb from 1.6.2023 with a child at home, January 2024
/// to December 2025, a wage every month and the kommune's amount every month.
fn link() -> String {
    let kommunen: Vec<String> = (0..24).map(|i| format!("{}", 14000 + i * 10)).collect();
    let loen: Vec<String> = (0..24).map(|i| format!("{}", 18000 + i * 100)).collect();
    format!(
        "#/udbetalinger?v=1&s=1.6.2023&fs=1&fm=2024-01&an=24&mk={}&ml={}",
        kommunen.join("~"),
        loen.join("~")
    )
}

/// Sets the wage field (CSS selector `felt`) to `loen` by an input event and resolves with the milliseconds until
/// the result (selector `resultat`) has changed (checked every animation frame, so the figure includes the render).
const MAAL: &str = r#"
const [felt_sel, resultat_sel, loen, done] = arguments;
const felt = document.querySelector(felt_sel);
const resultat = document.querySelector(resultat_sel);
const foer = resultat.textContent;
const t0 = performance.now();
felt.value = loen;
felt.dispatchEvent(new Event('input', { bubbles: true }));
const tjek = () => {
  if (resultat.textContent !== foer) { done(performance.now() - t0); }
  else if (performance.now() - t0 > 10000) { done(-1); }
  else { requestAnimationFrame(tjek); }
};
tjek();
"#;

#[tokio::test]
#[ignore = "a benchmark, run on demand (see the module doc)"]
async fn udbetalinger_24_months_per_keystroke() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh(&link()).await?;
    b.wait_for_h1("Tjek dine udbetalinger").await?;
    b.wait_until("the 24th month's result", || async {
        let v = b
            .eval("const e = document.getElementById('udbetalinger-resultat-23'); return e ? e.textContent : '';")
            .await?;
        Ok((v.as_str().is_some_and(|t| t.contains("kr."))).then_some(()))
    })
    .await?;
    let (median, slowest) = runder(
        &b,
        ["#udbetalinger-ml-0", "#udbetalinger-resultat-0"],
        |runde| 18000 + (runde + 1) * 37,
    )
    .await?;
    println!(
        "udbetalinger, 24 måneder, ét tastetryk i en løncelle: median {median:.1} ms, langsomste {slowest:.1} ms (15 runder, release build, headless Chromium)"
    );
    b.quit().await
}

#[tokio::test]
#[ignore = "a benchmark, run on demand (see the module doc)"]
async fn ydelse_per_keystroke() -> E2eResult<()> {
    let b = Browser::start().await?;
    b.open_fresh("#/ydelse").await?;
    b.wait_for_h1("Beregn din ydelse").await?;
    // Worked example 1 (March 2024, 20.000 kr. in wages → 10.303,65 kr.), then 15 other wages.
    udfyld_eksempel_1(&b).await?;
    let (median, slowest) = runder(&b, ["#ydelse-l", ".hovedtal"], |runde| {
        20000 + (runde + 1) * 137
    })
    .await?;
    println!(
        "ydelse, ét tastetryk i lønfeltet: median {median:.1} ms, langsomste {slowest:.1} ms (15 runder, release build, headless Chromium)"
    );
    b.quit().await
}
