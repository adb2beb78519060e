//! The forløb calculator's fields and how they become a [`ForloebInput`].

use super::felt::{dato, heltal, laes, Fejl};
use super::{raekker, saet_raekker, Art, Noegle, Skema, Tilstand, JA_NEJ};
use crate::rules::lab::forloebsgraenser::{ForloebInput, Periode};
use crate::rules::lovdata::Forloebstype;
use crate::rules::tid::maaneder_til_slutdato;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Forloeb;

/// At most this many earlier forløb.
pub const MAKS_TIDLIGERE: usize = 8;

impl Skema for Forloeb {
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::Forloeb;
    const LISTER: &'static [(&'static str, usize)] = &[("t", MAKS_TIDLIGERE)];
    const NOEGLER: &'static [Noegle] = &[
        Noegle {
            k: "f",
            navn: "Forløb",
            art: Art::Valg(&["r", "j"]),
            standard: "r",
        },
        Noegle {
            k: "fd",
            navn: "Fødselsdato",
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
            k: "s",
            navn: "Startdato",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "lm",
            navn: "Længde i måneder",
            art: Art::Tekst,
            standard: "36",
        },
        Noegle {
            k: "t",
            navn: "Tidligere forløb",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "o",
            navn: "Du ønsker forløbet",
            art: Art::Valg(JA_NEJ),
            standard: "0",
        },
        Noegle {
            k: "fr",
            navn: "Dage med fritagelse",
            art: Art::Tekst,
            standard: "",
        },
        Noegle {
            k: "sl",
            navn: "Slutdato",
            art: Art::Tekst,
            standard: "",
        },
    ];
}

/// The earlier forløb as typed: (from, to) texts.
pub fn tidligere(t: &Tilstand<Forloeb>) -> Vec<(String, String)> {
    raekker(t, "t", '_', MAKS_TIDLIGERE, |r| (r.into(), String::new()))
}

/// Writes the earlier forløb back into the field.
pub fn saet_tidligere(t: &mut Tilstand<Forloeb>, rows: &[(String, String)]) {
    saet_raekker(t, "t", '_', MAKS_TIDLIGERE, rows);
}

/// The rule input, or every problem with the fields.
pub fn til_input(t: &Tilstand<Forloeb>) -> Result<ForloebInput, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let foedt = laes(&mut fejl, "fd", dato(t.hent("fd")));
    let afg = laes(&mut fejl, "a", dato(t.hent("a")));
    let start = laes(&mut fejl, "s", dato(t.hent("s")));
    let slut = laes(&mut fejl, "sl", dato(t.hent("sl")));
    // The end date in the decision, when given, decides the length (start + n months − 1 day, F20).
    let laengde = match (slut, start.or(afg)) {
        (Some(sl), Some(fra)) => match maaneder_til_slutdato(fra, sl) {
            Some(n) => Some(n),
            None => {
                fejl.push(Fejl::ny(
                    "sl",
                    "Slutdatoen passer ikke med et helt antal måneder fra startdatoen (fx 1.4.2024 til 31.3.2027 = 36 måneder). Tjek datoerne, eller skriv længden i måneder og lad slutdatoen være tom.",
                ));
                None
            }
        },
        _ => laes(&mut fejl, "lm", heltal(t.hent("lm"), 120, "måneder")),
    };
    let fri = laes(&mut fejl, "fr", heltal(t.hent("fr"), 3650, "dage"));
    let mut perioder = Vec::new();
    for (n, (a, b)) in tidligere(t).iter().enumerate() {
        match (dato(a), dato(b)) {
            (Ok(Some(fra)), Ok(Some(til))) => perioder.push(Periode { fra, til }),
            (Ok(None), Ok(None)) => {}
            (Ok(None), _) | (_, Ok(None)) => fejl.push(Fejl::ny(
                "t",
                format!(
                    "Tidligere forløb nr. {}: skriv både start- og slutdato.",
                    n + 1
                ),
            )),
            (Err(e), _) | (_, Err(e)) => fejl.push(Fejl::ny(
                "t",
                format!("Tidligere forløb nr. {}: {e}", n + 1),
            )),
        }
    }
    if foedt.is_none() && !fejl.iter().any(|f| f.felt == "fd") {
        fejl.push(Fejl::ny("fd", "Skriv din fødselsdato."));
    }
    // Without a decision date the start date stands in for it (the limits are tested on the decision day).
    let afg = afg.or(start);
    if afg.is_none() && !fejl.iter().any(|f| matches!(f.felt, "a" | "s")) {
        fejl.push(Fejl::ny(
            "s",
            "Skriv forløbets startdato fra din afgørelse (eller datoen for afgørelsen).",
        ));
    }
    if laengde.is_none() && !fejl.iter().any(|f| matches!(f.felt, "lm" | "sl")) {
        fejl.push(Fejl::ny(
            "lm",
            "Skriv forløbets længde i måneder (3 år = 36).",
        ));
    }
    // In the order of the form.
    const ORDEN: &[&str] = &["f", "fd", "s", "sl", "lm", "a", "t", "o", "fr"];
    fejl.sort_by_key(|f| ORDEN.iter().position(|k| *k == f.felt));
    match (foedt, afg, laengde) {
        (Some(foedselsdato), Some(afgoerelse), Some(laengde_maaneder)) if fejl.is_empty() => {
            Ok(ForloebInput {
                forloeb: if t.hent("f") == "j" {
                    Forloebstype::Jobafklaring
                } else {
                    Forloebstype::Ressourceforloeb
                },
                foedselsdato,
                afgoerelse,
                start,
                laengde_maaneder,
                tidligere: perioder,
                oensker: t.ja("o"),
                fritagne_dage: fri.unwrap_or(0),
            })
        }
        _ => Err(fejl),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::tilstand::{fra_fragment, til_fragment};

    #[test]
    fn round_trip_and_input() {
        let mut t = Tilstand::<Forloeb>::default()
            .med("fd", "1.10.1962")
            .med("a", "2023-11-01");
        saet_tidligere(&mut t, &[("2015-01-01".into(), "2016-12-31".into())]);
        let b = fra_fragment::<Forloeb>(&til_fragment(&t));
        assert_eq!(b.tilstand, t);
        let i = til_input(&t).unwrap();
        assert_eq!(i.tidligere.len(), 1);
        assert_eq!(i.laengde_maaneder, 36);
        let e = til_input(&t.clone().med("lm", "")).unwrap_err();
        assert_eq!(e[0].felt, "lm");
    }

    #[test]
    fn start_and_end_date_from_the_decision_are_enough() {
        // Jens: born 12.5.1968, forløb «fra 1.4.2024 til 31.3.2027» – no decision date, no length.
        let t = Tilstand::<Forloeb>::default()
            .med("fd", "12.5.1968")
            .med("s", "1.4.2024")
            .med("sl", "31.3.2027")
            .med("lm", "");
        let i = til_input(&t).unwrap();
        assert_eq!(i.afgoerelse, i.start.unwrap());
        assert_eq!(i.laengde_maaneder, 36);
        // An end date that is not a whole number of months: a message on the end date, nothing computed.
        let e = til_input(&t.clone().med("sl", "15.3.2027")).unwrap_err();
        assert_eq!(e[0].felt, "sl");
        // Neither start nor decision date: asked for the start date.
        let e = til_input(&Tilstand::<Forloeb>::default().med("fd", "12.5.1968")).unwrap_err();
        assert_eq!(e[0].felt, "s");
    }
}
