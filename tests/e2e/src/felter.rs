//! Form helpers the flows share: find a field by its label, type into it as a user would, read and wait for
//! text on the page.

use crate::{Browser, E2eResult};
use serde_json::Value;
use thirtyfour::prelude::*;

/// The input (or select) whose `<label>` contains `label`.
pub async fn felt(b: &Browser, label: &str) -> E2eResult<WebElement> {
    let want = label.to_string();
    let id = b
        .wait_until(&format!("a field labelled {label:?}"), move || {
            let want = want.clone();
            async move {
                let v = b
                    .eval_with(
                        "const l = Array.from(document.querySelectorAll('label')).find(l => l.textContent.replace(/\\s+/g,' ').includes(arguments[0]));
                         return l ? l.htmlFor : null;",
                        vec![Value::from(want)],
                    )
                    .await?;
                Ok(v.as_str().filter(|s| !s.is_empty()).map(str::to_string))
            }
        })
        .await?;
    Ok(b.driver().find(By::Id(&id)).await?)
}

/// Replaces a text field's content by typing, as a user would.
pub async fn skriv(b: &Browser, label: &str, tekst: &str) -> E2eResult<()> {
    let f = felt(b, label).await?;
    f.click().await?;
    f.send_keys(Key::Control + "a").await?;
    f.send_keys(Key::Backspace).await?;
    if !tekst.is_empty() {
        f.send_keys(tekst).await?;
    }
    Ok(())
}

/// The text of the first element matching `css` ("" if none).
pub async fn tekst(b: &Browser, css: &str) -> E2eResult<String> {
    let v = b
        .eval_with(
            "const e = document.querySelector(arguments[0]); return e ? e.textContent.replace(/\\s+/g,' ').trim() : '';",
            vec![Value::from(css)],
        )
        .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

/// Waits until the element matching `css` contains `want`.
pub async fn vent_paa(b: &Browser, css: &str, want: &str) -> E2eResult<()> {
    let (c, w) = (css.to_string(), want.to_string());
    b.wait_until(&format!("{css} to contain {want:?}"), move || {
        let (c, w) = (c.clone(), w.clone());
        async move { Ok(tekst(b, &c).await?.contains(&w).then_some(())) }
    })
    .await
}

/// Chooses the option `vaerdi` of the `<select>` with id `id`, with the mouse.
pub async fn vaelg(b: &Browser, id: &str, vaerdi: &str) -> E2eResult<()> {
    let s = b.driver().find(By::Id(id)).await?;
    s.click().await?;
    s.find(By::Css(format!("option[value='{vaerdi}']")))
        .await?
        .click()
        .await?;
    Ok(())
}

/// Worked example 1 (tests/golden/ydelse_worked_examples.toml): March 2024, forløb from 1.6.2023, a salary
/// of 20.000 kr. → 10.303,65 kr., typed into the open ydelse page (also inside an embed's frame).
pub async fn udfyld_eksempel_1(b: &Browser) -> E2eResult<()> {
    vaelg(b, "ydelse-m", "3").await?;
    vaelg(b, "ydelse-m-aar", "2024").await?;
    b.driver()
        .find(By::Id("ydelse-s"))
        .await?
        .send_keys("1.6.2023")
        .await?;
    b.driver()
        .find(By::Id("ydelse-l"))
        .await?
        .send_keys("20.000")
        .await?;
    vent_paa(b, ".hovedtal", "10.303,65").await
}
