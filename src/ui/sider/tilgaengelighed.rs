use crate::rules::tid::dato_tekst;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The day this statement was written or last reviewed. Update it whenever the statement changes, and at least
/// once a year.
pub const ERKLAERING_DATO: NaiveDate = match NaiveDate::from_ymd_opt(2026, 11, 22) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// Digitaliseringsstyrelsen: what to do about inaccessible content on a public authority's website.
const DIGST_IKKE_TILGAENGELIGT: &str =
    "https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/";

/// Tilgængelighedserklæring: the accessibility statement, after the structure of the EU model statement
/// (implementing decision 2018/1523): status, what is not yet accessible, how it was tested, date, feedback,
/// and where to complain.
#[component]
pub fn Tilgaengelighed() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Tilgængelighedserklæring"</h1>
        <p class="indledning">
            "Ressourceguiden skal kunne bruges af alle – også med skærmlæser, kun med tastatur, med forstørrelse "
            "eller på en lille skærm."
        </p>

        <h2>"Hvilke krav vi følger"</h2>
        <p>
            "Vi sigter efter at overholde WCAG 2.2 på niveau AA og den europæiske standard EN 301 549, som "
            "offentlige myndigheders hjemmesider skal følge. Ressourceguiden er ikke en myndigheds hjemmeside, "
            "men vi følger kravene frivilligt."
        </p>
        <p>
            <strong>"Status: Ressourceguiden overholder kravene delvist."</strong>
            " De automatiske test finder ingen fejl, men der er dele, vi endnu ikke har testet godt nok. De står "
            "herunder."
        </p>

        <h2>"Sådan har vi testet"</h2>
        <ul>
            <li>
                "Automatisk test med axe-core for WCAG 2.0, 2.1 og 2.2 på niveau A og AA på hver side af appen, "
                "hver gang appen testes. Testen fejler, hvis axe-core finder en eneste fejl."
            </li>
            <li>
                "Test med tastatur: det første tryk på Tab går til «Gå til indhold», hele menuen kan bruges med "
                "tastaturet, og når du skifter side, flytter fokus til den nye sides overskrift."
            </li>
            <li>
                "Test af det, en skærmlæser læser op: hver side har én hovedoverskrift og sin egen titel, siden "
                "er markeret som dansk, og sidehoved, menu, indhold og sidefod er mærket, så man kan springe "
                "mellem dem. Menuen viser, hvilken side du er på."
            </li>
            <li>"Siden virker uden at hente noget fra andre hjemmesider, og den virker uden internet efter første besøg."</li>
        </ul>
        <p>"Testene kører i browseren Chromium."</p>

        <h2>"Det er ikke tilgængeligt endnu"</h2>
        <ul>
            <li>
                "Vi har ikke testet med rigtige skærmlæsere (fx NVDA, JAWS, VoiceOver eller TalkBack), og "
                "brugere med handicap har ikke testet siden endnu."
            </li>
            <li>"Vi har kun testet automatisk i Chromium, ikke i Firefox eller Safari."</li>
            <li>
                "Vi har ikke testet systematisk med forstørrelse op til 400 %, med ændret tekstafstand eller "
                "med Windows' høj kontrast."
            </li>
            <li>
                "Beregnerne kræver JavaScript og WebAssembly. Er det slået fra, kan du ikke regne noget ud."
            </li>
            <li>"Siden findes kun på dansk, og der er ingen version i let læst dansk."</li>
            <li>
                "Vi linker til lovtekster og myndigheders sider. De er skrevet i et juridisk sprog, og vi kan "
                "ikke stå inde for, at de er tilgængelige."
            </li>
        </ul>

        <h2>"Meld et problem"</h2>
        <p>
            "Kan du ikke bruge en del af siden, vil vi meget gerne høre om det. Skriv til os på "
            <span inner_html=crate::indhold::om::projektside("projektets side")></span>
            " (opret en ny sag, et «issue»), og fortæl, hvilken side det drejer sig om, hvad der ikke virker, og "
            "hvilket hjælpemiddel, hvilken browser og hvilken enhed du bruger. Skriv ikke dit CPR-nummer eller "
            "andre personlige oplysninger – sagerne er offentlige."
        </p>

        <h2>"Hvis du bruger Ressourceguiden på en myndigheds hjemmeside"</h2>
        <p>
            "Webtilgængelighedsloven gælder offentlige myndigheders hjemmesider. Bruger du Ressourceguiden på fx "
            "en kommunes hjemmeside, kan du også kontakte myndigheden. Får du ikke svar inden for 10 arbejdsdage, "
            "eller er svaret ikke tilfredsstillende, kan du henvende dig til Digitaliseringsstyrelsen. "
            <a href=DIGST_IKKE_TILGAENGELIGT>"Læs hvordan hos Digitaliseringsstyrelsen"</a> "."
        </p>

        <h2>"Om erklæringen"</h2>
        <p>
            "Erklæringen er skrevet den " {dato_tekst(ERKLAERING_DATO)} ". Vi opdaterer den, når appen ændrer "
            "sig, og mindst én gang om året."
        </p>
    }
}
