//! Ressourceforløbsydelse for one calendar month.
//!
//! Lov om aktiv socialpolitik (aktivloven) kapitel 6 a (ressourceforløb: §§ 68–69) and kapitel 6 b
//! (jobafklaringsforløb: § 69 j). The rates and thresholds are dated data (`content/law/`); this module holds
//! the rules that combine them, one function per rule, each citing its §.
//!
//! The month is split into *segments* — runs of days in which nothing that decides the level changes (the
//! forløb starts, the sygedagpenge right ends, a child arrives, the 25th birthday, a new weekly figure). A month
//! with one segment gets the full monthly amount; otherwise each segment gets its share by calendar days (F3).
//! Income is then deducted from the month as a whole.
//!
//! The rules return typed steps ([`Trin`], [`Varsel`], [`Hindring`]) and hold no sentences: `ydelsestekst`
//! writes the trace. [`beregn_uden_tekst`] runs the same rules without building any text.

use super::super::forklaring::{Alvor, Forklaring, Linjeart};
use super::super::fortolkninger::Fortolkning;
use super::super::lovdata::{self, datoer, Forloebstype, Hjemmel, ManglerSats, Sats, Status};
use super::super::penge::{oere, procent_af};
use super::super::tid::{dage_i_maaned, foedselsdag, Maaned};
use super::ydelsestekst as tekst;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The benefit the person came from, which decides the level (§ 68, stk. 2, 4 og 5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Niveau {
    /// Kontanthjælpsniveau (§ 68, stk. 2) — everyone not in one of the other groups.
    Kontanthjaelp,
    /// Came from sygedagpenge (§ 68, stk. 4).
    Sygedagpenge,
    /// Came from ledighedsydelse at 89 pct. of the højeste dagpengesats (§ 68, stk. 5).
    Ledighedsydelse,
    /// Came from ledighedsydelse at kontanthjælp level (§ 68, stk. 5).
    LedighedsydelseKontanthjaelp,
    /// Receives førtidspension, which is kept during the forløb (kapitel 6 a): no ydelse.
    Foertidspension,
}

/// Other income, by how aktivloven treats it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Indtaegtsart {
    /// Rent from letting one's own or andels flat — deducted krone for krone, no expenses.
    Lejeindtaegt,
    /// Compensation for a missing ansættelsesbevis — deducted krone for krone.
    ManglendeAnsaettelsesbevis,
    /// Running private-insurance payments (tab af erhvervsevne, invalidepension, -rente, bonuskapital).
    PrivatForsikring,
    /// Labour-market invalidepension — deducted in full (secondary source).
    InvalidepensionArbejdsmarked,
    /// Any other income that reduces the ydelse krone for krone.
    Anden,
    /// Invaliditetsydelse — not deducted.
    Invaliditetsydelse,
    /// Vederlag as tilforordnet ved valg — not deducted.
    Valgvederlag,
    /// Tax-free legater (ligningslovens § 7, nr. 6) — not deducted.
    SkattefritLegat,
    /// Erstatning for tab af erhvervsevne under erstatningsansvarsloven, arbejdsskadesikringsloven,
    /// offererstatning or the PTSD-veteran act — not deducted.
    ErstatningErhvervsevne,
    /// Godtgørelse under LAB §§ 175–176 — not deducted.
    #[serde(rename = "godtgoerelse_lab_175_176")]
    GodtgoerelseLab175176,
    /// Income relating to children — not deducted.
    Boernerelateret,
}

impl Indtaegtsart {
    /// Whether the income reduces the ydelse (krone for krone) or is disregarded (§ 33 and practice).
    pub fn fradrages(self) -> bool {
        matches!(
            self,
            Indtaegtsart::Lejeindtaegt
                | Indtaegtsart::ManglendeAnsaettelsesbevis
                | Indtaegtsart::PrivatForsikring
                | Indtaegtsart::InvalidepensionArbejdsmarked
                | Indtaegtsart::Anden
        )
    }

    /// The kind in plain Danish (in `ydelsestekst`).
    pub fn tekst(self) -> &'static str {
        tekst::indtaegtsart(self)
    }

    /// Where the treatment comes from (content/law/hjemmel.toml).
    fn kilde(self) -> (&'static str, &'static [&'static str]) {
        let h = if self.fradrages() {
            Hjemmel::AktivlovenKapitel6A6BIndtaegt
        } else {
            Hjemmel::Aktivloven33
        };
        (h.paragraf(), h.kilder())
    }
}

/// One item of other income.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Indtaegt {
    pub art: Indtaegtsart,
    pub beloeb: Decimal,
}

/// Everything the calculation needs for one month. Field names match the golden case files.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct YdelseInput {
    pub maaned: Maaned,
    pub forloeb: Forloebstype,
    pub forloeb_start: NaiveDate,
    #[serde(default)]
    pub afgoerelse: Option<NaiveDate>,
    pub niveau: Niveau,
    #[serde(default)]
    pub forsoerger: bool,
    #[serde(default)]
    pub hjemmeboende: bool,
    #[serde(default)]
    pub foedselsdato: Option<NaiveDate>,
    #[serde(default)]
    pub normalbidrag: Option<Decimal>,
    #[serde(default)]
    pub barn_foedt: Option<NaiveDate>,
    #[serde(default)]
    pub sdp_uge: Option<Decimal>,
    #[serde(default)]
    pub sdp_ophoer: Option<NaiveDate>,
    #[serde(default)]
    pub ledighedsydelse_uge: Option<Decimal>,
    #[serde(default)]
    pub loen: Decimal,
    #[serde(default)]
    pub ferie_godtgoerelse: Decimal,
    #[serde(default)]
    pub ferie_start: Option<NaiveDate>,
    #[serde(default)]
    pub feriedage: u32,
    #[serde(default)]
    pub tilbud_indtaegt: Decimal,
    #[serde(default)]
    pub tilbud_timer: Decimal,
    #[serde(default)]
    pub indtaegter: Vec<Indtaegt>,
}

impl YdelseInput {
    /// A plain starting point: kontanthjælp level, ikke-forsørger, no income.
    pub fn ny(maaned: Maaned, forloeb: Forloebstype, forloeb_start: NaiveDate) -> Self {
        YdelseInput {
            maaned,
            forloeb,
            forloeb_start,
            afgoerelse: None,
            niveau: Niveau::Kontanthjaelp,
            forsoerger: false,
            hjemmeboende: false,
            foedselsdato: None,
            normalbidrag: None,
            barn_foedt: None,
            sdp_uge: None,
            sdp_ophoer: None,
            ledighedsydelse_uge: None,
            loen: Decimal::ZERO,
            ferie_godtgoerelse: Decimal::ZERO,
            ferie_start: None,
            feriedage: 0,
            tilbud_indtaegt: Decimal::ZERO,
            tilbud_timer: Decimal::ZERO,
            indtaegter: Vec::new(),
        }
    }
}

/// The amounts of a computed month.
#[derive(Clone, Debug, PartialEq)]
pub struct Beregning {
    /// The monthly ydelse before tax, exact to the øre.
    pub ydelse: Decimal,
    /// The base level for the month (after any split by days), before deductions.
    pub grundbeloeb: Decimal,
    /// The deduction for wage (incl. the feriegodtgørelse of the month).
    pub fradrag_loen: Decimal,
    /// All deductions together (before the result is floored at 0).
    pub fradrag_i_alt: Decimal,
    /// True when the month lies after the newest rate year and the newest rates were used instead: the
    /// amount is *foreløbig* (the trace says why, `Forklaring::foreloebig`).
    pub foreloebig: bool,
}

/// Why there is no amount.
#[derive(Clone, Debug, PartialEq)]
pub enum Udfald {
    Beregnet(Beregning),
    /// The scheme did not exist, or is closed for this forløb (the text says why and what applies instead).
    IkkeTilgaengelig(String),
    /// Førtidspension is kept during the forløb; no ressourceforløbsydelse.
    Foertidspension,
    /// The app has no rate for the month (e.g. next year's rates are not out yet).
    ManglerSats(String),
    /// A piece of information the calculation needs is missing or impossible; `felt` names the input.
    ManglerOplysning {
        felt: &'static str,
        tekst: String,
    },
}

/// A result and how it came about.
#[derive(Clone, Debug, PartialEq)]
pub struct Resultat {
    pub udfald: Udfald,
    pub forklaring: Forklaring,
}

impl Resultat {
    pub fn ydelse(&self) -> Option<Decimal> {
        match &self.udfald {
            Udfald::Beregnet(b) => Some(b.ydelse),
            _ => None,
        }
    }
}

/// The ressourceforløbsydelse for one calendar month, with its explanation.
pub fn beregn(input: &YdelseInput) -> Resultat {
    let mut spor = Spor::med_tekst();
    let res = beregn_indre(input, &mut spor);
    if let Ok(b) = &res {
        sygedagpengeret_ukendt(input, b.ydelse, &mut spor);
    }
    tekst::resultat(input, res, spor)
}

/// The same month without building any text: only the amounts, or why there are none (what «Hvad hvis», «Tjek
/// din afgørelse» and a check over many months need). Always agrees with [`beregn`] (tested).
pub fn beregn_uden_tekst(input: &YdelseInput) -> Result<Beregning, Hindring> {
    beregn_indre(input, &mut Spor::tavs())
}

/// Why a month has no amount, as data; [`tekst`] turns it into the [`Udfald`] the app shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Hindring {
    Utilgaengelig(Utilgaengelig),
    Foertidspension,
    ManglerSats(ManglerSats),
    ManglerOplysning { felt: &'static str, mangel: Mangel },
}

/// Why the scheme does not apply to the month (`tilgaengelighed`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Utilgaengelig {
    FoerOrdningen,
    FoerJobafklaring,
    LukketForNye,
    FoerForloebet,
    IngenLoenfradragsregel { dag: NaiveDate },
}

/// What is wrong with an input (`valider`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mangel {
    Negativ,
    Urealistisk,
    Sygedagpenge,
    Foedselsdato,
    FoedselsdatoEfterMaaned,
    Ferie,
    Feriedage,
    /// No figure for the year (or only a range, F13): the user must write the weekly amount.
    Ledighedsydelse {
        interval: Option<(Decimal, Decimal)>,
        aar: i32,
    },
}

/// One step of the calculation as data: what was computed (`hvad`), with which figure, rule and
/// interpretation. [`tekst`] turns it into a trace [`Linje`].
#[derive(Clone, Debug, PartialEq)]
pub struct Trin {
    pub art: Linjeart,
    pub hvad: Hvad,
    pub beloeb: Option<Decimal>,
    pub paragraf: &'static str,
    pub kilder: [&'static [&'static str]; 2],
    pub gyldig_fra: Option<NaiveDate>,
    pub status: Status,
    pub fortolkning: Option<Fortolkning>,
    pub tal: Option<(&'static str, i32)>,
}

impl Trin {
    /// A step backed by a dated figure used for `dag` (status «foreløbig» after the figure's period).
    fn figur(
        art: Linjeart,
        hvad: Hvad,
        beloeb: Decimal,
        paragraf: &'static str,
        f: &'static lovdata::Figur,
        dag: NaiveDate,
    ) -> Self {
        Trin {
            art,
            hvad,
            beloeb: Some(beloeb),
            paragraf,
            kilder: [f.kilder, &[]],
            gyldig_fra: Some(f.gyldig_fra),
            status: f.status_paa(dag),
            fortolkning: None,
            tal: Some(f.tal()),
        }
    }

    /// A step backed by a rule (no dated figure).
    fn regel(
        art: Linjeart,
        hvad: Hvad,
        beloeb: Option<Decimal>,
        paragraf: &'static str,
        kilder: &'static [&'static str],
        status: Status,
    ) -> Self {
        Trin {
            art,
            hvad,
            beloeb,
            paragraf,
            kilder: [kilder, &[]],
            gyldig_fra: None,
            status,
            fortolkning: None,
            tal: None,
        }
    }

    fn med(mut self, f: Fortolkning) -> Self {
        self.fortolkning = Some(f);
        self
    }
}

/// The kontanthjælp-level category for a day (§ 68, stk. 2 / § 69 j, stk. 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kategori {
    Forsoerger,
    IkkeForsoerger,
    Under25Hjemmeboende,
}

/// Which day the sygedagpenge right ends, as the user gave it (§ 68, stk. 4).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SdpRet {
    Ukendt,
    HeleMaaneden(NaiveDate),
    Til(NaiveDate),
}

/// What a step computed, with the figures its sentence needs.
#[derive(Clone, Debug, PartialEq)]
pub enum Hvad {
    Foertidspension,
    JobafklaringNiveau,
    /// The ydelse cannot be negative (`fradrag` = all deductions).
    Nul {
        fradrag: Decimal,
    },
    Resultat {
        foreloebig: bool,
        ydelse: Decimal,
    },
    DelAfMaaned,
    Andel {
        fra: NaiveDate,
        til: NaiveDate,
        dage: i64,
        dage_i_md: i64,
        maaned_beloeb: Decimal,
        andel: Decimal,
    },
    Grundbeloeb {
        sum: Decimal,
    },
    Feriepenge {
        kalenderdage: i64,
        i_md: i64,
        ferie: Decimal,
    },
    Loen {
        ferie: bool,
        loen: Decimal,
        aar: i32,
        graense: Decimal,
    },
    /// The share up to the grænse; `over` tells whether there is wage above it.
    FradragUnder {
        pct: Decimal,
        under: Decimal,
        fradrag: Decimal,
        over: bool,
    },
    FradragOver {
        pct: Decimal,
        over: Decimal,
        fradrag: Decimal,
    },
    Tilbud {
        pr_time: Decimal,
        frit: Decimal,
        rest: Decimal,
    },
    Indtaegt(Indtaegt),
    FradragIAlt(Decimal),
    /// A kontanthjælp-level rate; `bidrag_ikke`: a normalbidrag was given but is not added (`Some(hjemmeboende)`).
    Sats {
        kategori: Kategori,
        aar: i32,
        vaerdi: Decimal,
        enhed: lovdata::Enhed,
        bidrag_ikke: Option<bool>,
    },
    Bidrag {
        bidrag: Decimal,
        maks: Decimal,
        med: Decimal,
    },
    SdpStop {
        ophoer: NaiveDate,
        fra: NaiveDate,
    },
    Sygedagpenge {
        uge: Decimal,
        cap: Decimal,
        cap_fra: NaiveDate,
        maaned: Decimal,
    },
    SdpRet(SdpRet),
    SdpGulv {
        gulv: Decimal,
    },
    Ledighedsydelse {
        uge: Decimal,
        maaned: Decimal,
        egen: bool,
    },
}

/// A warning as data; [`tekst`] writes it.
#[derive(Clone, Debug)]
pub struct Varsel {
    pub alvor: Alvor,
    pub hvad: Varselhvad,
    pub kilder: &'static [&'static str],
    pub fortolkning: Option<Fortolkning>,
}

/// What a warning is about.
#[derive(Clone, Debug)]
pub enum Varselhvad {
    /// A figure that is not official (`Forklaring::advar_om_figur`); `None` = the bidrag ceiling.
    Figur(Option<Sats>, &'static lovdata::Figur),
    SdpUkendt {
        alternativ: Decimal,
        ydelse: Decimal,
    },
    JobafklaringStart,
    Skaeringsdato,
    StartEfterAfgoerelseFoer,
    KoererVidere,
    SenestSlut,
    Aldersgraense,
    RegelIkkeOfficiel(&'static str),
    LoenFoerAmBidrag,
    /// The forløb starts after the 1st of the month with wage in it: the whole monthly grænse is used (F12).
    GraenseIDelmaaned {
        fra: NaiveDate,
    },
    DeleAfMaaned,
    BarnIForloeb,
}

/// A step or a warning, in the order the calculation made them.
#[derive(Clone, Debug)]
pub enum Post {
    Linje(Trin),
    Varsel(Varsel),
}

/// Where the steps go: kept for the trace, or dropped on the text-free path. Whether any step rests on a
/// *foreløbig* figure is tracked either way (it decides the result).
pub struct Spor {
    poster: Option<Vec<Post>>,
    foreloebig: bool,
}

impl Spor {
    fn med_tekst() -> Self {
        Spor {
            poster: Some(Vec::new()),
            foreloebig: false,
        }
    }

    fn tavs() -> Self {
        Spor {
            poster: None,
            foreloebig: false,
        }
    }

    fn linje(&mut self, t: Trin) {
        self.foreloebig |= t.status == Status::Foreloebig;
        if let Some(p) = &mut self.poster {
            p.push(Post::Linje(t));
        }
    }

    fn varsel(
        &mut self,
        alvor: Alvor,
        hvad: Varselhvad,
        kilder: &'static [&'static str],
        fortolkning: Option<Fortolkning>,
    ) {
        if let Some(p) = &mut self.poster {
            p.push(Post::Varsel(Varsel {
                alvor,
                hvad,
                kilder,
                fortolkning,
            }));
        }
    }

    fn figur(&mut self, sats: Option<Sats>, f: &'static lovdata::Figur) {
        self.varsel(Alvor::Advarsel, Varselhvad::Figur(sats, f), &[], None);
    }

    /// The steps and warnings made (empty on the text-free path).
    pub fn poster(self) -> Vec<Post> {
        self.poster.unwrap_or_default()
    }
}

/// Where the day the sygedagpenge right ends is written: the kommune's decision on revurdering or forlængelse
/// of the sygedagpenge, or the decision on the forløb (§ 68, stk. 4; sygedagpengeloven §§ 24 and 27).
fn sdp_kilde() -> &'static [&'static str] {
    Hjemmel::Aktivloven684SdpOphoer.kilder()
}

/// § 68, stk. 4: the sygedagpenge level lasts only until the sygedagpenge right would have ended. When the user
/// does not know that day, the month is computed as if the right still runs, and a warning shows what the
/// month gives if it has ended (kontanthjælp level), what to ask the kommune, and where the answer stands.
fn sygedagpengeret_ukendt(input: &YdelseInput, ydelse: Decimal, spor: &mut Spor) {
    if input.forloeb != Forloebstype::Ressourceforloeb
        || input.niveau != Niveau::Sygedagpenge
        || input.sdp_ophoer.is_some()
    {
        return;
    }
    let mut stoppet = input.clone();
    stoppet.sdp_ophoer = input
        .maaned
        .foerste_dag()
        .max(input.forloeb_start)
        .pred_opt();
    if let Ok(b) = beregn_uden_tekst(&stoppet) {
        spor.varsel(
            Alvor::Advarsel,
            Varselhvad::SdpUkendt {
                alternativ: b.ydelse,
                ydelse,
            },
            sdp_kilde(),
            None,
        );
    }
}

/// The figure for a day: the one in force, or — for a day after the newest rate year — the newest one, which
/// every step marks «foreløbig» (`Trin::figur` with the day). Never refuses when a useful, honest answer
/// exists; never uses an old rate silently.
fn figur(s: Sats, dag: NaiveDate) -> Result<&'static lovdata::Figur, Hindring> {
    lovdata::figur_eller_foreloebig(s, dag).map_err(Hindring::ManglerSats)
}

fn vaerdi(f: &lovdata::Figur, sats: Sats, dag: NaiveDate) -> Result<Decimal, Hindring> {
    f.vaerdi
        .ok_or(Hindring::ManglerSats(ManglerSats { sats, dato: dag }))
}

fn beregn_indre(input: &YdelseInput, spor: &mut Spor) -> Result<Beregning, Hindring> {
    let foerste = input.maaned.foerste_dag();
    let sidste = input.maaned.sidste_dag();
    tilgaengelighed(input, spor)?;
    if input.niveau == Niveau::Foertidspension {
        spor.linje(Trin::regel(
            Linjeart::Oplysning,
            Hvad::Foertidspension,
            None,
            Hjemmel::AktivlovenKapitel6A.paragraf(),
            Hjemmel::AktivlovenKapitel6A.kilder(),
            Status::Officiel,
        ));
        return Err(Hindring::Foertidspension);
    }
    valider(input)?;
    // The rates of the month must exist before anything is computed.
    for s in [
        Sats::Forsoerger,
        Sats::IkkeForsoerger,
        Sats::Loenindtaegtsgraense,
    ] {
        figur(s, foerste)?;
        figur(s, sidste)?;
    }
    let grundbeloeb = grundbeloeb(input, spor)?;
    let (fradrag_loen, fradrag_i_alt) = fradrag(input, spor)?;
    let foreloebig = spor.foreloebig;
    let raa = grundbeloeb - fradrag_i_alt;
    let ydelse = raa.max(Decimal::ZERO);
    let kapitel = paragraf_kapitel(input.forloeb);
    if raa.is_sign_negative() && !raa.is_zero() {
        spor.linje(Trin::regel(
            Linjeart::Oplysning,
            Hvad::Nul {
                fradrag: fradrag_i_alt,
            },
            None,
            kapitel,
            &[],
            Status::Afledt,
        ));
    }
    let status = if foreloebig {
        Status::Foreloebig
    } else {
        Status::Afledt
    };
    spor.linje(
        Trin::regel(
            Linjeart::Resultat,
            Hvad::Resultat { foreloebig, ydelse },
            Some(ydelse),
            kapitel,
            &[],
            status,
        )
        .med(Fortolkning::Afrunding),
    );
    Ok(Beregning {
        ydelse,
        grundbeloeb,
        fradrag_loen,
        fradrag_i_alt,
        foreloebig,
    })
}

fn paragraf_kapitel(f: Forloebstype) -> &'static str {
    match f {
        Forloebstype::Ressourceforloeb => Hjemmel::AktivlovenKapitel6A.paragraf(),
        Forloebstype::Jobafklaring => Hjemmel::AktivlovenKapitel6B.paragraf(),
    }
}

/// Whether the scheme applies to this forløb in this month.
///
/// * Ressourceforløbsydelse exists from 1 January 2013 (lov nr. 1380 af 23. december 2012).
/// * Jobafklaringsforløb with ressourceforløbsydelse exist from 1 July 2014 (lov nr. 720 af 25. juni 2014; F14).
/// * From 1 February 2026 no new ressourceforløb are granted; running forløb continue under the former
///   kapitel 6 a until their end date (lov nr. 1750 af 29. december 2025; F11).
fn tilgaengelighed(input: &YdelseInput, spor: &mut Spor) -> Result<(), Hindring> {
    use Utilgaengelig as U;
    let sidste = input.maaned.sidste_dag();
    if sidste < datoer::RESSOURCEFORLOEB_START.dato {
        return Err(Hindring::Utilgaengelig(U::FoerOrdningen));
    }
    if input.forloeb == Forloebstype::Jobafklaring {
        let ja = &datoer::JOBAFKLARING_START;
        if sidste < ja.dato {
            let f = Fortolkning::JobafklaringStart;
            spor.varsel(
                Alvor::Info,
                Varselhvad::JobafklaringStart,
                ja.kilder,
                Some(f),
            );
            return Err(Hindring::Utilgaengelig(U::FoerJobafklaring));
        }
    }
    if input.forloeb == Forloebstype::Ressourceforloeb {
        let luk = &datoer::RESSOURCEFORLOEB_LUKKET_FOR_NYE;
        let start_efter = input.forloeb_start >= luk.dato;
        let afgoerelse_foer = input.afgoerelse.is_some_and(|a| a < luk.dato);
        let f = Some(Fortolkning::Skaeringsdato2026);
        if start_efter && !afgoerelse_foer {
            spor.varsel(Alvor::Advarsel, Varselhvad::Skaeringsdato, luk.kilder, f);
            return Err(Hindring::Utilgaengelig(U::LukketForNye));
        }
        if start_efter && afgoerelse_foer {
            let v = Varselhvad::StartEfterAfgoerelseFoer;
            spor.varsel(Alvor::Advarsel, v, luk.kilder, f);
        } else if sidste >= luk.dato {
            spor.varsel(Alvor::Info, Varselhvad::KoererVidere, luk.kilder, None);
        }
        let senest = &datoer::SENESTE_SLUT_OVERGANGSFORLOEB;
        if input.maaned.foerste_dag() > senest.dato {
            spor.varsel(Alvor::Advarsel, Varselhvad::SenestSlut, senest.kilder, None);
        }
    }
    if sidste < input.forloeb_start {
        return Err(Hindring::Utilgaengelig(U::FoerForloebet));
    }
    Ok(())
}

/// The age under which the hjemmeboende rate applies (§ 68, stk. 2, nr. 3; content/law/regler.toml; F7).
pub fn hjemmeboende_alder() -> u32 {
    lovdata::Regelvaerdi::altid(lovdata::vaerdier::HJEMMEBOENDE_ALDER).vaerdi
}

/// Far above any real monthly or weekly amount, and far enough below `Decimal::MAX` that no sum or product in
/// the calculation can overflow (which panicked: found by tests/fuzz.rs).
const STOERSTE_BELOEB: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);

/// Checks that the inputs for the chosen level are present and possible.
fn valider(input: &YdelseInput) -> Result<(), Hindring> {
    let negativ = |d: Decimal| d.is_sign_negative() && !d.is_zero();
    let mangler = |felt, mangel| Err(Hindring::ManglerOplysning { felt, mangel });
    let mut beloeb = vec![
        ("loen", input.loen),
        ("ferie_godtgoerelse", input.ferie_godtgoerelse),
        ("tilbud_indtaegt", input.tilbud_indtaegt),
        ("tilbud_timer", input.tilbud_timer),
    ];
    beloeb.extend(input.sdp_uge.map(|d| ("sdp_uge", d)));
    beloeb.extend(input.normalbidrag.map(|d| ("normalbidrag", d)));
    beloeb.extend(
        input
            .ledighedsydelse_uge
            .map(|d| ("ledighedsydelse_uge", d)),
    );
    beloeb.extend(input.indtaegter.iter().map(|i| ("indtaegter", i.beloeb)));
    if let Some((felt, _)) = beloeb.iter().find(|(_, d)| negativ(*d)) {
        return mangler(felt, Mangel::Negativ);
    }
    if let Some((felt, _)) = beloeb.iter().find(|(_, d)| *d > STOERSTE_BELOEB) {
        return mangler(felt, Mangel::Urealistisk);
    }
    if input.forloeb == Forloebstype::Ressourceforloeb
        && input.niveau == Niveau::Sygedagpenge
        && input.sdp_uge.is_none()
    {
        return mangler("sdp_uge", Mangel::Sygedagpenge);
    }
    if input.hjemmeboende && !input.forsoerger && input.foedselsdato.is_none() {
        return mangler("foedselsdato", Mangel::Foedselsdato);
    }
    if input
        .foedselsdato
        .is_some_and(|f| f > input.maaned.sidste_dag())
    {
        return mangler("foedselsdato", Mangel::FoedselsdatoEfterMaaned);
    }
    if !input.ferie_godtgoerelse.is_zero() && (input.ferie_start.is_none() || input.feriedage == 0)
    {
        return mangler("ferie_start", Mangel::Ferie);
    }
    if input.feriedage > 366 {
        return mangler("feriedage", Mangel::Feriedage);
    }
    Ok(())
}

/// A run of days in the month where nothing that decides the level changes.
#[derive(Debug)]
struct Segment {
    fra: NaiveDate,
    til: NaiveDate,
}

impl Segment {
    fn dage(&self) -> i64 {
        (self.til - self.fra).num_days() + 1
    }
}

/// The days on which something that decides the level changes inside the month.
fn segmenter(input: &YdelseInput, ugesats: Option<Sats>) -> Vec<Segment> {
    let foerste = input.maaned.foerste_dag();
    let sidste = input.maaned.sidste_dag();
    let mut skift: Vec<NaiveDate> = Vec::new();
    skift.push(input.forloeb_start);
    if input.forloeb == Forloebstype::Ressourceforloeb && input.niveau == Niveau::Sygedagpenge {
        skift.extend(input.sdp_ophoer.and_then(|d| d.succ_opt()));
    }
    if !input.forsoerger {
        skift.extend(input.barn_foedt);
    }
    if input.hjemmeboende {
        skift.extend(
            input
                .foedselsdato
                .and_then(|f| foedselsdag(f, hjemmeboende_alder())),
        );
    }
    if let Some(s) = ugesats {
        let v = lovdata::parameter(s).vaerdier;
        skift.extend(v.iter().map(|f| f.gyldig_fra));
        // The day after the newest period: from there the figure is only foreløbig.
        skift.extend(v.last().and_then(|f| f.gyldig_til.succ_opt()));
    }
    let mut punkter: Vec<NaiveDate> = skift
        .into_iter()
        .filter(|d| *d > foerste && *d <= sidste)
        .collect();
    crate::sortering::efter_dato(&mut punkter, |d| *d);
    punkter.dedup();
    let mut out = Vec::new();
    let mut fra = foerste.max(input.forloeb_start);
    for p in punkter {
        if p > fra {
            out.push(Segment {
                fra,
                til: p.pred_opt().unwrap_or(p),
            });
            fra = p;
        }
    }
    out.push(Segment { fra, til: sidste });
    out
}

/// § 68, stk. 2, nr. 1–3 (ressourceforløb) and § 69 j, stk. 2, nr. 1–3 (jobafklaring): forsørger if the
/// person has forsørgerpligt (also from the day a child arrives, F6); the hjemmeboende rate if under 25, living
/// with one or both parents and without forsørgerpligt (F7); otherwise ikke-forsørger.
fn kategori(input: &YdelseInput, dag: NaiveDate) -> Kategori {
    if input.forsoerger || input.barn_foedt.is_some_and(|b| b <= dag) {
        return Kategori::Forsoerger;
    }
    let under = input
        .foedselsdato
        .and_then(|f| foedselsdag(f, hjemmeboende_alder()))
        .is_some_and(|d| dag < d);
    if input.hjemmeboende && under {
        Kategori::Under25Hjemmeboende
    } else {
        Kategori::IkkeForsoerger
    }
}

/// The monthly kontanthjælp-level rate of a category on a day, with the step that states it (F4: a monthly
/// rate in force on the day).
///
/// § 68, stk. 2, nr. 4 / § 69 j, stk. 2, nr. 4: a hjemmeboende under 25 with bidragspligt gets the
/// hjemmeboende rate plus the normalbidrag paid, at most the forsørger rate ("U25 hjemme + bidragspligt, max").
fn kontanthjaelpsniveau(
    input: &YdelseInput,
    dag: NaiveDate,
    spor: &mut Spor,
) -> Result<(Decimal, Trin), Hindring> {
    let kategori = kategori(input, dag);
    let sats = match kategori {
        Kategori::Forsoerger => Sats::Forsoerger,
        Kategori::IkkeForsoerger => Sats::IkkeForsoerger,
        Kategori::Under25Hjemmeboende => Sats::U25Hjemmeboende,
    };
    let f = figur(sats, dag)?;
    let v = vaerdi(f, sats, dag)?;
    let p = lovdata::parameter(sats);
    spor.figur(Some(sats), f);
    // The bidrag supplement (§ 68, stk. 2, nr. 4) belongs to the hjemmeboende rate only: the step says why it
    // is not used instead of dropping it silently.
    let bidrag_ikke = (kategori == Kategori::IkkeForsoerger
        && input.normalbidrag.is_some_and(|b| !b.is_zero()))
    .then_some(input.hjemmeboende);
    let hvad = Hvad::Sats {
        kategori,
        aar: chrono::Datelike::year(&dag),
        vaerdi: v,
        enhed: p.enhed,
        bidrag_ikke,
    };
    let trin = Trin::figur(
        Linjeart::Grundlag,
        hvad,
        v,
        p.paragraf(input.forloeb),
        f,
        dag,
    );
    if kategori != Kategori::Under25Hjemmeboende {
        return Ok((v, trin.med(Fortolkning::SatsdatoForMaaned)));
    }
    let nyt = &datoer::NYT_KONTANTHJAELPSSYSTEM;
    if dag >= nyt.dato {
        let f7 = Some(Fortolkning::Aldersgraense25);
        spor.varsel(Alvor::Advarsel, Varselhvad::Aldersgraense, nyt.kilder, f7);
    }
    let trin = trin.med(Fortolkning::Aldersgraense25);
    let Some(bidrag) = input.normalbidrag.filter(|b| !b.is_zero()) else {
        return Ok((v, trin));
    };
    let maks = figur(Sats::U25HjemmeboendeBidragMax, dag)?;
    let maks_v = vaerdi(maks, Sats::U25HjemmeboendeBidragMax, dag)?;
    let med = (v + bidrag).min(maks_v);
    spor.figur(None, maks);
    let hvad = Hvad::Bidrag {
        bidrag,
        maks: maks_v,
        med,
    };
    let paragraf = lovdata::parameter(Sats::U25HjemmeboendeBidragMax).paragraf(input.forloeb);
    let trin = Trin::figur(Linjeart::Grundlag, hvad, med, paragraf, maks, dag);
    Ok((med, trin))
}

/// Weekly → monthly: weekly × 52 / 12, rounded to øre (F2).
pub fn uge_til_maaned(uge: Decimal) -> Decimal {
    oere(uge * Decimal::from(52) / Decimal::from(12))
}

/// The level for one segment as a monthly amount, with its steps.
fn niveau_for_segment(
    input: &YdelseInput,
    seg: &Segment,
    spor: &mut Spor,
) -> Result<(Decimal, Vec<Trin>), Hindring> {
    let dag = seg.fra;
    let niveau = if input.forloeb == Forloebstype::Jobafklaring {
        Niveau::Kontanthjaelp
    } else {
        input.niveau
    };
    match niveau {
        Niveau::Sygedagpenge if input.sdp_ophoer.is_none_or(|o| dag <= o) => {
            sygedagpengeniveau(input, dag, spor)
        }
        Niveau::Sygedagpenge => {
            let (v, l) = kontanthjaelpsniveau(input, dag, spor)?;
            let ophoer = input.sdp_ophoer.unwrap_or(dag);
            let stop = Trin::regel(
                Linjeart::Oplysning,
                Hvad::SdpStop {
                    ophoer,
                    fra: ophoer.succ_opt().unwrap_or(dag),
                },
                None,
                lovdata::parameter(Sats::SdpHoejesteUge).paragraf(input.forloeb),
                sdp_kilde(),
                Status::Officiel,
            );
            Ok((v, vec![stop, l]))
        }
        Niveau::Ledighedsydelse => ledighedsydelsesniveau(input, dag, spor),
        _ => {
            let (v, l) = kontanthjaelpsniveau(input, dag, spor)?;
            Ok((v, vec![l]))
        }
    }
}

/// § 68, stk. 4: a person who came from sygedagpenge keeps the sygedagpenge amount, at most the højeste
/// sygedagpengebeløb, until the day the sygedagpenge right would have ended; never less than the
/// kontanthjælp-level rate (not for hjemmeboende under 25; F5).
fn sygedagpengeniveau(
    input: &YdelseInput,
    dag: NaiveDate,
    spor: &mut Spor,
) -> Result<(Decimal, Vec<Trin>), Hindring> {
    let uge = input.sdp_uge.unwrap_or_default();
    let cap_f = figur(Sats::SdpHoejesteUge, dag)?;
    let cap = vaerdi(cap_f, Sats::SdpHoejesteUge, dag)?;
    let paragraf = lovdata::parameter(Sats::SdpHoejesteUge).paragraf(input.forloeb);
    spor.figur(Some(Sats::SdpHoejesteUge), cap_f);
    let maaned = uge_til_maaned(uge.min(cap));
    let hvad = Hvad::Sygedagpenge {
        uge,
        cap,
        cap_fra: cap_f.gyldig_fra,
        maaned,
    };
    let foerste = Trin::figur(Linjeart::Grundlag, hvad, maaned, paragraf, cap_f, dag);
    let ret = match input.sdp_ophoer {
        None => SdpRet::Ukendt,
        Some(o) if o >= input.maaned.sidste_dag() => SdpRet::HeleMaaneden(o),
        Some(o) => SdpRet::Til(o),
    };
    let status = if input.sdp_ophoer.is_some() {
        Status::Officiel
    } else {
        Status::Afledt
    };
    let ret = Trin::regel(
        Linjeart::Oplysning,
        Hvad::SdpRet(ret),
        None,
        paragraf,
        sdp_kilde(),
        status,
    );
    if kategori(input, dag) == Kategori::Under25Hjemmeboende {
        let foerste = foerste.med(Fortolkning::SygedagpengeGulv);
        return Ok((maaned, vec![foerste, ret]));
    }
    let foerste = foerste.med(Fortolkning::UgeTilMaaned);
    let (gulv, gulv_trin) = kontanthjaelpsniveau(input, dag, spor)?;
    if gulv <= maaned {
        return Ok((maaned, vec![foerste, ret]));
    }
    let gulv_trin = Trin {
        hvad: Hvad::SdpGulv { gulv },
        beloeb: Some(gulv),
        fortolkning: Some(Fortolkning::SygedagpengeGulv),
        status: Status::Sekundaer,
        kilder: [Hjemmel::Aktivloven684Gulv.kilder(), &[]],
        ..gulv_trin
    };
    Ok((gulv, vec![foerste, ret, gulv_trin]))
}

/// § 68, stk. 5: a person who came from ledighedsydelse gets the ledighedsydelse level — 89 pct. of the
/// højeste dagpengesats per week, converted to a month (F2); the user's own weekly amount where given, and
/// required where the sources give only a range (F13, attached to the step).
fn ledighedsydelsesniveau(
    input: &YdelseInput,
    dag: NaiveDate,
    spor: &mut Spor,
) -> Result<(Decimal, Vec<Trin>), Hindring> {
    let p = lovdata::parameter(Sats::Ledighedsydelse89Uge);
    let paragraf = p.paragraf(input.forloeb);
    let fig = figur(Sats::Ledighedsydelse89Uge, dag).ok();
    let med_vaerdi = fig.and_then(|f| f.vaerdi.map(|v| (v, f)));
    let trin = match (input.ledighedsydelse_uge, med_vaerdi) {
        (Some(uge), _) => {
            let maaned = uge_til_maaned(uge);
            let hvad = Hvad::Ledighedsydelse {
                uge,
                maaned,
                egen: true,
            };
            let t = Trin::regel(
                Linjeart::Grundlag,
                hvad,
                Some(maaned),
                paragraf,
                &[],
                Status::Afledt,
            );
            // F13: without a single figure for the year, the user's amount is what the sources allow.
            t.med(if med_vaerdi.is_none() {
                Fortolkning::LedighedsydelseInterval
            } else {
                Fortolkning::UgeTilMaaned
            })
        }
        (None, Some((uge, f))) => {
            spor.figur(Some(Sats::Ledighedsydelse89Uge), f);
            let maaned = uge_til_maaned(uge);
            let hvad = Hvad::Ledighedsydelse {
                uge,
                maaned,
                egen: false,
            };
            Trin::figur(Linjeart::Grundlag, hvad, maaned, paragraf, f, dag)
                .med(Fortolkning::UgeTilMaaned)
        }
        (None, None) => {
            let mangel = Mangel::Ledighedsydelse {
                interval: fig.and_then(|f| f.interval),
                aar: chrono::Datelike::year(&dag),
            };
            return Err(Hindring::ManglerOplysning {
                felt: "ledighedsydelse_uge",
                mangel,
            });
        }
    };
    Ok((trin.beloeb.unwrap_or_default(), vec![trin]))
}

/// The weekly figure whose changes split the month (F4: weekly figures change on the first Monday of January).
fn ugesats(input: &YdelseInput) -> Option<Sats> {
    match (input.forloeb, input.niveau) {
        (Forloebstype::Ressourceforloeb, Niveau::Sygedagpenge) => Some(Sats::SdpHoejesteUge),
        (Forloebstype::Ressourceforloeb, Niveau::Ledighedsydelse)
            if input.ledighedsydelse_uge.is_none() =>
        {
            Some(Sats::Ledighedsydelse89Uge)
        }
        _ => None,
    }
}

/// Evaluates each candidate segment, then merges neighbours whose monthly amount is the same: a month is only
/// split where the level actually changes (F3).
fn flettede_segmenter(
    input: &YdelseInput,
    spor: &mut Spor,
) -> Result<Vec<(Segment, Decimal, Vec<Trin>)>, Hindring> {
    let mut segs: Vec<(Segment, Decimal, Vec<Trin>)> = Vec::new();
    for seg in segmenter(input, ugesats(input)) {
        let (beloeb, trin) = niveau_for_segment(input, &seg, spor)?;
        match segs.last_mut() {
            Some((forrige, b, gamle)) if *b == beloeb => {
                forrige.til = seg.til;
                // The same amount, but part of it rests on a foreløbig figure: the merged steps say so.
                if trin.iter().any(|l| l.status == Status::Foreloebig) {
                    for l in gamle.iter_mut().filter(|l| l.gyldig_fra.is_some()) {
                        l.status = Status::Foreloebig;
                    }
                }
            }
            _ => segs.push((seg, beloeb, trin)),
        }
    }
    Ok(segs)
}

/// The base amount of the month: the sum of its segments (F3).
fn grundbeloeb(input: &YdelseInput, spor: &mut Spor) -> Result<Decimal, Hindring> {
    if input.forloeb == Forloebstype::Jobafklaring
        && matches!(input.niveau, Niveau::Sygedagpenge | Niveau::Ledighedsydelse)
    {
        spor.linje(Trin::regel(
            Linjeart::Oplysning,
            Hvad::JobafklaringNiveau,
            None,
            Hjemmel::Aktivloven69J2.paragraf(),
            Hjemmel::Aktivloven69J2.kilder(),
            Status::Officiel,
        ));
    }
    let segs = flettede_segmenter(input, spor)?;
    let dage_i_md = dage_i_maaned(input.maaned);
    if let [(seg, beloeb, _)] = segs.as_slice() {
        if seg.dage() == dage_i_md {
            let beloeb = *beloeb;
            segs.into_iter()
                .flat_map(|s| s.2)
                .for_each(|t| spor.linje(t));
            return Ok(beloeb);
        }
    }
    Ok(delt_maaned(input, segs, dage_i_md, spor))
}

/// A month split into segments: each gets its share by calendar days (F3), and the steps say so.
fn delt_maaned(
    input: &YdelseInput,
    segs: Vec<(Segment, Decimal, Vec<Trin>)>,
    dage_i_md: i64,
    spor: &mut Spor,
) -> Decimal {
    let kapitel = paragraf_kapitel(input.forloeb);
    if segs
        .first()
        .is_some_and(|(s, _, _)| s.fra > input.maaned.foerste_dag())
    {
        spor.linje(
            Trin::regel(
                Linjeart::Oplysning,
                Hvad::DelAfMaaned,
                None,
                kapitel,
                &[],
                Status::Afledt,
            )
            .med(Fortolkning::DeleAfMaaned),
        );
    }
    let mut sum = Decimal::ZERO;
    for (seg, maaned_beloeb, trin) in segs {
        let andel = oere(maaned_beloeb * Decimal::from(seg.dage()) / Decimal::from(dage_i_md));
        for t in trin {
            spor.linje(Trin {
                art: Linjeart::Oplysning,
                ..t
            });
        }
        let hvad = Hvad::Andel {
            fra: seg.fra,
            til: seg.til,
            dage: seg.dage(),
            dage_i_md,
            maaned_beloeb,
            andel,
        };
        let t = Trin::regel(
            Linjeart::Grundlag,
            hvad,
            Some(andel),
            kapitel,
            &[],
            Status::Afledt,
        );
        spor.linje(t.med(Fortolkning::DeleAfMaaned));
        sum += andel;
    }
    let f3 = Some(Fortolkning::DeleAfMaaned);
    spor.varsel(Alvor::Info, Varselhvad::DeleAfMaaned, &[], f3);
    if input
        .barn_foedt
        .is_some_and(|b| b > input.maaned.foerste_dag() && b <= input.maaned.sidste_dag())
        && !input.forsoerger
    {
        let f6 = Some(Fortolkning::BarnIForloeb);
        spor.varsel(Alvor::Advarsel, Varselhvad::BarnIForloeb, sdp_kilde(), f6);
    }
    let hvad = Hvad::Grundbeloeb { sum };
    let t = Trin::regel(
        Linjeart::Grundlag,
        hvad,
        Some(sum),
        kapitel,
        &[],
        Status::Afledt,
    );
    spor.linje(t);
    sum
}

/// The feriegodtgørelse that falls in the month (§ 68 a, stk. 4 / § 69 j, stk. 11; principafgørelse 68-15;
/// F9): it covers round(feriedage × 7 / 5) calendar days from the first day of the holiday and is spread
/// evenly over them.
pub fn feriegodtgoerelse_i_maaned(
    beloeb: Decimal,
    start: NaiveDate,
    feriedage: u32,
    maaned: Maaned,
) -> (Decimal, i64, i64) {
    let kalenderdage = oere(Decimal::from(feriedage) * Decimal::from(7) / Decimal::from(5))
        .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    let total: i64 = kalenderdage.try_into().unwrap_or(0);
    if total <= 0 {
        return (Decimal::ZERO, 0, 0);
    }
    // Saturates at the end of the calendar instead of overflowing (a panic found by tests/fuzz.rs).
    let slut = start
        .checked_add_signed(chrono::Duration::days(total - 1))
        .unwrap_or(NaiveDate::MAX);
    let fra = start.max(maaned.foerste_dag());
    let til = slut.min(maaned.sidste_dag());
    let i_md = if til >= fra {
        (til - fra).num_days() + 1
    } else {
        0
    };
    (
        oere(beloeb * Decimal::from(i_md) / Decimal::from(total)),
        i_md,
        total,
    )
}

/// The deductions of the month: (wage deduction, all deductions).
///
/// * § 68 a, stk. 2 / § 69 j, stk. 9 — wage incl. pension: see [`loenfradrag`].
/// * § 68 a, stk. 4 / § 69 j, stk. 11 — feriegodtgørelse counts as wage when the holiday is taken (F9).
/// * § 68 a, stk. 3 / § 69 j, stk. 10 — income from a tilbud, less the fradrag pr. arbejdstime (F10).
/// * kapitel 6 a / 6 b — other income krone for krone; § 33 — income that is disregarded.
fn fradrag(input: &YdelseInput, spor: &mut Spor) -> Result<(Decimal, Decimal), Hindring> {
    let dag = input.maaned.foerste_dag().max(input.forloeb_start);
    let ferie = feriepenge(input, spor);
    let fradrag_loen = loenfradrag(input, input.loen + ferie, !ferie.is_zero(), dag, spor)?;
    let mut i_alt = fradrag_loen;
    if !input.tilbud_indtaegt.is_zero() {
        i_alt += tilbudsfradrag(input, dag, spor)?;
    }
    for ind in &input.indtaegter {
        let (paragraf, kilder) = ind.art.kilde();
        let (art, beloeb) = if ind.art.fradrages() {
            i_alt += ind.beloeb;
            (Linjeart::Fradrag, ind.beloeb)
        } else {
            (Linjeart::Oplysning, Decimal::ZERO)
        };
        let hvad = Hvad::Indtaegt(ind.clone());
        spor.linje(Trin::regel(
            art,
            hvad,
            Some(beloeb),
            paragraf,
            kilder,
            Status::Officiel,
        ));
    }
    if !i_alt.is_zero() {
        let kapitel = paragraf_kapitel(input.forloeb);
        let hvad = Hvad::FradragIAlt(i_alt);
        let t = Trin::regel(
            Linjeart::Fradrag,
            hvad,
            Some(i_alt),
            kapitel,
            &[],
            Status::Afledt,
        );
        spor.linje(t);
    }
    Ok((fradrag_loen, i_alt))
}

/// The feriegodtgørelse of the month that counts as wage (§ 68 a, stk. 4 / § 69 j, stk. 11; F9).
fn feriepenge(input: &YdelseInput, spor: &mut Spor) -> Decimal {
    if input.ferie_godtgoerelse.is_zero() {
        return Decimal::ZERO;
    }
    let (ferie, i_md, kalenderdage) = match input.ferie_start {
        Some(s) => {
            feriegodtgoerelse_i_maaned(input.ferie_godtgoerelse, s, input.feriedage, input.maaned)
        }
        None => (Decimal::ZERO, 0, 0),
    };
    let hjemmel = match input.forloeb {
        Forloebstype::Ressourceforloeb => Hjemmel::Aktivloven68A4Ferie,
        Forloebstype::Jobafklaring => Hjemmel::Aktivloven69J11Ferie,
    };
    let paragraf = hjemmel.paragraf();
    let hvad = Hvad::Feriepenge {
        kalenderdage,
        i_md,
        ferie,
    };
    let t = Trin::regel(
        Linjeart::Oplysning,
        hvad,
        Some(ferie),
        paragraf,
        hjemmel.kilder(),
        Status::Officiel,
    );
    spor.linje(t.med(Fortolkning::Feriegodtgoerelse));
    ferie
}

/// § 68 a, stk. 2 / § 69 j, stk. 9 — wage incl. pension (`w`, with the feriegodtgørelse of the month): the share
/// up to the lønindtægtsgrænse and the share above it are deducted by the percentages of the rule in force on
/// `dag` (regler.toml; F4, F8, F12).
fn loenfradrag(
    input: &YdelseInput,
    w: Decimal,
    med_ferie: bool,
    dag: NaiveDate,
    spor: &mut Spor,
) -> Result<Decimal, Hindring> {
    if w.is_zero() {
        return Ok(Decimal::ZERO);
    }
    let g_f = figur(Sats::Loenindtaegtsgraense, dag)?;
    let g = vaerdi(g_f, Sats::Loenindtaegtsgraense, dag)?;
    spor.figur(Some(Sats::Loenindtaegtsgraense), g_f);
    let regel = lovdata::loenfradragsregel(input.forloeb, dag).ok_or(Hindring::Utilgaengelig(
        Utilgaengelig::IngenLoenfradragsregel { dag },
    ))?;
    let under = w.min(g);
    let over = (w - g).max(Decimal::ZERO);
    let f_under = procent_af(regel.under_graense_pct, under);
    let f_over = procent_af(regel.over_graense_pct, over);
    let hvad = Hvad::Loen {
        ferie: med_ferie,
        loen: w,
        aar: chrono::Datelike::year(&dag),
        graense: g,
    };
    spor.linje(Trin {
        kilder: [regel.kilder, g_f.kilder],
        paragraf: regel.paragraf,
        fortolkning: Some(Fortolkning::LoenFoerAmBidrag),
        ..Trin::figur(Linjeart::Oplysning, hvad, w, regel.paragraf, g_f, dag)
    });
    if dag > input.maaned.foerste_dag() {
        // F12: a part month keeps the whole monthly grænse.
        spor.varsel(
            Alvor::Info,
            Varselhvad::GraenseIDelmaaned { fra: dag },
            g_f.kilder,
            Some(Fortolkning::GraenseIDelmaaned),
        );
    }
    let fradragstrin = |hvad, beloeb| Trin {
        art: Linjeart::Fradrag,
        hvad,
        beloeb: Some(beloeb),
        paragraf: regel.paragraf,
        kilder: [regel.kilder, &[]],
        gyldig_fra: Some(regel.fra),
        status: regel.status,
        fortolkning: Some(Fortolkning::SatsdatoForMaaned),
        tal: None,
    };
    let hvad = Hvad::FradragUnder {
        pct: regel.under_graense_pct,
        under,
        fradrag: f_under,
        over: !over.is_zero(),
    };
    spor.linje(fradragstrin(hvad, f_under));
    if !over.is_zero() {
        let hvad = Hvad::FradragOver {
            pct: regel.over_graense_pct,
            over,
            fradrag: f_over,
        };
        spor.linje(fradragstrin(hvad, f_over));
    }
    if regel.status != Status::Officiel {
        let v = Varselhvad::RegelIkkeOfficiel(regel.paragraf);
        spor.varsel(Alvor::Advarsel, v, regel.kilder, None);
    }
    // Whether the base is before or after AM-bidrag only matters when something of the wage is deducted.
    if !(f_under + f_over).is_zero() {
        let f8 = Some(Fortolkning::LoenFoerAmBidrag);
        spor.varsel(
            Alvor::Info,
            Varselhvad::LoenFoerAmBidrag,
            Hjemmel::Aktivloven68A2Loen.kilder(),
            f8,
        );
    }
    Ok(f_under + f_over)
}

/// § 68 a, stk. 3 / § 69 j, stk. 10 — income from a tilbud less the fradrag pr. arbejdstime, krone for krone (F10).
fn tilbudsfradrag(
    input: &YdelseInput,
    dag: NaiveDate,
    spor: &mut Spor,
) -> Result<Decimal, Hindring> {
    let f = figur(Sats::FradragPrArbejdstime, dag)?;
    let pr_time = vaerdi(f, Sats::FradragPrArbejdstime, dag)?;
    let p = lovdata::parameter(Sats::FradragPrArbejdstime);
    spor.figur(Some(Sats::FradragPrArbejdstime), f);
    let frit = oere(pr_time * input.tilbud_timer);
    let rest = (input.tilbud_indtaegt - frit).max(Decimal::ZERO);
    let hvad = Hvad::Tilbud {
        pr_time,
        frit,
        rest,
    };
    let t = Trin::figur(
        Linjeart::Fradrag,
        hvad,
        rest,
        p.paragraf(input.forloeb),
        f,
        dag,
    );
    spor.linje(t.med(Fortolkning::TilbudTimer));
    Ok(rest)
}

/// The golden cases' adapter of this rule (`calc = "ydelse"` in tests/golden/; [`crate::gylden`]). The
/// outputs: `status` (beregnet, ikke_tilgaengelig, foertidspension, mangler_sats, mangler_oplysning), `felt`
/// (the missing input), and for a calculation `foreloebig` and the amounts `ydelse`, `grundbeloeb`,
/// `fradrag_loen` and `fradrag_i_alt` (normalised). The runner compares them with the ydelse cases' own
/// expectation format (typed amounts, the newest rate year).
pub struct GyldenKald;

impl crate::gylden::Gylden for GyldenKald {
    type Input = YdelseInput;
    fn koer(i: &YdelseInput) -> crate::gylden::Gyldent {
        use crate::gylden::{linjer, spor, Gyldent};
        let res = beregn(i);
        let besked = match &res.udfald {
            Udfald::Beregnet(_) | Udfald::Foertidspension => None,
            Udfald::IkkeTilgaengelig(t) | Udfald::ManglerSats(t) => Some(t.as_str()),
            Udfald::ManglerOplysning { tekst, .. } => Some(tekst.as_str()),
        };
        let mut m = std::collections::BTreeMap::new();
        let status = match &res.udfald {
            Udfald::Beregnet(_) => "beregnet",
            Udfald::IkkeTilgaengelig(_) => "ikke_tilgaengelig",
            Udfald::Foertidspension => "foertidspension",
            Udfald::ManglerSats(_) => "mangler_sats",
            Udfald::ManglerOplysning { felt, .. } => {
                m.insert("felt", (*felt).to_string());
                "mangler_oplysning"
            }
        };
        m.insert("status", status.to_string());
        if let Udfald::Beregnet(b) = &res.udfald {
            m.insert("foreloebig", b.foreloebig.to_string());
            for (navn, v) in [
                ("ydelse", b.ydelse),
                ("grundbeloeb", b.grundbeloeb),
                ("fradrag_loen", b.fradrag_loen),
                ("fradrag_i_alt", b.fradrag_i_alt),
            ] {
                m.insert(navn, v.normalize().to_string());
            }
        }
        Gyldent {
            faktisk: m,
            linjer: linjer(&res.forklaring),
            spor: spor(&res.forklaring, besked),
        }
    }
}

#[cfg(test)]
mod tests;
