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

/// Niveau codes in the link. "ja" (came from a jobafklaringsforløb) is kontanthjælp level, as "k".
pub const NIVEAUER: &[&str] = &["k", "ja", "s", "l", "lk", "p"];
/// Other-income kinds: (code, Danish label, rule kind). A new row has no kind ("") until the user picks one,
/// so no amount is deducted (or disregarded) by a default the user never chose. The labels say in words whether
/// the amount is deducted, so two kinds that sound alike cannot be mistaken for each other.
pub const INDTAEGTSARTER: &[(&str, &str, Indtaegtsart)] = &[
    (
        "leje",
        "Lejeindtægt, fx fra et værelse eller din lejlighed (trækkes fra)",
        Indtaegtsart::Lejeindtaegt,
    ),
    (
        "forsikring",
        "Løbende udbetaling fra en privat forsikring eller pensionsordning, fordi du har mistet erhvervsevne (trækkes fra)",
        Indtaegtsart::PrivatForsikring,
    ),
    (
        "invalidepension",
        "Invalidepension fra din arbejdsmarkedspension (trækkes fra)",
        Indtaegtsart::InvalidepensionArbejdsmarked,
    ),
    (
        "ansaettelsesbevis",
        "Godtgørelse, fordi du ikke fik et ansættelsesbevis (trækkes fra)",
        Indtaegtsart::ManglendeAnsaettelsesbevis,
    ),
    (
        "anden",
        "Anden indtægt, der trækkes fra krone for krone",
        Indtaegtsart::Anden,
    ),
    (
        "erstatning",
        "Engangserstatning for tab af erhvervsevne efter en arbejdsskade, et erstatningskrav eller offererstatning (trækkes ikke fra)",
        Indtaegtsart::ErstatningErhvervsevne,
    ),
    (
        "invaliditetsydelse",
        "Invaliditetsydelse (trækkes ikke fra)",
        Indtaegtsart::Invaliditetsydelse,
    ),
    (
        "legat",
        "Skattefrit legat (trækkes ikke fra)",
        Indtaegtsart::SkattefritLegat,
    ),
    (
        "valg",
        "Vederlag for at hjælpe ved et valg (trækkes ikke fra)",
        Indtaegtsart::Valgvederlag,
    ),
    (
        "transport",
        "Befordrings- eller udgiftsgodtgørelse fra kommunen, fx til transport (trækkes ikke fra)",
        Indtaegtsart::GodtgoerelseLab175176,
    ),
    (
        "boern",
        "Penge til dine børn, fx børnetillæg til en pension (trækkes ikke fra)",
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
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::Ydelse;
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
            navn: "Retten til sygedagpenge stopper",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "sk",
            navn: "Kender ikke datoen for sygedagpengeretten",
            art: Art::Valg(JA_NEJ),
            standard: "0",
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
            k: "ss",
            navn: "Særlig støtte",
            art: Art::Valg(JA_NEJ),
            standard: "0",
        },
        Noegle {
            k: "sa",
            navn: "Sanktion i måneden",
            art: Art::Valg(JA_NEJ),
            standard: "0",
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
    raekker(t, "i", ':', MAKS_INDTAEGTER, |r| (String::new(), r.into()))
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
        let beloeb = match beloeb(b, maks) {
            Ok(v) => v,
            Err(e) => {
                fejl.push(Fejl::ny("i", format!("Indtægt nr. {}: {e}", n + 1)));
                continue;
            }
        };
        let Some((_, _, art)) = INDTAEGTSARTER.iter().find(|(k, _, _)| k == art) else {
            // A row with neither a kind nor an amount is a row the user has just added: no message yet.
            if beloeb.is_some() || !art.is_empty() {
                fejl.push(Fejl::ny(
                    "i",
                    format!(
                        "Vælg, hvilken slags indtægt nr. {} er. Det afgør, om den trækkes fra.",
                        n + 1
                    ),
                ));
            }
            continue;
        };
        if let Some(beloeb) = beloeb {
            andre.push(Indtaegt { art: *art, beloeb });
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
    let jobafklaring = t.hent("f") == "j";
    // In a jobafklaringsforløb the level is always kontanthjælp level (§ 69 j, stk. 2): the question about the
    // earlier benefit is not shown, and an answer left from a ressourceforløb does not count.
    let niveau = match t.hent("n") {
        _ if jobafklaring => Niveau::Kontanthjaelp,
        "s" => Niveau::Sygedagpenge,
        "l" => Niveau::Ledighedsydelse,
        "lk" => Niveau::LedighedsydelseKontanthjaelp,
        "p" => Niveau::Foertidspension,
        _ => Niveau::Kontanthjaelp,
    };
    // § 68, stk. 4: the sygedagpenge level lasts until the day the right to sygedagpenge ends. The date (or an
    // explicit «I don't know») is required: left empty, the month would silently be computed at sygedagpenge
    // level, also long after the right has ended.
    if niveau == Niveau::Sygedagpenge
        && t.hent("so").trim().is_empty()
        && !t.ja("sk")
        && !fejl.iter().any(|e| e.felt == "so")
    {
        fejl.push(Fejl::ny(
            "so",
            "Skriv den dag, din ret til sygedagpenge stopper eller stoppede – eller sæt kryds i «Jeg kender ikke datoen».",
        ));
    }
    if fst.is_some() && fg.is_none() {
        fejl.push(Fejl::ny(
            "fg",
            "Skriv feriepengenes beløb, eller slet feriens første dag.",
        ));
    }
    // § 68 a, stk. 3: an amount per hour worked is disregarded. Without the hours the whole pay would be
    // deducted, so the hours are required.
    if ti.is_some_and(|v| !v.is_zero()) && tt.is_none_or(|v| v.is_zero()) {
        fejl.push(Fejl::ny(
            "tt",
            "Skriv, hvor mange timer lønnen fra tilbuddet dækker. Uden timer ville vi trække hele beløbet fra.",
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
    // «Et barn under 18 bor hos mig» + the day the child came (born or moved in): before the month the person
    // is a forsørger all month; inside the month from that day (F6, the month is split); after the month not
    // yet. Without a date: forsørger all month.
    let (forsoerger, barn_foedt) = match (t.ja("fs"), barn) {
        (false, _) => (false, None),
        (true, None) => (true, None),
        (true, Some(b)) if b <= m.foerste_dag() => (true, None),
        (true, Some(b)) => (false, Some(b)),
    };
    i.forsoerger = forsoerger;
    i.barn_foedt = barn_foedt;
    // A forsørger is never on the hjemmeboende rate: the rules decide that (kategori), not the form.
    i.hjemmeboende = t.ja("h");
    i.foedselsdato = foedt;
    // The bidrag supplement exists only for the hjemmeboende rate (§ 68, stk. 2, nr. 4); the field is shown
    // only with «bor hjemme», and a value left behind when that box is unticked does not count.
    i.normalbidrag = normalbidrag.filter(|_| t.ja("h"));
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

    #[test]
    fn a_child_that_came_in_the_month_makes_a_forsoerger_from_that_day() {
        // «Et barn under 18 bor hos mig» and the day it came: inside the month the rule splits the month (F6).
        let i = til_input(&t().med("fs", "1").med("bf", "12.3.2024")).unwrap();
        assert!(!i.forsoerger);
        assert_eq!(i.barn_foedt, chrono::NaiveDate::from_ymd_opt(2024, 3, 12));
        // Before the month, or no date: forsørger all month.
        for bf in ["1.3.2024", "5.1.2020", ""] {
            let i = til_input(&t().med("fs", "1").med("bf", bf)).unwrap();
            assert!(i.forsoerger && i.barn_foedt.is_none(), "{bf}");
        }
        // A date left behind after the box is unticked does not count.
        let i = til_input(&t().med("fs", "0").med("bf", "12.3.2024")).unwrap();
        assert!(!i.forsoerger && i.barn_foedt.is_none());
    }

    #[test]
    fn the_sygedagpenge_right_needs_a_date_or_an_explicit_dont_know() {
        let sdp = t().med("n", "s").med("su", "4.000");
        let e = til_input(&sdp).unwrap_err();
        assert_eq!(e[0].felt, "so");
        assert!(e[0].tekst.contains("Jeg kender ikke datoen"));
        let i = til_input(&sdp.clone().med("sk", "1")).unwrap();
        assert_eq!(i.sdp_ophoer, None);
        let i = til_input(&sdp.clone().med("so", "15.5.2024")).unwrap();
        assert_eq!(i.sdp_ophoer, chrono::NaiveDate::from_ymd_opt(2024, 5, 15));
        // In a jobafklaringsforløb the level is always kontanthjælp level: nothing to ask.
        let i = til_input(&sdp.med("f", "j")).unwrap();
        assert_eq!(i.niveau, Niveau::Kontanthjaelp);
    }

    #[test]
    fn pay_in_a_tilbud_needs_its_hours() {
        let e = til_input(&t().med("ti", "3.000")).unwrap_err();
        assert_eq!(e[0].felt, "tt");
        let i = til_input(&t().med("ti", "3.000").med("tt", "40")).unwrap();
        assert_eq!(i.tilbud_timer, Decimal::from(40));
    }

    #[test]
    fn other_income_has_no_default_kind_and_normalbidrag_needs_hjemmeboende() {
        // A new, empty row is no error; an amount without a kind is.
        let mut a = t();
        saet_indtaegter(&mut a, &[(String::new(), String::new())]);
        assert!(til_input(&a).is_ok());
        saet_indtaegter(&mut a, &[(String::new(), "1.500".into())]);
        let e = til_input(&a).unwrap_err();
        assert_eq!(e[0].felt, "i");
        // The supplement for bidrag exists only with the hjemmeboende rate (§ 68, stk. 2, nr. 4).
        let i = til_input(&t().med("nb", "1.398")).unwrap();
        assert_eq!(i.normalbidrag, None);
        let i = til_input(&t().med("h", "1").med("fd", "14.5.2001").med("nb", "1.398")).unwrap();
        assert_eq!(i.normalbidrag, Some(Decimal::from(1398)));
    }
}
