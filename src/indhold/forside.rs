//! The front page and the app's frame (header, main menu, footer) as finished HTML, written into `index.html`
//! at build time by `rg-statisk` (`src/build/statisk.rs`), so the front page is readable before — and without —
//! any WebAssembly (issue «Fast on a phone at night»; README «Opbygning»).
//!
//! The same HTML is what the app shows as its front page: at start it keeps the prerendered front page
//! ([`crate::ui`]'s `start`) instead of drawing its own, so there is one front page, written here. For every
//! calculator route (`#/<navn>`), `index.html` also carries a *skeleton*: the page's `<h1>` and introduction, so
//! the heading is there at once while the calculator loads; `src/web/vagt.js` shows the one the address names.
//!
//! Links to the rights guide point to its static pages (`rettigheder/<slug>.html`), which work without
//! JavaScript, and carry the in-app route in `data-app`; once the app runs, it follows those instead, so what
//! the user typed into a calculator stays in memory.

use crate::rules::lovdata::{datoer, LOVDATA_KONTROLLERET};
use crate::rules::tid::dato_tekst;
use crate::ui::register::{Beregner, AFSNIT, BEREGNERE, HOVEDMENU};
use bygger::html::esc;

/// The line under the name in the header (the app's header shows the same).
pub const FORMAAL: &str =
    "Hvad du har ret til i et ressourceforløb eller jobafklaringsforløb – og hvorfor.";

/// One of the front page's three doors: the need in the citizen's words, where it leads, and a second way in.
struct Doer {
    /// The need, as the citizen would say it.
    titel: &'static str,
    /// What happens behind the door.
    tekst: &'static str,
    /// The calculator behind the door, and a sub-route of it ("" or e.g. "/tjek").
    beregner: Beregner,
    under: &'static str,
    /// A second, related way in: (link text, in-app route).
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

/// The address of the static page for an in-app route of the rights guide, if it has one:
/// `#/rettigheder` → `rettigheder/index.html`, `#/rettigheder/<slug>[/<anker>]` → `rettigheder/<slug>.html[#<anker>]`,
/// `#/satser` → `rettigheder/satser.html`. The klage page's «Skriv din klage» is a tool of the app and
/// stays a route of the app.
pub fn statisk_adresse(rute: &str) -> Option<String> {
    let sti = rute.strip_prefix("#/")?;
    let dele: Vec<&str> = sti.split('/').collect();
    Some(match dele.as_slice() {
        ["rettigheder"] => "rettigheder/index.html".into(),
        ["satser"] => "rettigheder/satser.html".into(),
        // «Skriv din klage» is a tool of the app (the klage page's letter helper), not a text to read.
        ["rettigheder", "klage", "skriv-din-klage"] => return None,
        ["rettigheder", slug] => format!("rettigheder/{slug}.html"),
        ["rettigheder", slug, anker] => format!("rettigheder/{slug}.html#{anker}"),
        _ => return None,
    })
}

/// `<a href="…">`: the static page where there is one (with the in-app route in `data-app`), else the route.
fn link(rute: &str, klasse: Option<&str>, indhold: &str) -> String {
    let klasse = klasse
        .map(|k| format!(" class=\"{k}\""))
        .unwrap_or_default();
    match statisk_adresse(rute) {
        Some(s) => format!(
            "<a{klasse} href=\"{}\" data-app=\"{}\">{indhold}</a>",
            esc(&s),
            esc(rute)
        ),
        None => format!("<a{klasse} href=\"{}\">{indhold}</a>", esc(rute)),
    }
}

/// The front page's content (what goes inside `<main>`).
pub fn forside() -> String {
    let mut h = String::new();
    h.push_str("<h1 tabindex=\"-1\" class=\"forside-titel\">Ressourceguiden</h1>\n");
    h.push_str(
        "<h2 class=\"doere-titel\" id=\"doere-titel\">Hvad vil du have hjælp til?</h2>\n\
         <ul class=\"doere\" aria-labelledby=\"doere-titel\">\n",
    );
    for d in &DOERE {
        let indhold = format!(
            "<span class=\"doer-titel\">{}</span><span class=\"doer-tekst\">{}</span>",
            esc(d.titel),
            esc(d.tekst)
        );
        h.push_str("<li class=\"doer\">");
        h.push_str(&link(
            &format!("{}{}", d.beregner.href(), d.under),
            Some("doer-link"),
            &indhold,
        ));
        h.push_str(&link(
            &d.ogsaa.1.href(),
            Some("doer-ogsaa"),
            &esc(d.ogsaa.0),
        ));
        h.push_str("</li>\n");
    }
    h.push_str("</ul>\n");
    h.push_str(
        "<p class=\"indledning\">For dig, der er i et ressourceforløb eller jobafklaringsforløb – og for \
         bisiddere og rådgivere, der sidder ved siden af. Alt regnes ud på din egen enhed, med paragraf og kilde \
         for hvert trin.</p>\n",
    );
    h.push_str(&format!(
        "<p class=\"moede-vej\">Skal du til møde med kommunen? {}: dine rettigheder, spørgsmål til mødet, \
         noter og et brev bagefter – til dig og din bisidder.</p>\n",
        link(&Beregner::Moede.href(), None, &esc(Beregner::Moede.titel()))
    ));
    let lukket = dato_tekst(datoer::RESSOURCEFORLOEB_LUKKET_FOR_NYE.dato);
    h.push_str(&format!(
        "<div class=\"boks vigtigt\" role=\"note\"><h2>Nyt fra {}</h2><p>Kommunerne bevilger ikke længere \
         nye ressourceforløb. Er dit forløb startet før, kører det videre efter de hidtidige regler til den \
         slutdato, der står i din afgørelse.</p></div>\n",
        esc(&lukket)
    ));
    h.push_str("<h2>Alle dele af Ressourceguiden</h2>\n<ul class=\"kort\">\n");
    let kort =
        BEREGNERE
            .into_iter()
            .filter(|b| b.paa_forsiden())
            .map(|b| (b.href(), b.titel().to_string(), b.beskrivelse()))
            .chain(AFSNIT.iter().map(|(href, titel, tekst)| {
                (href.to_string(), titel.to_string(), tekst.to_string())
            }));
    for (href, titel, tekst) in kort {
        h.push_str(&format!(
            "<li><h3>{}</h3><p>{}</p></li>\n",
            link(&href, None, &esc(&titel)),
            esc(&tekst)
        ));
    }
    h.push_str("</ul>\n");
    h
}

/// The skeleton of a calculator's page: its heading and introduction (the same text the page shows, so the
/// largest text of the first paint stays when the app takes over), and that it is loading. A `<template>`: not
/// part of the page until `src/web/vagt.js` puts the one the address names into `#skelet`.
fn skelet(b: Beregner) -> String {
    format!(
        "<template data-skelet=\"{}\"><h1 tabindex=\"-1\">{}</h1>\n\
         <p class=\"indledning\">{}</p>\n<p class=\"indlaeser\" role=\"status\">Indlæser beregneren …</p></template>\n",
        b.navn(),
        esc(b.titel()),
        esc(&b.indledning())
    )
}

/// The whole content of `<div id="app">` in `index.html`: skip link, header with the main menu, the front page,
/// a skeleton per calculator (templates), the start-up messages, footer.
pub fn app_skal() -> String {
    let mut h = String::new();
    h.push_str("<a class=\"skip\" href=\"#indhold\">Gå til indhold</a>");
    // The header and footer exactly as the app draws them — no white space between the tags, which would be
    // text of its own and could make the header a few pixels taller than the app's (a layout shift).
    let mut skal = String::new();
    skal.push_str(&format!(
        "<header class=\"top\">\n<div class=\"bredde\">\n<a class=\"navn\" href=\"#/\">Ressourceguiden</a>\n\
         <p class=\"formaal\">{}</p>\n<div class=\"moedeknapper\"><button type=\"button\" class=\"knap lys\" \
         aria-pressed=\"false\">Mødetilstand</button></div>\n</div>\n<nav aria-label=\"Hovedmenu\" class=\"bredde\">\n<ul>\n",
        esc(FORMAAL)
    ));
    for (href, tekst) in HOVEDMENU {
        skal.push_str(&format!("<li>{}</li>", link(href, None, &esc(tekst))));
    }
    skal.push_str("</ul>\n</nav>\n</header>\n");
    h.push_str(&skal.replace('\n', ""));
    h.push_str("\n<main id=\"indhold\" tabindex=\"-1\" class=\"bredde\">\n");
    h.push_str(
        "<noscript><p class=\"boks vigtigt\">Ressourceguidens beregnere kræver JavaScript. Slå JavaScript til i \
         din browser for at bruge dem. Intet af det, du skriver, bliver sendt nogen steder hen. Du kan læse \
         <a href=\"rettigheder/index.html\">Dine rettigheder</a> uden JavaScript.</p></noscript>\n",
    );
    h.push_str("<div class=\"forside-statisk\">\n");
    h.push_str(&forside());
    h.push_str("</div>\n");
    // The templates before #skelet: src/web/vagt.js fills it the moment the parser has made it, before anything
    // after it is drawn.
    for b in BEREGNERE {
        h.push_str(&skelet(b));
    }
    // A page of the rights guide: src/web/vagt.js fetches its text (rettigheder/app/<side>.html, as the app
    // does) and shows it in this frame — the warning only if the page has not been checked for
    // `data-maaneder` months.
    h.push_str(&format!(
        "<template data-skelet=\"rettighed\" data-maaneder=\"{}\"><article class=\"rettighed\">\
         <p class=\"boks vigtigt kontrol-gammel\">{}</p><div class=\"rettighed-top\"></div></article></template>\n",
        super::KONTROL_MAANEDER,
        esc(&super::kontrol_gammel_tekst())
    ));
    // «Om og privatliv» is plain text: the whole page, as the app shows it.
    h.push_str(&format!(
        "<template data-skelet=\"om\">{}</template>\n",
        super::om::html()
    ));
    h.push_str(
        "<template data-skelet=\"andet\"><p class=\"indlaeser\" role=\"status\">Indlæser …</p></template>\n\
         <div id=\"skelet\"></div>\n\
         <div class=\"start-status\">\n<div class=\"wasm-langsom boks\">\n<p>Det tager længere tid end normalt. \
         Er din forbindelse langsom, så vent lidt – siden kommer.</p>\n<p>Imens kan du læse \
         <a href=\"rettigheder/index.html\">Dine rettigheder</a>.</p>\n</div>\n<div class=\"wasm-fejl boks vigtigt\">\n\
         <p>Siden er stadig ikke startet. Tjek din forbindelse, og <a href=\"./\">prøv igen</a>.</p>\n<p>Starter \
         den slet ikke, kan din browser måske ikke køre WebAssembly, eller det er slået fra. Så prøv en nyere \
         browser.</p>\n</div>\n</div>\n",
    );
    h.push_str("</main>\n");
    let fod = format!(
        "<footer class=\"bund\">\n<div class=\"bredde\">\n<p class=\"loefte\">Dine oplysninger forlader aldrig \
         din enhed.</p>\n<p>Version {} · Lovdata sidst kontrolleret {} · En vejledende beregning, ikke en \
         afgørelse.</p>\n<p><a href=\"#/tilgaengelighed\">Tilgængelighedserklæring</a> · <a href=\"#/om\">Om og \
         kontakt</a> · <a href=\"#/indlejr\">Indlejr en beregner på jeres hjemmeside</a></p>\n</div>\n</footer>\n",
        esc(crate::ui::VERSION),
        esc(&dato_tekst(LOVDATA_KONTROLLERET))
    );
    h.push_str(&fod.replace('\n', ""));
    h
}

/// Where rg-statisk puts [`app_skal`] in Trunk's `index.html`: the comment inside `<div id="app">`.
pub const PLADS: &str = "<!-- rg:app -->";

/// `index.html` with the frame, the front page and the skeletons in place of [`PLADS`].
pub fn indsaet(index_html: &str) -> Result<String, String> {
    match index_html.matches(PLADS).count() {
        1 => Ok(index_html.replace(PLADS, &app_skal())),
        n => Err(format!(
            "index.html skal have «{PLADS}» præcis én gang (i <div id=\"app\">); den står der {n} gange"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rights_routes_have_static_pages_and_calculators_do_not() {
        assert_eq!(
            statisk_adresse("#/rettigheder").as_deref(),
            Some("rettigheder/index.html")
        );
        assert_eq!(
            statisk_adresse("#/rettigheder/naar-forloebet-slutter").as_deref(),
            Some("rettigheder/naar-forloebet-slutter.html")
        );
        assert_eq!(
            statisk_adresse("#/rettigheder/ordbog/fuldmagt").as_deref(),
            Some("rettigheder/ordbog.html#fuldmagt")
        );
        assert_eq!(
            statisk_adresse("#/satser").as_deref(),
            Some("rettigheder/satser.html")
        );
        for b in BEREGNERE {
            assert_eq!(statisk_adresse(&b.href()), None, "{b:?}");
        }
        assert_eq!(statisk_adresse("#/om"), None);
    }

    #[test]
    fn the_frame_has_every_menu_entry_the_front_page_and_a_skeleton_per_calculator() {
        let h = app_skal();
        for (href, tekst) in HOVEDMENU {
            assert!(h.contains(&format!(">{}</a>", esc(tekst))), "{href}");
        }
        for b in BEREGNERE {
            assert!(
                h.contains(&format!("data-skelet=\"{}\"", b.navn())),
                "{b:?}"
            );
            assert!(h.contains(&esc(b.titel())), "{b:?}");
        }
        assert!(h.contains("href=\"rettigheder/index.html\" data-app=\"#/rettigheder\""));
        assert!(h.contains(&dato_tekst(datoer::RESSOURCEFORLOEB_LUKKET_FOR_NYE.dato)));
        // The front page's, one per calculator's skeleton, and «Om og privatliv»'s.
        assert!(h.contains("<template data-skelet=\"om\"><div class=\"statisk-side\"><h1"));
        assert_eq!(h.matches("<h1").count(), 1 + BEREGNERE.len() + 1);
        assert!(!h.contains("{{"));
        let side = indsaet("<div id=\"app\"><!-- rg:app --></div>").unwrap_or_default();
        assert!(side.contains("class=\"forside-titel\""));
        assert!(indsaet("<div id=\"app\"></div>").is_err());
    }
}
