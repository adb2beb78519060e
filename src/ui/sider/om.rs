use crate::rules::lovdata::{FOERSTE_SATSAAR, LOVDATA_KONTROLLERET, SENESTE_SATSAAR};
use crate::rules::tid::dato_tekst;
use crate::ui::kontekst::VERSION;
use leptos::prelude::*;

/// The project's public page (where the source code lives and errors are reported): Cargo.toml's `repository`.
/// Empty until the maintainers set it (README: "Kontakt"); the page then says so instead of showing a link.
pub const PROJEKTSIDE: &str = env!("CARGO_PKG_REPOSITORY");

/// The public sources behind the figures and rules (each figure in a calculation names its own source).
const KILDER: [(&str, &str); 5] = [
    (
        "Retsinformation – lovene og bekendtgørelserne",
        "https://www.retsinformation.dk/",
    ),
    (
        "Beskæftigelsesministeriet – de årlige satser",
        "https://bm.dk/",
    ),
    (
        "Styrelsen for Arbejdsmarked og Rekruttering (STAR)",
        "https://star.dk/",
    ),
    (
        "Ankestyrelsen – principafgørelser og vejledning",
        "https://ast.dk/",
    ),
    ("Skatteministeriet – satsreguleringen", "https://skm.dk/"),
];

/// How to report an error: a link to the project page when there is one.
pub fn projektside_link(tekst: &'static str) -> AnyView {
    if PROJEKTSIDE.is_empty() {
        view! { <span>{tekst}" (adressen er ikke offentliggjort endnu)"</span> }.into_any()
    } else {
        view! { <a href=PROJEKTSIDE>{tekst}</a> }.into_any()
    }
}

/// Om og privatliv: what the app is, how it treats your data, where the figures come from, its limits, and how
/// to report an error.
#[component]
pub fn Om() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Om og privatliv"</h1>
        <p class="indledning">
            "Ressourceguiden er en gratis og åben app for dig, der er i et ressourceforløb eller "
            "jobafklaringsforløb, og for bisiddere og rådgivere. Den regner din ydelse og dine frister ud og "
            "forklarer, hvad du har ret til – med paragraf og kilde."
        </p>
        <dl class="fakta">
            <dt>"Version"</dt>
            <dd>{VERSION}</dd>
            <dt>"Lovdata sidst kontrolleret"</dt>
            <dd>{dato_tekst(LOVDATA_KONTROLLERET)}</dd>
            <dt>"Satser"</dt>
            <dd>{FOERSTE_SATSAAR} "–" {SENESTE_SATSAAR}</dd>
        </dl>

        <h2>"Dine oplysninger"</h2>
        <ul>
            <li>"Alt, hvad du skriver, bliver regnet ud i din egen browser. Intet sendes til en server."</li>
            <li>"Siden bruger ingen cookies, ingen statistik og ingen skrifttyper eller filer fra andre."</li>
            <li>"Der gemmes intet om dig på din enhed, medmindre du selv vælger at gemme dine svar."</li>
            <li>
                "Når du har besøgt siden én gang, gemmer din browser sidens egne programfiler, så den også "
                "virker uden internet. Filerne er de samme for alle og siger intet om dig. Kommer der en ny "
                "version, skifter browseren de gamle filer ud af sig selv."
            </li>
        </ul>

        <h2>"Hvor tallene kommer fra"</h2>
        <p>
            "Satserne for " {FOERSTE_SATSAAR} "–" {SENESTE_SATSAAR} " og reglerne kommer fra lovteksterne og fra offentlige "
            "myndigheders sider. Ved hvert tal i en beregning står kilden, og om tallet er officielt, eller om vi "
            "har regnet det ud fra den årlige regulering. Hvor loven kan læses på flere måder, står det i "
            "beregningen, hvilken læsning vi har valgt. Alle tal med paragraf, status og kilder står på siden "
            <a href="#/satser">"Satser og kilder"</a> "."
        </p>
        <ul>
            {KILDER
                .iter()
                .map(|(navn, url)| view! { <li><a href=*url>{*navn}</a></li> })
                .collect_view()}
        </ul>

        <h2>"En vejledende beregning, ikke en afgørelse"</h2>
        <p>
            "Ressourceguiden er en vejledende beregning, ikke en afgørelse. Det er altid kommunen, der træffer "
            "afgørelse i din sag, og du kan klage over den."
        </p>
        <ul>
            <li>"Beregningen bygger kun på det, du selv skriver. Kommunen kan vide mere om din sag."</li>
            <li>
                "Der er satser fra " {FOERSTE_SATSAAR} " til " {SENESTE_SATSAAR} ". For senere måneder regner appen med de nyeste "
                "satser og skriver tydeligt, at resultatet er foreløbigt, indtil de nye satser er lagt ind."
            </li>
            <li>
                "Lovene ændrer sig. Appen følger reglerne, som de var, da lovdata sidst blev kontrolleret ("
                {dato_tekst(LOVDATA_KONTROLLERET)} ")."
            </li>
            <li>"Særlige situationer, som appen ikke spørger om, kan give et andet resultat."</li>
        </ul>

        <h2>"Fandt du en fejl?"</h2>
        <p>
            "Ressourceguiden er åben kildekode. Du kan melde en fejl på "
            {projektside_link("projektets side")}
            ", hvor kildekoden ligger: opret en ny sag (et «issue»). Skriv, hvilken side du var på, hvad du "
            "skrev, hvad du ventede, og hvad appen viste. Skriv aldrig dit CPR-nummer, dit navn eller andre "
            "personlige oplysninger – sagerne er offentlige."
        </p>
        <p>
            "Har du problemer med at bruge siden, fx med skærmlæser eller tastatur, så se "
            <a href="#/tilgaengelighed">"tilgængelighedserklæringen"</a> "."
        </p>
    }
}
