use crate::rules::lovdata::datoer;
use crate::rules::tid::dato_tekst;
use crate::ui::register::{Beregner, AFSNIT, BEREGNERE};
use leptos::prelude::*;

/// One of the front page's three doors: the need in the citizen's words, where it leads, and a second way in.
struct Doer {
    /// The need, as the citizen would say it.
    titel: &'static str,
    /// What happens behind the door.
    tekst: &'static str,
    /// The calculator behind the door, and a sub-route of it ("" or e.g. "/tjek").
    beregner: Beregner,
    under: &'static str,
    /// A second, related way in: (link text, where).
    ogsaa: (&'static str, Maal),
}

/// Where a second way in leads: a calculator of the registry, or another page of the app.
#[derive(Clone, Copy)]
enum Maal {
    Beregner(Beregner),
    Side(&'static str),
}

impl Maal {
    fn href(self) -> String {
        match self {
            Maal::Beregner(b) => b.href(),
            Maal::Side(h) => h.to_string(),
        }
    }
}

/// The three commonest needs, first on the page (above the fold on a phone).
const DOERE: [Doer; 3] = [
    Doer {
        titel: "Min udbetaling passer ikke",
        tekst: "Skriv kommunens beløb, og se forskellen og de mest sandsynlige grunde.",
        beregner: Beregner::Ydelse,
        under: "/tjek",
        ogsaa: (
            "Tjek flere måneder på én gang",
            Maal::Beregner(Beregner::Udbetalinger),
        ),
    },
    Doer {
        titel: "Mit forløb slutter",
        tekst: "Få din slutdato, en plan med datoer og påmindelser i din kalender.",
        beregner: Beregner::ForloebetSlutter,
        under: "",
        ogsaa: (
            "Læs, hvad der sker, når forløbet slutter",
            Maal::Side("#/rettigheder/naar-forloebet-slutter"),
        ),
    },
    Doer {
        titel: "Jeg vil klage",
        tekst: "Se, hvornår din klage senest skal være fremme hos kommunen.",
        beregner: Beregner::Klagefrist,
        under: "",
        ogsaa: (
            "Skriv din klage",
            Maal::Side("#/rettigheder/klage/skriv-din-klage"),
        ),
    },
];

/// The front page: the three commonest needs first, then what the app is for and the way into each section.
#[component]
pub fn Forside() -> impl IntoView {
    // The cards: the calculators marked for the front page, then the other sections, all from the registry.
    let kort: Vec<(String, &'static str, String)> = BEREGNERE
        .into_iter()
        .filter(|b| b.paa_forsiden())
        .map(|b: Beregner| (b.href(), b.titel(), b.beskrivelse()))
        .chain(
            AFSNIT
                .iter()
                .map(|(href, titel, tekst)| (href.to_string(), *titel, tekst.to_string())),
        )
        .collect();
    let lukket = dato_tekst(datoer::RESSOURCEFORLOEB_LUKKET_FOR_NYE.dato);
    view! {
        <h1 tabindex="-1" class="forside-titel">"Ressourceguiden"</h1>
        <h2 class="doere-titel" id="doere-titel">"Hvad vil du have hjælp til?"</h2>
        <ul class="doere" aria-labelledby="doere-titel">
            {DOERE
                .iter()
                .map(|d| {
                    view! {
                        <li class="doer">
                            <a class="doer-link" href=format!("{}{}", d.beregner.href(), d.under)>
                                <span class="doer-titel">{d.titel}</span>
                                <span class="doer-tekst">{d.tekst}</span>
                            </a>
                            <a class="doer-ogsaa" href=d.ogsaa.1.href()>{d.ogsaa.0}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <p class="indledning">
            "For dig, der er i et ressourceforløb eller jobafklaringsforløb – og for bisiddere og rådgivere, der "
            "sidder ved siden af. Alt regnes ud på din egen enhed, med paragraf og kilde for hvert trin."
        </p>
        <p class="moede-vej">
            "Skal du til møde med kommunen? "<a href=Beregner::Moede.href()>{Beregner::Moede.titel()}</a>
            ": dine rettigheder, spørgsmål til mødet, noter og et brev bagefter – til dig og din bisidder."
        </p>
        <div class="boks vigtigt" role="note">
            <h2>{format!("Nyt fra {lukket}")}</h2>
            <p>
                "Kommunerne bevilger ikke længere nye ressourceforløb. Er dit forløb startet før, kører det "
                "videre efter de hidtidige regler til den slutdato, der står i din afgørelse."
            </p>
        </div>
        <h2>"Alle dele af Ressourceguiden"</h2>
        <ul class="kort">
            {kort
                .into_iter()
                .map(|(href, titel, beskrivelse)| {
                    view! {
                        <li>
                            <h3><a href=href>{titel}</a></h3>
                            <p>{beskrivelse}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
