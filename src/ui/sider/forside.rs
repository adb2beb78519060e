use crate::rules::lovdata::datoer;
use crate::rules::tid::dato_tekst;
use crate::ui::rute::HOVEDMENU;
use leptos::prelude::*;

/// One of the front page's three doors: the need in the citizen's words, where it leads, and a second way in.
struct Doer {
    /// The need, as the citizen would say it.
    titel: &'static str,
    /// What happens behind the door.
    tekst: &'static str,
    href: &'static str,
    /// A second, related way in: (link text, href).
    ogsaa: (&'static str, &'static str),
}

/// The three commonest needs, first on the page (above the fold on a phone).
const DOERE: [Doer; 3] = [
    Doer {
        titel: "Min udbetaling passer ikke",
        tekst: "Skriv kommunens beløb, og se forskellen og de mest sandsynlige grunde.",
        href: "#/ydelse/tjek",
        ogsaa: ("Beregn din ydelse fra start", "#/ydelse"),
    },
    Doer {
        titel: "Mit forløb slutter",
        tekst: "Få din slutdato, en plan med datoer og påmindelser i din kalender.",
        href: "#/forloebet-slutter",
        ogsaa: (
            "Læs, hvad der sker, når forløbet slutter",
            "#/rettigheder/naar-forloebet-slutter",
        ),
    },
    Doer {
        titel: "Jeg vil klage",
        tekst: "Se, hvornår din klage senest skal være fremme hos kommunen.",
        href: "#/klagefrist",
        ogsaa: ("Skriv din klage", "#/rettigheder/klage/skriv-din-klage"),
    },
];

/// The front page: the three commonest needs first, then what the app is for and the way into each section.
#[component]
pub fn Forside() -> impl IntoView {
    // The law's key date comes from content/law/regler.toml.
    let skaering = dato_tekst(datoer::RESSOURCEFORLOEB_LUKKET_FOR_NYE.dato);
    let beskrivelser: [String; 6] = [
        "Se, hvor meget du har ret til i ressourceforløbsydelse før skat, også når du tjener løn – og hvorfor.".into(),
        format!("Se, hvor længe dit forløb kan vare, og hvad der gælder efter {skaering}."),
        "Se, hvornår du har optjent ferie med ydelse, og hvornår den skal holdes.".into(),
        "Se, hvornår din klage senest skal være fremme hos kommunen.".into(),
        "Læs om ferie, klage, bisidder, sundhedskoordinator og meget mere – i et sprog, der er til at forstå.".into(),
        "Sådan passer vi på dine oplysninger, og hvor tallene kommer fra.".into(),
    ];
    view! {
        <h1 tabindex="-1" class="forside-titel">"Ressourceguiden"</h1>
        <h2 class="doere-titel" id="doere-titel">"Hvad vil du have hjælp til?"</h2>
        <ul class="doere" aria-labelledby="doere-titel">
            {DOERE
                .iter()
                .map(|d| {
                    view! {
                        <li class="doer">
                            <a class="doer-link" href=d.href>
                                <span class="doer-titel">{d.titel}</span>
                                <span class="doer-tekst">{d.tekst}</span>
                            </a>
                            <a class="doer-ogsaa" href=d.ogsaa.1>{d.ogsaa.0}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <p class="indledning">
            "For dig, der er i et ressourceforløb eller jobafklaringsforløb – og for bisiddere og rådgivere, der "
            "sidder ved siden af. Alt regnes ud på din egen enhed, med paragraf og kilde for hvert trin."
        </p>
        <div class="boks vigtigt" role="note">
            <h2>{format!("Nyt fra {skaering}")}</h2>
            <p>
                "Kommunerne bevilger ikke længere nye ressourceforløb. Er dit forløb startet før, kører det "
                "videre efter de hidtidige regler til den slutdato, der står i din afgørelse."
            </p>
        </div>
        <h2>"Alle dele af Ressourceguiden"</h2>
        <ul class="kort">
            {HOVEDMENU
                .iter()
                .zip(beskrivelser)
                .map(|((href, tekst), beskrivelse)| {
                    view! {
                        <li>
                            <h3><a href=*href>{*tekst}</a></h3>
                            <p>{beskrivelse}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
