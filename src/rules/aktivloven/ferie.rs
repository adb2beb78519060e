//! Ferie with ressourceforløbsydelse (aktivloven § 69, stk. 6 og 8; BEK nr. 1470 af 16/12/2019 on counting
//! the 12 consecutive months): when the right to ferie arises and until when it can be used, from a
//! month-by-month history. The rule counts ([`vurder_uden_tekst`]); `ferietekst` writes every sentence.

use super::ferietekst;
use crate::forklaring::Forklaring;
use crate::lovdata::{vaerdier, Forloebstype, Regelvaerdi};
use crate::tid::{samme_dato_senere, Maaned};
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
/// The sentences of the trace and of a refusal are written by [`ferietekst`].
pub fn vurder(input: &FerieInput) -> Resultat {
    match vurder_uden_tekst(input) {
        Ok(v) => Resultat {
            forklaring: ferietekst::forklaring(input, &v),
            udfald: Udfald::Vurderet(v),
        },
        Err(f) => Resultat {
            udfald: Udfald::Ugyldig {
                felt: f.felt(),
                tekst: ferietekst::fejl(f).into(),
            },
            forklaring: Forklaring::default(),
        },
    }
}

/// Why a history cannot be counted, as data; [`ferietekst::fejl`] words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fejl {
    /// No month chosen.
    IngenMaaneder,
    /// More than [`MAKS_MAANEDER`] months.
    ForMange,
}

impl Fejl {
    /// The field to correct.
    pub fn felt(self) -> &'static str {
        match self {
            Fejl::IngenMaaneder | Fejl::ForMange => "maaneder",
        }
    }
}

/// The same count without building any text (see [`vurder`]).
pub fn vurder_uden_tekst(input: &FerieInput) -> Result<Ferievurdering, Fejl> {
    if input.maaneder.is_empty() {
        return Err(Fejl::IngenMaaneder);
    }
    if input.maaneder.len() > MAKS_MAANEDER {
        return Err(Fejl::ForMange);
    }
    let optjening = Regelvaerdi::altid(vaerdier::FERIE_OPTJENING_MAANEDER).vaerdi;
    let mut k = Kaede {
        rettigheder: Vec::new(),
        talt: 0,
        loentilskud: false,
    };
    let mut maaned = input.fra;
    for art in &input.maaneder {
        k.tael(*art, maaned, optjening);
        maaned = maaned.naeste();
    }
    let naeste_ret_fra = naeste_ret_fra(sidste_maaned(input), k.talt, k.loentilskud, optjening);
    Ok(Ferievurdering {
        rettigheder: k.rettigheder,
        talte_maaneder: k.talt,
        naeste_ret_fra,
        slutter_med_loentilskud: k.loentilskud,
    })
}

/// The chain being counted month by month.
struct Kaede {
    rettigheder: Vec<Ferieret>,
    /// Months counted towards the next right.
    talt: u32,
    /// The chain is paused by løntilskud months.
    loentilskud: bool,
}

impl Kaede {
    /// Counts one month; the `optjening`th consecutive month with help earns a right and starts a new chain.
    fn tael(&mut self, art: Maanedsart, maaned: Maaned, optjening: u32) {
        match art {
            Maanedsart::Hjaelp => {
                self.talt += 1;
                self.loentilskud = false;
                if self.talt == optjening {
                    self.rettigheder.push(ferieret(maaned));
                    self.talt = 0;
                }
            }
            Maanedsart::Loentilskud => self.loentilskud = true,
            Maanedsart::Ingen => {
                self.talt = 0;
                self.loentilskud = false;
            }
        }
    }
}

/// The right earned in `maaned`: usable from the 1st of the next month for the months of
/// `vaerdier::FERIE_BRUG_MAANEDER`.
fn ferieret(maaned: Maaned) -> Ferieret {
    let brug = Regelvaerdi::altid(vaerdier::FERIE_BRUG_MAANEDER);
    let uger = Regelvaerdi::altid(vaerdier::FERIE_UGER);
    let fra = maaned.naeste().foerste_dag();
    let til = samme_dato_senere(fra, brug.vaerdi)
        .and_then(|d| d.pred_opt())
        .unwrap_or(fra);
    Ferieret {
        optjent_i: maaned,
        fra,
        til,
        uger: uger.vaerdi,
    }
}

/// The last month of the history (the first month for an empty one).
pub fn sidste_maaned(input: &FerieInput) -> Maaned {
    let mut m = input.fra;
    for _ in 1..input.maaneder.len() {
        m = m.naeste();
    }
    m
}

/// When the next right arises if help continues every month after `sidste`: only for a running chain that is
/// not paused by løntilskud.
fn naeste_ret_fra(
    sidste: Maaned,
    talt: u32,
    loentilskud: bool,
    optjening: u32,
) -> Option<NaiveDate> {
    (talt > 0 && !loentilskud).then(|| {
        let mut m = sidste;
        for _ in talt..optjening {
            m = m.naeste();
        }
        m.naeste().foerste_dag()
    })
}

/// The golden cases' adapter of this rule (`calc = "ferie"` in tests/golden/; [`crate::gylden`]).
pub struct GyldenKald;

impl crate::gylden::Gylden for GyldenKald {
    type Input = FerieInput;
    fn koer(i: &FerieInput) -> crate::gylden::Gyldent {
        use crate::gylden::{iso_opt, linjer, spor, Gyldent};
        let r = vurder(i);
        let mut m = std::collections::BTreeMap::new();
        let mut besked = None;
        match &r.udfald {
            Udfald::Ugyldig { felt, tekst } => besked = crate::gylden::ugyldig(&mut m, felt, tekst),
            Udfald::Vurderet(v) => {
                m.insert("status", "vurderet".into());
                m.insert(
                    "rettigheder",
                    v.rettigheder
                        .iter()
                        .map(|r| format!("{}/{}", crate::tid::iso(r.fra), crate::tid::iso(r.til)))
                        .collect::<Vec<_>>()
                        .join(","),
                );
                m.insert(
                    "uger",
                    v.rettigheder
                        .first()
                        .map(|r| r.uger.to_string())
                        .unwrap_or("-".into()),
                );
                m.insert("talte_maaneder", v.talte_maaneder.to_string());
                m.insert("naeste_ret_fra", iso_opt(v.naeste_ret_fra));
            }
        }
        Gyldent {
            faktisk: m,
            linjer: linjer(&r.forklaring),
            spor: spor(&r.forklaring, besked),
        }
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
