//! Every sentence of the ressourceforløbsydelse calculator: turns the typed steps, warnings and hindrances of
//! [`super::ressourceforloebsydelse`] into the Danish trace (`Forklaring`) and result (`Udfald`). The rules
//! hold no text; a second language would replace this module only.

use super::ressourceforloebsydelse::{
    hjemmeboende_alder, Beregning, Hindring, Hvad, Indtaegtsart, Kategori, Mangel, Post, Resultat,
    SdpRet, Spor, Trin, Udfald, Utilgaengelig, Varsel, Varselhvad, YdelseInput,
};
use super::tjek::Aarsag;
use crate::forklaring::{Foreloebighed, Forklaring, Linje};
use crate::fortolkninger::Fortolkning;
use crate::lovdata::{self, datoer, ManglerSats};
use crate::penge::{hele_kroner, kr, kr_kort};
use crate::tid::dato_tekst;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The result the app shows: the outcome and the trace, written from the steps.
pub(super) fn resultat(
    input: &YdelseInput,
    res: Result<Beregning, Hindring>,
    spor: Spor,
) -> Resultat {
    let mut fk = Forklaring::default();
    for post in spor.poster() {
        match post {
            Post::Linje(t) => fk.linje(linje(input, t)),
            Post::Varsel(v) => varsel(input, &mut fk, v),
        }
    }
    let udfald = match res {
        Ok(b) => {
            if b.foreloebig {
                fk.foreloebig = Some(foreloebighed(input.maaned.aar()));
            }
            Udfald::Beregnet(b)
        }
        Err(h) => udfald(input, h),
    };
    Resultat {
        udfald,
        forklaring: fk,
    }
}

/// A step as a trace line.
pub fn linje(input: &YdelseInput, t: Trin) -> Linje {
    Linje {
        art: t.art,
        tekst: tekst(input, &t.hvad),
        beloeb: t.beloeb,
        paragraf: t.paragraf.to_string(),
        kilder: t.kilder.iter().flat_map(|k| k.iter().copied()).collect(),
        gyldig_fra: t.gyldig_fra,
        status: t.status,
        fortolkning: t.fortolkning,
        tal: t.tal,
    }
}

fn stort(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn kategori(k: Kategori) -> String {
    match k {
        Kategori::Forsoerger => "forsørger".into(),
        Kategori::IkkeForsoerger => "ikke-forsørger".into(),
        Kategori::Under25Hjemmeboende => {
            format!("under {} år og hjemmeboende", hjemmeboende_alder())
        }
    }
}

/// The sentence of a step: one short arm per kind, the longer sentences in a function of their own.
fn tekst(input: &YdelseInput, hvad: &Hvad) -> String {
    let maaned = input.maaned.tekst();
    match hvad {
        Hvad::Foertidspension => "Du beholder din førtidspension under forløbet og får derfor ikke ressourceforløbsydelse.".into(),
        Hvad::JobafklaringNiveau => "I et jobafklaringsforløb får du altid ydelse på kontanthjælpsniveau, uanset hvilken ydelse du kom fra.".into(),
        Hvad::Nul { fradrag } => format!("Fradragene ({} kr.) er større end grundbeløbet, men ydelsen kan ikke blive negativ. Du får 0 kr. i ydelse i denne måned, men du er stadig i dit forløb. Tjener du mindre en anden måned, får du ydelse igen.", kr(*fradrag)),
        Hvad::Resultat { foreloebig, ydelse } => resultat_tekst(&maaned, *foreloebig, *ydelse),
        Hvad::DelAfMaaned => format!(
            "Forløbet begyndte {}, så der er kun ydelse for en del af {maaned}.",
            dato_tekst(input.forloeb_start)
        ),
        Hvad::Andel { fra, til, dage, dage_i_md, maaned_beloeb, andel } => {
            andel_tekst((*fra, *til), (*dage, *dage_i_md), *maaned_beloeb, *andel)
        }
        Hvad::Grundbeloeb { sum } => format!("Grundbeløb for {maaned} i alt: {} kr.", kr(*sum)),
        Hvad::Feriepenge { kalenderdage, i_md, ferie } => {
            feriepenge_tekst(input, &maaned, *kalenderdage, *i_md, *ferie)
        }
        Hvad::Loen { ferie, loen, aar, graense } => loen_tekst(*ferie, *loen, *aar, *graense),
        Hvad::FradragUnder { pct, under, fradrag, over } => {
            fradrag_under_tekst(*pct, *under, *fradrag, *over)
        }
        Hvad::FradragOver { pct, over, fradrag } => format!(
            "Din løn er {} kr. over grænsen. {pct} % af det trækkes fra: {} kr.",
            kr(*over),
            kr(*fradrag)
        ),
        Hvad::Tilbud { pr_time, frit, rest } => tilbud_tekst(input, *pr_time, *frit, *rest),
        Hvad::Indtaegt(i) => format!(
            "{}: {} kr. {}",
            stort(i.art.tekst()),
            kr(i.beloeb),
            if i.art.fradrages() { "trækkes fra krone for krone." } else { "trækkes ikke fra." }
        ),
        Hvad::FradragIAlt(i_alt) => format!("Fradrag i alt: {} kr.", kr(*i_alt)),
        Hvad::Sats { kategori: k, aar, vaerdi, enhed, bidrag_ikke } => {
            sats_tekst(*k, *aar, *vaerdi, *enhed, *bidrag_ikke)
        }
        Hvad::Bidrag { bidrag, maks, med } => bidrag_tekst(*bidrag, *maks, *med),
        Hvad::SdpStop { ophoer, fra } => format!(
            "Din ret til sygedagpenge stoppede {}. Derfor får du ydelse på kontanthjælpsniveau fra {}.",
            dato_tekst(*ophoer),
            dato_tekst(*fra)
        ),
        Hvad::Sygedagpenge { uge, cap, cap_fra, maaned } => {
            sygedagpenge_tekst(*uge, *cap, *cap_fra, *maaned)
        }
        Hvad::SdpRet(r) => sdp_ret_tekst(&maaned, r),
        Hvad::SdpGulv { gulv } => format!(
            "Det er mindre end kontanthjælpsniveauet ({} kr.), og ydelsen kan ikke være lavere end det. Du får {} kr.",
            kr(*gulv),
            kr(*gulv)
        ),
        Hvad::Ledighedsydelse { uge, maaned, egen } => format!(
            "Du kom fra ledighedsydelse på {} kr. om ugen. Omregnet til måned: {} kr.{}",
            kr_kort(*uge),
            kr(*maaned),
            if *egen { " (det beløb, du har skrevet)" } else { "" }
        ),
    }
}

/// The month's amount.
fn resultat_tekst(maaned: &str, foreloebig: bool, ydelse: Decimal) -> String {
    format!(
        "{}essourceforløbsydelse for {maaned} før skat: {} kr. (ca. {} kr.)",
        if foreloebig { "Foreløbig r" } else { "R" },
        kr(ydelse),
        kr_kort(hele_kroner(ydelse))
    )
}

/// The share of a part of the month, by days.
fn andel_tekst(
    (fra, til): (NaiveDate, NaiveDate),
    (dage, dage_i_md): (i64, i64),
    maaned_beloeb: Decimal,
    andel: Decimal,
) -> String {
    format!(
        "{}–{} ({dage} af månedens {dage_i_md} dage): {} kr. × {dage}/{dage_i_md} = {} kr.",
        dato_tekst(fra),
        dato_tekst(til),
        kr(maaned_beloeb),
        kr(andel)
    )
}

/// The part of the feriepenge counted as wage in the month.
fn feriepenge_tekst(
    input: &YdelseInput,
    maaned: &str,
    kalenderdage: i64,
    i_md: i64,
    ferie: Decimal,
) -> String {
    format!(
        "Feriepenge: {} feriedage svarer til {kalenderdage} kalenderdage, og {i_md} af dem ligger i {maaned}. Derfor regnes {} kr. af {} kr. som løn i måneden.",
        input.feriedage,
        kr(ferie),
        kr(input.ferie_godtgoerelse)
    )
}

/// The wage of the month and the year's lønindtægtsgrænse.
fn loen_tekst(ferie: bool, loen: Decimal, aar: i32, graense: Decimal) -> String {
    format!(
        "Din løn i måneden{} er {} kr. (før skat og AM-bidrag, med pension). Lønindtægtsgrænsen for {aar} er {} kr.",
        if ferie { " inkl. feriepenge" } else { "" },
        kr(loen),
        kr_kort(graense)
    )
}

/// The deduction of the wage up to the grænse.
fn fradrag_under_tekst(pct: Decimal, under: Decimal, fradrag: Decimal, over: bool) -> String {
    if pct.is_zero() && !over {
        "Din løn er under grænsen, så der trækkes intet fra.".into()
    } else if pct.is_zero() {
        "Løn op til grænsen trækkes ikke fra.".into()
    } else {
        format!(
            "{pct} % af lønnen op til grænsen ({} kr.) trækkes fra: {} kr.",
            kr(under),
            kr(fradrag)
        )
    }
}

/// Pay in a tilbud: the amount per hour that is disregarded, and the rest.
fn tilbud_tekst(input: &YdelseInput, pr_time: Decimal, frit: Decimal, rest: Decimal) -> String {
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
    }
}

/// The sats of the category, and why the tillæg for børnebidrag is not added.
fn sats_tekst(
    k: Kategori,
    aar: i32,
    vaerdi: Decimal,
    enhed: lovdata::Enhed,
    bidrag_ikke: Option<bool>,
) -> String {
    let mut s = format!(
        "Sats for {} i {aar}: {} {}",
        kategori(k),
        kr_kort(vaerdi),
        enhed.tekst()
    );
    let alder = hjemmeboende_alder();
    match bidrag_ikke {
        Some(true) => s.push_str(&format!(" Tillægget for børnebidrag gælder kun, mens du er under {alder} år og bor hjemme, så det er ikke lagt til.")),
        Some(false) => s.push_str(&format!(" Tillægget for børnebidrag gælder kun, hvis du er under {alder} år og bor hjemme, så det er ikke lagt til.")),
        None => {}
    }
    s
}

/// The sats for hjemmeboende with the børnebidrag added, up to the ceiling.
fn bidrag_tekst(bidrag: Decimal, maks: Decimal, med: Decimal) -> String {
    format!(
        "Du betaler børnebidrag til dit barn (normalbidrag {} kr. om måneden), så satsen for hjemmeboende lægges sammen med bidraget, dog højst {} kr.: {} kr.",
        kr_kort(bidrag),
        kr_kort(maks),
        kr(med)
    )
}

/// The sygedagpenge level: the weekly amount (capped) as a monthly amount.
fn sygedagpenge_tekst(uge: Decimal, cap: Decimal, cap_fra: NaiveDate, maaned: Decimal) -> String {
    if uge > cap {
        format!(
            "Du kom fra sygedagpenge på {} kr. om ugen. Højeste sygedagpengebeløb er {} kr. om ugen (fra {}), så {} kr. bruges. Omregnet til måned: {} kr.",
            kr_kort(uge),
            kr_kort(cap),
            dato_tekst(cap_fra),
            kr_kort(cap),
            kr(maaned)
        )
    } else {
        format!(
            "Du kom fra sygedagpenge på {} kr. om ugen (højst {} kr.). Omregnet til måned: {} kr.",
            kr_kort(uge),
            kr_kort(cap),
            kr(maaned)
        )
    }
}

/// How long the right to sygedagpenge runs in the month.
fn sdp_ret_tekst(maaned: &str, r: &SdpRet) -> String {
    match r {
        SdpRet::Ukendt => format!(
            "Antagelse: Du har ikke skrevet, hvornår din ret til sygedagpenge stopper. Vi har regnet, som om den løber hele {maaned}."
        ),
        SdpRet::HeleMaaneden(o) => format!(
            "Din ret til sygedagpenge løber til {}, så du får sygedagpengeniveau hele {maaned}.",
            dato_tekst(*o)
        ),
        SdpRet::Til(o) => format!(
            "Din ret til sygedagpenge løber til {}. Til og med den dag får du sygedagpengeniveau.",
            dato_tekst(*o)
        ),
    }
}

/// A warning into the trace (the same text is not repeated).
fn varsel(input: &YdelseInput, fk: &mut Forklaring, v: Varsel) {
    let maaned = input.maaned.tekst();
    let luk = &datoer::RESSOURCEFORLOEB_LUKKET_FOR_NYE;
    let tekst = match v.hvad {
        Varselhvad::Figur(sats, f) => {
            let navn = match sats {
                Some(s) => lovdata::parameter(s).navn,
                None => "Loftet for hjemmeboende med bidragspligt",
            };
            fk.advar_om_figur(navn, f);
            return;
        }
        Varselhvad::SdpUkendt { alternativ, ydelse } => {
            let forskel = if alternativ < ydelse {
                format!(
                    "Er din ret til sygedagpenge stoppet før {maaned}, får du kontanthjælpsniveau: {} kr. i stedet for {} kr. – {} kr. mindre.",
                    kr(alternativ),
                    kr(ydelse),
                    kr(ydelse - alternativ)
                )
            } else {
                format!("Er din ret til sygedagpenge stoppet før {maaned}, ændrer det ikke beløbet i denne måned.")
            };
            format!("Du har ikke skrevet, hvornår din ret til sygedagpenge stopper. Vi har regnet, som om den løber hele {maaned}. {forskel} Spørg kommunen: «Hvornår stopper (eller stoppede) min ret til sygedagpenge?» Datoen står i kommunens afgørelse om revurdering eller forlængelse af dine sygedagpenge.")
        }
        Varselhvad::JobafklaringStart => Fortolkning::JobafklaringStart.tekst().into(),
        Varselhvad::Skaeringsdato => format!(
            "Datoen {} kommer fra STAR's svar og andre kilder, ikke direkte fra lovteksten. {}",
            dato_tekst(luk.dato),
            Fortolkning::Skaeringsdato2026.tekst()
        ),
        Varselhvad::StartEfterAfgoerelseFoer => format!(
            "Forløbet starter efter {}, men blev besluttet før. Det er ikke afklaret, om afgørelsesdatoen eller startdatoen tæller. Vi har regnet, som om forløbet kører videre efter de hidtidige regler.",
            dato_tekst(luk.dato)
        ),
        Varselhvad::KoererVidere => format!(
            "Dit forløb startede før {}. Det kører videre efter de hidtidige regler til slutdatoen i din afgørelse. Læs på siden «Når forløbet slutter», hvad der sker bagefter.",
            dato_tekst(luk.dato)
        ),
        Varselhvad::SenestSlut => {
            let senest = &datoer::SENESTE_SLUT_OVERGANGSFORLOEB;
            let sidste_start = luk.dato.pred_opt().unwrap_or(luk.dato);
            format!(
                "Et ressourceforløb, der startede senest {}, slutter normalt senest {} ({}).",
                dato_tekst(sidste_start),
                dato_tekst(senest.dato),
                senest.paragraf
            )
        }
        Varselhvad::Aldersgraense => format!(
            "Kontanthjælpen bruger fra {} {} år som grænse for hjemmeboende. Det er ikke bekræftet, om ressourceforløbsydelsen fulgte med; vi bruger fortsat {} år.",
            dato_tekst(datoer::NYT_KONTANTHJAELPSSYSTEM.dato),
            lovdata::Regelvaerdi::altid(lovdata::vaerdier::HJEMMEBOENDE_ALDER_KONTANTHJAELP).vaerdi,
            hjemmeboende_alder()
        ),
        Varselhvad::RegelIkkeOfficiel(paragraf) => {
            format!("Reglen for lønfradrag ({paragraf}) er ikke officielt bekræftet.")
        }
        Varselhvad::LoenFoerAmBidrag => "Vi har regnet med lønnen før skat og før AM-bidrag, med pension, som STAR beskriver det. Ældre Sagen har skrevet, at grundlaget er lønnen efter AM-bidrag; det er ikke afklaret.".into(),
        Varselhvad::GraenseIDelmaaned { fra } => format!(
            "Dit forløb begynder {}, midt i måneden. Vi bruger alligevel hele lønindtægtsgrænsen for måneden. Om den skal sættes ned, er ikke afklaret.",
            dato_tekst(fra)
        ),
        Varselhvad::DeleAfMaaned => Fortolkning::DeleAfMaaned.tekst().into(),
        Varselhvad::BarnIForloeb => Fortolkning::BarnIForloeb.tekst().into(),
    };
    fk.advar(v.alvor, tekst, v.kilder, v.fortolkning);
}

/// Why there is no amount, in words.
fn udfald(input: &YdelseInput, h: Hindring) -> Udfald {
    match h {
        Hindring::Foertidspension => Udfald::Foertidspension,
        Hindring::ManglerSats(m) => Udfald::ManglerSats(mangler_sats(m)),
        Hindring::Utilgaengelig(u) => Udfald::IkkeTilgaengelig(utilgaengelig(input, u)),
        Hindring::ManglerOplysning { felt, mangel } => Udfald::ManglerOplysning {
            felt,
            tekst: mangel_tekst(mangel),
        },
    }
}

fn utilgaengelig(input: &YdelseInput, u: Utilgaengelig) -> String {
    match u {
        Utilgaengelig::FoerOrdningen => {
            let start = &datoer::RESSOURCEFORLOEB_START;
            format!(
                "Ressourceforløbsydelse findes først fra {} ({}).",
                dato_tekst(start.dato),
                start.paragraf
            )
        }
        Utilgaengelig::FoerJobafklaring => {
            let ja = &datoer::JOBAFKLARING_START;
            format!(
                "Jobafklaringsforløb med ressourceforløbsydelse findes først fra {} ({}).",
                dato_tekst(ja.dato),
                ja.paragraf
            )
        }
        Utilgaengelig::LukketForNye => {
            let luk = &datoer::RESSOURCEFORLOEB_LUKKET_FOR_NYE;
            format!(
                "Tjek startdatoen: Startede dit forløb før {0}, så ret datoen. Der bevilges ikke nye ressourceforløb fra {0} ({1}). Den indsats, du kan få, sker på den ydelse, du har i forvejen: kontanthjælp, sygedagpenge eller jobafklaring, ledighedsydelse eller førtidspension. Tal med kommunen om fleksjob eller førtidspension.",
                dato_tekst(luk.dato),
                luk.paragraf
            )
        }
        Utilgaengelig::FoerForloebet => format!(
            "Forløbet begynder først {}, så der er ingen ydelse i {}.",
            dato_tekst(input.forloeb_start),
            input.maaned.tekst()
        ),
        Utilgaengelig::IngenLoenfradragsregel { dag } => format!(
            "Der er ingen regel for lønfradrag for dette forløb den {}.",
            dato_tekst(dag)
        ),
    }
}

fn mangel_tekst(m: Mangel) -> String {
    match m {
        Mangel::Negativ => "Beløbet kan ikke være negativt.".into(),
        Mangel::Urealistisk => {
            "Beløbet er urealistisk stort. Tjek, at det er skrevet rigtigt.".into()
        }
        Mangel::Sygedagpenge => {
            "Skriv, hvor mange sygedagpenge du fik om ugen, før forløbet begyndte.".into()
        }
        Mangel::Foedselsdato => format!(
            "Skriv din fødselsdato, så vi kan se, om du er under {} år.",
            hjemmeboende_alder()
        ),
        Mangel::FoedselsdatoEfterMaaned => {
            "Fødselsdatoen ligger efter den måned, der skal beregnes.".into()
        }
        Mangel::Ferie => {
            "Skriv, hvornår ferien begyndte, og hvor mange feriedage feriepengene dækker.".into()
        }
        Mangel::Feriedage => "Så mange feriedage kan feriepengene ikke dække.".into(),
        Mangel::Ledighedsydelse { interval, aar } => {
            let hint = interval
                .map(|(a, b)| {
                    format!(
                        " Kilderne giver kun et skøn på {}–{} kr. om ugen for {aar}.",
                        kr_kort(a),
                        kr_kort(b)
                    )
                })
                .unwrap_or_default();
            format!("Skriv, hvor meget du fik i ledighedsydelse om ugen.{hint}")
        }
    }
}

/// No rate for the day asked for.
fn mangler_sats(m: ManglerSats) -> String {
    let p = lovdata::parameter(m.sats);
    let foerste = p.vaerdier.first().map(|f| f.gyldig_fra);
    if foerste.is_some_and(|f| m.dato < f) {
        return format!(
            "Vi har ikke satsen «{}» for {}. Appens tal for den begynder {}.",
            p.navn,
            dato_tekst(m.dato),
            foerste.map(dato_tekst).unwrap_or_default()
        );
    }
    format!(
        "Vi har ikke satsen «{}» for {}. Satserne reguleres hvert år 1. januar, og de nyeste, vi har, er fra {}.",
        p.navn,
        dato_tekst(m.dato),
        lovdata::SENESTE_SATSAAR
    )
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

/// A likely cause in «Tjek din afgørelse» (`tjek`).
pub(super) fn aarsag(a: &Aarsag) -> String {
    let alder = hjemmeboende_alder();
    match a {
        Aarsag::Afrunding => "Forskellen er under 1 krone. Den skyldes sandsynligvis afrunding.".into(),
        Aarsag::UdenFradrag { grundbeloeb } => format!(
            "Kommunens beløb svarer til ydelsen uden fradrag ({}). Måske er din løn eller anden indtægt ikke trukket fra endnu, fx fordi den trækkes i en senere måned. Spørg kommunen, hvornår fradraget kommer.",
            kr(*grundbeloeb)
        ),
        Aarsag::GammeltLoenfradrag { gammel_pct, beloeb, til, ny_under, ny_over, paragraf } => format!(
            "Kommunen har måske trukket {} % af lønnen under lønindtægtsgrænsen ({}). Det fradrag gjaldt kun til {}; i ressourceforløb trækkes nu {} % under grænsen og {} % over ({paragraf}). Klag, hvis det er tilfældet.",
            gammel_pct.normalize(),
            kr(*beloeb),
            dato_tekst(*til),
            ny_under.normalize(),
            ny_over.normalize()
        ),
        Aarsag::Forsoerger { er_forsoerger: true } => "Kommunens beløb passer med satsen for en person uden børn. Tjek, om kommunen ved, at du har et barn under 18 år, som bor hos dig.".into(),
        Aarsag::Forsoerger { er_forsoerger: false } => "Kommunens beløb passer med forsørgersatsen. Tjek, om kommunen har registreret dig rigtigt. Forsørgersatsen er for dig, der har et barn under 18 år boende. Betaler du børnebidrag til et barn, der bor hos den anden forælder, er det ikke nok.".into(),
        Aarsag::Hjemmeboende { er_hjemmeboende: true } => format!("Kommunens beløb passer med satsen for en, der ikke bor hos sine forældre. Tjek, om kommunen ved, at du bor hjemme og er under {alder} år."),
        Aarsag::Hjemmeboende { er_hjemmeboende: false } => format!("Kommunens beløb passer med den lave sats for unge under {alder} år, der bor hos deres forældre. Tjek, om kommunen ved, at du er flyttet hjemmefra eller er fyldt {alder} år."),
        Aarsag::SygedagpengeStoppet => "Kommunens beløb passer med kontanthjælpsniveau. Måske er din ret til sygedagpenge stoppet, så du ikke længere får sygedagpengeniveau. Spørg kommunen, hvilken dag din ret til sygedagpenge stoppede, og skriv datoen i beregningen. Det er kun en fejl, hvis retten ikke er stoppet.".into(),
        Aarsag::SidsteAarsSatser => "Kommunens beløb passer med sidste års satser. Satserne reguleres 1. januar; spørg kommunen, om den har brugt årets satser.".into(),
        Aarsag::SammeLoen => "Tjek, at kommunen har brugt den samme løn som dig: løn før skat og før AM-bidrag, med pension. Lønnen trækkes normalt fra i den måned, den udbetales.".into(),
        Aarsag::SammeOplysninger => "Tjek, at kommunen kender de samme oplysninger som dig: hvilken ydelse du fik før forløbet, om du har et barn boende, din alder og om du bor hjemme, feriepenge og anden indtægt.".into(),
        Aarsag::Jobafklaring { pct } => format!(
            "Kommunens beløb passer med reglerne for et jobafklaringsforløb, hvor der også trækkes {} % af lønnen under grænsen. Tjek i afgørelsen, hvilket forløb du er i.",
            pct.normalize()
        ),
        Aarsag::Periodesanktion { dage, pr_dag } => format!(
            "Forskellen svarer til {} dages sanktion ({} kr. om dagen). Har du fået et brev om en sanktion, fordi du blev væk fra et tilbud? Så er det sandsynligvis grunden. Du kan klage over sanktionen.",
            dage.normalize(),
            kr(*pr_dag)
        ),
        Aarsag::Sanktion => "Har du fået en sanktion, fordi du blev væk fra et tilbud uden en rimelig grund, trækker kommunen et beløb fra ydelsen (aktivloven § 69 b). Det står i et brev fra kommunen. Det regner vi ikke med.".into(),
        Aarsag::SaerligStoette => "Får du særlig støtte til høje boligudgifter (aktivloven § 34), er den ikke med i vores beregning. Reglerne om særlig støtte bliver afskaffet med overgangsregler – se kommunens afgørelse om, hvor længe du får den.".into(),
    }
}

/// The kind of other income in plain Danish.
pub fn indtaegtsart(art: Indtaegtsart) -> &'static str {
    match art {
        Indtaegtsart::Lejeindtaegt => "lejeindtægt",
        Indtaegtsart::ManglendeAnsaettelsesbevis => "godtgørelse for manglende ansættelsesbevis",
        Indtaegtsart::PrivatForsikring => "udbetaling fra privat forsikring",
        Indtaegtsart::InvalidepensionArbejdsmarked => "invalidepension fra arbejdsmarkedspension",
        Indtaegtsart::Anden => "anden indtægt",
        Indtaegtsart::Invaliditetsydelse => "invaliditetsydelse",
        Indtaegtsart::Valgvederlag => "vederlag som tilforordnet ved valg",
        Indtaegtsart::SkattefritLegat => "skattefrit legat",
        Indtaegtsart::ErstatningErhvervsevne => "erstatning for tab af erhvervsevne",
        Indtaegtsart::GodtgoerelseLab175176 => "befordrings- eller udgiftsgodtgørelse",
        Indtaegtsart::Boernerelateret => "indtægt, der vedrører børn",
    }
}

#[cfg(test)]
mod tests {
    //! Added for mutation testing: the sentences that depend on a comparison, at its edge.
    use super::*;
    use crate::forklaring::Alvor;
    use crate::tid::Maaned;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap_or_default()
    }

    #[test]
    fn sygedagpenge_exactly_at_the_ceiling_are_not_capped() {
        let cap = Decimal::from(4_745);
        let ved = sygedagpenge_tekst(cap, cap, d(2024, 1, 1), Decimal::from(20_562));
        assert!(!ved.contains("Højeste"), "{ved}");
        let over = sygedagpenge_tekst(
            cap + Decimal::ONE,
            cap,
            d(2024, 1, 1),
            Decimal::from(20_562),
        );
        assert!(
            over.contains("Højeste sygedagpengebeløb er 4.745 kr."),
            "{over}"
        );
    }

    #[test]
    fn an_unknown_sygedagpenge_end_that_changes_nothing_says_so() {
        let input = YdelseInput::ny(
            Maaned::ny(2024, 3).unwrap_or_else(|| unreachable!()),
            crate::lovdata::Forloebstype::Jobafklaring,
            d(2024, 1, 1),
        );
        let tekst = |alternativ: i64, ydelse: i64| {
            let mut fk = Forklaring::default();
            varsel(
                &input,
                &mut fk,
                Varsel {
                    alvor: Alvor::Advarsel,
                    hvad: Varselhvad::SdpUkendt {
                        alternativ: Decimal::from(alternativ),
                        ydelse: Decimal::from(ydelse),
                    },
                    kilder: &[],
                    fortolkning: None,
                },
            );
            fk.advarsler
                .first()
                .map(|a| a.tekst.clone())
                .unwrap_or_default()
        };
        assert!(tekst(12_000, 12_000).contains("ændrer det ikke beløbet"));
        assert!(tekst(11_000, 12_000).contains("1.000,00 kr. mindre"));
    }

    #[test]
    fn the_expected_cut_is_named_only_for_its_own_year() {
        let Some(aar) = lovdata::SATSREGULERING.fradrag_forventet_aar else {
            return;
        };
        assert!(foreloebighed(aar).tekst.contains("procentpoint mindre"));
        assert!(!foreloebighed(aar + 1).tekst.contains("procentpoint mindre"));
    }
}
