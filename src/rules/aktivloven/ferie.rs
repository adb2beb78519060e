//! Ferie with ressourceforløbsydelse (aktivloven § 69, stk. 6 og 8; BEK nr. 1470 af 16/12/2019 on counting
//! the 12 consecutive months): when the right to ferie arises and until when it can be used, from a
//! month-by-month history.

use crate::forklaring::{Alvor, Forklaring, Linje, Linjeart};
use crate::fortolkninger::Fortolkning;
use crate::lovdata::{vaerdier, Forloebstype, Regelvaerdi};
use crate::tid::{dato_tekst, samme_dato_senere, Maaned};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a calendar month was (BEK 1470/2019).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Maanedsart {
    /// Some ressourceforløbsydelse, kontanthjælp or uddannelseshjælp in the month (also a ferie month with help
    /// or feriegodtgørelse): counts in full.
    Hjaelp,
    /// Løntilskud: does not count, but does not break the chain if help resumes right after.
    Loentilskud,
    /// A whole month without help: breaks the chain.
    Ingen,
}

/// Input. Field names match the golden case files (`calc = "ferie"`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FerieInput {
    pub forloeb: Forloebstype,
    /// The first month of the history.
    pub fra: Maaned,
    /// One entry per calendar month from `fra`.
    pub maaneder: Vec<Maanedsart>,
}

/// One earned right to ferie.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ferieret {
    /// The 12th consecutive month that earned it.
    pub optjent_i: Maaned,
    /// The first day it can be used.
    pub fra: NaiveDate,
    /// The last day it can be used.
    pub til: NaiveDate,
    pub uger: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ferievurdering {
    pub rettigheder: Vec<Ferieret>,
    /// Months counted towards the next right at the end of the history.
    pub talte_maaneder: u32,
    /// When the next right arises if help continues every month, if a chain is running.
    pub naeste_ret_fra: Option<NaiveDate>,
    /// The history ends with løntilskud months: they keep the chain only if help resumes right after.
    pub slutter_med_loentilskud: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Udfald {
    Vurderet(Ferievurdering),
    Ugyldig { felt: &'static str, tekst: String },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Resultat {
    pub udfald: Udfald,
    pub forklaring: Forklaring,
}

/// The longest history we accept (10 years).
pub const MAKS_MAANEDER: usize = 120;

/// Aktivloven § 69, stk. 6 og 8 and BEK 1470/2019: after 12 consecutive calendar months with help the person
/// may take up to 5 weeks of ferie within the next 12 months; a month counts when there was some help in it;
/// a whole month without help breaks the chain; løntilskud months do not count but keep the chain if help
/// resumes right after. A new 12-month chain begins the month after a right is earned (fortolkning F22).
pub fn vurder(input: &FerieInput) -> Resultat {
    let mut fk = Forklaring::default();
    if input.maaneder.is_empty() {
        return ugyldig(fk, "maaneder", "Vælg mindst én måned.");
    }
    if input.maaneder.len() > MAKS_MAANEDER {
        return ugyldig(
            fk,
            "maaneder",
            "Vi kan højst tælle 10 år (120 måneder) tilbage.",
        );
    }
    let optjening = Regelvaerdi::altid(vaerdier::FERIE_OPTJENING_MAANEDER);
    let brug = Regelvaerdi::altid(vaerdier::FERIE_BRUG_MAANEDER);
    let uger = Regelvaerdi::altid(vaerdier::FERIE_UGER);
    let afvigende = Regelvaerdi::altid(vaerdier::FERIE_UGER_AFVIGENDE);

    let mut rettigheder = Vec::new();
    let mut talt = 0u32;
    let mut loentilskud = false;
    let mut maaned = input.fra;
    let mut sidste = input.fra;
    for art in &input.maaneder {
        match art {
            Maanedsart::Hjaelp => {
                talt += 1;
                loentilskud = false;
                if talt == optjening.vaerdi {
                    let fra = maaned.naeste().foerste_dag();
                    let til = samme_dato_senere(fra, brug.vaerdi)
                        .and_then(|d| d.pred_opt())
                        .unwrap_or(fra);
                    rettigheder.push(Ferieret {
                        optjent_i: maaned,
                        fra,
                        til,
                        uger: uger.vaerdi,
                    });
                    talt = 0;
                }
            }
            Maanedsart::Loentilskud => loentilskud = true,
            Maanedsart::Ingen => {
                talt = 0;
                loentilskud = false;
            }
        }
        sidste = maaned;
        maaned = maaned.naeste();
    }

    fk.linje(Linje::fra_regelvaerdi(
        Linjeart::Oplysning,
        format!(
            "{}. En måned tæller, hvis du fik hjælp i en del af den. En hel måned uden hjælp bryder kæden. Måneder med løntilskud tæller ikke, men bryder ikke kæden, hvis hjælpen fortsætter lige efter.",
            optjening.navn
        ),
        optjening,
    ));
    if rettigheder.is_empty() {
        fk.linje(Linje::fra_regelvaerdi(
            Linjeart::Resultat,
            format!(
                "Du har endnu ikke 12 sammenhængende måneder i perioden {} – {}, så du har ikke optjent ferie med ydelse.",
                input.fra.tekst(),
                sidste.tekst()
            ),
            optjening,
        ));
    }
    for r in &rettigheder {
        fk.linje(
            Linje::fra_regelvaerdi(
                Linjeart::Resultat,
                format!(
                    "Optjent med {}: op til {} ugers ferie, som skal holdes fra {} til og med {}.",
                    r.optjent_i.tekst(),
                    r.uger,
                    dato_tekst(r.fra),
                    dato_tekst(r.til)
                ),
                uger,
            )
            .med_fortolkning(Fortolkning::FerieKaede),
        );
    }
    let naeste_ret_fra = (talt > 0 && !loentilskud).then(|| {
        let mut m = sidste;
        for _ in talt..optjening.vaerdi {
            m = m.naeste();
        }
        m.naeste().foerste_dag()
    });
    if let Some(d) = naeste_ret_fra {
        fk.linje(
            Linje::fra_regelvaerdi(
                Linjeart::Oplysning,
                format!(
                    "{talt} {} tæller allerede med til næste ret. Får du hjælp hver måned, har du ret til ferie igen fra {}.",
                    if talt == 1 { "måned" } else { "måneder" },
                    dato_tekst(d)
                ),
                optjening,
            )
            .med_fortolkning(Fortolkning::FerieKaede),
        );
    }
    if loentilskud {
        fk.linje(Linje::fra_regelvaerdi(
            Linjeart::Oplysning,
            "Perioden slutter med løntilskud. Kæden holder kun, hvis du får hjælp igen lige efter."
                .into(),
            optjening,
        ));
    }
    fk.linje(Linje::fra_regelvaerdi(
        Linjeart::Oplysning,
        "Ferien skal aftales med kommunen på forhånd; ferie, der meldes bagefter, giver ikke ydelse. Har du feriepenge fra et job, bruges de først. Retten kan ikke gemmes til senere.".into(),
        brug,
    ));
    match input.forloeb {
        Forloebstype::Ressourceforloeb => fk.advar(
            Alvor::Advarsel,
            format!(
                "Vi regner med {} ugers ferie. Enkelte sider skriver {} uger. Det er kontanthjælpens og uddannelseshjælpens regel fra 2016; den ændring nævnte ikke ressourceforløbsydelse. Aftal ferien skriftligt med kommunen, før du bestiller noget.",
                uger.vaerdi, afvigende.vaerdi
            ),
            afvigende.kilder,
            None,
        ),
        Forloebstype::Jobafklaring => fk.advar(
            Alvor::Advarsel,
            format!(
                "I jobafklaringsforløb skriver kommunerne {} uger efter 12 måneder. En enkelt fagforeningsside skriver {} uger (højst 2 uger ad gangen). Det er kontanthjælpens regel fra 2016, og den ændring nævnte ikke ressourceforløbsydelse. Aftal ferien skriftligt med kommunen, før du bestiller noget.",
                uger.vaerdi, afvigende.vaerdi
            ),
            afvigende.kilder,
            None,
        ),
    }
    Resultat {
        udfald: Udfald::Vurderet(Ferievurdering {
            rettigheder,
            talte_maaneder: talt,
            naeste_ret_fra,
            slutter_med_loentilskud: loentilskud,
        }),
        forklaring: fk,
    }
}

fn ugyldig(forklaring: Forklaring, felt: &'static str, tekst: &str) -> Resultat {
    Resultat {
        udfald: Udfald::Ugyldig {
            felt,
            tekst: tekst.into(),
        },
        forklaring,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Maanedsart::*;

    fn input(fra: (i32, u32), m: Vec<Maanedsart>) -> FerieInput {
        FerieInput {
            forloeb: Forloebstype::Ressourceforloeb,
            fra: Maaned::ny(fra.0, fra.1).unwrap(),
            maaneder: m,
        }
    }

    fn vurdering(i: &FerieInput) -> Ferievurdering {
        match vurder(i).udfald {
            Udfald::Vurderet(v) => v,
            u => panic!("{u:?}"),
        }
    }

    #[test]
    fn twelve_months_from_january_give_ferie_the_next_year() {
        let v = vurdering(&input((2024, 1), vec![Hjaelp; 12]));
        assert_eq!(v.rettigheder.len(), 1);
        let r = v.rettigheder[0];
        assert_eq!(r.fra, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
        assert_eq!(r.til, NaiveDate::from_ymd_opt(2025, 12, 31).unwrap());
        assert_eq!(r.uger, 5);
    }

    #[test]
    fn a_month_without_help_breaks_and_loentilskud_pauses() {
        let mut m = vec![Hjaelp; 6];
        m.push(Ingen);
        m.extend(vec![Hjaelp; 11]);
        let v = vurdering(&input((2024, 1), m));
        assert!(v.rettigheder.is_empty());
        assert_eq!(v.talte_maaneder, 11);
        let mut m = vec![Hjaelp; 6];
        m.extend([Loentilskud, Loentilskud]);
        m.extend(vec![Hjaelp; 6]);
        let v = vurdering(&input((2024, 1), m));
        assert_eq!(v.rettigheder.len(), 1);
        assert_eq!(v.rettigheder[0].optjent_i, Maaned::ny(2025, 2).unwrap());
    }

    #[test]
    fn bad_histories_are_refused() {
        assert!(matches!(
            vurder(&input((2024, 1), vec![])).udfald,
            Udfald::Ugyldig { .. }
        ));
        assert!(matches!(
            vurder(&input((2000, 1), vec![Hjaelp; 121])).udfald,
            Udfald::Ugyldig { .. }
        ));
    }
}
