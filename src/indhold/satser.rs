//! «Satser og kilder»: every figure of `content/law/` by year — value, §, status, valid-from, note and source
//! links — and each figure's history across the years, generated from the law tables (`rules::lovdata`), so
//! the page can never disagree with what the calculators use.
//!
//! The HTML is written at build time by `rg-statisk` as `rettigheder/satser.html` (a static page that works
//! without JavaScript) and `rettigheder/app/satser.html` (the fragment the app's `#/satser` fetches), so the
//! text is not part of the app's first load. Every figure has the id `<parameter>-<year>` (e.g.
//! `forsoerger-2026`); a trace line links to it (`#/satser/forsoerger-2026`).

use crate::rules::lovdata::{
    datoer, vaerdier, Figur, Status, FOLKEPENSIONSALDER, LOENFRADRAG, PARAMETRE, SATSREGULERING,
    SENESTE_SATSAAR,
};
use crate::rules::penge::kr_kort;
use crate::rules::tid::dato_tekst;
use std::fmt::Write as _;

/// The page heading.
pub const TITEL: &str = "Satser og kilder";

/// The app route of the page, and of one figure on it.
pub fn rute(anker: Option<&str>) -> String {
    match anker {
        Some(a) => format!("#/satser/{a}"),
        None => "#/satser".into(),
    }
}

/// The id of a figure's row: `<parameter>-<year>`.
pub fn anker(parameter: &str, aar: i32) -> String {
    format!("{parameter}-{aar}")
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn vaert(url: &str) -> String {
    let u = url.split("://").nth(1).unwrap_or(url);
    u.split('/')
        .next()
        .unwrap_or(u)
        .trim_start_matches("www.")
        .to_string()
}

fn kilder(k: &[&str]) -> String {
    let mut h = String::from("<ul class=\"kilder\">");
    for url in k {
        let _ = write!(
            h,
            "<li><a href=\"{}\" rel=\"noopener noreferrer\">{}</a></li>",
            esc(url),
            esc(&vaert(url))
        );
    }
    h.push_str("</ul>");
    h
}

fn status(s: Status, ogsaa: &[Status], lav: bool) -> String {
    let mut t = s.tekst().to_string();
    for o in ogsaa {
        let _ = write!(t, "; også {}", o.tekst());
    }
    if lav {
        t.push_str("; svagt grundlag");
    }
    esc(&t)
}

fn vaerdi(f: &Figur) -> String {
    match (f.vaerdi, f.interval) {
        (Some(v), _) => kr_kort(v),
        (None, Some((a, b))) => format!("{}–{}", kr_kort(a), kr_kort(b)),
        _ => "–".into(),
    }
}

/// The page as HTML: the same for the app and the static page, except that the static page has its own `<h1>`
/// and a link to the app.
pub fn html(statisk: bool) -> String {
    let mut h = String::new();
    // The app renders the heading itself (it stays in place while the rest is fetched).
    if statisk {
        let _ = writeln!(h, "<h1 tabindex=\"-1\">{TITEL}</h1>");
    }
    let _ = writeln!(
        h,
        "<p class=\"indledning\">Her er alle tal og datoer, som Ressourceguiden regner med, år for år: beløbet, \
         paragraffen, hvorfra det gælder, hvor sikkert det er (status), og kilderne. Appen har satser til og med \
         {SENESTE_SATSAAR}.</p>"
    );
    if statisk {
        h.push_str("<p><a class=\"knap\" href=\"../#/satser\">Åbn i Ressourceguiden</a></p>\n");
    }
    h.push_str(
        "<h2 id=\"om-status\">Hvad betyder status?</h2>\n<dl class=\"fakta\">\
         <dt>officiel</dt><dd>Udgivet af en myndighed, eller står i loven.</dd>\
         <dt>overført fra kontanthjælp</dt><dd>Kontanthjælpens officielle sats, som ressourceforløbsydelsen følger.</dd>\
         <dt>sekundær kilde</dt><dd>Fra en side, der ikke er en myndighed, eller som gengiver en myndighed.</dd>\
         <dt>afledt</dt><dd>Regnet ud fra officielle tal; formlen står i noten.</dd>\
         <dt>ikke efterprøvet</dt><dd>Ikke bekræftet i en kilde endnu.</dd>\
         <dt>foreløbig</dt><dd>Bruges i en beregning for et år, hvor satserne endnu ikke er i appen: så regner vi med \
         de nyeste satser og skriver, at resultatet er foreløbigt.</dd></dl>\n",
    );
    let r = &SATSREGULERING;
    let _ = writeln!(
        h,
        "<h2 id=\"satsregulering\">Den årlige regulering</h2>\n<p>{}</p>\n<p>Paragraf: {}. Status: {}. \
         De officielle satser for et nyt år: <a href=\"{}\" rel=\"noopener noreferrer\">{}</a>.</p>\n{}",
        esc(r.note.unwrap_or_default()),
        esc(r.paragraf),
        status(r.status, &[], false),
        esc(r.officielle_satser),
        esc(&vaert(r.officielle_satser)),
        kilder(r.kilder)
    );

    h.push_str("<h2 id=\"satser\">Satser år for år</h2>\n");
    for p in PARAMETRE {
        let _ = writeln!(
            h,
            "<section class=\"sats\" id=\"{id}\" aria-labelledby=\"{id}-titel\">\n<h3 id=\"{id}-titel\">{navn}</h3>\n\
             <p>{enhed}. Ressourceforløb: {pr}. Jobafklaringsforløb: {pj}.</p>",
            id = esc(p.id),
            navn = esc(p.navn),
            enhed = esc(&{
                let mut e = p.enhed.tekst().to_string();
                if let Some(c) = e.get(0..1) {
                    e = format!("{}{}", c.to_uppercase(), &e[1..]);
                }
                e
            }),
            pr = esc(p.paragraf_ressourceforloeb),
            pj = esc(p.paragraf_jobafklaring),
        );
        let _ = writeln!(
            h,
            "<div class=\"tabel\" role=\"region\" tabindex=\"0\" aria-label=\"{0} år for år\"><table>\n<caption>{0} år for år</caption>\n<thead><tr><th scope=\"col\">År</th>\
             <th scope=\"col\">Beløb</th><th scope=\"col\">Gælder fra</th><th scope=\"col\">Status</th>\
             <th scope=\"col\">Note og kilder</th></tr></thead>\n<tbody>",
            esc(p.navn)
        );
        for f in p.vaerdier.iter().rev() {
            let (id, aar) = f.tal();
            let _ = writeln!(
                h,
                "<tr id=\"{}\"><th scope=\"row\">{aar}</th><td class=\"tal\">{}</td><td>{}</td><td>{}</td>\
                 <td>{}{}</td></tr>",
                esc(&anker(id, aar)),
                esc(&vaerdi(f)),
                esc(&dato_tekst(f.gyldig_fra)),
                status(f.status, f.ogsaa, f.lav_sikkerhed),
                f.note
                    .map(|n| format!("<p>{}</p>", esc(n)))
                    .unwrap_or_default(),
                kilder(f.kilder)
            );
        }
        h.push_str("</tbody></table></div>\n</section>\n");
    }

    h.push_str(
        "<h2 id=\"loenfradrag\">Lønfradrag</h2>\n<div class=\"tabel\" role=\"region\" tabindex=\"0\" aria-label=\"Lønfradrag\"><table>\n<caption>Lønfradrag pr. forløb og \
         periode</caption>\n<thead><tr><th scope=\"col\">Forløb og periode</th><th scope=\"col\">Under grænsen</th>\
         <th scope=\"col\">Over grænsen</th><th scope=\"col\">Paragraf og status</th><th scope=\"col\">Kilder</th>\
         </tr></thead>\n<tbody>",
    );
    for l in LOENFRADRAG {
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{} fra {}{}</th><td>{} %</td><td>{} %</td><td>{}; {}</td><td>{}</td></tr>",
            match l.forloeb {
                crate::rules::lovdata::Forloebstype::Ressourceforloeb => "Ressourceforløb",
                crate::rules::lovdata::Forloebstype::Jobafklaring => "Jobafklaringsforløb",
            },
            esc(&dato_tekst(l.fra)),
            l.til
                .map(|t| format!(" til {}", esc(&dato_tekst(t))))
                .unwrap_or_default(),
            l.under_graense_pct.normalize(),
            l.over_graense_pct.normalize(),
            esc(l.paragraf),
            status(l.status, &[], false),
            kilder(l.kilder)
        );
    }
    h.push_str("</tbody></table></div>\n");

    h.push_str(
        "<h2 id=\"datoer\">Datoer</h2>\n<div class=\"tabel\" role=\"region\" tabindex=\"0\" aria-label=\"Datoer i loven\"><table>\n<caption>Datoer i loven</caption>\n<thead><tr>\
         <th scope=\"col\">Dato</th><th scope=\"col\">Hvad</th><th scope=\"col\">Paragraf og status</th>\
         <th scope=\"col\">Note og kilder</th></tr></thead>\n<tbody>",
    );
    for (id, d) in datoer::ALLE {
        let _ = writeln!(
            h,
            "<tr id=\"dato-{}\"><th scope=\"row\">{}</th><td>{}</td><td>{}; {}</td><td>{}{}</td></tr>",
            esc(&id.replace('_', "-")),
            esc(&dato_tekst(d.dato)),
            esc(d.navn),
            esc(d.paragraf),
            status(d.status, &[], false),
            d.note
                .map(|n| format!("<p>{}</p>", esc(n)))
                .unwrap_or_default(),
            kilder(d.kilder)
        );
    }
    h.push_str("</tbody></table></div>\n");

    h.push_str(
        "<h2 id=\"regler\">Aldre, længder og frister</h2>\n<div class=\"tabel\" role=\"region\" tabindex=\"0\" aria-label=\"Regler med tal\"><table>\n<caption>Regler med tal\
         </caption>\n<thead><tr><th scope=\"col\">Regel</th><th scope=\"col\">Værdi</th><th scope=\"col\">Gælder</th>\
         <th scope=\"col\">Paragraf og status</th><th scope=\"col\">Note og kilder</th></tr></thead>\n<tbody>",
    );
    for (id, perioder) in vaerdier::ALLE {
        for (i, v) in perioder.iter().enumerate() {
            let _ = writeln!(
                h,
                "<tr id=\"regel-{}-{}\"><th scope=\"row\">{}</th><td>{} {}</td><td>{}{}</td><td>{}; {}</td>\
                 <td>{}{}</td></tr>",
                esc(&id.replace('_', "-")),
                i + 1,
                esc(v.navn),
                v.vaerdi,
                v.enhed.tekst(),
                v.fra
                    .map(|f| format!("fra {}", esc(&dato_tekst(f))))
                    .unwrap_or_else(|| "altid".into()),
                v.til
                    .map(|t| format!(" til {}", esc(&dato_tekst(t))))
                    .unwrap_or_default(),
                esc(v.paragraf),
                status(v.status, &[], false),
                v.note
                    .map(|n| format!("<p>{}</p>", esc(n)))
                    .unwrap_or_default(),
                kilder(v.kilder)
            );
        }
    }
    h.push_str("</tbody></table></div>\n");

    h.push_str(
        "<h2 id=\"folkepension\">Folkepensionsalder</h2>\n<div class=\"tabel\" role=\"region\" tabindex=\"0\" aria-label=\"Folkepensionsalder\"><table>\n<caption>Folkepensionsalder \
         efter fødselsdato</caption>\n<thead><tr><th scope=\"col\">Født</th><th scope=\"col\">Alder</th>\
         <th scope=\"col\">Paragraf og status</th><th scope=\"col\">Note og kilder</th></tr></thead>\n<tbody>",
    );
    for r in FOLKEPENSIONSALDER {
        let foedt = match (r.foedt_fra, r.foedt_til) {
            (None, Some(t)) => format!("til og med {}", dato_tekst(t)),
            (Some(f), None) => format!("fra {}", dato_tekst(f)),
            (Some(f), Some(t)) => format!("{} – {}", dato_tekst(f), dato_tekst(t)),
            (None, None) => "alle".into(),
        };
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{} år{}</td><td>{}; {}</td><td>{}{}</td></tr>",
            esc(&foedt),
            r.aar,
            if r.maaneder > 0 {
                format!(" og {} måneder", r.maaneder)
            } else {
                String::new()
            },
            esc(r.paragraf),
            status(r.status, &[], false),
            r.note
                .map(|n| format!("<p>{}</p>", esc(n)))
                .unwrap_or_default(),
            kilder(r.kilder)
        );
    }
    h.push_str("</tbody></table></div>\n");
    h
}
