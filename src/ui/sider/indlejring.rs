use crate::ui::indlejring::{beregnere, tema};
use crate::ui::register::Beregner;
use leptos::prelude::*;

/// «Indlejr på jeres hjemmeside»: the snippet for a host site (script with auto-height, and a plain iframe for
/// content systems that strip scripts), with the host's colour checked for contrast.
#[component]
pub fn Indlejring() -> impl IntoView {
    let beregner = RwSignal::new("ydelse".to_string());
    let farve = RwSignal::new("#0b5394".to_string());
    // The app's folder: origin and path only (a query such as `?genstart=1` or a campaign tag must not end up
    // in the snippet), without a trailing index.html.
    let base = {
        let adr = crate::ui::deling::app_adresse();
        adr.strip_suffix("index.html")
            .map(str::to_string)
            .unwrap_or(adr)
    };
    let base2 = base.clone();
    let tema_info = move || tema(&farve.get());
    let script = move || {
        let accent = tema_info()
            .map(|(a, ..)| format!(" data-accent=\"{a}\""))
            .unwrap_or_default();
        format!(
            "<script src=\"{base}indlejr.js\" data-beregner=\"{}\"{accent}></script>",
            beregner.get()
        )
    };
    let iframe = move || {
        format!(
            "<iframe src=\"{base2}index.html#/indlejr/{}\" title=\"Ressourceguiden: beregner\" style=\"width:100%;height:1600px;border:0\" loading=\"lazy\" referrerpolicy=\"no-referrer\"></iframe>",
            beregner.get()
        )
    };
    view! {
        <h1 tabindex="-1">"Indlejr på jeres hjemmeside"</h1>
        <p class="indledning">
            "Patientforeninger, rådgivere og kommuner kan vise én af beregnerne på deres egen side. Beregningen sker "
            "stadig kun i brugerens browser: jeres side ser ikke, hvad brugeren skriver, og beregneren læser intet fra jeres side."
        </p>
        <form class="skema" on:submit=|ev| ev.prevent_default()>
            <div class="felt">
                <label for="indlejr-beregner">"Beregner"</label>
                <select id="indlejr-beregner" on:change=move |ev| beregner.set(event_target_value(&ev))>
                    {beregnere().map(|b| view! { <option value=b.navn() selected=b == Beregner::Ydelse>{b.titel()}</option> }).collect_view()}
                </select>
            </div>
            <div class="felt">
                <label for="indlejr-farve">"Jeres farve (valgfrit, fx #0b5394)"</label>
                <p class="hjaelp" id="indlejr-farve-hjaelp">"Bruges til knapper, links og overskriftslinjer. Er den for lys til at læse, gør vi den mørkere."</p>
                <input id="indlejr-farve" class="tekst kort" type="text" aria-describedby="indlejr-farve-hjaelp"
                    prop:value=move || farve.get() on:input=move |ev| farve.set(event_target_value(&ev)) />
                <p role="status">{move || match tema_info() {
                    None => "Skriv farven som # og seks tegn (0–9, a–f), fx #0b5394. Uden farve bruges Ressourceguidens blå.".to_string(),
                    Some((a, _, _, true)) => format!("Farven er for lys til tekst. Vi bruger {a} i stedet (kontrast mindst 4,5:1)."),
                    Some((a, _, _, false)) => format!("{a} har kontrast nok (mindst 4,5:1)."),
                }}</p>
            </div>
        </form>
        <h2>"Med script (højden følger indholdet)"</h2>
        <label for="indlejr-script">"Kode til jeres side"</label>
        <textarea id="indlejr-script" class="kode" readonly rows="3" prop:value=script></textarea>
        <h2>"Uden script"</h2>
        <p>"Hvis jeres system fjerner scripts, kan I bruge en almindelig iframe med fast højde."</p>
        <label for="indlejr-iframe">"Iframe-kode"</label>
        <textarea id="indlejr-iframe" class="kode" readonly rows="4" prop:value=iframe></textarea>
        <h2>"Sikkerhed"</h2>
        <p>
            "Beregneren skriver kun sin højde til jeres side, og kun til jeres sides adresse. Scriptet tager kun imod "
            "beskeder fra beregnerens egen adresse. Vil I begrænse, hvem der må indlejre, kan jeres webserver sende "
            "overskriften Content-Security-Policy med frame-ancestors (se README)."
        </p>
    }
}
