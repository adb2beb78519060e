//! The dated law data: every rate, threshold and key date with its §, sources, status and validity.
//!
//! The values themselves are not written here: they live in `content/law/*.toml` and are turned into the
//! static tables below at build time (`src/build/law.rs`), which also validates them. This module only
//! defines the types and the look-ups («which value was in force on this day?»).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Which scheme a forløb belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Forloebstype {
    /// Ressourceforløb: ydelse under aktivloven kapitel 6 a, forløb under LAB kapitel 19.
    Ressourceforloeb,
    /// Jobafklaringsforløb: ydelse under aktivloven kapitel 6 b, forløb under LAB kapitel 18.
    Jobafklaring,
}

/// How well a figure or rule is grounded (the `status` of each entry in `content/law/`; see its README).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    /// Published by a public authority, or the law text.
    Officiel,
    /// A union, interest organisation, law publisher, bank or private site.
    Sekundaer,
    /// Computed from official figures or rules, not published as such.
    Afledt,
    /// An official kontanthjælp/kontantydelse figure applied to ressourceforløbsydelse.
    Overfoert,
    /// To be confirmed against the law text before relying on it.
    IkkeEfterproevet,
    /// Never in the data: a figure of the newest rate year used for a later day, because that year's rates
    /// are not in the app yet (the result is *foreløbig*; see [`figur_eller_foreloebig`]).
    Foreloebig,
}

impl Status {
    /// The Danish word shown next to a figure.
    pub fn tekst(self) -> &'static str {
        match self {
            Status::Officiel => "officiel",
            Status::Sekundaer => "sekundær kilde",
            Status::Afledt => "afledt",
            Status::Overfoert => "overført fra kontanthjælp",
            Status::IkkeEfterproevet => "ikke efterprøvet",
            Status::Foreloebig => "foreløbig (sidste års sats)",
        }
    }

    /// True when the figure is published as such by an authority (or is the identical kontanthjælp series).
    pub fn er_officiel(self) -> bool {
        matches!(self, Status::Officiel | Status::Overfoert)
    }
}

/// The unit of a parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enhed {
    KrPrMaaned,
    KrPrUge,
    KrPrTime,
    KrPrDag,
}

impl Enhed {
    pub fn tekst(self) -> &'static str {
        match self {
            Enhed::KrPrMaaned => "kr. pr. måned",
            Enhed::KrPrUge => "kr. pr. uge",
            Enhed::KrPrTime => "kr. pr. time",
            Enhed::KrPrDag => "kr. pr. dag",
        }
    }
}

/// One dated value of a parameter.
#[derive(Debug)]
pub struct Figur {
    /// The parameter's id in `content/law/parametre.toml` (e.g. `forsoerger`).
    pub parameter: &'static str,
    /// The value; `None` where the sources give only a range (see `interval`).
    pub vaerdi: Option<Decimal>,
    /// A range (low, high) where no single value can be given.
    pub interval: Option<(Decimal, Decimal)>,
    pub gyldig_fra: NaiveDate,
    /// Last day in force (inclusive).
    pub gyldig_til: NaiveDate,
    pub status: Status,
    /// Other kinds of evidence that agree (e.g. mapped *and* derived).
    pub ogsaa: &'static [Status],
    /// "Derived, weakly grounded".
    pub lav_sikkerhed: bool,
    pub kilder: &'static [&'static str],
    /// How the figure was obtained. Native builds only (tests, «Satser og kilder» written at build time): the
    /// app never shows it, so the wasm leaves the text out of the first load.
    pub note: Option<&'static str>,
    /// When the figure was last checked against its sources.
    pub kontrolleret: NaiveDate,
}

impl Figur {
    /// The figure's entry in «Satser og kilder»: (parameter id, year).
    pub fn tal(&self) -> (&'static str, i32) {
        (self.parameter, chrono::Datelike::year(&self.gyldig_fra))
    }

    /// The status of this figure when it is used for `dag`: its own, or [`Status::Foreloebig`] when `dag`
    /// lies after the figure's period (the newest figure standing in for a year the app has no rates for).
    pub fn status_paa(&self, dag: NaiveDate) -> Status {
        if dag > self.gyldig_til {
            Status::Foreloebig
        } else {
            self.status
        }
    }
}

/// A parameter with all its dated values.
#[derive(Debug)]
pub struct Parameter {
    /// The id in `content/law/parametre.toml`.
    pub id: &'static str,
    pub sats: Sats,
    pub navn: &'static str,
    pub enhed: Enhed,
    pub paragraf_ressourceforloeb: &'static str,
    pub paragraf_jobafklaring: &'static str,
    pub vaerdier: &'static [Figur],
}

impl Parameter {
    /// The § behind this parameter for the given forløb type.
    pub fn paragraf(&self, forloeb: Forloebstype) -> &'static str {
        match forloeb {
            Forloebstype::Ressourceforloeb => self.paragraf_ressourceforloeb,
            Forloebstype::Jobafklaring => self.paragraf_jobafklaring,
        }
    }
}

/// A lønfradrag rule: the share of wage deducted up to and above the lønindtægtsgrænse.
#[derive(Debug)]
pub struct Loenfradragsregel {
    pub forloeb: Forloebstype,
    pub fra: NaiveDate,
    pub til: Option<NaiveDate>,
    pub under_graense_pct: Decimal,
    pub over_graense_pct: Decimal,
    pub paragraf: &'static str,
    pub status: Status,
    pub kilder: &'static [&'static str],
    pub note: Option<&'static str>,
    pub kontrolleret: NaiveDate,
}

/// A key date of the law.
#[derive(Debug)]
pub struct Lovdato {
    pub dato: NaiveDate,
    pub navn: &'static str,
    pub paragraf: &'static str,
    pub status: Status,
    pub kilder: &'static [&'static str],
    pub note: Option<&'static str>,
    pub kontrolleret: NaiveDate,
}

/// The unit of a counted rule: a unit of time, or (`Procent`) a share of the ydelse in whole percent, at most
/// 100 (the build refuses more).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tidsenhed {
    Aar,
    Maaneder,
    Uger,
    Dage,
    Hverdage,
    Procent,
}

impl Tidsenhed {
    pub fn tekst(self) -> &'static str {
        match self {
            Tidsenhed::Aar => "år",
            Tidsenhed::Maaneder => "måneder",
            Tidsenhed::Uger => "uger",
            Tidsenhed::Dage => "dage",
            Tidsenhed::Hverdage => "hverdage",
            Tidsenhed::Procent => "%",
        }
    }
}

/// A counted rule (an age, a length, a deadline) for one period; `fra`/`til` `None` = throughout.
#[derive(Debug, PartialEq, Eq)]
pub struct Regelvaerdi {
    pub vaerdi: u32,
    pub enhed: Tidsenhed,
    pub fra: Option<NaiveDate>,
    pub til: Option<NaiveDate>,
    pub navn: &'static str,
    pub paragraf: &'static str,
    pub status: Status,
    pub kilder: &'static [&'static str],
    pub note: Option<&'static str>,
    pub kontrolleret: NaiveDate,
}

impl Regelvaerdi {
    /// The value in force on `dato` among a rule's periods, if any.
    pub fn gaeldende(
        perioder: &'static [Regelvaerdi],
        dato: NaiveDate,
    ) -> Option<&'static Regelvaerdi> {
        perioder
            .iter()
            .find(|v| v.fra.is_none_or(|f| f <= dato) && v.til.is_none_or(|t| dato <= t))
    }

    /// The newest period of a rule (the one a fixed text of the app names, e.g. «over 50»).
    pub fn nyeste(perioder: &'static [Regelvaerdi]) -> &'static Regelvaerdi {
        // Generated tables are never empty (the build refuses a rule without periods).
        &perioder[perioder.len().saturating_sub(1)]
    }

    /// A rule that has a single period covering all time (deadlines, ferie): its value.
    pub fn altid(perioder: &'static [Regelvaerdi]) -> &'static Regelvaerdi {
        // Generated tables are never empty for the ids the rules use (the build checks each period); a
        // missing period is a data error the unit tests catch.
        &perioder[0]
    }
}

/// One row of the folkepensionsalder table (pensionsloven § 1 a).
#[derive(Debug, PartialEq)]
pub struct Folkepensionsraekke {
    pub foedt_fra: Option<NaiveDate>,
    pub foedt_til: Option<NaiveDate>,
    pub aar: u32,
    pub maaneder: u32,
    pub paragraf: &'static str,
    pub status: Status,
    pub kilder: &'static [&'static str],
    pub note: Option<&'static str>,
    pub kontrolleret: NaiveDate,
}

/// The yearly satsregulering: what a *foreløbig* result (a month after the newest rate year) says.
#[derive(Debug)]
pub struct Satsregulering {
    pub paragraf: &'static str,
    /// The one-off cut in the regulation (lov nr. 630/2024), in percentage points.
    pub fradrag_procentpoint: Decimal,
    pub fradrag_lov: &'static str,
    /// The year the cut is expected (derived), if any.
    pub fradrag_forventet_aar: Option<i32>,
    /// Where the official rates of a new year are published.
    pub officielle_satser: &'static str,
    pub status: Status,
    pub kilder: &'static [&'static str],
    pub note: Option<&'static str>,
    pub kontrolleret: NaiveDate,
}

/// A legal reference the rule code cites: a § text with its public sources (`content/law/hjemmel.toml`).
/// Rule code names it by [`Hjemmel`] and never writes a § or a URL itself.
#[derive(Debug)]
pub struct Hjemmelpost {
    /// The id in `content/law/hjemmel.toml`.
    pub id: &'static str,
    pub hjemmel: Hjemmel,
    /// The § text shown in the trace.
    pub paragraf: &'static str,
    /// How well grounded a statement resting on this reference is (a line built from it shows this status).
    pub status: Status,
    /// Public https sources.
    pub kilder: &'static [&'static str],
    /// Native builds only (the app never shows it).
    pub note: Option<&'static str>,
    /// When the sources were last read for this citation.
    pub kontrolleret: NaiveDate,
}

impl Hjemmel {
    /// The § text.
    pub fn paragraf(self) -> &'static str {
        self.post().paragraf
    }

    /// The public sources.
    pub fn kilder(self) -> &'static [&'static str] {
        self.post().kilder
    }

    /// The status a line resting on this reference shows.
    pub fn status(self) -> Status {
        self.post().status
    }
}

/// No value of a parameter is in force on the day asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ManglerSats {
    pub sats: Sats,
    pub dato: NaiveDate,
}

const fn dato(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => panic!("ugyldig dato i lovdata"),
    }
}

include!(concat!(env!("OUT_DIR"), "/lovdata.rs"));

/// The parameter's definition and dated values.
pub fn parameter(sats: Sats) -> &'static Parameter {
    // Every `Sats` variant is generated from the same list as `PARAMETRE`, so the search always succeeds;
    // the fallback keeps this total without a panic path.
    PARAMETRE
        .iter()
        .find(|p| p.sats == sats)
        .unwrap_or(&PARAMETRE[0])
}

/// The value of `sats` in force on `dato`, or `ManglerSats` when no period covers that day.
pub fn figur(sats: Sats, dato: NaiveDate) -> Result<&'static Figur, ManglerSats> {
    parameter(sats)
        .vaerdier
        .iter()
        .find(|f| f.gyldig_fra <= dato && dato <= f.gyldig_til)
        .ok_or(ManglerSats { sats, dato })
}

/// The value of `sats` in force on `dato`; for a day after the newest rate year ([`SENESTE_SATSAAR`]) the
/// newest value of the series, which the caller must then mark *foreløbig* ([`Figur::status_paa`]).
/// A series that ended before the newest year is not extended, and a day before the data still has no value.
pub fn figur_eller_foreloebig(sats: Sats, dato: NaiveDate) -> Result<&'static Figur, ManglerSats> {
    figur(sats, dato).or_else(|m| {
        parameter(sats)
            .vaerdier
            .last()
            .filter(|f| {
                dato > f.gyldig_til && chrono::Datelike::year(&f.gyldig_fra) == SENESTE_SATSAAR
            })
            .ok_or(m)
    })
}

/// The last year a month picker offers: the year after the newest rate year, or the current year if that is
/// later (a month without rates is computed *foreløbig*, never refused). `i_dag` is today's date.
pub fn sidste_valgbare_aar(i_dag: NaiveDate) -> i32 {
    (SENESTE_SATSAAR + 1).max(chrono::Datelike::year(&i_dag))
}

/// The lønfradrag rule in force on `dato` for `forloeb`.
pub fn loenfradragsregel(
    forloeb: Forloebstype,
    dato: NaiveDate,
) -> Option<&'static Loenfradragsregel> {
    LOENFRADRAG
        .iter()
        .find(|r| r.forloeb == forloeb && r.fra <= dato && r.til.is_none_or(|t| dato <= t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    #[test]
    fn every_required_series_covers_every_day_from_its_start_to_the_latest_year() {
        for p in PARAMETRE.iter().filter(|p| p.vaerdier.len() > 1) {
            for w in p.vaerdier.windows(2) {
                if w[0].gyldig_fra.year() + 1 == w[1].gyldig_fra.year() {
                    assert_eq!(
                        w[0].gyldig_til.succ_opt(),
                        Some(w[1].gyldig_fra),
                        "{:?}: gap or overlap",
                        p.sats
                    );
                }
            }
        }
    }

    #[test]
    fn a_day_after_the_latest_rates_has_no_value() {
        let after = NaiveDate::from_ymd_opt(SENESTE_SATSAAR + 1, 2, 1).unwrap();
        assert_eq!(
            figur(Sats::Forsoerger, after).unwrap_err().sats,
            Sats::Forsoerger
        );
        let before = NaiveDate::from_ymd_opt(2012, 12, 31).unwrap();
        assert!(figur(Sats::Forsoerger, before).is_err());
    }

    #[test]
    fn a_day_after_the_latest_rates_gets_the_newest_value_marked_provisional() {
        let after = NaiveDate::from_ymd_opt(SENESTE_SATSAAR + 1, 2, 1).unwrap();
        let f = figur_eller_foreloebig(Sats::Forsoerger, after).unwrap();
        assert_eq!(f.gyldig_fra.year(), SENESTE_SATSAAR);
        assert_eq!(f.status_paa(after), Status::Foreloebig);
        assert_ne!(f.status_paa(f.gyldig_fra), Status::Foreloebig);
        // Before the data there is still no value.
        let before = NaiveDate::from_ymd_opt(2012, 12, 31).unwrap();
        assert!(figur_eller_foreloebig(Sats::Forsoerger, before).is_err());
        // The picker offers the year after the newest rate year, and today's year when that is later.
        assert_eq!(
            sidste_valgbare_aar(NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()),
            SENESTE_SATSAAR + 1
        );
        assert_eq!(
            sidste_valgbare_aar(NaiveDate::from_ymd_opt(SENESTE_SATSAAR + 5, 3, 1).unwrap()),
            SENESTE_SATSAAR + 5
        );
    }

    #[test]
    fn the_2024_official_rates_are_found_on_any_day_of_2024() {
        let d = NaiveDate::from_ymd_opt(2024, 7, 15).unwrap();
        let f = figur(Sats::IkkeForsoerger, d).unwrap();
        assert_eq!(f.vaerdi, Some(Decimal::new(12326, 0)));
        assert_eq!(f.status, Status::Officiel);
        assert!(f.kilder.iter().all(|k| k.starts_with("http")));
    }

    #[test]
    fn the_weekly_sdp_cap_changes_on_the_first_monday_of_january() {
        // 2024 starts on a Monday; the 2023 value is in force through Sunday 31 Dec 2023.
        let f = figur(
            Sats::SdpHoejesteUge,
            NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
        )
        .unwrap();
        assert_eq!(f.gyldig_fra.weekday(), chrono::Weekday::Mon);
    }

    #[test]
    fn every_legal_reference_is_found_by_its_variant_and_has_https_sources() {
        assert!(!HJEMLER.is_empty());
        for (i, p) in HJEMLER.iter().enumerate() {
            assert!(std::ptr::eq(p.hjemmel.post(), &HJEMLER[i]), "{}", p.id);
            assert!(!p.paragraf.trim().is_empty(), "{}", p.id);
            assert!(!p.kilder.is_empty(), "{}", p.id);
            assert!(
                p.kilder.iter().all(|k| k.starts_with("https://")),
                "{}",
                p.id
            );
        }
        assert_eq!(
            Hjemmel::Ag8216.paragraf(),
            "principafgørelse 82-16",
            "the § text comes from content/law/hjemmel.toml"
        );
        assert_eq!(Hjemmel::Fvl1725.status(), Status::Sekundaer);
    }

    #[test]
    fn loenfradrag_rules_change_on_1_january_2022_for_ressourceforloeb_only() {
        let d21 = NaiveDate::from_ymd_opt(2021, 12, 31).unwrap();
        let d22 = NaiveDate::from_ymd_opt(2022, 1, 1).unwrap();
        let r = |f, d| loenfradragsregel(f, d).unwrap().under_graense_pct;
        assert_eq!(r(Forloebstype::Ressourceforloeb, d21), Decimal::new(30, 0));
        assert_eq!(r(Forloebstype::Ressourceforloeb, d22), Decimal::ZERO);
        assert_eq!(r(Forloebstype::Jobafklaring, d22), Decimal::new(30, 0));
        assert!(loenfradragsregel(
            Forloebstype::Jobafklaring,
            NaiveDate::from_ymd_opt(2014, 6, 30).unwrap()
        )
        .is_none());
    }

    // Added for mutation testing (tests/MUTANTER.md).
    #[test]
    fn words_for_status_units_and_time_units() {
        assert_eq!(Status::Officiel.tekst(), "officiel");
        assert_eq!(Status::Sekundaer.tekst(), "sekundær kilde");
        assert_eq!(Status::Afledt.tekst(), "afledt");
        assert_eq!(Status::Overfoert.tekst(), "overført fra kontanthjælp");
        assert_eq!(Status::IkkeEfterproevet.tekst(), "ikke efterprøvet");
        assert_eq!(Status::Foreloebig.tekst(), "foreløbig (sidste års sats)");
        let officielle = [Status::Officiel, Status::Overfoert];
        for s in [
            Status::Officiel,
            Status::Sekundaer,
            Status::Afledt,
            Status::Overfoert,
            Status::IkkeEfterproevet,
            Status::Foreloebig,
        ] {
            assert_eq!(s.er_officiel(), officielle.contains(&s), "{s:?}");
        }
        assert_eq!(Enhed::KrPrMaaned.tekst(), "kr. pr. måned");
        assert_eq!(Enhed::KrPrUge.tekst(), "kr. pr. uge");
        assert_eq!(Enhed::KrPrTime.tekst(), "kr. pr. time");
        assert_eq!(Enhed::KrPrDag.tekst(), "kr. pr. dag");
        assert_eq!(Tidsenhed::Aar.tekst(), "år");
        assert_eq!(Tidsenhed::Maaneder.tekst(), "måneder");
        assert_eq!(Tidsenhed::Uger.tekst(), "uger");
        assert_eq!(Tidsenhed::Dage.tekst(), "dage");
        assert_eq!(Tidsenhed::Hverdage.tekst(), "hverdage");
        assert_eq!(Tidsenhed::Procent.tekst(), "%");
    }

    #[test]
    fn every_parameter_is_found_by_its_own_sats_and_knows_both_paragraphs() {
        for p in PARAMETRE {
            assert_eq!(parameter(p.sats).id, p.id);
            assert_eq!(
                parameter(p.sats).paragraf(Forloebstype::Ressourceforloeb),
                p.paragraf_ressourceforloeb
            );
            assert_eq!(
                parameter(p.sats).paragraf(Forloebstype::Jobafklaring),
                p.paragraf_jobafklaring
            );
        }
        let p = parameter(Sats::Forsoerger);
        assert_eq!(
            p.paragraf(Forloebstype::Ressourceforloeb),
            "aktivloven § 68, stk. 2, nr. 1"
        );
        assert_eq!(
            p.paragraf(Forloebstype::Jobafklaring),
            "aktivloven § 69 j, stk. 2, nr. 1"
        );
    }

    #[test]
    fn a_figure_is_in_force_on_its_first_and_last_day() {
        for p in PARAMETRE {
            for f in p.vaerdier {
                assert!(std::ptr::eq(figur(p.sats, f.gyldig_fra).unwrap(), f));
                assert!(std::ptr::eq(figur(p.sats, f.gyldig_til).unwrap(), f));
                assert_eq!(f.status_paa(f.gyldig_til), f.status);
                assert_eq!(f.tal(), (p.id, f.gyldig_fra.year()));
            }
        }
        let f = figur(
            Sats::IkkeForsoerger,
            NaiveDate::from_ymd_opt(2024, 7, 15).unwrap(),
        )
        .unwrap();
        assert_eq!(f.tal(), ("ikke_forsoerger", 2024));
    }

    #[test]
    fn loenfradrag_and_counted_rules_apply_from_their_first_to_their_last_day() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        let r = |f, dag| loenfradragsregel(f, dag).map(|r| r.fra);
        assert_eq!(
            r(Forloebstype::Jobafklaring, d(2014, 7, 1)),
            Some(d(2014, 7, 1))
        );
        assert_eq!(
            r(Forloebstype::Ressourceforloeb, d(2013, 1, 1)),
            Some(d(2013, 1, 1))
        );
        assert_eq!(r(Forloebstype::Ressourceforloeb, d(2012, 12, 31)), None);
        assert_eq!(
            r(Forloebstype::Ressourceforloeb, d(2021, 12, 31)),
            Some(d(2013, 1, 1))
        );
        let max = vaerdier::RESSOURCEFORLOEB_MAX_MAANEDER;
        let v = |dag| Regelvaerdi::gaeldende(max, dag).map(|v| v.vaerdi);
        assert_eq!(v(d(2012, 12, 31)), None);
        assert_eq!(v(d(2013, 1, 1)), Some(60));
        assert_eq!(v(d(2021, 12, 31)), Some(60));
        assert_eq!(v(d(2022, 1, 1)), Some(36));
        assert_eq!(v(d(2100, 1, 1)), Some(36));
        for (navn, perioder) in vaerdier::ALLE {
            for p in *perioder {
                for dag in [p.fra, p.til].into_iter().flatten() {
                    assert!(
                        std::ptr::eq(Regelvaerdi::gaeldende(perioder, dag).unwrap(), p),
                        "{navn} {dag}"
                    );
                }
            }
            assert!(std::ptr::eq(Regelvaerdi::altid(perioder), &perioder[0]));
        }
    }

    #[test]
    fn the_newest_figure_stands_in_only_after_its_own_period() {
        for p in PARAMETRE {
            let Some(sidste) = p.vaerdier.last() else {
                continue;
            };
            let dagen_efter = sidste.gyldig_til.succ_opt().unwrap();
            let r = figur_eller_foreloebig(p.sats, dagen_efter);
            if sidste.gyldig_fra.year() == SENESTE_SATSAAR {
                assert!(std::ptr::eq(r.unwrap(), sidste), "{}", p.id);
            } else {
                // A series that ended before the newest rate year is not extended.
                assert!(r.is_err(), "{}", p.id);
            }
            assert!(std::ptr::eq(
                figur_eller_foreloebig(p.sats, sidste.gyldig_til).unwrap(),
                sidste
            ));
        }
        assert_eq!(
            sidste_valgbare_aar(NaiveDate::from_ymd_opt(SENESTE_SATSAAR + 1, 1, 1).unwrap()),
            SENESTE_SATSAAR + 1
        );
    }
}
