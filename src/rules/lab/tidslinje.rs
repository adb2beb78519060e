//! A timeline the app can draw (and read out as text): earlier forløb, the proposed one, the 40th and 50th
//! birthdays, the 5-year-total window, the 6-year line before folkepension, folkepension, and the law's own
//! dates (1 January 2022, 1 February 2026). Pure data: the UI decides how to draw it.

use super::forloeb::{Periode, Regelsaet};
use crate::lovdata::{datoer, vaerdier, Regelvaerdi};
use crate::pensionsloven::Folkepension;
use crate::tid::{dato_tekst, foedselsdag, varighed_tekst};
use chrono::NaiveDate;

/// What a stretch of time is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Periodeart {
    TidligereForloeb,
    ForeslaaetForloeb,
    /// From the 40th to the day before the 50th birthday: at most 5 years in total (from 2022).
    Samlet5AarVindue,
}

/// What a single day is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Maerkeart {
    Afgoerelse,
    Fyldt40,
    Fyldt50,
    SeksAarFoerFolkepension,
    Folkepension,
    IndsatsSenest,
    BedreRessourceforloeb,
    Afskaffelse2026,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tidsperiode {
    pub art: Periodeart,
    pub fra: NaiveDate,
    pub til: NaiveDate,
    pub tekst: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Maerke {
    pub art: Maerkeart,
    pub dato: NaiveDate,
    pub tekst: String,
}

/// Everything on the timeline, sorted by date; `fra`–`til` spans all of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Tidslinje {
    pub fra: NaiveDate,
    pub til: NaiveDate,
    pub perioder: Vec<Tidsperiode>,
    pub maerker: Vec<Maerke>,
}

impl Tidslinje {
    /// The timeline as sentences in date order (the text alternative to the drawing).
    pub fn som_tekst(&self) -> Vec<String> {
        let mut linjer: Vec<(NaiveDate, String)> = self
            .perioder
            .iter()
            .map(|p| {
                (
                    p.fra,
                    format!("{} – {}: {}", dato_tekst(p.fra), dato_tekst(p.til), p.tekst),
                )
            })
            .chain(
                self.maerker
                    .iter()
                    .map(|m| (m.dato, format!("{}: {}", dato_tekst(m.dato), m.tekst))),
            )
            .collect();
        crate::sortering::efter_dato(&mut linjer, |(d, _)| *d);
        linjer.into_iter().map(|(_, t)| t).collect()
    }
}

/// What the timeline is drawn from, besides the assessment's dates.
pub(super) struct Grundlag<'a> {
    pub afgoerelse: NaiveDate,
    pub foedselsdato: NaiveDate,
    /// Earlier ressourceforløb.
    pub tidligere: &'a [Periode],
}

pub(super) fn byg(
    i: Grundlag<'_>,
    start: NaiveDate,
    slut: NaiveDate,
    fp: Option<&Folkepension>,
    seks: Option<NaiveDate>,
    indsats: Option<NaiveDate>,
    regelsaet: Regelsaet,
) -> Tidslinje {
    let mut perioder = Vec::new();
    let mut maerker = Vec::new();
    let mut tidligere = i.tidligere.to_vec();
    crate::sortering::efter_dato(&mut tidligere, |p| p.fra);
    if regelsaet != Regelsaet::Jobafklaring {
        for (n, p) in tidligere.iter().enumerate() {
            perioder.push(Tidsperiode {
                art: Periodeart::TidligereForloeb,
                fra: p.fra,
                til: p.til,
                tekst: format!("Tidligere ressourceforløb nr. {}", n + 1),
            });
        }
    }
    perioder.push(Tidsperiode {
        art: Periodeart::ForeslaaetForloeb,
        fra: start,
        til: slut,
        tekst: match regelsaet {
            Regelsaet::Jobafklaring => "Dit jobafklaringsforløb".into(),
            _ => "Dit ressourceforløb".into(),
        },
    });
    maerker.push(Maerke {
        art: Maerkeart::Afgoerelse,
        dato: i.afgoerelse,
        tekst: "Afgørelsen".into(),
    });
    if regelsaet != Regelsaet::Jobafklaring {
        ressourceforloebets_maerker(&i, regelsaet, seks, indsats, &mut perioder, &mut maerker);
    }
    if let Some(fp) = fp {
        maerker.push(Maerke {
            art: Maerkeart::Folkepension,
            dato: fp.dato,
            tekst: format!("Folkepensionsalder ({})", fp.alder_tekst()),
        });
    }
    crate::sortering::efter_dato(&mut perioder, |p| p.fra);
    crate::sortering::efter_dato(&mut maerker, |m| m.dato);
    let fra = perioder
        .iter()
        .map(|p| p.fra)
        .chain(maerker.iter().map(|m| m.dato))
        .min()
        .unwrap_or(start);
    let til = perioder
        .iter()
        .map(|p| p.til)
        .chain(maerker.iter().map(|m| m.dato))
        .max()
        .unwrap_or(slut);
    Tidslinje {
        fra,
        til,
        perioder,
        maerker,
    }
}

/// The newest value of a counted rule (the timeline's fixed texts name it).
fn nyeste(perioder: &'static [Regelvaerdi]) -> u32 {
    Regelvaerdi::nyeste(perioder).vaerdi
}

/// The ressourceforløb's marks: the 40th and 50th birthdays (F15), the 5-year window (from 2022), the 6-year
/// line, the 6-month date and the law's own dates. The ages and lengths come from `content/law/regler.toml`.
fn ressourceforloebets_maerker(
    i: &Grundlag<'_>,
    regelsaet: Regelsaet,
    seks: Option<NaiveDate>,
    indsats: Option<NaiveDate>,
    perioder: &mut Vec<Tidsperiode>,
    maerker: &mut Vec<Maerke>,
) {
    let fyrre = Regelvaerdi::gaeldende(vaerdier::ALDER_SAMLET_5_AAR, i.afgoerelse).or_else(|| {
        Regelvaerdi::gaeldende(vaerdier::ALDER_FLERE_FORLOEB_KUN_MED_OENSKE, i.afgoerelse)
    });
    let femti = Regelvaerdi::gaeldende(vaerdier::ALDER_ET_FORLOEB, i.afgoerelse);
    let d40 = fyrre.and_then(|v| foedselsdag(i.foedselsdato, v.vaerdi));
    let d50 = femti.and_then(|v| foedselsdag(i.foedselsdato, v.vaerdi));
    if let (Some(v), Some(d)) = (fyrre, d40) {
        maerker.push(Maerke {
            art: Maerkeart::Fyldt40,
            dato: d,
            tekst: format!("Du fylder {} år", v.vaerdi),
        });
    }
    if let (Some(v), Some(d)) = (femti, d50) {
        maerker.push(Maerke {
            art: Maerkeart::Fyldt50,
            dato: d,
            tekst: format!("Du fylder {} år", v.vaerdi),
        });
    }
    if regelsaet == Regelsaet::Fra2022 {
        if let (Some(a), Some(b), Some(v40), Some(v50)) =
            (d40, d50.and_then(|d| d.pred_opt()), fyrre, femti)
        {
            perioder.push(Tidsperiode {
                art: Periodeart::Samlet5AarVindue,
                fra: a,
                til: b,
                tekst: format!(
                    "{}–{} år: højst {} i ressourceforløb i alt, medmindre du ønsker mere",
                    v40.vaerdi,
                    v50.vaerdi,
                    varighed_tekst(nyeste(vaerdier::SAMLET_VARIGHED_MAANEDER_40_50), 0)
                ),
            });
        }
    }
    if let Some(d) = seks {
        maerker.push(Maerke {
            art: Maerkeart::SeksAarFoerFolkepension,
            dato: d,
            tekst: format!(
                "{} år før folkepensionsalderen",
                nyeste(vaerdier::AAR_FOER_FOLKEPENSION)
            ),
        });
    }
    if let Some(d) = indsats {
        maerker.push(Maerke {
            art: Maerkeart::IndsatsSenest,
            dato: d,
            tekst: format!(
                "En indsats skal være begyndt ({}-måneders-reglen)",
                nyeste(vaerdier::INDSATS_SENEST_MAANEDER)
            ),
        });
    }
    maerker.push(Maerke {
        art: Maerkeart::BedreRessourceforloeb,
        dato: datoer::BEDRE_RESSOURCEFORLOEB.dato,
        tekst: format!(
            "Nye regler: højst {}, aldersgrænser",
            varighed_tekst(nyeste(vaerdier::RESSOURCEFORLOEB_MAX_MAANEDER), 0)
        ),
    });
    maerker.push(Maerke {
        art: Maerkeart::Afskaffelse2026,
        dato: datoer::RESSOURCEFORLOEB_LUKKET_FOR_NYE.dato,
        tekst: "Ingen nye ressourceforløb".into(),
    });
}

#[cfg(test)]
mod tests {
    use super::super::forloebsgraenser::{vurder, ForloebInput, Udfald};
    use crate::lovdata::Forloebstype;
    use chrono::NaiveDate;

    fn dag(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_timeline_texts_name_the_ages_and_lengths_of_the_law_data() {
        // Born 1.10.1975: 40 in 2015, 50 in 2025; decided 1.3.2023 under the 2022 rules, 3 years.
        let i = ForloebInput {
            forloeb: Forloebstype::Ressourceforloeb,
            foedselsdato: dag(1975, 10, 1),
            afgoerelse: dag(2023, 3, 1),
            start: None,
            laengde_maaneder: 36,
            tidligere: Vec::new(),
            oensker: false,
            fritagne_dage: 0,
        };
        let Udfald::Vurderet(v) = vurder(&i).udfald else {
            panic!("a valid input is assessed");
        };
        let tekst = v.tidslinje.som_tekst();
        for forventet in [
            "1. oktober 2015: Du fylder 40 år",
            "1. oktober 2025: Du fylder 50 år",
            "1. oktober 2015 – 30. september 2025: 40–50 år: højst 5 år i ressourceforløb i alt, medmindre du ønsker mere",
            "1. januar 2022: Nye regler: højst 3 år, aldersgrænser",
            "1. februar 2026: Ingen nye ressourceforløb",
            "1. september 2023: En indsats skal være begyndt (6-måneders-reglen)",
        ] {
            assert!(tekst.iter().any(|t| t == forventet), "{forventet}\n{tekst:#?}");
        }
        assert!(
            tekst
                .iter()
                .any(|t| t.ends_with(": 6 år før folkepensionsalderen")),
            "{tekst:#?}"
        );
    }

    /// Added for mutation testing: a jobafklaringsforløb's timeline names it, and leaves out the earlier
    /// ressourceforløb (they do not count towards it).
    #[test]
    fn a_jobafklaring_timeline_names_it_and_leaves_out_earlier_ressourceforloeb() {
        let tidligere = vec![super::super::forloebsgraenser::Periode {
            fra: dag(2019, 1, 1),
            til: dag(2019, 12, 31),
        }];
        let i = |forloeb| ForloebInput {
            forloeb,
            foedselsdato: dag(1980, 5, 5),
            afgoerelse: dag(2024, 3, 1),
            start: None,
            laengde_maaneder: 12,
            tidligere: tidligere.clone(),
            oensker: false,
            fritagne_dage: 0,
        };
        let tekst = |forloeb| match vurder(&i(forloeb)).udfald {
            Udfald::Vurderet(v) => v.tidslinje.som_tekst(),
            u => panic!("a valid input is assessed: {u:?}"),
        };
        let job = tekst(Forloebstype::Jobafklaring);
        assert!(
            job.iter().any(|t| t.ends_with(": Dit jobafklaringsforløb")),
            "{job:#?}"
        );
        assert!(
            !job.iter().any(|t| t.contains("Tidligere ressourceforløb")),
            "{job:#?}"
        );
        let ressource = tekst(Forloebstype::Ressourceforloeb);
        assert!(
            ressource
                .iter()
                .any(|t| t.ends_with(": Tidligere ressourceforløb nr. 1")),
            "{ressource:#?}"
        );
        assert!(
            ressource
                .iter()
                .any(|t| t.ends_with(": Dit ressourceforløb")),
            "{ressource:#?}"
        );
    }
}
