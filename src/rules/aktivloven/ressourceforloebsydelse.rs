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

use super::super::forklaring::{Alvor, Foreloebighed, Forklaring, Linje, Linjeart};
use super::super::fortolkninger::Fortolkning;
use super::super::lovdata::{self, datoer, Forloebstype, ManglerSats, Sats, Status};
use super::super::penge::{kr, kr_kort, oere, procent_af};
use super::super::tid::{dage_i_maaned, dato_tekst, foedselsdag, Maaned};
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

    pub fn tekst(self) -> &'static str {
        match self {
            Indtaegtsart::Lejeindtaegt => "lejeindtægt",
            Indtaegtsart::ManglendeAnsaettelsesbevis => {
                "godtgørelse for manglende ansættelsesbevis"
            }
            Indtaegtsart::PrivatForsikring => "udbetaling fra privat forsikring",
            Indtaegtsart::InvalidepensionArbejdsmarked => {
                "invalidepension fra arbejdsmarkedspension"
            }
            Indtaegtsart::Anden => "anden indtægt",
            Indtaegtsart::Invaliditetsydelse => "invaliditetsydelse",
            Indtaegtsart::Valgvederlag => "vederlag som tilforordnet ved valg",
            Indtaegtsart::SkattefritLegat => "skattefrit legat",
            Indtaegtsart::ErstatningErhvervsevne => "erstatning for tab af erhvervsevne",
            Indtaegtsart::GodtgoerelseLab175176 => "befordrings- eller udgiftsgodtgørelse",
            Indtaegtsart::Boernerelateret => "indtægt, der vedrører børn",
        }
    }

    /// Where the treatment comes from.
    fn kilde(self) -> (&'static str, &'static [&'static str]) {
        if self.fradrages() {
            (
                "aktivloven kapitel 6 a / 6 b",
                &["https://ast.dk/beskaeftigelse/artikler/integrationsydelse-uddannelses-og-kontanthjaelp/eksempler-indtaegt"],
            )
        } else {
            (
                "aktivloven § 33",
                &[
                    "https://star.dk/da/ydelser/ledighed/ressourceforloebsydelse-under-ressourceforloeb/",
                    "https://ast.dk/beskaeftigelse/artikler/integrationsydelse-uddannelses-og-kontanthjaelp/eksempler-indtaegt",
                ],
            )
        }
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
    let mut fk = Forklaring::default();
    let udfald = match beregn_indre(input, &mut fk) {
        Ok(b) => Udfald::Beregnet(b),
        Err(u) => u,
    };
    if let Udfald::Beregnet(b) = &udfald {
        sygedagpengeret_ukendt(input, b.ydelse, &mut fk);
    }
    Resultat {
        udfald,
        forklaring: fk,
    }
}

/// Where the day the sygedagpenge right ends is written: the kommune's decision on revurdering or forlængelse
/// of the sygedagpenge, or the decision on the forløb (§ 68, stk. 4; sygedagpengeloven §§ 24 and 27).
const SDP_KILDE: &str = "https://mariagerfjord.dk/jobcenter/job-og-ledighed/ressourceforloeb";

/// § 68, stk. 4: the sygedagpenge level lasts only until the sygedagpenge right would have ended. When the user
/// does not know that day, the month is computed as if the right still runs, and this warning shows what the
/// month gives if it has ended (kontanthjælp level), what to ask the kommune, and where the answer stands.
fn sygedagpengeret_ukendt(input: &YdelseInput, ydelse: Decimal, fk: &mut Forklaring) {
    if input.forloeb != Forloebstype::Ressourceforloeb
        || input.niveau != Niveau::Sygedagpenge
        || input.sdp_ophoer.is_some()
    {
        return;
    }
    let foer = input
        .maaned
        .foerste_dag()
        .max(input.forloeb_start)
        .pred_opt();
    let mut stoppet = input.clone();
    stoppet.sdp_ophoer = foer;
    let alternativ = match beregn_indre(&stoppet, &mut Forklaring::default()) {
        Ok(b) => b.ydelse,
        Err(_) => return,
    };
    let forskel = if alternativ < ydelse {
        format!(
            "Er din ret til sygedagpenge stoppet før {}, får du kontanthjælpsniveau: {} kr. i stedet for {} kr. – {} kr. mindre.",
            input.maaned.tekst(),
            kr(alternativ),
            kr(ydelse),
            kr(ydelse - alternativ)
        )
    } else {
        format!(
            "Er din ret til sygedagpenge stoppet før {}, ændrer det ikke beløbet i denne måned.",
            input.maaned.tekst()
        )
    };
    fk.advar(
        Alvor::Advarsel,
        format!(
            "Du har ikke skrevet, hvornår din ret til sygedagpenge stopper. Vi har regnet, som om den løber hele {}. {forskel} Spørg kommunen: «Hvornår stopper (eller stoppede) min ret til sygedagpenge?» Datoen står i kommunens afgørelse om revurdering eller forlængelse af dine sygedagpenge.",
            input.maaned.tekst()
        ),
        &[SDP_KILDE],
        None,
    );
}

/// The figure for a day: the one in force, or — for a day after the newest rate year — the newest one, which
/// every trace line marks «foreløbig» (`Linje::fra_figur` with the day). Never refuses when a useful,
/// honest answer exists; never uses an old rate silently.
fn figur(s: Sats, dag: NaiveDate) -> Result<&'static lovdata::Figur, ManglerSats> {
    lovdata::figur_eller_foreloebig(s, dag)
}

/// The headline of a *foreløbig* result: the month's year has no rates in the app yet.
fn foreloebighed(maaned_aar: i32) -> Foreloebighed {
    let r = &lovdata::SATSREGULERING;
    let seneste = lovdata::SENESTE_SATSAAR;
    let fradrag = match r.fradrag_forventet_aar {
        Some(a) if a == maaned_aar => format!(
            " Reguleringen for {maaned_aar} bliver formentlig {} procentpoint mindre end ellers ({}).",
            r.fradrag_procentpoint.normalize().to_string().replace('.', ","),
            r.fradrag_lov
        ),
        _ => String::new(),
    };
    Foreloebighed {
        overskrift: format!(
            "Foreløbigt resultat: satserne for {maaned_aar} er ikke i appen endnu, så vi har regnet med satserne for {seneste}."
        ),
        tekst: format!(
            "Satserne stiger normalt hvert år 1. januar ({}). Det rigtige beløb er derfor sandsynligvis lidt højere.{fradrag} Du finder de officielle satser for {maaned_aar} på Beskæftigelsesministeriets side om satser (bm.dk), når de er udgivet. Du kan også spørge din kommune.",
            r.paragraf
        ),
        kilder: std::iter::once(r.officielle_satser)
            .chain(r.kilder.iter().copied())
            .collect(),
    }
}

fn mangler(m: ManglerSats) -> Udfald {
    let p = lovdata::parameter(m.sats);
    let foerste = p.vaerdier.first().map(|f| f.gyldig_fra);
    if foerste.is_some_and(|f| m.dato < f) {
        return Udfald::ManglerSats(format!(
            "Vi har ikke satsen «{}» for {}. Appens tal for den begynder {}.",
            p.navn,
            dato_tekst(m.dato),
            foerste.map(dato_tekst).unwrap_or_default()
        ));
    }
    Udfald::ManglerSats(format!(
        "Vi har ikke satsen «{}» for {}. Satserne reguleres hvert år 1. januar, og de nyeste, vi har, er fra {}.",
        p.navn,
        dato_tekst(m.dato),
        lovdata::SENESTE_SATSAAR
    ))
}

fn beregn_indre(input: &YdelseInput, fk: &mut Forklaring) -> Result<Beregning, Udfald> {
    let foerste = input.maaned.foerste_dag();
    let sidste = input.maaned.sidste_dag();
    tilgaengelighed(input, fk)?;

    if input.niveau == Niveau::Foertidspension {
        fk.linje(Linje::regel(
            Linjeart::Oplysning,
            "Du beholder din førtidspension under forløbet og får derfor ikke ressourceforløbsydelse.".into(),
            None,
            "aktivloven kapitel 6 a",
            &["https://www.kk.dk/indhold/satser-ressourceforloebsydelse"],
            Status::Officiel,
        ));
        return Err(Udfald::Foertidspension);
    }
    valider(input)?;

    // The rates of the month must exist before anything is computed.
    for s in [
        Sats::Forsoerger,
        Sats::IkkeForsoerger,
        Sats::Loenindtaegtsgraense,
    ] {
        figur(s, foerste).map_err(mangler)?;
        figur(s, sidste).map_err(mangler)?;
    }

    let grundbeloeb = grundbeloeb(input, fk)?;
    let (fradrag_loen, fradrag_i_alt) = fradrag(input, fk)?;
    let foreloebig = fk.linjer.iter().any(|l| l.status == Status::Foreloebig);
    if foreloebig {
        fk.foreloebig = Some(foreloebighed(chrono::Datelike::year(&sidste)));
    }
    let raa = grundbeloeb - fradrag_i_alt;
    let ydelse = raa.max(Decimal::ZERO);
    if raa.is_sign_negative() && !raa.is_zero() {
        fk.linje(Linje::regel(
            Linjeart::Oplysning,
            format!("Fradragene ({} kr.) er større end grundbeløbet, men ydelsen kan ikke blive negativ. Du får 0 kr. i ydelse i denne måned, men du er stadig i dit forløb. Tjener du mindre en anden måned, får du ydelse igen.", kr(fradrag_i_alt)),
            None,
            paragraf_kapitel(input.forloeb),
            &[],
            Status::Afledt,
        ));
    }
    fk.linje(
        Linje::regel(
            Linjeart::Resultat,
            format!(
                "{}essourceforløbsydelse for {} før skat: {} kr. (ca. {} kr.)",
                if foreloebig { "Foreløbig r" } else { "R" },
                input.maaned.tekst(),
                kr(ydelse),
                kr_kort(super::super::penge::hele_kroner(ydelse))
            ),
            Some(ydelse),
            paragraf_kapitel(input.forloeb),
            &[],
            if foreloebig {
                Status::Foreloebig
            } else {
                Status::Afledt
            },
        )
        .med_fortolkning(Fortolkning::Afrunding),
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
        Forloebstype::Ressourceforloeb => "aktivloven kapitel 6 a",
        Forloebstype::Jobafklaring => "aktivloven kapitel 6 b",
    }
}

/// Whether the scheme applies to this forløb in this month.
///
/// * Ressourceforløbsydelse exists from 1 January 2013 (lov nr. 1380 af 23. december 2012).
/// * Jobafklaringsforløb with ressourceforløbsydelse exist from 1 July 2014 (lov nr. 720 af 25. juni 2014; F14).
/// * From 1 February 2026 no new ressourceforløb are granted; running forløb continue under the former
///   kapitel 6 a until their end date (lov nr. 1750 af 29. december 2025; F11).
fn tilgaengelighed(input: &YdelseInput, fk: &mut Forklaring) -> Result<(), Udfald> {
    let sidste = input.maaned.sidste_dag();
    let start = &datoer::RESSOURCEFORLOEB_START;
    if sidste < start.dato {
        return Err(Udfald::IkkeTilgaengelig(format!(
            "Ressourceforløbsydelse findes først fra {} ({}).",
            dato_tekst(start.dato),
            start.paragraf
        )));
    }
    if input.forloeb == Forloebstype::Jobafklaring {
        let ja = &datoer::JOBAFKLARING_START;
        if sidste < ja.dato {
            fk.advar(
                Alvor::Info,
                Fortolkning::JobafklaringStart.tekst().into(),
                ja.kilder,
                Some(Fortolkning::JobafklaringStart),
            );
            return Err(Udfald::IkkeTilgaengelig(format!(
                "Jobafklaringsforløb med ressourceforløbsydelse findes først fra {} ({}).",
                dato_tekst(ja.dato),
                ja.paragraf
            )));
        }
    }
    if input.forloeb == Forloebstype::Ressourceforloeb {
        let luk = &datoer::RESSOURCEFORLOEB_LUKKET_FOR_NYE;
        let start_efter = input.forloeb_start >= luk.dato;
        let afgoerelse_foer = input.afgoerelse.is_some_and(|a| a < luk.dato);
        if start_efter && !afgoerelse_foer {
            fk.advar(
                Alvor::Advarsel,
                format!(
                    "Datoen {} kommer fra STAR's svar og andre kilder, ikke direkte fra lovteksten. {}",
                    dato_tekst(luk.dato),
                    Fortolkning::Skaeringsdato2026.tekst()
                ),
                luk.kilder,
                Some(Fortolkning::Skaeringsdato2026),
            );
            return Err(Udfald::IkkeTilgaengelig(format!(
                "Tjek startdatoen: Startede dit forløb før {0}, så ret datoen. Der bevilges ikke nye ressourceforløb fra {0} ({1}). Den indsats, du kan få, sker på den ydelse, du har i forvejen: kontanthjælp, sygedagpenge eller jobafklaring, ledighedsydelse eller førtidspension. Tal med kommunen om fleksjob eller førtidspension.",
                dato_tekst(luk.dato),
                luk.paragraf
            )));
        }
        if start_efter && afgoerelse_foer {
            fk.advar(
                Alvor::Advarsel,
                format!(
                    "Forløbet starter efter {}, men blev besluttet før. Det er ikke afklaret, om afgørelsesdatoen eller startdatoen tæller. Vi har regnet, som om forløbet kører videre efter de hidtidige regler.",
                    dato_tekst(luk.dato)
                ),
                luk.kilder,
                Some(Fortolkning::Skaeringsdato2026),
            );
        } else if sidste >= luk.dato {
            fk.advar(
                Alvor::Info,
                format!(
                    "Dit forløb startede før {}. Det kører videre efter de hidtidige regler til slutdatoen i din afgørelse. Læs på siden «Når forløbet slutter», hvad der sker bagefter.",
                    dato_tekst(luk.dato)
                ),
                luk.kilder,
                None,
            );
        }
        let senest = &datoer::SENESTE_SLUT_OVERGANGSFORLOEB;
        if input.maaned.foerste_dag() > senest.dato {
            fk.advar(
                Alvor::Advarsel,
                format!("Et ressourceforløb, der startede senest 31. januar 2026, slutter normalt senest {} ({}).", dato_tekst(senest.dato), senest.paragraf),
                senest.kilder,
                None,
            );
        }
    }
    if sidste < input.forloeb_start {
        return Err(Udfald::IkkeTilgaengelig(format!(
            "Forløbet begynder først {}, så der er ingen ydelse i {}.",
            dato_tekst(input.forloeb_start),
            input.maaned.tekst()
        )));
    }
    Ok(())
}

/// Checks that the inputs for the chosen level are present and possible.
fn valider(input: &YdelseInput) -> Result<(), Udfald> {
    let negativ = |d: Decimal| d.is_sign_negative() && !d.is_zero();
    let mangler = |felt, tekst: &str| {
        Err(Udfald::ManglerOplysning {
            felt,
            tekst: tekst.into(),
        })
    };
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
        return mangler(felt, "Beløbet kan ikke være negativt.");
    }
    // Far above any real monthly or weekly amount, and far enough below `Decimal::MAX` that no sum or product
    // in the calculation can overflow (which panicked: found by tests/fuzz.rs).
    const STOERSTE_BELOEB: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);
    if let Some((felt, _)) = beloeb.iter().find(|(_, d)| *d > STOERSTE_BELOEB) {
        return mangler(
            felt,
            "Beløbet er urealistisk stort. Tjek, at det er skrevet rigtigt.",
        );
    }
    if input.forloeb == Forloebstype::Ressourceforloeb
        && input.niveau == Niveau::Sygedagpenge
        && input.sdp_uge.is_none()
    {
        return mangler(
            "sdp_uge",
            "Skriv, hvor mange sygedagpenge du fik om ugen, før forløbet begyndte.",
        );
    }
    if input.hjemmeboende && !input.forsoerger && input.foedselsdato.is_none() {
        return mangler(
            "foedselsdato",
            "Skriv din fødselsdato, så vi kan se, om du er under 25 år.",
        );
    }
    if let Some(f) = input.foedselsdato {
        if f > input.maaned.sidste_dag() {
            return mangler(
                "foedselsdato",
                "Fødselsdatoen ligger efter den måned, der skal beregnes.",
            );
        }
    }
    if !input.ferie_godtgoerelse.is_zero() && (input.ferie_start.is_none() || input.feriedage == 0)
    {
        return mangler(
            "ferie_start",
            "Skriv, hvornår ferien begyndte, og hvor mange feriedage feriepengene dækker.",
        );
    }
    if input.feriedage > 366 {
        return mangler(
            "feriedage",
            "Så mange feriedage kan feriepengene ikke dække.",
        );
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
        skift.extend(input.foedselsdato.and_then(|f| foedselsdag(f, 25)));
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
    punkter.sort();
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

/// The kontanthjælp-level category for a day (§ 68, stk. 2 / § 69 j, stk. 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kategori {
    Forsoerger,
    IkkeForsoerger,
    Under25Hjemmeboende,
}

/// § 68, stk. 2, nr. 1–3 (ressourceforløb) and § 69 j, stk. 2, nr. 1–3 (jobafklaring): forsørger if the
/// person has forsørgerpligt (also from the day a child arrives, F6); the hjemmeboende rate if under 25, living
/// with one or both parents and without forsørgerpligt (F7); otherwise ikke-forsørger.
fn kategori(input: &YdelseInput, dag: NaiveDate) -> Kategori {
    if input.forsoerger || input.barn_foedt.is_some_and(|b| b <= dag) {
        return Kategori::Forsoerger;
    }
    let under25 = input
        .foedselsdato
        .and_then(|f| foedselsdag(f, 25))
        .is_some_and(|d25| dag < d25);
    if input.hjemmeboende && under25 {
        Kategori::Under25Hjemmeboende
    } else {
        Kategori::IkkeForsoerger
    }
}

/// The monthly kontanthjælp-level rate of a category on a day, with the line that explains it.
///
/// § 68, stk. 2, nr. 4 / § 69 j, stk. 2, nr. 4: a hjemmeboende under 25 with bidragspligt gets the
/// hjemmeboende rate plus the normalbidrag paid, at most the forsørger rate ("U25 hjemme + bidragspligt, max").
fn kontanthjaelpsniveau(
    input: &YdelseInput,
    dag: NaiveDate,
    fk: &mut Forklaring,
) -> Result<(Decimal, Linje), Udfald> {
    let kat = kategori(input, dag);
    let (sats, tekst) = match kat {
        Kategori::Forsoerger => (Sats::Forsoerger, "forsørger"),
        Kategori::IkkeForsoerger => (Sats::IkkeForsoerger, "ikke-forsørger"),
        Kategori::Under25Hjemmeboende => (Sats::U25Hjemmeboende, "under 25 år og hjemmeboende"),
    };
    let (beloeb, mut linje) =
        sats_linje(sats, dag, input.forloeb, &format!("Sats for {tekst}"), fk)?;
    if kat == Kategori::IkkeForsoerger && input.normalbidrag.is_some_and(|b| !b.is_zero()) {
        // The bidrag supplement (§ 68, stk. 2, nr. 4) belongs to the hjemmeboende rate only: say why it is not
        // used instead of dropping it silently.
        linje.tekst.push_str(if input.hjemmeboende {
            " Tillægget for børnebidrag gælder kun, mens du er under 25 år og bor hjemme, så det er ikke lagt til."
        } else {
            " Tillægget for børnebidrag gælder kun, hvis du er under 25 år og bor hjemme, så det er ikke lagt til."
        });
    }
    if kat == Kategori::Under25Hjemmeboende {
        let nyt = &datoer::NYT_KONTANTHJAELPSSYSTEM;
        if dag >= nyt.dato {
            fk.advar(
                Alvor::Advarsel,
                format!(
                    "Kontanthjælpen bruger fra {} 30 år som grænse for hjemmeboende. Det er ikke bekræftet, om ressourceforløbsydelsen fulgte med; vi bruger fortsat 25 år.",
                    dato_tekst(nyt.dato)
                ),
                nyt.kilder,
                Some(Fortolkning::Aldersgraense25),
            );
        }
        linje = linje.med_fortolkning(Fortolkning::Aldersgraense25);
        if let Some(bidrag) = input.normalbidrag.filter(|b| !b.is_zero()) {
            let maks = figur(Sats::U25HjemmeboendeBidragMax, dag).map_err(mangler)?;
            let maks_v = vaerdi(maks, Sats::U25HjemmeboendeBidragMax, dag)?;
            let med = (beloeb + bidrag).min(maks_v);
            fk.advar_om_figur("Loftet for hjemmeboende med bidragspligt", maks);
            let l = Linje::fra_figur(
                Linjeart::Grundlag,
                format!(
                    "Du betaler børnebidrag til dit barn (normalbidrag {} kr. om måneden), så satsen for hjemmeboende lægges sammen med bidraget, dog højst {} kr.: {} kr.",
                    kr_kort(bidrag),
                    kr_kort(maks_v),
                    kr(med)
                ),
                med,
                lovdata::parameter(Sats::U25HjemmeboendeBidragMax).paragraf(input.forloeb),
                maks,
                dag,
            );
            return Ok((med, l));
        }
    }
    Ok((beloeb, linje))
}

/// A rate's value on a day and the trace line that states it.
fn sats_linje(
    sats: Sats,
    dag: NaiveDate,
    forloeb: Forloebstype,
    tekst: &str,
    fk: &mut Forklaring,
) -> Result<(Decimal, Linje), Udfald> {
    let f = figur(sats, dag).map_err(mangler)?;
    let v = vaerdi(f, sats, dag)?;
    let p = lovdata::parameter(sats);
    fk.advar_om_figur(p.navn, f);
    let l = Linje::fra_figur(
        Linjeart::Grundlag,
        format!(
            "{tekst} i {}: {} {}",
            chrono::Datelike::year(&dag),
            kr_kort(v),
            p.enhed.tekst()
        ),
        v,
        p.paragraf(forloeb),
        f,
        dag,
    );
    Ok((v, l))
}

fn vaerdi(f: &lovdata::Figur, sats: Sats, dag: NaiveDate) -> Result<Decimal, Udfald> {
    f.vaerdi
        .ok_or_else(|| mangler(ManglerSats { sats, dato: dag }))
}

/// Weekly → monthly: weekly × 52 / 12, rounded to øre (F2).
pub fn uge_til_maaned(uge: Decimal) -> Decimal {
    oere(uge * Decimal::from(52) / Decimal::from(12))
}

/// The level for one segment as a monthly amount, with its explanation lines.
fn niveau_for_segment(
    input: &YdelseInput,
    seg: &Segment,
    fk: &mut Forklaring,
) -> Result<(Decimal, Vec<Linje>), Udfald> {
    let dag = seg.fra;
    let niveau = if input.forloeb == Forloebstype::Jobafklaring {
        Niveau::Kontanthjaelp
    } else {
        input.niveau
    };
    match niveau {
        Niveau::Sygedagpenge if input.sdp_ophoer.is_none_or(|o| dag <= o) => {
            sygedagpengeniveau(input, dag, fk)
        }
        Niveau::Sygedagpenge => {
            let (v, l) = kontanthjaelpsniveau(input, dag, fk)?;
            let o = input.sdp_ophoer.unwrap_or(dag);
            let stop = Linje::regel(
                Linjeart::Oplysning,
                format!(
                    "Din ret til sygedagpenge stoppede {}. Derfor får du ydelse på kontanthjælpsniveau fra {}.",
                    dato_tekst(o),
                    dato_tekst(o.succ_opt().unwrap_or(dag))
                ),
                None,
                lovdata::parameter(Sats::SdpHoejesteUge).paragraf(input.forloeb),
                &[SDP_KILDE],
                Status::Officiel,
            );
            Ok((v, vec![stop, l]))
        }
        Niveau::Ledighedsydelse => ledighedsydelsesniveau(input, dag, fk),
        _ => {
            let (v, l) = kontanthjaelpsniveau(input, dag, fk)?;
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
    fk: &mut Forklaring,
) -> Result<(Decimal, Vec<Linje>), Udfald> {
    let uge = input.sdp_uge.unwrap_or_default();
    let cap_f = figur(Sats::SdpHoejesteUge, dag).map_err(mangler)?;
    let cap = vaerdi(cap_f, Sats::SdpHoejesteUge, dag)?;
    let p = lovdata::parameter(Sats::SdpHoejesteUge);
    fk.advar_om_figur(p.navn, cap_f);
    let brugt = uge.min(cap);
    let maaned = uge_til_maaned(brugt);
    let mut linjer = vec![Linje::fra_figur(
        Linjeart::Grundlag,
        if uge > cap {
            format!(
                "Du kom fra sygedagpenge på {} kr. om ugen. Højeste sygedagpengebeløb er {} kr. om ugen (fra {}), så {} kr. bruges. Omregnet til måned: {} kr.",
                kr_kort(uge),
                kr_kort(cap),
                dato_tekst(cap_f.gyldig_fra),
                kr_kort(cap),
                kr(maaned)
            )
        } else {
            format!("Du kom fra sygedagpenge på {} kr. om ugen (højst {} kr.). Omregnet til måned: {} kr.", kr_kort(uge), kr_kort(cap), kr(maaned))
        },
        maaned,
        p.paragraf(input.forloeb),
        cap_f,
        dag,
    )
    .med_fortolkning(Fortolkning::UgeTilMaaned)];
    // Which day the sygedagpenge right ends, as the user gave it, or the assumption used without it.
    let ret = match input.sdp_ophoer {
        None => format!(
            "Antagelse: Du har ikke skrevet, hvornår din ret til sygedagpenge stopper. Vi har regnet, som om den løber hele {}.",
            input.maaned.tekst()
        ),
        Some(o) if o >= input.maaned.sidste_dag() => format!(
            "Din ret til sygedagpenge løber til {}, så du får sygedagpengeniveau hele {}.",
            dato_tekst(o),
            input.maaned.tekst()
        ),
        Some(o) => format!(
            "Din ret til sygedagpenge løber til {}. Til og med den dag får du sygedagpengeniveau.",
            dato_tekst(o)
        ),
    };
    linjer.push(Linje::regel(
        Linjeart::Oplysning,
        ret,
        None,
        p.paragraf(input.forloeb),
        &[SDP_KILDE],
        if input.sdp_ophoer.is_some() {
            Status::Officiel
        } else {
            Status::Afledt
        },
    ));
    if kategori(input, dag) == Kategori::Under25Hjemmeboende {
        linjer[0].fortolkning = Some(Fortolkning::SygedagpengeGulv);
        return Ok((maaned, linjer));
    }
    let (gulv, gulv_linje) = kontanthjaelpsniveau(input, dag, fk)?;
    if gulv > maaned {
        linjer.push(Linje {
            tekst: format!(
                "Det er mindre end kontanthjælpsniveauet ({} kr.), og ydelsen kan ikke være lavere end det. Du får {} kr.",
                kr(gulv),
                kr(gulv)
            ),
            beloeb: Some(gulv),
            fortolkning: Some(Fortolkning::SygedagpengeGulv),
            status: Status::Sekundaer,
            kilder: vec!["https://www.aeldresagen.dk/viden-og-raadgivning/vaerd-at-vide/f/folkepension-og-foertidspension/foertidspension/sagsbehandling-af-fleksjob-mv/foroegelse-under-ressourceforloeb"],
            ..gulv_linje
        });
        return Ok((gulv, linjer));
    }
    Ok((maaned, linjer))
}

/// § 68, stk. 5: a person who came from ledighedsydelse gets the ledighedsydelse level — 89 pct. of the
/// højeste dagpengesats per week, converted to a month (F2); the user's own weekly amount where given, and
/// required where the sources give only a range (F13).
fn ledighedsydelsesniveau(
    input: &YdelseInput,
    dag: NaiveDate,
    fk: &mut Forklaring,
) -> Result<(Decimal, Vec<Linje>), Udfald> {
    let p = lovdata::parameter(Sats::Ledighedsydelse89Uge);
    let fig = figur(Sats::Ledighedsydelse89Uge, dag).ok();
    let (uge, linje_fra) = match (
        input.ledighedsydelse_uge,
        fig.and_then(|f| f.vaerdi.map(|v| (v, f))),
    ) {
        (Some(u), _) => (u, None),
        (None, Some((v, f))) => (v, Some(f)),
        (None, None) => {
            let hint = fig
                .and_then(|f| f.interval)
                .map(|(a, b)| {
                    format!(
                        " Kilderne giver kun et skøn på {}–{} kr. om ugen for {}.",
                        kr_kort(a),
                        kr_kort(b),
                        chrono::Datelike::year(&dag)
                    )
                })
                .unwrap_or_default();
            return Err(Udfald::ManglerOplysning {
                felt: "ledighedsydelse_uge",
                tekst: format!("Skriv, hvor meget du fik i ledighedsydelse om ugen.{hint}"),
            });
        }
    };
    let maaned = uge_til_maaned(uge);
    let tekst = format!(
        "Du kom fra ledighedsydelse på {} kr. om ugen. Omregnet til måned: {} kr.",
        kr_kort(uge),
        kr(maaned)
    );
    let linje = match linje_fra {
        Some(f) => {
            fk.advar_om_figur(p.navn, f);
            Linje::fra_figur(
                Linjeart::Grundlag,
                tekst,
                maaned,
                p.paragraf(input.forloeb),
                f,
                dag,
            )
        }
        None => Linje::regel(
            Linjeart::Grundlag,
            format!("{tekst} (det beløb, du har skrevet)"),
            Some(maaned),
            p.paragraf(input.forloeb),
            &[],
            Status::Afledt,
        ),
    };
    Ok((
        maaned,
        vec![linje.med_fortolkning(Fortolkning::UgeTilMaaned)],
    ))
}

/// The base amount of the month: the sum of its segments (F3).
fn grundbeloeb(input: &YdelseInput, fk: &mut Forklaring) -> Result<Decimal, Udfald> {
    let ugesats = match (input.forloeb, input.niveau) {
        (Forloebstype::Ressourceforloeb, Niveau::Sygedagpenge) => Some(Sats::SdpHoejesteUge),
        (Forloebstype::Ressourceforloeb, Niveau::Ledighedsydelse)
            if input.ledighedsydelse_uge.is_none() =>
        {
            Some(Sats::Ledighedsydelse89Uge)
        }
        _ => None,
    };
    if input.forloeb == Forloebstype::Jobafklaring
        && matches!(input.niveau, Niveau::Sygedagpenge | Niveau::Ledighedsydelse)
    {
        fk.linje(Linje::regel(
            Linjeart::Oplysning,
            "I et jobafklaringsforløb får du altid ydelse på kontanthjælpsniveau, uanset hvilken ydelse du kom fra.".into(),
            None,
            "aktivloven § 69 j, stk. 2",
            &["https://www.kk.dk/indhold/satser-ressourceforloebsydelse"],
            Status::Officiel,
        ));
    }
    // Evaluate each candidate segment, then merge neighbours whose monthly amount is the same: a month is
    // only split where the level actually changes (F3).
    let mut segs: Vec<(Segment, Decimal, Vec<Linje>)> = Vec::new();
    for seg in segmenter(input, ugesats) {
        let (beloeb, linjer) = niveau_for_segment(input, &seg, fk)?;
        match segs.last_mut() {
            Some((forrige, b, gamle)) if *b == beloeb => {
                forrige.til = seg.til;
                // The same amount, but part of it rests on a foreløbig figure: the merged lines say so.
                if linjer.iter().any(|l| l.status == Status::Foreloebig) {
                    for l in gamle.iter_mut().filter(|l| l.gyldig_fra.is_some()) {
                        l.status = Status::Foreloebig;
                    }
                }
            }
            _ => segs.push((seg, beloeb, linjer)),
        }
    }
    let dage_i_md = dage_i_maaned(input.maaned);
    let hel = segs.len() == 1 && segs[0].0.dage() == dage_i_md;
    let mut sum = Decimal::ZERO;
    if !hel
        && segs
            .first()
            .is_some_and(|(s, _, _)| s.fra > input.maaned.foerste_dag())
    {
        fk.linje(
            Linje::regel(
                Linjeart::Oplysning,
                format!(
                    "Forløbet begyndte {}, så der er kun ydelse for en del af {}.",
                    dato_tekst(input.forloeb_start),
                    input.maaned.tekst()
                ),
                None,
                paragraf_kapitel(input.forloeb),
                &[],
                Status::Afledt,
            )
            .med_fortolkning(Fortolkning::DeleAfMaaned),
        );
    }
    for (seg, maaned_beloeb, linjer) in segs {
        if hel {
            for l in linjer {
                fk.linje(l);
            }
            sum = maaned_beloeb;
        } else {
            let andel = oere(maaned_beloeb * Decimal::from(seg.dage()) / Decimal::from(dage_i_md));
            for l in linjer {
                fk.linje(Linje {
                    art: Linjeart::Oplysning,
                    ..l
                });
            }
            fk.linje(
                Linje::regel(
                    Linjeart::Grundlag,
                    format!(
                        "{}–{} ({} af månedens {} dage): {} kr. × {}/{} = {} kr.",
                        dato_tekst(seg.fra),
                        dato_tekst(seg.til),
                        seg.dage(),
                        dage_i_md,
                        kr(maaned_beloeb),
                        seg.dage(),
                        dage_i_md,
                        kr(andel)
                    ),
                    Some(andel),
                    paragraf_kapitel(input.forloeb),
                    &[],
                    Status::Afledt,
                )
                .med_fortolkning(Fortolkning::DeleAfMaaned),
            );
            sum += andel;
        }
    }
    if !hel {
        fk.advar(
            Alvor::Info,
            Fortolkning::DeleAfMaaned.tekst().into(),
            &[],
            Some(Fortolkning::DeleAfMaaned),
        );
        if input
            .barn_foedt
            .is_some_and(|b| b > input.maaned.foerste_dag() && b <= input.maaned.sidste_dag())
            && !input.forsoerger
        {
            fk.advar(
                Alvor::Advarsel,
                Fortolkning::BarnIForloeb.tekst().into(),
                &["https://mariagerfjord.dk/jobcenter/job-og-ledighed/ressourceforloeb"],
                Some(Fortolkning::BarnIForloeb),
            );
        }
        fk.linje(Linje::regel(
            Linjeart::Grundlag,
            format!(
                "Grundbeløb for {} i alt: {} kr.",
                input.maaned.tekst(),
                kr(sum)
            ),
            Some(sum),
            paragraf_kapitel(input.forloeb),
            &[],
            Status::Afledt,
        ));
    }
    Ok(sum)
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
/// * § 68 a, stk. 2 / § 69 j, stk. 9 — wage incl. pension: the share up to the lønindtægtsgrænse and the share
///   above it are deducted by the percentages of the rule in force (regler.toml; F4, F8, F12).
/// * § 68 a, stk. 4 / § 69 j, stk. 11 — feriegodtgørelse counts as wage when the holiday is taken (F9).
/// * § 68 a, stk. 3 / § 69 j, stk. 10 — income from a tilbud, less the fradrag pr. arbejdstime (F10).
/// * kapitel 6 a / 6 b — other income krone for krone; § 33 — income that is disregarded.
fn fradrag(input: &YdelseInput, fk: &mut Forklaring) -> Result<(Decimal, Decimal), Udfald> {
    let dag = input.maaned.foerste_dag().max(input.forloeb_start);
    let mut i_alt = Decimal::ZERO;

    let (ferie, ferie_dage, ferie_total) = match input.ferie_start {
        Some(s) if !input.ferie_godtgoerelse.is_zero() => {
            feriegodtgoerelse_i_maaned(input.ferie_godtgoerelse, s, input.feriedage, input.maaned)
        }
        _ => (Decimal::ZERO, 0, 0),
    };
    let p_g = lovdata::parameter(Sats::Loenindtaegtsgraense);
    if !input.ferie_godtgoerelse.is_zero() {
        fk.linje(Linje::regel(
            Linjeart::Oplysning,
            format!(
                "Feriepenge: {} feriedage svarer til {} kalenderdage, og {} af dem ligger i {}. Derfor regnes {} kr. af {} kr. som løn i måneden.",
                input.feriedage,
                ferie_total,
                ferie_dage,
                input.maaned.tekst(),
                kr(ferie),
                kr(input.ferie_godtgoerelse)
            ),
            Some(ferie),
            match input.forloeb {
                Forloebstype::Ressourceforloeb => "aktivloven § 68 a, stk. 4; principafgørelse 68-15",
                Forloebstype::Jobafklaring => "aktivloven § 69 j, stk. 11; principafgørelse 68-15",
            },
            &["https://ast.dk/beskaeftigelse/artikler/integrationsydelse-uddannelses-og-kontanthjaelp/eksempler"],
            Status::Officiel,
        ).med_fortolkning(Fortolkning::Feriegodtgoerelse));
    }
    let w = input.loen + ferie;
    let mut fradrag_loen = Decimal::ZERO;
    if !w.is_zero() {
        let g_f = figur(Sats::Loenindtaegtsgraense, dag).map_err(mangler)?;
        let g = vaerdi(g_f, Sats::Loenindtaegtsgraense, dag)?;
        fk.advar_om_figur(p_g.navn, g_f);
        let regel = lovdata::loenfradragsregel(input.forloeb, dag).ok_or_else(|| {
            Udfald::IkkeTilgaengelig(format!(
                "Der er ingen regel for lønfradrag for dette forløb den {}.",
                dato_tekst(dag)
            ))
        })?;
        let under = w.min(g);
        let over = (w - g).max(Decimal::ZERO);
        let f_under = procent_af(regel.under_graense_pct, under);
        let f_over = procent_af(regel.over_graense_pct, over);
        fradrag_loen = f_under + f_over;
        let kilder: Vec<&'static str> = regel
            .kilder
            .iter()
            .chain(g_f.kilder.iter())
            .copied()
            .collect();
        fk.linje(Linje {
            art: Linjeart::Oplysning,
            tekst: format!(
                "Din løn i måneden{} er {} kr. (før skat og AM-bidrag, med pension). Lønindtægtsgrænsen for {} er {} kr.",
                if ferie.is_zero() { "" } else { " inkl. feriepenge" },
                kr(w),
                chrono::Datelike::year(&dag),
                kr_kort(g)
            ),
            beloeb: Some(w),
            paragraf: regel.paragraf.to_string(),
            kilder: kilder.clone(),
            gyldig_fra: Some(g_f.gyldig_fra),
            status: g_f.status_paa(dag),
            fortolkning: Some(Fortolkning::LoenFoerAmBidrag),
            tal: Some(g_f.tal()),
        });
        if dag > input.maaned.foerste_dag() {
            // F12: a part month keeps the whole monthly grænse.
            fk.advar(
                Alvor::Info,
                format!(
                    "Dit forløb begynder {}, midt i måneden. Vi bruger alligevel hele lønindtægtsgrænsen for måneden. Om den skal sættes ned, er ikke afklaret.",
                    dato_tekst(dag)
                ),
                g_f.kilder,
                Some(Fortolkning::GraenseIDelmaaned),
            );
        }
        let under_tekst = if regel.under_graense_pct.is_zero() && over.is_zero() {
            "Din løn er under grænsen, så der trækkes intet fra.".to_string()
        } else if regel.under_graense_pct.is_zero() {
            "Løn op til grænsen trækkes ikke fra.".to_string()
        } else {
            format!(
                "{} % af lønnen op til grænsen ({} kr.) trækkes fra: {} kr.",
                regel.under_graense_pct,
                kr(under),
                kr(f_under)
            )
        };
        fk.linje(Linje {
            art: Linjeart::Fradrag,
            tekst: under_tekst,
            beloeb: Some(f_under),
            paragraf: regel.paragraf.to_string(),
            kilder: regel.kilder.to_vec(),
            gyldig_fra: Some(regel.fra),
            status: regel.status,
            fortolkning: None,
            tal: None,
        });
        if !over.is_zero() {
            fk.linje(Linje {
                art: Linjeart::Fradrag,
                tekst: format!(
                    "Din løn er {} kr. over grænsen. {} % af det trækkes fra: {} kr.",
                    kr(over),
                    regel.over_graense_pct,
                    kr(f_over)
                ),
                beloeb: Some(f_over),
                paragraf: regel.paragraf.to_string(),
                kilder: regel.kilder.to_vec(),
                gyldig_fra: Some(regel.fra),
                status: regel.status,
                fortolkning: None,
                tal: None,
            });
        }
        if regel.status != Status::Officiel {
            fk.advar(
                Alvor::Advarsel,
                format!(
                    "Reglen for lønfradrag ({}) er ikke officielt bekræftet.",
                    regel.paragraf
                ),
                regel.kilder,
                None,
            );
        }
        // Whether the base is before or after AM-bidrag only matters when something of the wage is deducted.
        if !(f_under + f_over).is_zero() {
            fk.advar(
            Alvor::Info,
            "Vi har regnet med lønnen før skat og før AM-bidrag, med pension, som STAR beskriver det. Ældre Sagen har skrevet, at grundlaget er lønnen efter AM-bidrag; det er ikke afklaret.".into(),
            &["https://star.dk/da/ydelser/ledighed/ressourceforloebsydelse-under-ressourceforloeb/"],
            Some(Fortolkning::LoenFoerAmBidrag),
        );
        }
        i_alt += fradrag_loen;
    }

    if !input.tilbud_indtaegt.is_zero() {
        let f = figur(Sats::FradragPrArbejdstime, dag).map_err(mangler)?;
        let pr_time = vaerdi(f, Sats::FradragPrArbejdstime, dag)?;
        let p = lovdata::parameter(Sats::FradragPrArbejdstime);
        fk.advar_om_figur(p.navn, f);
        let frit = oere(pr_time * input.tilbud_timer);
        let rest = (input.tilbud_indtaegt - frit).max(Decimal::ZERO);
        fk.linje(
            Linje::fra_figur(
                Linjeart::Fradrag,
                if input.tilbud_timer.is_zero() {
                    format!(
                        "Løn fra et tilbud: {} kr. Der er ingen timer skrevet, så der ses ikke bort fra noget ({} kr. pr. time). Hele beløbet trækkes fra krone for krone: {} kr.",
                        kr(input.tilbud_indtaegt),
                        kr(pr_time),
                        kr(rest)
                    )
                } else {
                    format!(
                        "Løn fra et tilbud: {} kr. For hver af dine {} timer ses der bort fra {} kr. ({} kr. i alt). Resten trækkes fra krone for krone: {} kr.",
                        kr(input.tilbud_indtaegt),
                        input.tilbud_timer.normalize(),
                        kr(pr_time),
                        kr(frit),
                        kr(rest)
                    )
                },
                rest,
                p.paragraf(input.forloeb),
                f,
                dag,
            )
            .med_fortolkning(Fortolkning::TilbudTimer),
        );
        i_alt += rest;
    }

    for ind in &input.indtaegter {
        let (paragraf, kilder) = ind.art.kilde();
        if ind.art.fradrages() {
            fk.linje(Linje::regel(
                Linjeart::Fradrag,
                format!(
                    "{}: {} kr. trækkes fra krone for krone.",
                    stort(ind.art.tekst()),
                    kr(ind.beloeb)
                ),
                Some(ind.beloeb),
                paragraf,
                kilder,
                Status::Officiel,
            ));
            i_alt += ind.beloeb;
        } else {
            fk.linje(Linje::regel(
                Linjeart::Oplysning,
                format!(
                    "{}: {} kr. trækkes ikke fra.",
                    stort(ind.art.tekst()),
                    kr(ind.beloeb)
                ),
                Some(Decimal::ZERO),
                paragraf,
                kilder,
                Status::Officiel,
            ));
        }
    }
    if !i_alt.is_zero() {
        fk.linje(Linje::regel(
            Linjeart::Fradrag,
            format!("Fradrag i alt: {} kr.", kr(i_alt)),
            Some(i_alt),
            paragraf_kapitel(input.forloeb),
            &[],
            Status::Afledt,
        ));
    }
    Ok((fradrag_loen, i_alt))
}

fn stort(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
