//! «Beregn din ydelse» (`#/ydelse`): the calculator's fields and how they become a [`YdelseInput`] (first),
//! then its page.

use super::lovtekster::LOVTEKSTER;
use super::ydelse::{self as skema, Ydelse as Y};
use crate::rules::aktivloven::ressourceforloebsydelse::{
    beregn_uden_tekst, Resultat, Udfald, YdelseInput,
};
use crate::rules::aktivloven::tjek::{sammenlign_med, Sammenligning};
use crate::rules::lovdata::{datoer, sidste_valgbare_aar, Hjemmel};
use crate::rules::penge::{kr, kr_kort};
use crate::rules::tid::Maaned;
use crate::ui::beregner::{beregner_med_regelfejl, Beregner};
use crate::ui::deling::Delepanel;
use crate::ui::komponenter::{svg, Senere};
use crate::ui::komponenter::{
    Advarsler, Afkrydsning, Fejloversigt, ForeloebigOverskrift, Forklaringsvisning, LaesMere,
    Maanedsvaelger, Meddelelser, Raekkeliste, SaetDel, Tekstfelt, Valgfelt,
};
use crate::ui::tilstand::felt::{beloeb, Fejl};
use crate::ui::tilstand::Tilstand;
use leptos::prelude::*;
use rust_decimal::Decimal;

// ---------------------------------------------------------------------------------------------------------
// The fields (the share link's keys) and how they become the rule's input
// ---------------------------------------------------------------------------------------------------------

use crate::rules::aktivloven::ressourceforloebsydelse::{Indtaegt, Indtaegtsart, Niveau};
use crate::ui::tilstand::felt::{dato, decimaltal, heltal, laes};
use crate::ui::tilstand::periode::{maks_maaned, periodefakta, NIVEAUER};
use crate::ui::tilstand::{raekker, saet_raekker, Art, Skema, JA_NEJ};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ydelse;

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

crate::ui::tilstand::felter! {
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

crate::ui::tilstand::periode::periodefelter!(YdelseFelt);

impl Skema for Ydelse {
    type Felt = YdelseFelt;
    type Input = crate::rules::aktivloven::ressourceforloebsydelse::YdelseInput;
    type Resultat = crate::rules::aktivloven::ressourceforloebsydelse::Resultat;
    fn til_input(t: &Tilstand<Self>) -> Result<Self::Input, Vec<Fejl>> {
        til_input(t)
    }
    fn regn(i: &Self::Input) -> Self::Resultat {
        crate::rules::aktivloven::ressourceforloebsydelse::beregn(i)
    }
    fn udfald(r: &Self::Resultat) -> &'static str {
        match r.udfald {
            crate::rules::aktivloven::ressourceforloebsydelse::Udfald::Beregnet(_) => "beregnet",
            _ => "regel: intet beløb",
        }
    }
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

// ---------------------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------------------

pub(super) const FORLOEB: &[(&str, &str, Option<&str>)] = &[
    ("r", "Ressourceforløb", None),
    (
        "j",
        "Jobafklaringsforløb",
        Some("Hvis du var sygemeldt, og dine sygedagpenge ikke kunne forlænges."),
    ),
];
/// The first year the calculator covers: the year ressourceforløbsydelse began (content/law/regler.toml).
pub(super) fn foerste_aar() -> i32 {
    chrono::Datelike::year(&datoer::RESSOURCEFORLOEB_START.dato)
}

/// The current month (a month after the newest rate year is computed *foreløbig*, never refused).
fn denne_maaned() -> Maaned {
    Maaned::af_dato(crate::ui::komponenter::i_dag())
}

/// Beregn din ydelse: the ressourceforløbsydelse calculator.
#[component]
pub fn Side() -> impl IntoView {
    let Beregner {
        t,
        meddelelser,
        input,
        fejl,
        fejl_liste,
        resultat,
        forklaring,
    } = beregner_med_regelfejl(
        || Tilstand::<Y>::default().med(F::Maaned, &denne_maaned().to_string()),
        Y::til_input,
        Y::regn,
        |r: &Resultat| &r.forklaring,
        regelfejl,
    );
    let niveau = move || t.with(|t| t.hent(F::Niveau).to_string());
    let jobafklaring = move || t.with(|t| t.hent(F::Forloeb) == "j");
    let vis = RwSignal::new(t.with_untracked(|t| {
        [
            F::Feriepenge,
            F::FerieStart,
            F::Feriedage,
            F::TilbudIndtaegt,
            F::TilbudTimer,
            F::Indtaegter,
            F::Afgoerelse,
        ]
        .into_iter()
        .any(|k| !t.hent(k).is_empty())
            || t.ja(F::SaerligStoette)
            || t.ja(F::Sanktion)
    }));

    view! {
        <h1 tabindex="-1">{crate::ui::register::Beregner::Ydelse.titel()}</h1>
        <p class="indledning">{crate::ui::register::Beregner::Ydelse.indledning()}</p>
        <p>
            "Har du kommunens tal? "
            <a href="#tjek-titel" on:click=move |ev| {
                ev.prevent_default();
                if let Some(e) = document().get_element_by_id("tjek-titel") {
                    e.scroll_into_view();
                }
            }>"Tjek din afgørelse"</a>
            " længere nede på siden."
        </p>
        <Meddelelser meddelelser=meddelelser />
        <Fejloversigt fejl=fejl_liste />
        <div class="beregner">
            <Senere>
            <form class="skema" on:submit=|ev| ev.prevent_default() novalidate>
                <Valgfelt tilstand=t k=F::Forloeb legend="Hvilket forløb er du i?" hjaelp="Det står i kommunens afgørelse om dit forløb." muligheder=FORLOEB />
                <Maanedsvaelger tilstand=t k=F::Maaned legend="Hvilken måned vil du regne på?" hjaelp="Vælg den måned, udbetalingen gælder for. Den står på udbetalingsspecifikationen i din Digital Post." fra_aar=foerste_aar() til_aar=sidste_valgbare_aar(crate::ui::komponenter::i_dag()) />
                <Tekstfelt tilstand=t k=F::Start label="Hvornår begyndte dit forløb?" hjaelp=LOVTEKSTER.forloeb_start fejl=fejl inputmode="numeric" />
                <Show when=jobafklaring>
                    <p class="boks" id="ydelse-jobafklaring-niveau">
                        "I et jobafklaringsforløb får du altid ydelse på kontanthjælpsniveau – også selv om du kom fra sygedagpenge ("
                        {Hjemmel::Aktivloven69J2.paragraf()} "). "
                        {LOVTEKSTER.selvstaendig}
                    </p>
                </Show>
                <Show when=move || !jobafklaring()>
                    <Valgfelt tilstand=t k=F::Niveau legend="Hvad fik du, lige før forløbet begyndte?" hjaelp="Det står i afgørelsen om dit forløb. Det afgør, hvilket niveau du får." muligheder=&LOVTEKSTER.niveauer[..] />
                    <Show when=move || niveau() == "s">
                        <Tekstfelt tilstand=t k=F::SdpUge label="Dine sygedagpenge om ugen (kr. før skat)" hjaelp="Står på din sidste udbetaling af sygedagpenge. Står der et beløb for 14 dage, så del det med 2. Står der en timesats, så gang den med dine timer om ugen (fx 120,00 × 37 = 4.440). Skriver du mere end det højeste sygedagpengebeløb, bruger vi det højeste beløb." fejl=fejl inputmode="decimal" />
                        <Tekstfelt tilstand=t k=F::SdpStop label="Den dag, din ret til sygedagpenge stopper eller stoppede" hjaelp="Det er ikke den dag, udbetalingen stoppede – den stopper, når forløbet begynder. Det er den dag, din ret ville være stoppet: ved revurderingen, eller når en forlængelse af dine sygedagpenge slutter. Datoen står i kommunens afgørelse om revurdering eller forlængelse af dine sygedagpenge, eller i brevet om, at din ydelse går ned til kontanthjælpsniveau. Er datoen passeret, skal du stadig skrive den – også i senere måneder. Fx 15.3.2024. Skriver du en for sen dato, viser vi for meget." fejl=fejl inputmode="numeric" />
                        <Afkrydsning tilstand=t k=F::SdpUkendt label="Jeg kender ikke datoen" hjaelp="Så regner vi, som om din ret løber hele måneden, og viser øverst i resultatet, hvad du får, hvis den er stoppet. Spørg kommunen om datoen." />
                    </Show>
                    <Show when=move || niveau() == "l">
                        <Tekstfelt tilstand=t k=F::LedighedsydelseUge label="Din ledighedsydelse om ugen (kr. før skat)" hjaelp="Lad feltet stå tomt, så bruger vi satsen for året. Fik du et andet beløb, så skriv det. Det står på din sidste udbetaling af ledighedsydelse." fejl=fejl inputmode="decimal" />
                    </Show>
                </Show>
                <Afkrydsning tilstand=t k=F::Forsoerger label=LOVTEKSTER.forsoerger hjaelp="Barnet skal bo hos dig. Betaler du børnebidrag til et barn, der bor hos den anden forælder, så sæt ikke kryds her. Bor barnet lige meget hos jer begge, så spørg kommunen, hvilken sats du får." />
                <Show when=move || t.with(|t| t.ja(F::Forsoerger))>
                    <Tekstfelt tilstand=t k=F::BarnFoedt label="Fik du barnet, eller flyttede barnet ind hos dig, i denne måned? Skriv datoen" hjaelp="Fx 12.3.2024: barnets fødselsdag eller den dag, barnet fik adresse hos dig. Så får du forsørgersatsen fra den dag. Lad feltet stå tomt, hvis barnet boede hos dig hele måneden." fejl=fejl inputmode="numeric" />
                </Show>
                <Show when=move || !t.with(|t| t.ja(F::Forsoerger))>
                    <Afkrydsning tilstand=t k=F::Hjemmeboende label=LOVTEKSTER.hjemmeboende hjaelp=LOVTEKSTER.hjemmeboende_hjaelp />
                    <Show when=move || t.with(|t| t.ja(F::Hjemmeboende))>
                        <Tekstfelt tilstand=t k=F::Foedselsdato label="Din fødselsdato" hjaelp=LOVTEKSTER.foedselsdato fejl=fejl inputmode="numeric" autocomplete="bday" />
                        <Tekstfelt tilstand=t k=F::Normalbidrag label="Børnebidrag, som du selv betaler til dit barn (normalbidrag, kr. om måneden)" hjaelp="Kun hvis du betaler børnebidrag til et barn, der ikke bor hos dig. Skriv normalbidraget for alle de børn, du betaler til, lagt sammen. Det står i Familieretshusets afgørelse om børnebidrag eller på opkrævningen fra Udbetaling Danmark. Lad feltet stå tomt, hvis du ikke betaler bidrag. Skriver du for meget, viser vi for meget – dog aldrig mere end forsørgersatsen." fejl=fejl inputmode="decimal" />
                    </Show>
                </Show>
                <Tekstfelt tilstand=t k=F::Loen label="Din løn i måneden (kr. før skat, med pension)" hjaelp="Skriv bruttolønnen (før skat) fra den lønseddel, der blev udbetalt i måneden, og læg det til, din arbejdsgiver betaler til din pension. Begge tal står på lønsedlen. Kommunen trækker ofte lønnen fra i en senere udbetaling end den måned, du arbejdede. Lad feltet stå tomt, hvis du ikke har løn. Fx 12.500." fejl=fejl inputmode="decimal" />
                <button type="button" class="vis-mere" aria-expanded=move || vis.get().to_string() on:click=move |_| vis.update(|v| *v = !*v)>
                    {move || if vis.get() { "Skjul flere spørgsmål" } else { "Flere spørgsmål: feriepenge, løn i et tilbud, anden indtægt, afgørelsens dato" }}
                </button>
                <Show when=move || vis.get()>
                    <Tekstfelt tilstand=t k=F::Feriepenge label="Feriepenge for hele ferien (feriegodtgørelse fra et job, kr. før skat)" hjaelp="Skriv det samlede beløb for ferien – vi regner selv ud, hvor meget der falder i denne måned. Beløbet står på udbetalingen af dine feriepenge (Feriepengeinfo på borger.dk). Holder du ferie med løn fra dit job, er det løn: skriv det i lønfeltet." fejl=fejl inputmode="decimal" />
                    <Tekstfelt tilstand=t k=F::FerieStart label="Feriens første dag" hjaelp="Fx 4.3.2024. Lad feltet stå tomt, hvis ferien begyndte den 1. i måneden." fejl=fejl inputmode="numeric" />
                    <Tekstfelt tilstand=t k=F::Feriedage label="Antal feriedage, som feriepengene dækker" hjaelp="Arbejdsdage: 5 for en uge. Tomt: 5 dage." fejl=fejl inputmode="numeric" />
                    <Tekstfelt tilstand=t k=F::TilbudIndtaegt label="Løn, du får i et tilbud fra kommunen (ikke din almindelige løn), kr. i måneden" hjaelp="Beløbet står på lønsedlen fra tilbuddet. Har du et almindeligt job, skal lønnen stå i feltet «Din løn i måneden». Virksomhedspraktik er uden løn – skriv intet her. Er du i tvivl, så spørg kommunen." fejl=fejl inputmode="decimal" />
                    <Tekstfelt tilstand=t k=F::TilbudTimer label="Timer, som lønnen fra tilbuddet dækker" hjaelp="Står på lønsedlen fra tilbuddet. For hver time trækkes et fast beløb ikke fra. Uden timer ville hele lønnen blive trukket fra." fejl=fejl inputmode="decimal" />
                    <AndreIndtaegter t=t fejl=fejl />
                    <Afkrydsning tilstand=t k=F::SaerligStoette label="Jeg får særlig støtte (til høje boligudgifter)" hjaelp="Det står i en afgørelse fra kommunen om særlig støtte. Den er ikke med i beregningen." />
                    <Afkrydsning tilstand=t k=F::Sanktion label="Jeg har fået en sanktion i måneden" hjaelp="Fx et brev om, at kommunen trækker i din ydelse, fordi du blev væk fra et tilbud. Sanktionen er ikke med i beregningen." />
                    <Tekstfelt tilstand=t k=F::Afgoerelse label="Datoen for kommunens afgørelse om forløbet" hjaelp=LOVTEKSTER.afgoerelse fejl=fejl inputmode="numeric" />
                </Show>
            </form>
            </Senere>
            <Senere>
            <section class="resultat" aria-labelledby="ydelse-resultat-titel">
                <h2 id="ydelse-resultat-titel">"Resultat"</h2>
                <div aria-live="polite" aria-atomic="true" class="hovedtal">
                    {move || resultattekst(&input.get(), resultat.get().as_ref())}
                </div>
                <Advarsler forklaring=forklaring />
                <Show when=move || t.with(|t| t.ja(F::SaerligStoette))>
                    <p class="boks" id="ydelse-note-saerlig-stoette">"Særlig støtte er ikke med i beløbet ovenfor. Kommunen udbetaler den oven i ydelsen. Reglerne om særlig støtte bliver afskaffet med overgangsregler – se kommunens afgørelse om, hvor længe du får den."</p>
                </Show>
                <Show when=move || t.with(|t| t.ja(F::Sanktion))>
                    <p class="boks" id="ydelse-note-sanktion">"En sanktion er ikke med i beløbet ovenfor. Kommunens beløb er derfor lavere end vores. Læs om "<a href="#/rettigheder/sanktioner">"sanktioner og rimelige grunde"</a>" – du kan klage over en sanktion."</p>
                </Show>
                <Show when=move || resultat.with(|r| r.is_some())>
                    <h3>"Sådan er det regnet ud"</h3>
                    <Forklaringsvisning forklaring=forklaring />
                    <p class="vejledende">"En vejledende beregning, ikke en afgørelse. Beløbet er før skat."</p>
                    <LaesMere beregner="ydelse" />
                </Show>
            </section>
            </Senere>
        </div>
        <Senere>
        {move || resultat.get().and_then(|r| r.ydelse()).map(|y| view! {
            <div class="resultatbar">
                <a href="#ydelse-resultat-titel" on:click=move |ev| {
                    ev.prevent_default();
                    if let Some(e) = document().get_element_by_id("ydelse-resultat-titel") {
                        e.scroll_into_view();
                    }
                }>{format!("Din ydelse: {} kr. – se udregningen", kr(y))}</a>
            </div>
        })}
        </Senere>
        <Senere><HvadHvis input=input /></Senere>
        <Senere><TjekAfgoerelse t=t input=input resultat=resultat /></Senere>
        <Senere><Delepanel tilstand=t /></Senere>
    }
}

/// A missing or impossible input the rules found, on the field it is about (the rules' own `felt`).
fn regelfejl(r: &Resultat) -> Option<Fejl> {
    match &r.udfald {
        Udfald::ManglerOplysning { felt, tekst } => {
            skema::fra_regel(felt).map(|f| Fejl::ny(f, tekst.clone()))
        }
        _ => None,
    }
}

fn resultattekst(input: &Result<YdelseInput, Vec<Fejl>>, r: Option<&Resultat>) -> AnyView {
    match (input, r) {
        (Err(f), _) => {
            let mangler: Vec<String> = f.iter().map(|f| f.tekst.clone()).collect();
            view! {
                <p class="mangler">"Vi mangler et par ting, før vi kan regne. Vi viser resultatet, når disse felter er udfyldt:"</p>
                <ul class="mangler">{mangler.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
            }
            .into_any()
        }
        (Ok(i), Some(r)) => match &r.udfald {
            Udfald::Beregnet(b) => view! {
                <ForeloebigOverskrift foreloebig=r.forklaring.foreloebig.clone() />
                <p class="tal">
                    <span class="etiket">{format!("Din ydelse i {}", i.maaned.tekst())}</span>
                    <strong>{format!("{} kr.", kr(b.ydelse))}</strong>
                    <span class="etiket">"om måneden, før skat"</span>
                </p>
            }
            .into_any(),
            Udfald::IkkeTilgaengelig(t) | Udfald::ManglerSats(t) => view! { <p class="tal-ingen">{t.clone()}</p> }.into_any(),
            Udfald::Foertidspension => view! {
                <p class="tal-ingen">"Du beholder din førtidspension under forløbet og får ikke ressourceforløbsydelse."</p>
            }
            .into_any(),
            Udfald::ManglerOplysning { tekst, felt } => {
                // The field the rules miss, one click away.
                let id = skema::fra_regel(felt).map(crate::ui::komponenter::felt_id::<Y>);
                view! {
                    <p class="tal-ingen">{tekst.clone()}</p>
                    {id.map(|id| {
                        let href = format!("#{id}");
                        view! {
                            <p><a href=href on:click=move |ev| {
                                ev.prevent_default();
                                crate::ui::komponenter::fokuser(&id);
                            }>"Gå til feltet"</a></p>
                        }
                    })}
                }
                .into_any()
            }
        },
        _ => view! { <p></p> }.into_any(),
    }
}

/// The other-income rows: kind and amount, add and remove.
#[component]
fn AndreIndtaegter(t: RwSignal<Tilstand<Y>>, fejl: Signal<Vec<Fejl>>) -> impl IntoView {
    view! {
        <Raekkeliste tilstand=t k=F::Indtaegter legend="Anden indtægt i måneden"
            hjaelp="Fx lejeindtægt eller udbetaling fra en forsikring. Vælg, hvad slags indtægt det er: nogle trækkes fra krone for krone, andre slet ikke. Står din indtægt ikke på listen, så spørg kommunen."
            fejl=fejl hent=skema::indtaegter saet=skema::saet_indtaegter maks=MAKS_INDTAEGTER ny=("", "")
            navn="indtægt" tilfoej="Tilføj en indtægt" raekke=indtaegt_raekke />
    }
}

fn indtaegt_raekke(n: usize, (art, b): (String, String), saet: SaetDel) -> AnyView {
    let art_id = format!("ydelse-i-art-{n}");
    let b_id = format!("ydelse-i-beloeb-{n}");
    view! {
        <div>
            <label for=art_id.clone()>{format!("Slags indtægt nr. {}", n + 1)}</label>
            <select id=art_id on:change=move |ev| saet.run((n, Some(event_target_value(&ev)), None))>
                <option value="" selected=art.is_empty()>"Vælg …"</option>
                {INDTAEGTSARTER.iter().map(|(k, tekst, _)| {
                    let valgt = *k == art;
                    view! { <option value=*k selected=valgt>{*tekst}</option> }
                }).collect_view()}
            </select>
        </div>
        <div>
            <label for=b_id.clone()>{format!("Beløb nr. {} (kr. i måneden)", n + 1)}</label>
            <input type="text" class="tekst" inputmode="decimal" id=b_id prop:value=b
                on:change=move |ev| saet.run((n, None, Some(event_target_value(&ev)))) />
        </div>
    }
    .into_any()
}

/// «Hvad hvis jeg arbejder?»: ydelse and total income over a range of monthly wages, as an SVG chart with a
/// table alternative. The series runs the rules without text, and only when something other than the wage
/// changes: it does not depend on the wage typed above (`grundlag` has it set to 0, and a memo notifies only
/// on a change).
#[component]
fn HvadHvis(input: Memo<Result<YdelseInput, Vec<Fejl>>>) -> impl IntoView {
    let timeloen = RwSignal::new(String::new());
    let grundlag = Memo::new(move |_| {
        input.with(|i| {
            i.as_ref().ok().map(|i| YdelseInput {
                loen: Decimal::ZERO,
                ..i.clone()
            })
        })
    });
    let punkter = Memo::new(move |_| {
        let Some(i) = grundlag.get() else {
            return Vec::new();
        };
        let ydelse = |loen: Decimal| {
            let mut j = i.clone();
            j.loen = loen;
            beregn_uden_tekst(&j).ok().map(|b| b.ydelse)
        };
        let Some(nul) = ydelse(Decimal::ZERO) else {
            return Vec::new();
        };
        // Range: up to the wage where the ydelse reaches 0 (× 1.2), in 20 steps of a round amount.
        let mut top = Decimal::from(5000);
        while ydelse(top).is_some_and(|y| y > Decimal::ZERO) && top < Decimal::from(200_000) {
            top += Decimal::from(5000);
        }
        let hundrede = Decimal::from(100);
        let trin = ((top / Decimal::from(20) / hundrede)
            .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::AwayFromZero)
            * hundrede)
            .max(hundrede);
        let _ = nul;
        (0..=20)
            .filter_map(|n| {
                let loen = trin * Decimal::from(n);
                ydelse(loen).map(|y| (loen, y))
            })
            .collect::<Vec<_>>()
    });
    let timer = move |loen: Decimal| {
        beloeb(&timeloen.get(), Decimal::from(10_000))
            .ok()
            .flatten()
            .filter(|t| !t.is_zero())
            .map(|t| {
                (loen / t)
                    .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            })
    };
    view! {
        <section class="hvad-hvis" aria-labelledby="hvad-hvis-titel">
            <h2 id="hvad-hvis-titel">"Hvad hvis jeg arbejder?"</h2>
            <p>"Se, hvad du får i alt – ydelse plus løn – hvis du tjener mere eller mindre om måneden. Alt andet er det samme som ovenfor."</p>
            {move || {
                let p = punkter.get();
                if p.is_empty() {
                    return view! { <p class="mangler">"Udfyld beregningen ovenfor for at se grafen."</p> }.into_any();
                }
                let loen = input.with(|i| i.as_ref().ok().map(|i| i.loen)).filter(|l| !l.is_zero());
                view! { <Graf punkter=p.clone() loen=loen /> }.into_any()
            }}
            <div class="felt">
                <label for="ydelse-timeloen">"Din timeløn (valgfrit)"</label>
                <p class="hjaelp" id="ydelse-timeloen-hjaelp">"Så viser tabellen også, hvor mange timer om måneden lønnen svarer til."</p>
                <input type="text" class="tekst kort" inputmode="decimal" id="ydelse-timeloen" aria-describedby="ydelse-timeloen-hjaelp"
                    prop:value=move || timeloen.get() on:input=move |ev| timeloen.set(event_target_value(&ev)) />
            </div>
            <details>
                <summary>"Se tallene som tabel"</summary>
                <div class="tabel-rulle" role="region" aria-labelledby="hvad-hvis-tabel-titel" tabindex="0">
                <table class="tal-tabel">
                    <caption id="hvad-hvis-tabel-titel">"Ydelse og samlet indkomst efter løn (kr. om måneden, før skat)"</caption>
                    <thead><tr>
                        <th scope="col">"Løn"</th>
                        {move || timer(Decimal::ONE).map(|_| view! { <th scope="col">"Timer"</th> })}
                        <th scope="col">"Ydelse"</th>
                        <th scope="col">"I alt"</th>
                    </tr></thead>
                    <tbody>
                        {move || punkter.get().into_iter().map(|(l, y)| view! {
                            <tr>
                                <th scope="row">{kr_kort(l)}</th>
                                {timer(l).map(|t| view! { <td>{t.to_string()}</td> })}
                                <td>{kr(y)}</td>
                                <td>{kr(l + y)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
            </details>
        </section>
    }
}

/// The chart: x = wage, y = ydelse and ydelse + wage.
#[component]
fn Graf(punkter: Vec<(Decimal, Decimal)>, loen: Option<Decimal>) -> impl IntoView {
    use rust_decimal::prelude::ToPrimitive;
    // 480 × 300 user units: drawn 343 px wide on a 375 px phone, the 17-unit labels are 12 px (style/main.css).
    let (b, h, v, u, r) = (480.0_f64, 300.0_f64, 66.0_f64, 46.0_f64, 30.0_f64);
    // Floating point is used only to place pixels, never for money.
    let max_x_kr = punkter
        .last()
        .map(|p| p.0)
        .unwrap_or(Decimal::ONE)
        .max(Decimal::ONE);
    let max_y_kr = punkter
        .iter()
        .map(|(l, y)| *l + *y)
        .max()
        .unwrap_or(Decimal::ONE)
        .max(Decimal::ONE);
    let y_skridt = rundt_skridt(max_y_kr, 4);
    let x_skridt = rundt_skridt(max_x_kr, 4);
    // The y axis reaches the next round tick, so the top line is never above the grid.
    let y_top = (max_y_kr / y_skridt)
        .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::AwayFromZero)
        * y_skridt;
    let max_x = max_x_kr.to_f64().unwrap_or(1.0).max(1.0);
    let max_y = y_top.to_f64().unwrap_or(1.0).max(1.0);
    let x = move |d: Decimal| v + d.to_f64().unwrap_or(0.0) / max_x * (b - v - r);
    let y = move |d: Decimal| h - u - d.to_f64().unwrap_or(0.0) / max_y * (h - u - 12.0);
    let linje = |f: &dyn Fn(&(Decimal, Decimal)) -> Decimal| {
        punkter
            .iter()
            .map(|p| format!("{},{}", svg(x(p.0)), svg(y(f(p)))))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let ydelse = linje(&|p| p.1);
    let i_alt = linje(&|p| p.0 + p.1);
    let trin = |skridt: Decimal, top: Decimal| {
        (0..=20)
            .map(|n| skridt * Decimal::from(n))
            .take_while(|t| *t <= top)
            .collect::<Vec<_>>()
    };
    let y_trin = trin(y_skridt, y_top);
    let x_trin = trin(x_skridt, max_x_kr);
    view! {
        <figure class="graf">
            <svg viewBox=format!("0 0 {} {}", svg(b), svg(h)) role="img" aria-labelledby="graf-titel graf-beskrivelse" class="graf-svg">
                <title id="graf-titel">"Ydelse og samlet indkomst efter løn"</title>
                <desc id="graf-beskrivelse">"Den nederste linje er ydelsen, den øverste ydelse plus løn. Tallene står i tabellen under grafen."</desc>
                {y_trin.into_iter().map(|t| view! {
                    <g>
                        <line x1=svg(v) x2=svg(b - r) y1=svg(y(t)) y2=svg(y(t)) class="gitter" />
                        <text x=svg(v - 6.0) y=svg(y(t) + 6.0) text-anchor="end" class="akse">{kr_kort(t)}</text>
                    </g>
                }).collect_view()}
                {x_trin.into_iter().map(|t| view! {
                    <text x=svg(x(t)) y=svg(h - u + 20.0) text-anchor="middle" class="akse">{kr_kort(t)}</text>
                }).collect_view()}
                <text x=svg((b + v - r) / 2.0) y=svg(h - 4.0) text-anchor="middle" class="akse">"Løn om måneden (kr.)"</text>
                // The user's own wage, if it is inside the drawing.
                {loen.filter(|l| *l <= max_x_kr).map(|l| view! {
                    <g class="din-loen">
                        <line x1=svg(x(l)) x2=svg(x(l)) y1=20 y2=svg(h - u) />
                        <text x=svg(x(l).min(b - r - 34.0).max(v + 34.0)) y=15 text-anchor="middle" class="akse">"Din løn"</text>
                    </g>
                })}
                <polyline points=i_alt class="serie i-alt" fill="none" />
                <polyline points=ydelse class="serie ydelse" fill="none" />
            </svg>
            <figcaption>
                <span class="nogle i-alt">"Ydelse + løn"</span>
                <span class="nogle ydelse">"Ydelse"</span>
            </figcaption>
        </figure>
    }
}

/// A round step (1, 2, 2,5 or 5 × a power of ten kroner) that divides `top` into at most `hoejst` parts.
fn rundt_skridt(top: Decimal, hoejst: u32) -> Decimal {
    let mut tier = Decimal::from(100);
    loop {
        for f in [
            Decimal::ONE,
            Decimal::TWO,
            Decimal::new(25, 1),
            Decimal::from(5),
        ] {
            let skridt = f * tier;
            if top / skridt <= Decimal::from(hoejst) || tier > Decimal::from(10_000_000) {
                return skridt;
            }
        }
        tier *= Decimal::TEN;
    }
}

/// «Tjek din afgørelse»: the kommune's amount against ours, and the most likely causes.
#[component]
fn TjekAfgoerelse(
    t: RwSignal<Tilstand<Y>>,
    input: Memo<Result<YdelseInput, Vec<Fejl>>>,
    resultat: Memo<Option<Resultat>>,
) -> impl IntoView {
    // The result the page already shows: the comparison never computes the month again.
    let beregnet = move || {
        resultat.with(|r| match r.as_ref().map(|r| &r.udfald) {
            Some(Udfald::Beregnet(b)) => Some(b.clone()),
            _ => None,
        })
    };
    let fejl = Signal::derive(move || {
        t.with(|t| {
            [
                F::KommunensBeloeb,
                F::KommunensGrundbeloeb,
                F::KommunensFradrag,
            ]
            .into_iter()
            // The field being typed into for the first time shows its error when it loses focus.
            .filter(|k| {
                !crate::ui::komponenter::er_stille(&crate::ui::komponenter::felt_id::<Y>(*k))
            })
            .filter_map(|k| {
                beloeb(t.hent(k), skema::maks_maaned())
                    .err()
                    .map(|e| Fejl::ny(k, e))
            })
            .collect::<Vec<_>>()
        })
    });
    let linjer = Memo::new(move |_| {
        let Some(b) = beregnet() else {
            return Vec::new();
        };
        let kommunens = |k: F| t.with(|t| beloeb(t.hent(k), skema::maks_maaned()).ok().flatten());
        [
            (
                "Grundbeløb før fradrag",
                b.grundbeloeb,
                kommunens(F::KommunensGrundbeloeb),
            ),
            (
                "Fradrag i alt",
                b.fradrag_i_alt,
                kommunens(F::KommunensFradrag),
            ),
            ("Ydelse", b.ydelse, kommunens(F::KommunensBeloeb)),
        ]
        .into_iter()
        .filter(|(_, _, k)| k.is_some())
        .map(|(navn, vores, k)| (navn, vores, k.unwrap_or_default()))
        .collect::<Vec<_>>()
    });
    let sammenligning = Memo::new(move |_| {
        let kb = t.with(|t| {
            beloeb(t.hent(F::KommunensBeloeb), skema::maks_maaned())
                .ok()
                .flatten()
        })?;
        let b = beregnet()?;
        input.with(|i| i.as_ref().ok().map(|i| sammenlign_med(i, &b, kb)))
    });
    view! {
        <section class="tjek" class:tom=move || t.with(|t| t.hent(F::KommunensBeloeb).trim().is_empty()) aria-labelledby="tjek-titel">
            <h2 id="tjek-titel">"Tjek din afgørelse"</h2>
            <p>"Skriv beløbet fra kommunens brev eller udbetaling (før skat) for samme måned. Så viser vi forskellen og de mest sandsynlige grunde."</p>
            <Tekstfelt tilstand=t k=F::KommunensBeloeb label="Kommunens beløb for måneden (kr. før skat)" hjaelp="Brug bruttobeløbet (før skat) fra udbetalingsspecifikationen i din Digital Post – ikke beløbet på din bankkonto." fejl=fejl inputmode="decimal" />
            <Tekstfelt tilstand=t k=F::KommunensGrundbeloeb label="Kommunens grundbeløb før fradrag (valgfrit)" hjaelp="Står det i brevet, kan vi sammenligne linje for linje." fejl=fejl inputmode="decimal" />
            <Tekstfelt tilstand=t k=F::KommunensFradrag label="Kommunens fradrag i alt (valgfrit)" fejl=fejl inputmode="decimal" />
            {move || {
                let l = linjer.get();
                (l.len() > 1).then(|| view! {
                    <div class="tabel-rulle" role="region" aria-labelledby="tjek-linjer-titel" tabindex="0">
                    <table class="tal-tabel">
                        <caption id="tjek-linjer-titel">"Linje for linje (kr.)"</caption>
                        <thead><tr><th scope="col">"Linje"</th><th scope="col">"Vores"</th><th scope="col">"Kommunens"</th><th scope="col">"Forskel"</th></tr></thead>
                        <tbody>
                            {l.into_iter().map(|(navn, vores, k)| view! {
                                <tr><th scope="row">{navn}</th><td>{kr(vores)}</td><td>{kr(k)}</td><td>{kr(k - vores)}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                })
            }}
            <div aria-live="polite">
                {move || sammenligning.get().map(|s| view! { <Sammenligningsvisning s=s /> })}
            </div>
        </section>
    }
}

#[component]
fn Sammenligningsvisning(s: Sammenligning) -> impl IntoView {
    let forskel_tekst = if s.forskel.is_zero() {
        "Kommunens beløb er det samme som vores. Er din udbetaling alligevel faldet, kan det skyldes skatten (fx dit skattekort), en modregning, eller at særlig støtte er stoppet.".to_string()
    } else if s.forskel > Decimal::ZERO {
        format!(
            "Kommunen udbetaler {} kr. mere end vores beregning.",
            kr(s.forskel)
        )
    } else {
        format!(
            "Kommunen udbetaler {} kr. mindre end vores beregning.",
            kr(-s.forskel)
        )
    };
    view! {
        <table class="tal-tabel">
            <caption>"Vores beregning og kommunens beløb"</caption>
            <tbody>
                <tr><th scope="row">"Vores beregning"</th><td>{format!("{} kr.", kr(s.vores))}</td></tr>
                <tr><th scope="row">"Kommunens beløb"</th><td>{format!("{} kr.", kr(s.kommunens))}</td></tr>
                <tr><th scope="row">"Forskel"</th><td>{format!("{} kr.", kr(s.forskel))}</td></tr>
            </tbody>
        </table>
        <p><strong>{forskel_tekst}</strong></p>
        {(!s.aarsager.is_empty()).then(|| view! {
            <h3>"Mulige grunde"</h3>
            <ul class="aarsager">
                {s.aarsager.into_iter().map(|a| view! {
                    <li class:forklarer=a.forklarer_forskellen>
                        {a.forklarer_forskellen.then_some("Passer med forskellen: ")}
                        {a.tekst}
                    </li>
                }).collect_view()}
            </ul>
            <p>"Sammenlign kommunens brev linje for linje med trinene i «Sådan er det regnet ud» ovenfor. "
                "Spørg først kommunen, hvordan de har regnet – ofte kan en fejl rettes uden en klage. Retter de det ikke, kan du "
                <a href="#/rettigheder/klage">"klage"</a>". Husk din "<a href="#/klagefrist">"klagefrist"</a>", og "
                <a href="#/rettigheder/klage/skriv-din-klage">"få hjælp til at skrive klagen"</a>"."</p>
        })}
    }
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
