use crate::rules::lovdata::{LOVDATA_KONTROLLERET, SENESTE_SATSAAR};
use crate::rules::tid::dato_tekst;
use crate::ui::VERSION;
use leptos::prelude::*;

/// Om og privatliv: what the app is, how it treats your data, where the figures come from.
#[component]
pub fn Om() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Om og privatliv"</h1>
        <h2>"Dine oplysninger"</h2>
        <ul>
            <li>"Alt, hvad du skriver, bliver regnet ud i din egen browser. Intet sendes til en server."</li>
            <li>"Siden bruger ingen cookies, ingen statistik og ingen skrifttyper eller filer fra andre."</li>
            <li>"Der gemmes intet på din enhed, medmindre du selv vælger at gemme dine svar."</li>
        </ul>
        <h2>"Hvor tallene kommer fra"</h2>
        <p>
            "Satserne for 2013–" {SENESTE_SATSAAR} " kommer fra Beskæftigelsesministeriet, Styrelsen for "
            "Arbejdsmarked og Rekruttering, Ankestyrelsen, lovteksterne og kommunernes sider. Ved hvert tal står "
            "det, om det er officielt, eller om vi har regnet det ud fra den årlige regulering."
        </p>
        <h2>"En vejledende beregning"</h2>
        <p>
            "Ressourceguiden er en vejledende beregning, ikke en afgørelse. Det er altid kommunen, der træffer "
            "afgørelse i din sag, og du kan klage over den."
        </p>
        <dl class="fakta">
            <dt>"Version"</dt>
            <dd>{VERSION}</dd>
            <dt>"Lovdata sidst kontrolleret"</dt>
            <dd>{dato_tekst(LOVDATA_KONTROLLERET)}</dd>
        </dl>
    }
}
