//! The ydelse calculator's fields and how they become a [`YdelseInput`].

use super::felt::{beloeb, dato, decimaltal, heltal, laes, Fejl};
use super::{raekker, saet_raekker, Art, Noegle, Skema, Tilstand, JA_NEJ};
use crate::rules::aktivloven::ressourceforloebsydelse::{
    Indtaegt, Indtaegtsart, Niveau, YdelseInput,
};
use crate::rules::lovdata::Forloebstype;
use crate::rules::tid::Maaned;
use rust_decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ydelse;

/// Niveau codes in the link.
pub const NIVEAUER: &[&str] = &["k", "s", "l", "lk", "p"];
/// Other-income kinds: (code, Danish label, rule kind).
pub const INDTAEGTSARTER: &[(&str, &str, Indtaegtsart)] = &[
    (
        "anden",
        "Anden indtægt, der trækkes fra",
        Indtaegtsart::Anden,
    ),
    ("leje", "Lejeindtægt", Indtaegtsart::Lejeindtaegt),
    (
        "forsikring",
        "Privat forsikring (fx tab af erhvervsevne)",
        Indtaegtsart::PrivatForsikring,
    ),
    (
        "invalidepension",
        "Invalidepension fra arbejdsmarkedspension",
        Indtaegtsart::InvalidepensionArbejdsmarked,
    ),
    (
        "ansaettelsesbevis",
        "Godtgørelse for manglende ansættelsesbevis",
        Indtaegtsart::ManglendeAnsaettelsesbevis,
    ),
    (
        "invaliditetsydelse",
        "Invaliditetsydelse",
        Indtaegtsart::Invaliditetsydelse,
    ),
    ("legat", "Skattefrit legat", Indtaegtsart::SkattefritLegat),
    (
        "erstatning",
        "Erstatning for tab af erhvervsevne",
        Indtaegtsart::ErstatningErhvervsevne,
    ),
    (
        "valg",
        "Vederlag for at hjælpe ved valg",
        Indtaegtsart::Valgvederlag,
    ),
    (
        "transport",
        "Godtgørelse (transport m.m.) efter LAB §§ 175–176",
        Indtaegtsart::GodtgoerelseLab175176,
    ),
    (
        "boern",
        "Indtægt vedrørende børn",
        Indtaegtsart::Boernerelateret,
    ),
];
/// At most this many other-income rows.
pub const MAKS_INDTAEGTER: usize = 8;
/// The largest plausible monthly amount in any money field.
pub fn maks_maaned() -> Decimal {
    Decimal::from(500_000)
}

impl Skema for Ydelse {
    const NAVN: &'static str = "ydelse";
    const LISTER: &'static [(&'static str, usize)] = &[("i", MAKS_INDTAEGTER)];
    const NOEGLER: &'static [Noegle] = &[
        Noegle {
            k: "f",
            navn: "Forløb",
            art: Art::Valg(&["r", "j"]),
            standard: "r",
        },
        Noegle {
            k: "m",
            navn: "Måned",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "s",
            navn: "Forløbets start",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "a",
            navn: "Afgørelsens dato",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "n",
            navn: "Ydelse før forløbet",
            art: Art::Valg(NIVEAUER),
            standard: "k",
        },
        Noegle {
            k: "fs",
            navn: "Forsørger",
            art: Art::Valg(JA_NEJ),
            standard: "0",
        },
        Noegle {
            k: "h",
            navn: "Hjemmeboende under 25",
            art: Art::Valg(JA_NEJ),
            standard: "0",
        },
        Noegle {
            k: "fd",
            navn: "Fødselsdato",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "nb",
            navn: "Normalbidrag",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "bf",
            navn: "Barn født",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "su",
            navn: "Sygedagpenge om ugen",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "so",
            navn: "Sygedagpengene stoppede",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "lu",
            navn: "Ledighedsydelse om ugen",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "l",
            navn: "Løn",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "fg",
            navn: "Feriepenge",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "fst",
            navn: "Feriens første dag",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "fdg",
            navn: "Feriedage",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "ti",
            navn: "Indtægt i tilbud",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "tt",
            navn: "Timer i tilbud",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "i",
            navn: "Andre indtægter",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "kb",
            navn: "Beløb i kommunens brev",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "kg",
            navn: "Kommunens grundbeløb",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "kf",
            navn: "Kommunens fradrag",
            art: Art::Tekst,
            standard: "",
        },
    ];
}

/// One other-income row as typed: (kind code, amount text).
pub fn indtaegter(t: &Tilstand<Ydelse>) -> Vec<(String, String)> {
    raekker(t, "i", ':', MAKS_INDTAEGTER, |r| ("anden".into(), r.into()))
}

/// Writes the other-income rows back into the field.
pub fn saet_indtaegter(t: &mut Tilstand<Ydelse>, rows: &[(String, String)]) {
    saet_raekker(t, "i", ':', MAKS_INDTAEGTER, rows);
}

/// Parses the month field "ÅÅÅÅ-MM".
pub fn maaned(t: &Tilstand<Ydelse>) -> Option<Maaned> {
    Maaned::parse(t.hent("m"))
}

/// The rule input, or every problem with the fields (each with its field id).
pub fn til_input(t: &Tilstand<Ydelse>) -> Result<YdelseInput, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let maks = maks_maaned();
    let m = maaned(t);
    let start = laes(&mut fejl, "s", dato(t.hent("s")));
    let afgoerelse = laes(&mut fejl, "a", dato(t.hent("a")));
    let foedt = laes(&mut fejl, "fd", dato(t.hent("fd")));
    let normalbidrag = laes(&mut fejl, "nb", beloeb(t.hent("nb"), maks));
    let barn = laes(&mut fejl, "bf", dato(t.hent("bf")));
    let sdp = laes(&mut fejl, "su", beloeb(t.hent("su"), maks));
    let sdp_stop = laes(&mut fejl, "so", dato(t.hent("so")));
    let ly = laes(&mut fejl, "lu", beloeb(t.hent("lu"), maks));
    let loen = laes(&mut fejl, "l", beloeb(t.hent("l"), maks));
    let fg = laes(&mut fejl, "fg", beloeb(t.hent("fg"), maks));
    let fst = laes(&mut fejl, "fst", dato(t.hent("fst")));
    let fdg = laes(&mut fejl, "fdg", heltal(t.hent("fdg"), 25, "feriedage"));
    let ti = laes(&mut fejl, "ti", beloeb(t.hent("ti"), maks));
    let tt = laes(
        &mut fejl,
        "tt",
        decimaltal(t.hent("tt"), Decimal::from(744), "timer"),
    );
    let mut andre = Vec::new();
    for (n, (art, b)) in indtaegter(t).iter().enumerate() {
        let Some((_, _, art)) = INDTAEGTSARTER.iter().find(|(k, _, _)| k == art) else {
            fejl.push(Fejl::ny(
                "i",
                format!("Vælg hvilken slags indtægt nr. {} er.", n + 1),
            ));
            continue;
        };
        match beloeb(b, maks) {
            Ok(Some(beloeb)) => andre.push(Indtaegt { art: *art, beloeb }),
            Ok(None) => {}
            Err(e) => fejl.push(Fejl::ny("i", format!("Indtægt nr. {}: {e}", n + 1))),
        }
    }
    let Some(m) = m else {
        fejl.insert(0, Fejl::ny("m", "Vælg måned og år."));
        return Err(fejl);
    };
    let Some(start) = start else {
        if !fejl.iter().any(|e| e.felt == "s") {
            fejl.insert(0, Fejl::ny("s", "Skriv datoen, hvor dit forløb begyndte."));
        }
        return Err(fejl);
    };
    if start > m.sidste_dag() {
        fejl.push(Fejl::ny(
            "s",
            format!(
                "Forløbet begynder efter {}. Vælg en senere måned eller en tidligere startdato.",
                m.tekst()
            ),
        ));
    }
    let niveau = match t.hent("n") {
        "s" => Niveau::Sygedagpenge,
        "l" => Niveau::Ledighedsydelse,
        "lk" => Niveau::LedighedsydelseKontanthjaelp,
        "p" => Niveau::Foertidspension,
        _ => Niveau::Kontanthjaelp,
    };
    if fst.is_some() && fg.is_none() {
        fejl.push(Fejl::ny(
            "fg",
            "Skriv feriepengenes beløb, eller slet feriens første dag.",
        ));
    }
    if !fejl.is_empty() {
        return Err(fejl);
    }
    let mut i = YdelseInput::ny(
        m,
        if t.hent("f") == "j" {
            Forloebstype::Jobafklaring
        } else {
            Forloebstype::Ressourceforloeb
        },
        start,
    );
    i.afgoerelse = afgoerelse;
    i.niveau = niveau;
    i.forsoerger = t.ja("fs");
    // A forsørger is never on the hjemmeboende rate: the rules decide that (kategori), not the form.
    i.hjemmeboende = t.ja("h");
    i.foedselsdato = foedt;
    i.normalbidrag = normalbidrag;
    i.barn_foedt = barn;
    i.sdp_uge = sdp;
    i.sdp_ophoer = sdp_stop;
    i.ledighedsydelse_uge = ly;
    i.loen = loen.unwrap_or_default();
    i.ferie_godtgoerelse = fg.unwrap_or_default();
    i.ferie_start = fst.or_else(|| fg.map(|_| m.foerste_dag()));
    i.feriedage = fdg.unwrap_or(if fg.is_some() { 5 } else { 0 });
    i.tilbud_indtaegt = ti.unwrap_or_default();
    i.tilbud_timer = tt.unwrap_or_default();
    i.indtaegter = andre;
    Ok(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::tilstand::{fra_fragment, til_fragment};

    fn t() -> Tilstand<Ydelse> {
        Tilstand::<Ydelse>::default()
            .med("m", "2024-03")
            .med("s", "2023-06-01")
            .med("l", "20.000")
    }

    #[test]
    fn a_share_link_round_trips_exactly() {
        let mut a = t().med("n", "s").med("su", "4.000,50").med("fs", "1");
        saet_indtaegter(
            &mut a,
            &[
                ("leje".into(), "1.500".into()),
                ("legat".into(), "200".into()),
            ],
        );
        let q = til_fragment(&a);
        assert!(q.starts_with("v=1&"));
        let b = fra_fragment::<Ydelse>(&q);
        assert!(b.problemer.is_empty(), "{:?}", b.problemer);
        assert_eq!(b.tilstand, a);
    }

    #[test]
    fn a_tampered_link_keeps_defaults_and_says_so() {
        let b = fra_fragment::<Ydelse>("v=1&n=zz&f=r&q=1&l=%ZZ&m=2024-03");
        assert_eq!(b.tilstand.hent("n"), "k");
        assert_eq!(b.tilstand.hent("m"), "2024-03");
        assert_eq!(b.problemer.len(), 2, "{:?}", b.problemer);
        let c = fra_fragment::<Ydelse>("m=2024-03");
        assert_eq!(c.problemer.len(), 1);
        let d = fra_fragment::<Ydelse>("v=7");
        assert!(d.problemer[0].contains("anden version"));
    }

    #[test]
    fn fields_become_the_rule_input_or_field_errors() {
        let i = til_input(&t()).unwrap();
        assert_eq!(i.loen, Decimal::from(20000));
        let e = til_input(&t().med("l", "tyve tusind").med("fd", "31.2.1990")).unwrap_err();
        let felter: Vec<&str> = e.iter().map(|f| f.felt).collect();
        assert_eq!(felter, vec!["fd", "l"]);
        let e = til_input(&Tilstand::<Ydelse>::default()).unwrap_err();
        assert_eq!(e[0].felt, "m");
        let e = til_input(&t().med("s", "2024-04-01")).unwrap_err();
        assert_eq!(e[0].felt, "s");
    }
}
