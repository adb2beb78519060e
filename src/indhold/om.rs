//! «Om og privatliv» as finished HTML: the app shows it (`ui::sider::om`), and `index.html` carries it as the
//! skeleton of `#/om` (`forside::app_skal`), so the page can be read before the WebAssembly has arrived — one
//! text, written here.

use crate::rules::lovdata::{FOERSTE_SATSAAR, LOVDATA_KONTROLLERET, SENESTE_SATSAAR};
use crate::rules::tid::dato_tekst;
use bygger::html::esc;

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

/// A link to the project page, or the text and that the address is not public yet.
pub fn projektside(tekst: &str) -> String {
    if PROJEKTSIDE.is_empty() {
        format!(
            "<span>{} (adressen er ikke offentliggjort endnu)</span>",
            esc(tekst)
        )
    } else {
        format!("<a href=\"{}\">{}</a>", esc(PROJEKTSIDE), esc(tekst))
    }
}

/// The page: what the app is, how it treats your data, where the figures come from, its limits, and how to
/// report an error. Wrapped in `<div class="statisk-side">`, the same in the app and in the skeleton.
pub fn html() -> String {
    let satser = format!("{FOERSTE_SATSAAR}–{SENESTE_SATSAAR}");
    let kontrolleret = esc(&dato_tekst(LOVDATA_KONTROLLERET));
    let kilder: String = KILDER
        .iter()
        .map(|(navn, url)| format!("<li><a href=\"{}\">{}</a></li>", esc(url), esc(navn)))
        .collect();
    format!(
        "<div class=\"statisk-side\">\
<h1 tabindex=\"-1\">Om og privatliv</h1>\
<p class=\"indledning\">Ressourceguiden er en gratis og åben app for dig, der er i et ressourceforløb eller \
jobafklaringsforløb, og for bisiddere og rådgivere. Den regner din ydelse og dine frister ud og forklarer, hvad du \
har ret til – med paragraf og kilde.</p>\
<dl class=\"fakta\"><dt>Version</dt><dd>{version}</dd><dt>Lovdata sidst kontrolleret</dt><dd>{kontrolleret}</dd>\
<dt>Satser</dt><dd>{satser}</dd></dl>\
<h2>Dine oplysninger</h2>\
<ul>\
<li>Alt, hvad du skriver, bliver regnet ud i din egen browser. Intet sendes til en server.</li>\
<li>Siden bruger ingen cookies, ingen statistik og ingen skrifttyper eller filer fra andre.</li>\
<li>Der gemmes intet om dig på din enhed, medmindre du selv vælger at gemme dine svar.</li>\
<li>Når du har besøgt siden én gang, gemmer din browser sidens egne programfiler, så den også virker uden \
internet. Filerne er de samme for alle og siger intet om dig. Kommer der en ny version, skifter browseren de gamle \
filer ud af sig selv.</li>\
</ul>\
<h2>Hvor tallene kommer fra</h2>\
<p>Satserne for {satser} og reglerne kommer fra lovteksterne og fra offentlige myndigheders sider. Ved hvert tal i \
en beregning står kilden, og om tallet er officielt, eller om vi har regnet det ud fra den årlige regulering. Hvor \
loven kan læses på flere måder, står det i beregningen, hvilken læsning vi har valgt. Alle tal med paragraf, status \
og kilder står på siden <a href=\"#/satser\">Satser og kilder</a>.</p>\
<ul>{kilder}</ul>\
<h2>En vejledende beregning, ikke en afgørelse</h2>\
<p>Ressourceguiden er en vejledende beregning, ikke en afgørelse. Det er altid kommunen, der træffer afgørelse i \
din sag, og du kan klage over den.</p>\
<ul>\
<li>Beregningen bygger kun på det, du selv skriver. Kommunen kan vide mere om din sag.</li>\
<li>Der er satser fra {foerste} til {seneste}. For senere måneder regner appen med de nyeste satser og skriver \
tydeligt, at resultatet er foreløbigt, indtil de nye satser er lagt ind.</li>\
<li>Lovene ændrer sig. Appen følger reglerne, som de var, da lovdata sidst blev kontrolleret ({kontrolleret}).</li>\
<li>Særlige situationer, som appen ikke spørger om, kan give et andet resultat.</li>\
</ul>\
<h2>Fandt du en fejl?</h2>\
<p>Ressourceguiden er åben kildekode. Du kan melde en fejl på {projektside}, hvor kildekoden ligger: opret en ny \
sag (et «issue»). Skriv, hvilken side du var på, hvad du skrev, hvad du ventede, og hvad appen viste. Skriv aldrig \
dit CPR-nummer, dit navn eller andre personlige oplysninger – sagerne er offentlige.</p>\
<p>Har du problemer med at bruge siden, fx med skærmlæser eller tastatur, så se \
<a href=\"#/tilgaengelighed\">tilgængelighedserklæringen</a>.</p>\
</div>",
        version = esc(crate::ui::VERSION),
        foerste = FOERSTE_SATSAAR,
        seneste = SENESTE_SATSAAR,
        projektside = projektside("projektets side"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_names_the_rate_years_the_check_date_and_every_source() {
        let h = html();
        assert!(
            h.starts_with("<div class=\"statisk-side\"><h1 tabindex=\"-1\">Om og privatliv</h1>")
        );
        assert!(h.contains(&format!(
            "Satserne for {FOERSTE_SATSAAR}–{SENESTE_SATSAAR} og"
        )));
        assert!(h.contains(&dato_tekst(LOVDATA_KONTROLLERET)));
        for (navn, url) in KILDER {
            assert!(h.contains(&format!("<a href=\"{url}\">{}</a>", esc(navn))));
        }
        assert_eq!(h.matches("<h1").count(), 1);
        assert!(h.ends_with("</div>"));
    }
}
