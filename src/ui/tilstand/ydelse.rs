//! The ydelse calculator's fields and how they become a [`YdelseInput`].

use super::felt::{beloeb, dato, decimaltal, heltal, laes, Fejl};
use super::{raekker, saet_raekker, Art, Felt, Skema, Tilstand, JA_NEJ};
use crate::rules::aktivloven::ressourceforloebsydelse::{
    Indtaegt, Indtaegtsart, Niveau, YdelseInput,
};
use crate::rules::lovdata::Forloebstype;
use crate::rules::tid::Maaned;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::marker::PhantomData;

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

felter! {
    /// The ydelse calculator's fields; the keys are the share link's and must not change.
    pub enum YdelseFelt {
        Forloeb = ("f", "Forløb", Art::Valg(&["r", "j"]), "r"),
        Maaned = ("m", "Måned", Art::Tekst, ""),
        Start = ("s", "Forløbets start", Art::Tekst, ""),
        Afgoerelse = ("a", "Afgørelsens dato", Art::Tekst, ""),
        Niveau = ("n", "Ydelse før forløbet", Art::Valg(NIVEAUER), "k"),
        Forsoerger = ("fs", "Forsørger", Art::Valg(JA_NEJ), "0"),
        Hjemmeboende = ("h", "Bor hjemme hos forældre", Art::Valg(JA_NEJ), "0"),
        Foedselsdato = ("fd", "Fødselsdato", Art::Tekst, ""),
        Normalbidrag = ("nb", "Normalbidrag", Art::Tekst, ""),
        BarnFoedt = ("bf", "Barn født", Art::Tekst, ""),
        SdpUge = ("su", "Sygedagpenge om ugen", Art::Tekst, ""),
        SdpStop = ("so", "Retten til sygedagpenge stopper", Art::Tekst, ""),
        SdpUkendt = ("sk", "Kender ikke datoen for sygedagpengeretten", Art::Valg(JA_NEJ), "0"),
        LedighedsydelseUge = ("lu", "Ledighedsydelse om ugen", Art::Tekst, ""),
        Loen = ("l", "Løn", Art::Tekst, ""),
        Feriepenge = ("fg", "Feriepenge", Art::Tekst, ""),
        FerieStart = ("fst", "Feriens første dag", Art::Tekst, ""),
        Feriedage = ("fdg", "Feriedage", Art::Tekst, ""),
        TilbudIndtaegt = ("ti", "Indtægt i tilbud", Art::Tekst, ""),
        TilbudTimer = ("tt", "Timer i tilbud", Art::Tekst, ""),
        Indtaegter = ("i", "Andre indtægter", Art::Tekst, ""),
        SaerligStoette = ("ss", "Særlig støtte", Art::Valg(JA_NEJ), "0"),
        Sanktion = ("sa", "Sanktion i måneden", Art::Valg(JA_NEJ), "0"),
        KommunensBeloeb = ("kb", "Beløb i kommunens brev", Art::Tekst, ""),
        KommunensGrundbeloeb = ("kg", "Kommunens grundbeløb", Art::Tekst, ""),
        KommunensFradrag = ("kf", "Kommunens fradrag", Art::Tekst, ""),
    }
}
use YdelseFelt as F;

impl Skema for Ydelse {
    type Felt = YdelseFelt;
    const BEREGNER: crate::ui::register::Beregner = crate::ui::register::Beregner::Ydelse;
    const LISTER: &'static [(F, usize)] = &[(F::Indtaegter, MAKS_INDTAEGTER)];
}

/// The field a rule-level problem is about: the rules name their input fields (`Udfald::ManglerOplysning`'s
/// `felt`, the names of [`YdelseInput`]'s fields); `None` for one the form does not have.
pub fn fra_regel(felt: &str) -> Option<YdelseFelt> {
    Some(match felt {
        "loen" => F::Loen,
        "ferie_godtgoerelse" => F::Feriepenge,
        "ferie_start" => F::FerieStart,
        "feriedage" => F::Feriedage,
        "tilbud_indtaegt" => F::TilbudIndtaegt,
        "tilbud_timer" => F::TilbudTimer,
        "sdp_uge" => F::SdpUge,
        "sdp_ophoer" => F::SdpStop,
        "normalbidrag" => F::Normalbidrag,
        "ledighedsydelse_uge" => F::LedighedsydelseUge,
        "indtaegter" => F::Indtaegter,
        "foedselsdato" => F::Foedselsdato,
        "barn_foedt" => F::BarnFoedt,
        "afgoerelse" => F::Afgoerelse,
        "forloeb_start" => F::Start,
        _ => return None,
    })
}

/// One other-income row as typed: (kind code, amount text).
pub fn indtaegter(t: &Tilstand<Ydelse>) -> Vec<(String, String)> {
    raekker(t, F::Indtaegter, ':', MAKS_INDTAEGTER, |r| {
        (String::new(), r.into())
    })
}

/// Writes the other-income rows back into the field.
pub fn saet_indtaegter(t: &mut Tilstand<Ydelse>, rows: &[(String, String)]) {
    saet_raekker(t, F::Indtaegter, ':', MAKS_INDTAEGTER, rows);
}

/// Parses the month field "ÅÅÅÅ-MM".
pub fn maaned(t: &Tilstand<Ydelse>) -> Option<Maaned> {
    Maaned::parse(t.hent(F::Maaned))
}

/// The period facts that the ydelse calculator and «Tjek dine udbetalinger» both ask for, with the same
/// share-link keys and meanings: each calculator's field enum names its own variant for each.
pub trait Periodefelt: Felt {
    const FORLOEB: Self;
    const START: Self;
    const NIVEAU: Self;
    const FORSOERGER: Self;
    const BARN_FOEDT: Self;
    const HJEMMEBOENDE: Self;
    const FOEDSELSDATO: Self;
    const SDP_UGE: Self;
    const SDP_STOP: Self;
    const LEDIGHEDSYDELSE_UGE: Self;
}

/// Implements [`Periodefelt`] for a field enum that names the period facts with the ydelse calculator's
/// variant names (one list of them, here).
macro_rules! periodefelter {
    ($navn:ident) => {
        impl $crate::ui::tilstand::ydelse::Periodefelt for $navn {
            const FORLOEB: Self = $navn::Forloeb;
            const START: Self = $navn::Start;
            const NIVEAU: Self = $navn::Niveau;
            const FORSOERGER: Self = $navn::Forsoerger;
            const BARN_FOEDT: Self = $navn::BarnFoedt;
            const HJEMMEBOENDE: Self = $navn::Hjemmeboende;
            const FOEDSELSDATO: Self = $navn::Foedselsdato;
            const SDP_UGE: Self = $navn::SdpUge;
            const SDP_STOP: Self = $navn::SdpStop;
            const LEDIGHEDSYDELSE_UGE: Self = $navn::LedighedsydelseUge;
        }
    };
}
pub(super) use periodefelter;
periodefelter!(YdelseFelt);

/// The period facts as read (each `None` when empty or wrong; a wrong one is in the errors).
pub struct Periodefakta<P: Periodefelt> {
    pub jobafklaring: bool,
    /// The level: in a jobafklaringsforløb always kontanthjælp level (§ 69 j, stk. 2): the question about the
    /// earlier benefit is not shown, and an answer left from a ressourceforløb does not count.
    pub niveau: Niveau,
    start: Option<NaiveDate>,
    /// «Et barn under 18 bor hos mig» is ticked.
    pub barn_bor_hos: bool,
    pub hjemmeboende: bool,
    pub foedt: Option<NaiveDate>,
    pub barn: Option<NaiveDate>,
    pub sdp: Option<Decimal>,
    pub sdp_stop: Option<NaiveDate>,
    pub ly: Option<Decimal>,
    felt: PhantomData<P>,
}

impl<P: Periodefelt> Periodefakta<P> {
    /// The start of the forløb, or `None` with the error «write it» first (unless the field already has an
    /// error).
    pub fn start(&self, fejl: &mut Vec<Fejl>) -> Option<NaiveDate> {
        if self.start.is_none() && !fejl.iter().any(|e| e.gaelder(P::START)) {
            fejl.insert(
                0,
                Fejl::ny(P::START, "Skriv datoen, hvor dit forløb begyndte."),
            );
        }
        self.start
    }

    /// The kind of forløb.
    pub fn forloeb(&self) -> Forloebstype {
        if self.jobafklaring {
            Forloebstype::Jobafklaring
        } else {
            Forloebstype::Ressourceforloeb
        }
    }
}

/// Reads the period facts; their problems are added to `fejl`.
pub fn periodefakta<S: Skema>(t: &Tilstand<S>, fejl: &mut Vec<Fejl>) -> Periodefakta<S::Felt>
where
    S::Felt: Periodefelt,
{
    let maks = maks_maaned();
    let felt = |f: S::Felt| t.hent(f);
    let start = laes(fejl, S::Felt::START, dato(felt(S::Felt::START)));
    let foedt = laes(
        fejl,
        S::Felt::FOEDSELSDATO,
        dato(felt(S::Felt::FOEDSELSDATO)),
    );
    let barn = laes(fejl, S::Felt::BARN_FOEDT, dato(felt(S::Felt::BARN_FOEDT)));
    let sdp = laes(fejl, S::Felt::SDP_UGE, beloeb(felt(S::Felt::SDP_UGE), maks));
    let sdp_stop = laes(fejl, S::Felt::SDP_STOP, dato(felt(S::Felt::SDP_STOP)));
    let ly = laes(
        fejl,
        S::Felt::LEDIGHEDSYDELSE_UGE,
        beloeb(felt(S::Felt::LEDIGHEDSYDELSE_UGE), maks),
    );
    let jobafklaring = felt(S::Felt::FORLOEB) == "j";
    let niveau = match felt(S::Felt::NIVEAU) {
        _ if jobafklaring => Niveau::Kontanthjaelp,
        "s" => Niveau::Sygedagpenge,
        "l" => Niveau::Ledighedsydelse,
        "lk" => Niveau::LedighedsydelseKontanthjaelp,
        "p" => Niveau::Foertidspension,
        _ => Niveau::Kontanthjaelp,
    };
    Periodefakta {
        jobafklaring,
        niveau,
        start,
        barn_bor_hos: t.ja(S::Felt::FORSOERGER),
        hjemmeboende: t.ja(S::Felt::HJEMMEBOENDE),
        foedt,
        barn,
        sdp,
        sdp_stop,
        ly,
        felt: PhantomData,
    }
}

/// The rule input, or every problem with the fields (each with its field id).
pub fn til_input(t: &Tilstand<Ydelse>) -> Result<YdelseInput, Vec<Fejl>> {
    let mut fejl = Vec::new();
    let maks = maks_maaned();
    let m = maaned(t);
    let p = periodefakta(t, &mut fejl);
    let afgoerelse = laes(&mut fejl, F::Afgoerelse, dato(t.hent(F::Afgoerelse)));
    let normalbidrag = laes(
        &mut fejl,
        F::Normalbidrag,
        beloeb(t.hent(F::Normalbidrag), maks),
    );
    let loen = laes(&mut fejl, F::Loen, beloeb(t.hent(F::Loen), maks));
    let fg = laes(
        &mut fejl,
        F::Feriepenge,
        beloeb(t.hent(F::Feriepenge), maks),
    );
    let fst = laes(&mut fejl, F::FerieStart, dato(t.hent(F::FerieStart)));
    let fdg = laes(
        &mut fejl,
        F::Feriedage,
        heltal(t.hent(F::Feriedage), 25, "feriedage"),
    );
    let ti = laes(
        &mut fejl,
        F::TilbudIndtaegt,
        beloeb(t.hent(F::TilbudIndtaegt), maks),
    );
    let tt = laes(
        &mut fejl,
        F::TilbudTimer,
        decimaltal(t.hent(F::TilbudTimer), Decimal::from(744), "timer"),
    );
    let mut andre = Vec::new();
    for (n, (art, b)) in indtaegter(t).iter().enumerate() {
        let beloeb = match beloeb(b, maks) {
            Ok(v) => v,
            Err(e) => {
                fejl.push(Fejl::ny(
                    F::Indtaegter,
                    format!("Indtægt nr. {}: {e}", n + 1),
                ));
                continue;
            }
        };
        let Some((_, _, art)) = INDTAEGTSARTER.iter().find(|(k, _, _)| k == art) else {
            // A row with neither a kind nor an amount is a row the user has just added: no message yet.
            if beloeb.is_some() || !art.is_empty() {
                fejl.push(Fejl::ny(
                    F::Indtaegter,
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
        fejl.insert(0, Fejl::ny(F::Maaned, "Vælg måned og år."));
        return Err(fejl);
    };
    let Some(start) = p.start(&mut fejl) else {
        return Err(fejl);
    };
    if start > m.sidste_dag() {
        fejl.push(Fejl::ny(
            F::Start,
            format!(
                "Forløbet begynder efter {}. Vælg en senere måned eller en tidligere startdato.",
                m.tekst()
            ),
        ));
    }
    let niveau = p.niveau;
    // § 68, stk. 4: the sygedagpenge level lasts until the day the right to sygedagpenge ends. The date (or an
    // explicit «I don't know») is required: left empty, the month would silently be computed at sygedagpenge
    // level, also long after the right has ended.
    if niveau == Niveau::Sygedagpenge
        && t.hent(F::SdpStop).trim().is_empty()
        && !t.ja(F::SdpUkendt)
        && !fejl.iter().any(|e| e.gaelder(F::SdpStop))
    {
        fejl.push(Fejl::ny(
            F::SdpStop,
            "Skriv den dag, din ret til sygedagpenge stopper eller stoppede – eller sæt kryds i «Jeg kender ikke datoen».",
        ));
    }
    if fst.is_some() && fg.is_none() {
        fejl.push(Fejl::ny(
            F::Feriepenge,
            "Skriv feriepengenes beløb, eller slet feriens første dag.",
        ));
    }
    // § 68 a, stk. 3: an amount per hour worked is disregarded. Without the hours the whole pay would be
    // deducted, so the hours are required.
    if ti.is_some_and(|v| !v.is_zero()) && tt.is_none_or(|v| v.is_zero()) {
        fejl.push(Fejl::ny(
            F::TilbudTimer,
            "Skriv, hvor mange timer lønnen fra tilbuddet dækker. Uden timer ville vi trække hele beløbet fra.",
        ));
    }
    if !fejl.is_empty() {
        return Err(fejl);
    }
    let mut i = YdelseInput::ny(m, p.forloeb(), start);
    i.afgoerelse = afgoerelse;
    i.niveau = niveau;
    // «Et barn under 18 bor hos mig» + the day the child came (born or moved in): before the month the person
    // is a forsørger all month; inside the month from that day (F6, the month is split); after the month not
    // yet. Without a date: forsørger all month.
    let (forsoerger, barn_foedt) = match (p.barn_bor_hos, p.barn) {
        (false, _) => (false, None),
        (true, None) => (true, None),
        (true, Some(b)) if b <= m.foerste_dag() => (true, None),
        (true, Some(b)) => (false, Some(b)),
    };
    i.forsoerger = forsoerger;
    i.barn_foedt = barn_foedt;
    // A forsørger is never on the hjemmeboende rate: the rules decide that (kategori), not the form.
    i.hjemmeboende = p.hjemmeboende;
    i.foedselsdato = p.foedt;
    // The bidrag supplement exists only for the hjemmeboende rate (§ 68, stk. 2, nr. 4); the field is shown
    // only with «bor hjemme», and a value left behind when that box is unticked does not count.
    i.normalbidrag = normalbidrag.filter(|_| p.hjemmeboende);
    i.sdp_uge = p.sdp;
    i.sdp_ophoer = p.sdp_stop;
    i.ledighedsydelse_uge = p.ly;
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
            .med(F::Maaned, "2024-03")
            .med(F::Start, "2023-06-01")
            .med(F::Loen, "20.000")
    }

    #[test]
    fn a_share_link_round_trips_exactly() {
        let mut a = t()
            .med(F::Niveau, "s")
            .med(F::SdpUge, "4.000,50")
            .med(F::Forsoerger, "1");
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
        assert_eq!(b.tilstand.hent(F::Niveau), "k");
        assert_eq!(b.tilstand.hent(F::Maaned), "2024-03");
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
        let e = til_input(
            &t().med(F::Loen, "tyve tusind")
                .med(F::Foedselsdato, "31.2.1990"),
        )
        .unwrap_err();
        let felter: Vec<&str> = e.iter().map(|f| f.felt).collect();
        assert_eq!(felter, vec!["fd", "l"]);
        let e = til_input(&Tilstand::<Ydelse>::default()).unwrap_err();
        assert_eq!(e[0].felt, "m");
        let e = til_input(&t().med(F::Start, "2024-04-01")).unwrap_err();
        assert_eq!(e[0].felt, "s");
    }

    #[test]
    fn a_child_that_came_in_the_month_makes_a_forsoerger_from_that_day() {
        // «Et barn under 18 bor hos mig» and the day it came: inside the month the rule splits the month (F6).
        let i = til_input(&t().med(F::Forsoerger, "1").med(F::BarnFoedt, "12.3.2024")).unwrap();
        assert!(!i.forsoerger);
        assert_eq!(i.barn_foedt, chrono::NaiveDate::from_ymd_opt(2024, 3, 12));
        // Before the month, or no date: forsørger all month.
        for bf in ["1.3.2024", "5.1.2020", ""] {
            let i = til_input(&t().med(F::Forsoerger, "1").med(F::BarnFoedt, bf)).unwrap();
            assert!(i.forsoerger && i.barn_foedt.is_none(), "{bf}");
        }
        // A date left behind after the box is unticked does not count.
        let i = til_input(&t().med(F::Forsoerger, "0").med(F::BarnFoedt, "12.3.2024")).unwrap();
        assert!(!i.forsoerger && i.barn_foedt.is_none());
    }

    #[test]
    fn the_sygedagpenge_right_needs_a_date_or_an_explicit_dont_know() {
        let sdp = t().med(F::Niveau, "s").med(F::SdpUge, "4.000");
        let e = til_input(&sdp).unwrap_err();
        assert_eq!(e[0].felt, "so");
        assert!(e[0].tekst.contains("Jeg kender ikke datoen"));
        let i = til_input(&sdp.clone().med(F::SdpUkendt, "1")).unwrap();
        assert_eq!(i.sdp_ophoer, None);
        let i = til_input(&sdp.clone().med(F::SdpStop, "15.5.2024")).unwrap();
        assert_eq!(i.sdp_ophoer, chrono::NaiveDate::from_ymd_opt(2024, 5, 15));
        // In a jobafklaringsforløb the level is always kontanthjælp level: nothing to ask.
        let i = til_input(&sdp.med(F::Forloeb, "j")).unwrap();
        assert_eq!(i.niveau, Niveau::Kontanthjaelp);
    }

    #[test]
    fn a_rule_level_problem_names_a_field_of_the_form() {
        // The names the rules give in `Udfald::ManglerOplysning { felt }` (ressourceforloebsydelse::valider
        // and the ledighedsydelse level).
        for (regel, felt) in [
            ("loen", F::Loen),
            ("ferie_godtgoerelse", F::Feriepenge),
            ("tilbud_indtaegt", F::TilbudIndtaegt),
            ("tilbud_timer", F::TilbudTimer),
            ("sdp_uge", F::SdpUge),
            ("normalbidrag", F::Normalbidrag),
            ("ledighedsydelse_uge", F::LedighedsydelseUge),
            ("indtaegter", F::Indtaegter),
            ("foedselsdato", F::Foedselsdato),
            ("ferie_start", F::FerieStart),
            ("feriedage", F::Feriedage),
        ] {
            assert_eq!(fra_regel(regel), Some(felt), "{regel}");
        }
        assert_eq!(fra_regel("findes_ikke"), None);
        // Hjemmeboende without a birth date: the rules miss «foedselsdato», and the form names that field.
        let i = til_input(&t().med(F::Hjemmeboende, "1")).unwrap();
        match crate::rules::aktivloven::ressourceforloebsydelse::beregn(&i).udfald {
            crate::rules::aktivloven::ressourceforloebsydelse::Udfald::ManglerOplysning {
                felt,
                ..
            } => assert_eq!(fra_regel(felt), Some(F::Foedselsdato)),
            u => panic!("{u:?}"),
        }
    }

    #[test]
    fn pay_in_a_tilbud_needs_its_hours() {
        let e = til_input(&t().med(F::TilbudIndtaegt, "3.000")).unwrap_err();
        assert_eq!(e[0].felt, "tt");
        let i = til_input(
            &t().med(F::TilbudIndtaegt, "3.000")
                .med(F::TilbudTimer, "40"),
        )
        .unwrap();
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
        let i = til_input(&t().med(F::Normalbidrag, "1.398")).unwrap();
        assert_eq!(i.normalbidrag, None);
        let i = til_input(
            &t().med(F::Hjemmeboende, "1")
                .med(F::Foedselsdato, "14.5.2001")
                .med(F::Normalbidrag, "1.398"),
        )
        .unwrap();
        assert_eq!(i.normalbidrag, Some(Decimal::from(1398)));
    }
}
