//! Can a forløb be granted, for how long, until when — and why.
//!
//! The rules depend on the date of the decision: 2013–2021 (1–5 years; from 40 more than one forløb only if
//! the citizen wishes), 1 January 2022 – 31 January 2026 ("bedre ressourceforløb": at most 3 years; age limits;
//! the 6-years-to-folkepension rule; the 6-month rule) and from 1 February 2026 (no new ressourceforløb;
//! running ones continue). Every counted limit comes from `content/law/regler.toml` ([`vaerdier`]), every key
//! date from [`datoer`]; the judgement calls are fortolkninger F11 and F15–F24.

pub use super::forloeb::{Periode, Regelsaet};
use super::forloebstekst::{self as tekst, Fejl};
use super::tidslinje::{self, Tidslinje};
use crate::forklaring::{Alvor, Forklaring};
use crate::fortolkninger::Fortolkning;
use crate::lovdata::{datoer, vaerdier, Forloebstype, Hjemmel, Lovdato, Regelvaerdi};
use crate::pensionsloven::{self, Folkepension};
use crate::tid::{alder, foedselsdag, samme_dato_senere, slutdato, varighed};
use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// What the rules need. Field names match the golden case files (`calc = "forloeb"`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForloebInput {
    pub forloeb: Forloebstype,
    pub foedselsdato: NaiveDate,
    /// The day the kommune decides (the limits are tested on this day, F24).
    pub afgoerelse: NaiveDate,
    /// The first day of the forløb; the decision day when not given.
    #[serde(default)]
    pub start: Option<NaiveDate>,
    /// The proposed length in whole months (3 years = 36).
    pub laengde_maaneder: u32,
    /// Earlier ressourceforløb (ignored for jobafklaringsforløb, which can be renewed).
    #[serde(default)]
    pub tidligere: Vec<Periode>,
    /// Whether the citizen wishes a (further) forløb.
    #[serde(default)]
    pub oensker: bool,
    /// Days of fritagelse etc. left out of the 6 months in the 6-month rule (F23).
    #[serde(default)]
    pub fritagne_dage: u32,
}

impl ForloebInput {
    /// What the timeline needs of the input.
    fn grundlag(&self) -> tidslinje::Grundlag<'_> {
        tidslinje::Grundlag {
            afgoerelse: self.afgoerelse,
            foedselsdato: self.foedselsdato,
            tidligere: &self.tidligere,
        }
    }
}

/// The answer to "can it be granted?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Svar {
    /// Yes: no rule stands in the way.
    Ja,
    /// Yes, because the citizen wishes it (a rule would otherwise stand in the way).
    JaFordiDuOensker,
    /// Only if the citizen wishes it.
    KunHvisDuOensker,
    /// No.
    Nej,
}

impl Svar {
    /// The code used in the path tests and golden files.
    pub fn kode(self) -> &'static str {
        match self {
            Svar::Ja => "ja",
            Svar::JaFordiDuOensker => "ja_fordi_du_oensker",
            Svar::KunHvisDuOensker => "kun_hvis_du_oensker",
            Svar::Nej => "nej",
        }
    }
}

/// Why the answer is not a plain yes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grund {
    /// The scheme did not exist on the decision date.
    IkkeIndfoert,
    /// No new ressourceforløb from 1 February 2026.
    Afskaffet2026,
    /// Longer than allowed.
    ForLang,
    /// Shorter than allowed (2013–2021: at least 1 year).
    ForKort,
    /// 2013–2021: from 40, more than one forløb only if wished.
    Over40FlereForloeb,
    /// From 2022: 40–50 years, more than 5 years in total only if wished.
    Samlet5Aar,
    /// From 2022: from 50, more than one forløb only if wished.
    Over50FlereForloeb,
    /// From 2022: less than 6 years to folkepension, only if wished.
    Under6AarTilFolkepension,
}

impl Grund {
    pub fn kode(self) -> &'static str {
        match self {
            Grund::IkkeIndfoert => "ikke_indfoert",
            Grund::Afskaffet2026 => "afskaffet_2026",
            Grund::ForLang => "for_lang",
            Grund::ForKort => "for_kort",
            Grund::Over40FlereForloeb => "over_40_flere_forloeb",
            Grund::Samlet5Aar => "samlet_5_aar",
            Grund::Over50FlereForloeb => "over_50_flere_forloeb",
            Grund::Under6AarTilFolkepension => "under_6_aar_til_folkepension",
        }
    }

    /// Whether the citizen's wish lifts this obstacle.
    pub fn kan_loeftes_af_oenske(self) -> bool {
        matches!(
            self,
            Grund::Over40FlereForloeb
                | Grund::Samlet5Aar
                | Grund::Over50FlereForloeb
                | Grund::Under6AarTilFolkepension
        )
    }
}

/// The assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Vurdering {
    pub svar: Svar,
    /// Every obstacle found, in a fixed order (empty for a plain yes).
    pub grunde: Vec<Grund>,
    pub regelsaet: Regelsaet,
    pub alder_ved_afgoerelse: u32,
    pub start: NaiveDate,
    /// The last day of the proposed forløb (start + length − 1 day).
    pub slutdato: NaiveDate,
    pub min_maaneder: Option<u32>,
    pub max_maaneder: Option<u32>,
    /// From 2022: the day by which an indsats must have begun (6-month rule).
    pub indsats_senest: Option<NaiveDate>,
    pub folkepension: Option<Folkepension>,
    /// The folkepension day − 6 years.
    pub seks_aars_graense: Option<NaiveDate>,
    /// Earlier ressourceforløb together (months, days).
    pub tidligere_i_alt: (u32, u32),
    /// 40–50 years from 2022: how much fits within 5 years in total without a wish (months, days).
    pub plads_inden_5_aar: Option<(u32, u32)>,
    /// The headline for the citizen: for a ressourceforløb decided before 1 February 2026 (one that runs or
    /// has run) the end date, not whether it «can be given».
    pub overskrift: String,
    /// The sentences under the headline (what follows, and what the rules said on the decision date).
    pub undertekst: Vec<String>,
    /// A ressourceforløb decided before 1 February 2026: it runs (or ran) to its end date.
    pub loebende: bool,
    pub tidslinje: Tidslinje,
}

/// The result: an assessment, or the input that has to be corrected first.
#[derive(Clone, Debug, PartialEq)]
pub enum Udfald {
    Vurderet(Box<Vurdering>),
    Ugyldig { felt: &'static str, tekst: String },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Resultat {
    pub udfald: Udfald,
    pub forklaring: Forklaring,
}

/// Assesses a proposed forløb on the decision date (see the module doc).
pub fn vurder(input: &ForloebInput) -> Resultat {
    let mut fk = Forklaring::default();
    let udfald = match valider(input) {
        Err(f) => {
            let (felt, tekst) = tekst::fejl(f);
            Udfald::Ugyldig { felt, tekst }
        }
        Ok(start) => match input.forloeb {
            Forloebstype::Ressourceforloeb => {
                Udfald::Vurderet(Box::new(ressourceforloeb(input, start, &mut fk)))
            }
            Forloebstype::Jobafklaring => {
                Udfald::Vurderet(Box::new(jobafklaring(input, start, &mut fk)))
            }
        },
    };
    Resultat {
        udfald,
        forklaring: fk,
    }
}

/// Input the rules cannot assess: the person, the length and the start; then the earlier forløb.
fn valider(i: &ForloebInput) -> Result<NaiveDate, Fejl> {
    let start = i.start.unwrap_or(i.afgoerelse);
    if i.foedselsdato >= i.afgoerelse {
        return Err(Fejl::FoedselsdatoIkkeFoerAfgoerelse);
    }
    if alder(i.foedselsdato, i.afgoerelse) > 100 {
        return Err(Fejl::OverHundredeAar);
    }
    if i.laengde_maaneder == 0 {
        return Err(Fejl::IngenLaengde);
    }
    if i.laengde_maaneder > 120 {
        return Err(Fejl::OverTiAar);
    }
    if slutdato(start, i.laengde_maaneder).is_none() {
        return Err(Fejl::StartUdenForKalenderen);
    }
    if start
        > i.afgoerelse
            .checked_add_months(Months::new(24))
            .unwrap_or(i.afgoerelse)
    {
        return Err(Fejl::StartOverToAarEfter);
    }
    valider_tidligere(i, start)?;
    Ok(start)
}

/// The earlier forløb: each one ends after it begins, after the birth and before the new start; none overlap;
/// at most 20.
fn valider_tidligere(i: &ForloebInput, start: NaiveDate) -> Result<(), Fejl> {
    let mut perioder = i.tidligere.clone();
    crate::sortering::efter_dato(&mut perioder, |p| p.fra);
    for (n, p) in perioder.iter().enumerate() {
        if p.til < p.fra {
            return Err(Fejl::TidligereSlutterFoerStart {
                fra: p.fra,
                til: p.til,
            });
        }
        if p.fra < i.foedselsdato {
            return Err(Fejl::TidligereFoerFoedselsdato);
        }
        if p.til >= start {
            return Err(Fejl::TidligereIkkeSlut { til: p.til, start });
        }
        if let Some(naeste) = perioder.get(n + 1) {
            if naeste.fra <= p.til {
                return Err(Fejl::TidligereOverlapper);
            }
        }
    }
    if perioder.len() > 20 {
        return Err(Fejl::ForMangeTidligere);
    }
    Ok(())
}

fn samlet(perioder: &[Periode]) -> (u32, u32) {
    let (mut md, mut dage) = (0u32, 0u32);
    for p in perioder {
        let (m, d) = varighed(p.fra, p.til);
        md += m;
        dage += d;
    }
    // F16: leftover days of different forløb are added; 30 of them make a month.
    (md + dage / 30, dage % 30)
}

fn svar(grunde: &[Grund], oensker: bool) -> Svar {
    if grunde.is_empty() {
        Svar::Ja
    } else if grunde.iter().any(|g| !g.kan_loeftes_af_oenske()) {
        Svar::Nej
    } else if oensker {
        Svar::JaFordiDuOensker
    } else {
        Svar::KunHvisDuOensker
    }
}

fn regel(perioder: &'static [Regelvaerdi], dato: NaiveDate) -> Option<&'static Regelvaerdi> {
    Regelvaerdi::gaeldende(perioder, dato)
}

/// What every step of the ressourceforløb assessment reads.
#[derive(Clone, Copy)]
struct Ramme<'a> {
    i: &'a ForloebInput,
    /// The decision day.
    d: NaiveDate,
    start: NaiveDate,
    /// The last day of the proposed forløb.
    slut: NaiveDate,
    /// Completed years on the decision day.
    alder_d: u32,
    /// 1 February 2026: no new ressourceforløb from this day.
    cut: &'static Lovdato,
    regelsaet: Regelsaet,
}

impl<'a> Ramme<'a> {
    /// The frame of a valid input starting on `start`; the rule set follows the decision day.
    fn ny(i: &'a ForloebInput, start: NaiveDate) -> Self {
        let d = i.afgoerelse;
        Ramme {
            i,
            d,
            start,
            slut: slutdato(start, i.laengde_maaneder).unwrap_or(start),
            alder_d: alder(i.foedselsdato, d),
            cut: &datoer::RESSOURCEFORLOEB_LUKKET_FOR_NYE,
            regelsaet: if d < datoer::BEDRE_RESSOURCEFORLOEB.dato {
                Regelsaet::Foer2022
            } else {
                Regelsaet::Fra2022
            },
        }
    }
}

fn ressourceforloeb(i: &ForloebInput, start: NaiveDate, fk: &mut Forklaring) -> Vurdering {
    let r = Ramme::ny(i, start);
    let d = r.d;
    let fp = pensionsloven::folkepensionsalder(i.foedselsdato);
    let mut grunde = Vec::new();
    ordningen_findes(&r, &mut grunde, fk);
    let max = regel(vaerdier::RESSOURCEFORLOEB_MAX_MAANEDER, d);
    let min = regel(vaerdier::RESSOURCEFORLOEB_MIN_MAANEDER, d);
    laengde(&r, max, min, &mut grunde, fk);
    slutdato_linje(&r, fk);
    let tidligere_i_alt = samlet(&i.tidligere);
    tidligere_forloeb(&r, tidligere_i_alt, fk);
    let plads = match r.regelsaet {
        Regelsaet::Foer2022 => {
            alder_foer_2022(&r, &mut grunde, fk);
            None
        }
        Regelsaet::Fra2022 | Regelsaet::Jobafklaring => {
            alder_fra_2022(&r, tidligere_i_alt, &mut grunde, fk)
        }
    };
    let seks = fp
        .as_ref()
        .and_then(|fp| folkepension(&r, fp, &mut grunde, fk));
    let findes = !grunde
        .iter()
        .any(|g| matches!(g, Grund::IkkeIndfoert | Grund::Afskaffet2026));
    let indsats_senest = seks_maaneder(&r, findes, fk);
    baggrund(&r, &grunde, fk);
    let svar = svar(&grunde, i.oensker);
    let (overskrift, undertekst, loebende) = overskrift_ressourceforloeb(&r, svar, &grunde, findes);
    let tidslinje = tidslinje::byg(
        i.grundlag(),
        start,
        r.slut,
        fp.as_ref(),
        seks,
        indsats_senest,
        r.regelsaet,
    );
    Vurdering {
        overskrift,
        undertekst,
        loebende,
        svar,
        grunde,
        regelsaet: r.regelsaet,
        alder_ved_afgoerelse: r.alder_d,
        start,
        slutdato: r.slut,
        min_maaneder: min.map(|m| m.vaerdi),
        max_maaneder: max.map(|m| m.vaerdi),
        indsats_senest,
        folkepension: fp,
        seks_aars_graense: seks,
        tidligere_i_alt,
        plads_inden_5_aar: plads,
        tidslinje,
    }
}

/// Does the scheme exist for this decision (from 2013; no new ones from 1 February 2026), and the line
/// saying the limits are tested on the decision day.
fn ordningen_findes(r: &Ramme, grunde: &mut Vec<Grund>, fk: &mut Forklaring) {
    let Ramme {
        d,
        start,
        alder_d,
        cut,
        ..
    } = *r;
    if d < datoer::RESSOURCEFORLOEB_START.dato {
        grunde.push(Grund::IkkeIndfoert);
        fk.linje(tekst::ressourceforloeb_ikke_indfoert(d));
    } else if d >= cut.dato && start >= cut.dato {
        grunde.push(Grund::Afskaffet2026);
        for l in tekst::afskaffet(cut) {
            fk.linje(l);
        }
        fk.advar(
            Alvor::Advarsel,
            tekst::skaeringsdato_uafklaret(cut.dato),
            cut.kilder,
            Some(Fortolkning::Skaeringsdato2026),
        );
    } else if d >= cut.dato || start >= cut.dato {
        fk.advar(
            Alvor::Advarsel,
            tekst::hver_sin_side(d, start, cut.dato),
            cut.kilder,
            Some(Fortolkning::Skaeringsdato2026),
        );
    }
    fk.linje(tekst::vurderet_paa_afgoerelsesdagen(d, alder_d));
}

/// The length against the maximum and minimum in force on the decision day.
fn laengde(
    r: &Ramme,
    max: Option<&'static Regelvaerdi>,
    min: Option<&'static Regelvaerdi>,
    grunde: &mut Vec<Grund>,
    fk: &mut Forklaring,
) {
    let Ramme { i, regelsaet, .. } = *r;
    if let Some(max) = max {
        let ok = i.laengde_maaneder <= max.vaerdi;
        if !ok {
            grunde.push(Grund::ForLang);
        }
        fk.linje(tekst::max_laengde(max, i.laengde_maaneder, ok));
    }
    if let Some(min) = min {
        if i.laengde_maaneder < min.vaerdi {
            grunde.push(Grund::ForKort);
            fk.linje(tekst::for_kort(min, i.laengde_maaneder));
        }
    } else if let (Regelsaet::Fra2022, Some(tidligere_min)) =
        (regelsaet, vaerdier::RESSOURCEFORLOEB_MIN_MAANEDER.last())
    {
        // The minimum of the 2013–2021 rules is not repeated in the sources for 2022 onwards.
        if i.laengde_maaneder < tidligere_min.vaerdi {
            fk.advar(
                Alvor::Info,
                tekst::ingen_mindste_laengde(tidligere_min),
                tidligere_min.kilder,
                None,
            );
        }
    }
}

/// The end date: start + length − 1 day; no extension (F20).
fn slutdato_linje(r: &Ramme, fk: &mut Forklaring) {
    let Ramme {
        i,
        start,
        slut,
        cut,
        ..
    } = *r;
    fk.linje(tekst::slutdato(start, i.laengde_maaneder, slut, cut.dato));
}

/// Earlier ressourceforløb, counted together (F16).
fn tidligere_forloeb(r: &Ramme, tidligere_i_alt: (u32, u32), fk: &mut Forklaring) {
    let antal = r.i.tidligere.len();
    if antal > 0 {
        fk.linje(tekst::tidligere(antal, tidligere_i_alt));
    }
}

/// 2013–2021: from 40, more than one forløb only if the citizen wishes.
fn alder_foer_2022(r: &Ramme, grunde: &mut Vec<Grund>, fk: &mut Forklaring) {
    let Ramme { i, d, alder_d, .. } = *r;
    let antal = i.tidligere.len();
    if let Some(r) = regel(vaerdier::ALDER_FLERE_FORLOEB_KUN_MED_OENSKE, d) {
        let over = alder_d >= r.vaerdi;
        let staar_i_vejen = over && antal > 0;
        if staar_i_vejen {
            grunde.push(Grund::Over40FlereForloeb);
        }
        fk.linje(tekst::alder_foer_2022(r, alder_d, antal, staar_i_vejen));
    }
}

/// From 2022: one forløb from 50, at most 5 years in total from 40 (without a wish), and the birthdays that
/// fall on the decision day or during the forløb. Returns the room left within the 5 years (40–50).
fn alder_fra_2022(
    r: &Ramme,
    tidligere_i_alt: (u32, u32),
    grunde: &mut Vec<Grund>,
    fk: &mut Forklaring,
) -> Option<(u32, u32)> {
    let Ramme { d, alder_d, .. } = *r;
    let femti = regel(vaerdier::ALDER_ET_FORLOEB, d)?;
    let fyrre = regel(vaerdier::ALDER_SAMLET_5_AAR, d)?;
    let ramme = regel(vaerdier::SAMLET_VARIGHED_MAANEDER_40_50, d)?;
    let mut plads = None;
    if alder_d >= femti.vaerdi {
        over_50(r, femti, grunde, fk);
    } else if alder_d >= fyrre.vaerdi {
        plads = Some(mellem_40_og_50(
            r,
            fyrre,
            ramme,
            tidligere_i_alt,
            grunde,
            fk,
        ));
    } else {
        fk.linje(tekst::under_40(fyrre, alder_d));
    }
    fylder_under_forloebet(r, [(fyrre.vaerdi, fyrre), (femti.vaerdi, femti)], fk);
    plads
}

/// Over 50 from 2022: only one ressourceforløb unless the citizen wishes more.
fn over_50(r: &Ramme, femti: &'static Regelvaerdi, grunde: &mut Vec<Grund>, fk: &mut Forklaring) {
    let Ramme { i, alder_d, .. } = *r;
    let antal = i.tidligere.len();
    let staar_i_vejen = antal > 0;
    if staar_i_vejen {
        grunde.push(Grund::Over50FlereForloeb);
    }
    fk.linje(tekst::over_50(femti, alder_d, antal, staar_i_vejen));
}

/// 40–50 from 2022: at most 5 years in total without a wish. Returns the room left (months, days).
fn mellem_40_og_50(
    r: &Ramme,
    fyrre: &'static Regelvaerdi,
    ramme: &Regelvaerdi,
    tidligere_i_alt: (u32, u32),
    grunde: &mut Vec<Grund>,
    fk: &mut Forklaring,
) -> (u32, u32) {
    let Ramme { i, alder_d, .. } = *r;
    let i_alt = (
        tidligere_i_alt.0 + i.laengde_maaneder + tidligere_i_alt.1 / 30,
        tidligere_i_alt.1 % 30,
    );
    let over = i_alt.0 > ramme.vaerdi || (i_alt.0 == ramme.vaerdi && i_alt.1 > 0);
    let rest_dage = (ramme.vaerdi * 30).saturating_sub(tidligere_i_alt.0 * 30 + tidligere_i_alt.1);
    if over {
        grunde.push(Grund::Samlet5Aar);
    }
    let plads = (rest_dage / 30, rest_dage % 30);
    fk.linje(tekst::mellem_40_og_50(fyrre, alder_d, i_alt, over, plads));
    plads
}

/// A 40th or 50th birthday on the decision day (F15) or during the forløb.
fn fylder_under_forloebet(
    r: &Ramme,
    graenser: [(u32, &'static Regelvaerdi); 2],
    fk: &mut Forklaring,
) {
    let Ramme {
        i, d, start, slut, ..
    } = *r;
    for (graense, v) in graenser {
        if let Some(dag) = foedselsdag(i.foedselsdato, graense) {
            if dag == d {
                fk.advar(
                    Alvor::Advarsel,
                    tekst::fylder_paa_afgoerelsesdagen(graense),
                    v.kilder,
                    Some(Fortolkning::AlderVedAfgoerelse),
                );
            } else if start <= dag && dag <= slut && d < dag {
                fk.linje(tekst::fylder_under_forloebet(graense, dag, v));
            }
        }
    }
}

/// Folkepension, the 6-year line (F21) and a forløb that reaches beyond folkepension. Returns the 6-year line.
fn folkepension(
    r: &Ramme,
    fp: &Folkepension,
    grunde: &mut Vec<Grund>,
    fk: &mut Forklaring,
) -> Option<NaiveDate> {
    let Ramme { i, d, slut, .. } = *r;
    fk.linje(pensionsloven::linje(i.foedselsdato, fp));
    let seks =
        regel(vaerdier::AAR_FOER_FOLKEPENSION, d).map(|v| seks_aars_graense(r, fp, v, grunde, fk));
    if slut >= fp.dato {
        fk.advar(
            Alvor::Advarsel,
            tekst::ud_over_folkepension(fp.dato),
            fp.raekke.kilder,
            None,
        );
    }
    seks
}

/// The 6-year line: a new forløb needs the citizen's wish when the decision lies after it.
fn seks_aars_graense(
    r: &Ramme,
    fp: &Folkepension,
    v: &'static Regelvaerdi,
    grunde: &mut Vec<Grund>,
    fk: &mut Forklaring,
) -> NaiveDate {
    let Ramme { d, start, slut, .. } = *r;
    let graense = fp
        .dato
        .checked_sub_months(Months::new(v.vaerdi * 12))
        .unwrap_or(fp.dato);
    let under = d > graense;
    if under {
        grunde.push(Grund::Under6AarTilFolkepension);
    }
    fk.linje(tekst::seks_aars_graense(v, graense, d, under));
    if d == graense {
        fk.advar(
            Alvor::Advarsel,
            tekst::paa_seks_aars_graensen(graense),
            v.kilder,
            Some(Fortolkning::SeksAarsGraensen),
        );
    }
    if !under && start <= graense && graense <= slut && graense > d {
        fk.linje(tekst::passerer_seks_aars_graensen(graense, v));
    } else if d < graense && graense < start {
        fk.advar(
            Alvor::Advarsel,
            tekst::seks_aar_mellem_afgoerelse_og_start(graense),
            v.kilder,
            Some(Fortolkning::Afgoerelsesdato),
        );
    }
    graense
}

/// The 6-month rule (from 2022): an indsats must have begun within 6 months of the start (F23).
fn seks_maaneder(r: &Ramme, findes: bool, fk: &mut Forklaring) -> Option<NaiveDate> {
    let Ramme {
        i,
        d,
        start,
        slut,
        cut,
        ..
    } = *r;
    let mut indsats_senest = None;
    if let Some(v) = regel(vaerdier::INDSATS_SENEST_MAANEDER, d).filter(|_| findes) {
        let dato = samme_dato_senere(start, v.vaerdi)
            .and_then(|x| x.checked_add_days(Days::new(u64::from(i.fritagne_dage))))
            .unwrap_or(slut);
        indsats_senest = Some(dato);
        fk.linje(tekst::indsats_senest(v, dato, i.fritagne_dage, cut.dato));
        if dato >= cut.dato {
            fk.advar(
                Alvor::Info,
                tekst::team_afskaffet(cut.dato),
                Hjemmel::Lov17502025.kilder(),
                None,
            );
        }
    }

    indsats_senest
}

/// Background rules that always apply: udviklingsperspektiv, 82-16, the 2026 transition.
fn baggrund(r: &Ramme, grunde: &[Grund], fk: &mut Forklaring) {
    let Ramme {
        d,
        start,
        slut,
        cut,
        ..
    } = *r;
    if d >= datoer::UDVIKLINGSPERSPEKTIV.dato {
        fk.linje(tekst::udviklingsperspektiv());
    }
    let overgang = start < cut.dato && slut >= cut.dato && !grunde.contains(&Grund::Afskaffet2026);
    fk.linje(tekst::ved_slutningen(overgang, cut.dato));
    if overgang {
        fk.linje(tekst::koerer_videre(cut.dato, slut));
        fk.advar(
            Alvor::Info,
            tekst::principafgoerelse_uafklaret(),
            Hjemmel::Lov17502025.kilder(),
            None,
        );
    }
    if slut > datoer::SENESTE_SLUT_OVERGANGSFORLOEB.dato && d < cut.dato {
        fk.advar(
            Alvor::Advarsel,
            tekst::slut_efter_seneste(slut, cut.dato),
            datoer::SENESTE_SLUT_OVERGANGSFORLOEB.kilder,
            None,
        );
    }
}

/// The headline and the sentences under it; whether the forløb runs (or ran).
fn overskrift_ressourceforloeb(
    r: &Ramme,
    svar: Svar,
    grunde: &[Grund],
    findes: bool,
) -> (String, Vec<String>, bool) {
    let Ramme { d, slut, cut, .. } = *r;
    let loebende = findes && d < cut.dato;
    let (overskrift, undertekst) = if loebende {
        // Decided before 1 February 2026: the citizen is (or was) in this forløb; she asks when it ends.
        tekst::overskrift_loebende(slut, cut.dato, svar)
    } else if grunde.contains(&Grund::Afskaffet2026) {
        tekst::overskrift_afskaffet(cut.dato)
    } else {
        (tekst::overskrift_ny(svar).to_string(), Vec::new())
    };
    (overskrift, undertekst, loebende)
}

fn jobafklaring(i: &ForloebInput, start: NaiveDate, fk: &mut Forklaring) -> Vurdering {
    let d = i.afgoerelse;
    let slut = slutdato(start, i.laengde_maaneder).unwrap_or(start);
    let fp = pensionsloven::folkepensionsalder(i.foedselsdato);
    let mut grunde = Vec::new();
    let js = &datoer::JOBAFKLARING_START;
    if d < js.dato {
        grunde.push(Grund::IkkeIndfoert);
        fk.linje(tekst::jobafklaring_ikke_indfoert(js, d));
    }
    let max = regel(vaerdier::JOBAFKLARING_MAX_MAANEDER, d.max(js.dato));
    if let Some(max) = max {
        let ok = i.laengde_maaneder <= max.vaerdi;
        if !ok {
            grunde.push(Grund::ForLang);
        }
        fk.linje(tekst::jobafklaring_max(max, i.laengde_maaneder, ok));
    }
    jobafklaring_slut(i, start, slut, max, fk);
    if let Some(fp) = &fp {
        fk.linje(pensionsloven::linje(i.foedselsdato, fp));
    }
    let svar = svar(&grunde, i.oensker);
    let overskrift = tekst::overskrift_ny(svar).to_string();
    let undertekst = tekst::jobafklaring_undertekst(slut);
    let tidslinje = tidslinje::byg(
        i.grundlag(),
        start,
        slut,
        fp.as_ref(),
        None,
        None,
        Regelsaet::Jobafklaring,
    );
    Vurdering {
        svar,
        grunde,
        regelsaet: Regelsaet::Jobafklaring,
        alder_ved_afgoerelse: alder(i.foedselsdato, d),
        start,
        slutdato: slut,
        min_maaneder: None,
        max_maaneder: max.map(|m| m.vaerdi),
        indsats_senest: None,
        folkepension: fp,
        seks_aars_graense: None,
        tidligere_i_alt: (0, 0),
        plads_inden_5_aar: None,
        overskrift,
        undertekst,
        loebende: false,
        tidslinje,
    }
}

/// The end of a jobafklaringsforløb: the end date (F20), when it ends anyway, and the 2025 proposal to
/// abolish it.
fn jobafklaring_slut(
    i: &ForloebInput,
    start: NaiveDate,
    slut: NaiveDate,
    max: Option<&'static Regelvaerdi>,
    fk: &mut Forklaring,
) {
    fk.linje(tekst::jobafklaring_slutdato(
        start,
        i.laengde_maaneder,
        slut,
        max.map(|m| m.kilder).unwrap_or_default(),
    ));
    fk.linje(tekst::jobafklaring_ophoer());
    let forslag = &datoer::JOBAFKLARING_AFSKAFFELSE_FORESLAAET;
    if slut >= forslag.dato {
        fk.advar(
            Alvor::Advarsel,
            tekst::jobafklaring_forslag(forslag.dato),
            forslag.kilder,
            None,
        );
    }
}

/// Added for mutation testing: the input checks on their exact boundaries, and the sums and answers that no
/// golden case or path reached (tests/MUTANTER.md).
/// The golden cases' adapter of this rule (`calc = "forloeb"` in tests/golden/; [`crate::gylden`]).
pub struct GyldenKald;

impl crate::gylden::Gylden for GyldenKald {
    type Input = ForloebInput;
    fn koer(i: &ForloebInput) -> crate::gylden::Gyldent {
        use crate::gylden::{iso_opt, linjer, spor, Gyldent};
        let r = vurder(i);
        let mut m = std::collections::BTreeMap::new();
        let mut besked = None;
        match &r.udfald {
            Udfald::Ugyldig { felt, tekst } => besked = crate::gylden::ugyldig(&mut m, felt, tekst),
            Udfald::Vurderet(v) => {
                m.insert("status", "vurderet".into());
                m.insert("svar", v.svar.kode().into());
                m.insert(
                    "grunde",
                    v.grunde
                        .iter()
                        .map(|g| g.kode())
                        .collect::<Vec<_>>()
                        .join(","),
                );
                m.insert("alder", v.alder_ved_afgoerelse.to_string());
                m.insert("slutdato", crate::tid::iso(v.slutdato));
                m.insert("indsats_senest", iso_opt(v.indsats_senest));
                m.insert("seks_aars_graense", iso_opt(v.seks_aars_graense));
                m.insert("folkepension", iso_opt(v.folkepension.map(|f| f.dato)));
                m.insert(
                    "max_maaneder",
                    v.max_maaneder.map(|x| x.to_string()).unwrap_or("-".into()),
                );
                m.insert(
                    "plads_inden_5_aar",
                    v.plads_inden_5_aar
                        .map(|(md, d)| format!("{md}m{d}d"))
                        .unwrap_or("-".into()),
                );
                m.insert(
                    "tidligere_i_alt",
                    format!("{}m{}d", v.tidligere_i_alt.0, v.tidligere_i_alt.1),
                );
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
    use super::tekst::overskrift_ny;
    use super::*;
    use crate::forklaring::Linjeart;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    fn p(fra: NaiveDate, til: NaiveDate) -> Periode {
        Periode { fra, til }
    }

    /// A ressourceforløb of 3 years decided on 1 June 2023 for a person born 15 March 1980.
    fn grund() -> ForloebInput {
        ForloebInput {
            forloeb: Forloebstype::Ressourceforloeb,
            foedselsdato: d(1980, 3, 15),
            afgoerelse: d(2023, 6, 1),
            start: None,
            laengde_maaneder: 36,
            tidligere: Vec::new(),
            oensker: false,
            fritagne_dage: 0,
        }
    }

    /// The field refused, or `None` when the input is assessed.
    fn afvist(i: &ForloebInput) -> Option<&'static str> {
        match vurder(i).udfald {
            Udfald::Ugyldig { felt, .. } => Some(felt),
            Udfald::Vurderet(_) => None,
        }
    }

    fn vurdering(i: &ForloebInput) -> Vurdering {
        match vurder(i).udfald {
            Udfald::Vurderet(v) => *v,
            u => panic!("expected an assessment, got {u:?}"),
        }
    }

    #[test]
    fn an_age_of_100_on_the_decision_day_is_assessed_101_is_refused() {
        let mut i = grund();
        // Born 2 June 1922: 100 years old on 1 June 2023 (101 the next day).
        i.foedselsdato = d(1922, 6, 2);
        assert_eq!(afvist(&i), None);
        // Born 1 June 1922: 101 years old on the decision day.
        i.foedselsdato = d(1922, 6, 1);
        assert_eq!(afvist(&i), Some("foedselsdato"));
        i.foedselsdato = d(1900, 1, 1);
        assert_eq!(afvist(&i), Some("foedselsdato"));
    }

    #[test]
    fn a_length_of_120_months_is_assessed_121_is_refused() {
        let mut i = grund();
        i.laengde_maaneder = 120;
        assert_eq!(afvist(&i), None);
        i.laengde_maaneder = 121;
        assert_eq!(afvist(&i), Some("laengde_maaneder"));
        i.laengde_maaneder = 200;
        assert_eq!(afvist(&i), Some("laengde_maaneder"));
    }

    #[test]
    fn a_start_exactly_2_years_after_the_decision_is_assessed_a_day_later_is_refused() {
        let mut i = grund();
        i.start = Some(d(2025, 6, 1));
        assert_eq!(afvist(&i), None);
        i.start = Some(d(2025, 6, 2));
        assert_eq!(afvist(&i), Some("start"));
        i.start = Some(d(2030, 1, 1));
        assert_eq!(afvist(&i), Some("start"));
    }

    #[test]
    fn an_earlier_forloeb_of_one_day_from_the_birth_date_is_assessed() {
        let mut i = grund();
        // One day: it ends the day it begins.
        i.tidligere = vec![p(d(2019, 4, 1), d(2019, 4, 1))];
        assert_eq!(afvist(&i), None);
        i.tidligere = vec![p(d(2019, 4, 2), d(2019, 4, 1))];
        assert_eq!(afvist(&i), Some("tidligere"));
        // It may begin on the birth date, not the day before.
        i.tidligere = vec![p(d(1980, 3, 15), d(1981, 3, 14))];
        assert_eq!(afvist(&i), None);
        i.tidligere = vec![p(d(1980, 3, 14), d(1981, 3, 14))];
        assert_eq!(afvist(&i), Some("tidligere"));
    }

    #[test]
    fn twenty_earlier_forloeb_are_assessed_twenty_one_are_refused() {
        let mut i = grund();
        // One month in each year 2000–2019, then 2020 as the 21st.
        i.tidligere = (2000..2020)
            .map(|aar| p(d(aar, 1, 1), d(aar, 1, 31)))
            .collect();
        assert_eq!(afvist(&i), None);
        i.tidligere.push(p(d(2020, 1, 1), d(2020, 1, 31)));
        assert_eq!(afvist(&i), Some("tidligere"));
    }

    #[test]
    fn leftover_days_of_earlier_forloeb_add_up_to_months() {
        // 1–20 January 2015 and 1–20 January 2016 (20 days each) and 1 March – 30 April 2017 (2 months):
        // 2 months and 40 days = 3 months and 10 days (F16).
        let mut i = grund();
        i.oensker = true;
        i.tidligere = vec![
            p(d(2015, 1, 1), d(2015, 1, 20)),
            p(d(2016, 1, 1), d(2016, 1, 20)),
            p(d(2017, 3, 1), d(2017, 4, 30)),
        ];
        assert_eq!(vurdering(&i).tidligere_i_alt, (3, 10));
    }

    /// The art of the line whose text contains `tekst`.
    fn art(r: &Resultat, tekst: &str) -> Linjeart {
        r.forklaring
            .linjer
            .iter()
            .find(|l| l.tekst.contains(tekst))
            .unwrap_or_else(|| panic!("no line with «{tekst}»: {:#?}", r.forklaring.linjer))
            .art
    }

    #[test]
    fn before_2022_the_age_rule_is_a_result_only_from_40_with_an_earlier_forloeb() {
        // Decided 1 June 2020 (2013–2021 rules: from 40, more than one forløb only if wished).
        let mut i = grund();
        i.afgoerelse = d(2020, 6, 1);
        i.laengde_maaneder = 24;
        // 40 years old, no earlier forløb: the rule is only information.
        i.foedselsdato = d(1980, 3, 15);
        let r = vurder(&i);
        assert_eq!(
            art(&r, "Du var 40 år og havde ingen forløb før"),
            Linjeart::Oplysning
        );
        // 40 with one earlier forløb: the rule decides (only if wished).
        i.tidligere = vec![p(d(2015, 1, 1), d(2015, 12, 31))];
        let r = vurder(&i);
        assert_eq!(
            art(&r, "Du var 40 år og havde ét forløb før"),
            Linjeart::Resultat
        );
        // 35 with one earlier forløb: only information.
        i.foedselsdato = d(1985, 3, 15);
        let r = vurder(&i);
        assert_eq!(
            art(&r, "Du var 35 år og havde ét forløb før"),
            Linjeart::Oplysning
        );
    }

    fn advarsel_med(r: &Resultat, tekst: &str) -> bool {
        r.forklaring
            .advarsler
            .iter()
            .any(|a| a.tekst.contains(tekst))
    }

    #[test]
    fn the_6_year_line_is_a_warning_only_strictly_between_decision_and_start() {
        // Born 20 March 1962: folkepension at 67 on 20 March 2029, so the 6-year line is 20 March 2023.
        const MELLEM: &str = "ligger mellem afgørelsen og starten";
        const NETOP: &str = "netop på 6-års-grænsen (20. marts 2023)";
        let mut i = grund();
        i.foedselsdato = d(1962, 3, 20);
        i.laengde_maaneder = 12;
        // Decided before the line, starting after it.
        i.afgoerelse = d(2023, 1, 10);
        i.start = Some(d(2023, 4, 1));
        let r = vurder(&i);
        assert!(advarsel_med(&r, MELLEM), "{:#?}", r.forklaring.advarsler);
        assert!(!advarsel_med(&r, NETOP));
        // Decided on the line itself: only the «netop» warning, the line is not «between».
        i.afgoerelse = d(2023, 3, 20);
        i.start = Some(d(2023, 5, 1));
        let r = vurder(&i);
        assert!(advarsel_med(&r, NETOP), "{:#?}", r.forklaring.advarsler);
        assert!(!advarsel_med(&r, MELLEM), "{:#?}", r.forklaring.advarsler);
        // Starting on the line: it is passed during the forløb (a line, not the warning).
        i.afgoerelse = d(2023, 1, 10);
        i.start = Some(d(2023, 3, 20));
        let r = vurder(&i);
        assert!(!advarsel_med(&r, MELLEM), "{:#?}", r.forklaring.advarsler);
        assert_eq!(
            art(
                &r,
                "Du passerer 6-års-grænsen 20. marts 2023 under forløbet"
            ),
            Linjeart::Oplysning
        );
    }

    #[test]
    fn an_end_after_30_january_2029_is_flagged_only_for_a_forloeb_decided_before_the_cut() {
        // 31 January 2026 + 3 years − 1 day = 30 January 2029, the latest end of a forløb that started before
        // 1 February 2026.
        const TJEK: &str = "den seneste slutdato for et forløb på højst 3 år";
        let mut i = grund();
        i.afgoerelse = d(2026, 1, 20);
        i.start = Some(d(2026, 1, 31));
        let r = vurder(&i);
        assert_eq!(vurdering(&i).slutdato, d(2029, 1, 30));
        assert!(!advarsel_med(&r, TJEK), "{:#?}", r.forklaring.advarsler);
        i.start = Some(d(2026, 2, 1));
        let r = vurder(&i);
        assert_eq!(vurdering(&i).slutdato, d(2029, 1, 31));
        assert!(advarsel_med(&r, TJEK), "{:#?}", r.forklaring.advarsler);
        // Decided on 1 February 2026: no new ressourceforløb at all, and no date check.
        i.afgoerelse = d(2026, 2, 1);
        let r = vurder(&i);
        assert_eq!(vurdering(&i).grunde, vec![Grund::Afskaffet2026]);
        assert!(!advarsel_med(&r, TJEK), "{:#?}", r.forklaring.advarsler);
    }

    #[test]
    fn the_headline_says_when_a_running_forloeb_ends_or_why_none_can_be_given() {
        // Decided 1 June 2023 for 3 years: ends 31 May 2026, after 1 February 2026.
        let v = vurdering(&grund());
        assert!(v.loebende);
        assert_eq!(v.overskrift, "Dit forløb slutter 31. maj 2026.");
        assert_eq!(
            v.undertekst,
            vec![
                "Det kan ikke forlænges, og der kommer ikke et nyt ressourceforløb bagefter. Før slutdatoen skal kommunen beslutte, hvad der skal ske.".to_string(),
                "Forløbet holdt sig inden for reglerne på afgørelsesdagen.".to_string(),
            ]
        );
        // Decided 1 January 2019 for 2 years: it ended 31 December 2020.
        let mut i = grund();
        i.afgoerelse = d(2019, 1, 1);
        i.laengde_maaneder = 24;
        let v = vurdering(&i);
        assert!(v.loebende);
        assert_eq!(v.overskrift, "Dit forløb sluttede 31. december 2020.");
        assert!(v.undertekst[0].starts_with("Det kunne ikke forlænges. Før 1. februar 2026"));
        // Decided on or after the cut: no new forløb.
        for afgoerelse in [d(2026, 2, 1), d(2026, 3, 2)] {
            i.afgoerelse = afgoerelse;
            let v = vurdering(&i);
            assert!(!v.loebende, "{afgoerelse}");
            assert_eq!(
                v.overskrift,
                "Kommunen kan ikke give nye ressourceforløb fra 1. februar 2026."
            );
            assert_eq!(v.undertekst.len(), 1);
        }
        // Decided on 1 February 2026 for a start two weeks earlier: not abolished (it started before the cut),
        // but not decided before it either, so the plain answer and not «Dit forløb slutter».
        i.afgoerelse = d(2026, 2, 1);
        i.start = Some(d(2026, 1, 15));
        let v = vurdering(&i);
        assert!(!v.grunde.contains(&Grund::Afskaffet2026));
        assert!(!v.loebende);
        assert_eq!(v.overskrift, overskrift_ny(v.svar));
        i.start = None;
        // Decided before the scheme existed: the plain answer, nothing running.
        i.afgoerelse = d(2012, 6, 1);
        let v = vurdering(&i);
        assert!(!v.loebende);
        assert_eq!(v.overskrift, "Nej, forløbet kan ikke gives sådan.");
        assert!(v.undertekst.is_empty());
    }

    /// Added for mutation testing of `forloebstekst.rs`: the warnings and the jobafklaring sentence that no
    /// other test read — no minimum length in the 2022 sources, a forløb reaching beyond folkepension, and the
    /// end date under a jobafklaringsforløb's headline.
    #[test]
    fn the_warnings_and_the_jobafklaring_sentence_are_worded() {
        let advarsler = |i: &ForloebInput| -> Vec<String> {
            vurder(i)
                .forklaring
                .advarsler
                .iter()
                .map(|a| a.tekst.clone())
                .collect()
        };
        // 2022 rules, 6 months (less than the 12 of 2013–2021).
        let kort = ForloebInput {
            laengde_maaneder: 6,
            ..grund()
        };
        let a = advarsler(&kort);
        assert!(
            a.iter().any(|t| t.starts_with("Kilderne nævner kun en største længde fra 2022. Om der stadig er en mindste længde på 1 år")),
            "{a:#?}"
        );
        assert!(!advarsler(&grund())
            .iter()
            .any(|t| t.starts_with("Kilderne nævner")));
        // Born 1.6.1958 (folkepension at 66½, on 1.12.2024); 3 years from 1.6.2023 reach beyond it.
        let gammel = ForloebInput {
            foedselsdato: d(1958, 6, 1),
            ..grund()
        };
        let a = advarsler(&gammel);
        assert!(
            a.iter()
                .any(|t| t.starts_with("Forløbet når ud over din folkepensionsalder (")),
            "{a:#?}"
        );
        // A jobafklaringsforløb of 12 months from the decision on 1.6.2023.
        let job = ForloebInput {
            forloeb: Forloebstype::Jobafklaring,
            laengde_maaneder: 12,
            ..grund()
        };
        match vurder(&job).udfald {
            Udfald::Vurderet(v) => assert_eq!(
                v.undertekst,
                vec!["Forløbet slutter 31. maj 2024.".to_string()]
            ),
            u => panic!("assessed: {u:?}"),
        }
    }
}
