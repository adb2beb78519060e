//! The forløb calculator's fields and how they become a [`ForloebInput`].

use super::felt::{dato, heltal, laes, Fejl};
use super::{raekker, saet_raekker, Art, Skema, Tilstand, JA_NEJ};
use crate::rules::lab::forloebsgraenser::{ForloebInput, Periode};
use crate::rules::lovdata::Forloebstype;
use crate::rules::tid::maaneder_til_slutdato;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Forloeb;

/// At most this many earlier forløb.
pub const MAKS_TIDLIGERE: usize = 8;

felter! {
    /// The fields of this page; the keys are the share link's and must not change.
    pub enum ForloebFelt {
        Forloeb = ("f", "Forløb", Art::Valg(&["r", "j"]), "r"),
        Foedselsdato = ("fd", "Fødselsdato", Art::Tekst, ""),
        Afgoerelse = ("a", "Afgørelsens dato", Art::Tekst, ""),
        Start = ("s", "Startdato", Art::Tekst, ""),
        LaengdeMaaneder = ("lm", "Længde i måneder", Art::Tekst, "36"),
        Tidligere = ("t", "Tidligere forløb", Art::Tekst, ""),
        Oensker = ("o", "Du ønsker forløbet", Art::Valg(JA_NEJ), "0"),
        Fritagelse = ("fr", "Dage med fritagelse", Art::Tekst, ""),
        Slut = ("sl", "Slutdato", Art::Tekst, ""),
    }
}
use ForloebFelt as F;

impl Skema for Forloeb {
    type Felt = ForloebFelt;
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::Forloeb;
    const LISTER: &'static [(F, usize)] = &[(F::Tidligere, MAKS_TIDLIGERE)];
}

/// The earlier forløb as typed: (from, to) texts.
pub fn tidligere(t: &Tilstand<Forloeb>) -> Vec<(String, String)> {
    raekker(t, F::Tidligere, '_', MAKS_TIDLIGERE, |r| {
        (r.into(), String::new())
    })
}

/// Writes the earlier forløb back into the field.
pub fn saet_tidligere(t: &mut Tilstand<Forloeb>, rows: &[(String, String)]) {
    saet_raekker(t, F::Tidligere, '_', MAKS_TIDLIGERE, rows);
}

/// The rule input, or every problem with the fields.
pub fn til_input(t: &Tilstand<Forloeb>) -> Result<ForloebInput, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let foedt = laes(&mut fejl, F::Foedselsdato, dato(t.hent(F::Foedselsdato)));
    let afg = laes(&mut fejl, F::Afgoerelse, dato(t.hent(F::Afgoerelse)));
    let start = laes(&mut fejl, F::Start, dato(t.hent(F::Start)));
    let slut = laes(&mut fejl, F::Slut, dato(t.hent(F::Slut)));
    // The end date in the decision, when given, decides the length (start + n months − 1 day, F20).
    let laengde = match (slut, start.or(afg)) {
        (Some(sl), Some(fra)) => match maaneder_til_slutdato(fra, sl) {
            Some(n) => Some(n),
            None => {
                fejl.push(Fejl::ny(
                    F::Slut,
                    "Slutdatoen passer ikke med et helt antal måneder fra startdatoen (fx 1.4.2024 til 31.3.2027 = 36 måneder). Tjek datoerne, eller skriv længden i måneder og lad slutdatoen være tom.",
                ));
                None
            }
        },
        _ => laes(
            &mut fejl,
            F::LaengdeMaaneder,
            heltal(t.hent(F::LaengdeMaaneder), 120, "måneder"),
        ),
    };
    let fri = laes(
        &mut fejl,
        F::Fritagelse,
        heltal(t.hent(F::Fritagelse), 3650, "dage"),
    );
    let mut perioder = Vec::new();
    for (n, (a, b)) in tidligere(t).iter().enumerate() {
        match (dato(a), dato(b)) {
            (Ok(Some(fra)), Ok(Some(til))) => perioder.push(Periode { fra, til }),
            (Ok(None), Ok(None)) => {}
            (Ok(None), _) | (_, Ok(None)) => fejl.push(Fejl::ny(
                F::Tidligere,
                format!(
                    "Tidligere forløb nr. {}: skriv både start- og slutdato.",
                    n + 1
                ),
            )),
            (Err(e), _) | (_, Err(e)) => fejl.push(Fejl::ny(
                F::Tidligere,
                format!("Tidligere forløb nr. {}: {e}", n + 1),
            )),
        }
    }
    if foedt.is_none() && !fejl.iter().any(|f| f.gaelder(F::Foedselsdato)) {
        fejl.push(Fejl::ny(F::Foedselsdato, "Skriv din fødselsdato."));
    }
    // Without a decision date the start date stands in for it (the limits are tested on the decision day).
    let afg = afg.or(start);
    if afg.is_none()
        && !fejl
            .iter()
            .any(|f| [F::Afgoerelse, F::Start].into_iter().any(|k| f.gaelder(k)))
    {
        fejl.push(Fejl::ny(
            F::Start,
            "Skriv forløbets startdato fra din afgørelse (eller datoen for afgørelsen).",
        ));
    }
    if laengde.is_none()
        && !fejl.iter().any(|f| {
            [F::LaengdeMaaneder, F::Slut]
                .into_iter()
                .any(|k| f.gaelder(k))
        })
    {
        fejl.push(Fejl::ny(
            F::LaengdeMaaneder,
            "Skriv forløbets længde i måneder (3 år = 36).",
        ));
    }
    // In the order of the form.
    const ORDEN: &[F] = &[
        F::Forloeb,
        F::Foedselsdato,
        F::Start,
        F::Slut,
        F::LaengdeMaaneder,
        F::Afgoerelse,
        F::Tidligere,
        F::Oensker,
        F::Fritagelse,
    ];
    fejl.sort_by_key(|f| ORDEN.iter().position(|k| f.gaelder(*k)));
    match (foedt, afg, laengde) {
        (Some(foedselsdato), Some(afgoerelse), Some(laengde_maaneder)) if fejl.is_empty() => {
            Ok(ForloebInput {
                forloeb: if t.hent(F::Forloeb) == "j" {
                    Forloebstype::Jobafklaring
                } else {
                    Forloebstype::Ressourceforloeb
                },
                foedselsdato,
                afgoerelse,
                start,
                laengde_maaneder,
                tidligere: perioder,
                oensker: t.ja(F::Oensker),
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
            .med(F::Foedselsdato, "1.10.1962")
            .med(F::Afgoerelse, "2023-11-01");
        saet_tidligere(&mut t, &[("2015-01-01".into(), "2016-12-31".into())]);
        let b = fra_fragment::<Forloeb>(&til_fragment(&t));
        assert_eq!(b.tilstand, t);
        let i = til_input(&t).unwrap();
        assert_eq!(i.tidligere.len(), 1);
        assert_eq!(i.laengde_maaneder, 36);
        let e = til_input(&t.clone().med(F::LaengdeMaaneder, "")).unwrap_err();
        assert_eq!(e[0].felt, "lm");
    }

    #[test]
    fn start_and_end_date_from_the_decision_are_enough() {
        // Jens: born 12.5.1968, forløb «fra 1.4.2024 til 31.3.2027» – no decision date, no length.
        let t = Tilstand::<Forloeb>::default()
            .med(F::Foedselsdato, "12.5.1968")
            .med(F::Start, "1.4.2024")
            .med(F::Slut, "31.3.2027")
            .med(F::LaengdeMaaneder, "");
        let i = til_input(&t).unwrap();
        assert_eq!(i.afgoerelse, i.start.unwrap());
        assert_eq!(i.laengde_maaneder, 36);
        // An end date that is not a whole number of months: a message on the end date, nothing computed.
        let e = til_input(&t.clone().med(F::Slut, "15.3.2027")).unwrap_err();
        assert_eq!(e[0].felt, "sl");
        // Neither start nor decision date: asked for the start date.
        let e = til_input(&Tilstand::<Forloeb>::default().med(F::Foedselsdato, "12.5.1968"))
            .unwrap_err();
        assert_eq!(e[0].felt, "s");
    }
}
