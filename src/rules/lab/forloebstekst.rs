//! Every sentence of «Dine forløb og grænser»: the trace lines, the warnings, the headline and the messages
//! for input to correct. [`super::forloebsgraenser`] decides the dates, the limits and the answer; this module
//! only words them. A second language would replace this module only.

use super::forloebsgraenser::Svar;
use crate::forklaring::{Linje, Linjeart};
use crate::fortolkninger::Fortolkning;
use crate::lovdata::{datoer, vaerdier, Hjemmel, Lovdato, Regelvaerdi};
use crate::tid::{dato_tekst, varighed_tekst};
use chrono::{Datelike, NaiveDate};

/// Input the rules cannot assess, as data; [`fejl`] words it and gives the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fejl {
    FoedselsdatoIkkeFoerAfgoerelse,
    OverHundredeAar,
    IngenLaengde,
    OverTiAar,
    StartUdenForKalenderen,
    StartOverToAarEfter,
    /// An earlier forløb ends (`til`) before it begins (`fra`).
    TidligereSlutterFoerStart {
        fra: NaiveDate,
        til: NaiveDate,
    },
    TidligereFoerFoedselsdato,
    /// An earlier forløb ends (`til`) on or after the new one begins (`start`).
    TidligereIkkeSlut {
        til: NaiveDate,
        start: NaiveDate,
    },
    TidligereOverlapper,
    ForMangeTidligere,
}

/// The field to correct and the message.
pub fn fejl(f: Fejl) -> (&'static str, String) {
    match f {
        Fejl::FoedselsdatoIkkeFoerAfgoerelse => (
            "foedselsdato",
            "Fødselsdatoen skal ligge før afgørelsesdatoen.".into(),
        ),
        Fejl::OverHundredeAar => (
            "foedselsdato",
            "Fødselsdatoen ligger mere end 100 år før afgørelsen. Tjek årstallet.".into(),
        ),
        Fejl::IngenLaengde => (
            "laengde_maaneder",
            "Skriv forløbets længde (mindst 1 måned).".into(),
        ),
        Fejl::OverTiAar => (
            "laengde_maaneder",
            "Et forløb kan ikke vare over 10 år. Skriv længden i måneder (3 år = 36).".into(),
        ),
        Fejl::StartUdenForKalenderen => ("start", "Startdatoen ligger uden for kalenderen.".into()),
        Fejl::StartOverToAarEfter => (
            "start",
            "Startdatoen ligger mere end 2 år efter afgørelsen. Tjek datoerne.".into(),
        ),
        Fejl::TidligereSlutterFoerStart { fra, til } => (
            "tidligere",
            format!(
                "Et tidligere forløb slutter ({}) før det begynder ({}).",
                dato_tekst(til),
                dato_tekst(fra)
            ),
        ),
        Fejl::TidligereFoerFoedselsdato => (
            "tidligere",
            "Et tidligere forløb begynder før fødselsdatoen.".into(),
        ),
        Fejl::TidligereIkkeSlut { til, start } => (
            "tidligere",
            format!(
                "Et tidligere forløb slutter {}, men det nye begynder {}. Tidligere forløb skal være slut, før det nye begynder.",
                dato_tekst(til),
                dato_tekst(start)
            ),
        ),
        Fejl::TidligereOverlapper => (
            "tidligere",
            "To tidligere forløb overlapper hinanden.".into(),
        ),
        Fejl::ForMangeTidligere => ("tidligere", "Skriv højst 20 tidligere forløb.".into()),
    }
}

/// "ingen forløb", "ét forløb", "3 forløb".
pub fn antal_tekst(n: usize) -> String {
    match n {
        0 => "ingen forløb".into(),
        1 => "ét forløb".into(),
        n => format!("{n} forløb"),
    }
}

fn art(resultat: bool) -> Linjeart {
    if resultat {
        Linjeart::Resultat
    } else {
        Linjeart::Oplysning
    }
}

/// The ressourceforløb did not exist on the decision day `d`.
pub fn ressourceforloeb_ikke_indfoert(d: NaiveDate) -> Linje {
    Linje::fra_lovdato(
        Linjeart::Resultat,
        format!(
            "Ressourceforløb findes fra {}. Afgørelsen ({}) ligger før.",
            dato_tekst(datoer::RESSOURCEFORLOEB_START.dato),
            dato_tekst(d)
        ),
        &datoer::RESSOURCEFORLOEB_START,
    )
}

/// No new ressourceforløb from `cut`: the result line and the line on what comes instead.
pub fn afskaffet(cut: &'static Lovdato) -> [Linje; 2] {
    [
        Linje::fra_lovdato(
            Linjeart::Resultat,
            format!(
                "Fra {} kan kommunen ikke give nye ressourceforløb. Nye borgere får i stedet en indsats på den ydelse, de har i forvejen (fx kontanthjælp, sygedagpenge eller jobafklaring, ledighedsydelse eller førtidspension).",
                dato_tekst(cut.dato)
            ),
            cut,
        )
        .med_fortolkning(Fortolkning::Skaeringsdato2026),
        Linje::fra_hjemmel(
            Linjeart::Oplysning,
            "Der findes ingen ny ydelse i stedet for ressourceforløbsydelsen. Kontanthjælp afhænger af formue og ægtefælles indkomst.".into(),
            Hjemmel::Lov17502025NyeBorgere,
        ),
    ]
}

/// The warning that the cut-off day rests on secondary sources.
pub fn skaeringsdato_uafklaret(cut: NaiveDate) -> String {
    format!("At {} er skæringsdatoen, bygger på sekundære kilder, og om det er afgørelsen eller starten, der tæller, er ikke afklaret.", dato_tekst(cut))
}

/// The warning for a decision and a start on either side of the cut-off day.
pub fn hver_sin_side(d: NaiveDate, start: NaiveDate, cut: NaiveDate) -> String {
    format!(
        "Afgørelsen ({}) og starten ({}) ligger på hver sin side af {}. Vi har regnet forløbet som et forløb efter de hidtidige regler, men det er ikke afklaret, om afgørelsen eller starten tæller.",
        dato_tekst(d),
        dato_tekst(start),
        dato_tekst(cut)
    )
}

/// The limits are tested on the decision day `d`, at the age `alder_d`.
pub fn vurderet_paa_afgoerelsesdagen(d: NaiveDate, alder_d: u32) -> Linje {
    Linje::regel(
        Linjeart::Oplysning,
        format!(
            "Grænserne er vurderet på afgørelsesdagen {}. Da var du {alder_d} år.",
            dato_tekst(d)
        ),
        None,
        Hjemmel::LabKapitel19.paragraf(),
        &[datoer::BEDRE_RESSOURCEFORLOEB.kilder[0]],
        Hjemmel::LabKapitel19.status(),
    )
    .med_fortolkning(Fortolkning::Afgoerelsesdato)
}

/// The length of `maaneder` against the maximum; `ok` when it fits.
pub fn max_laengde(max: &'static Regelvaerdi, maaneder: u32, ok: bool) -> Linje {
    Linje::fra_regelvaerdi(
        art(!ok),
        format!(
            "{}. Forløbet varer {}{}",
            max.navn,
            varighed_tekst(maaneder, 0),
            if ok { "." } else { " og er for langt." }
        ),
        max,
    )
}

/// A length of `maaneder` under the minimum.
pub fn for_kort(min: &'static Regelvaerdi, maaneder: u32) -> Linje {
    Linje::fra_regelvaerdi(
        Linjeart::Resultat,
        format!("{}. {} er for kort.", min.navn, varighed_tekst(maaneder, 0)),
        min,
    )
}

/// The warning that the sources name no minimum from 2022 (`tidligere_min`: the minimum before).
pub fn ingen_mindste_laengde(tidligere_min: &Regelvaerdi) -> String {
    format!(
        "Kilderne nævner kun en største længde fra {}. Om der stadig er en mindste længde på {}, er ikke efterprøvet.",
        datoer::BEDRE_RESSOURCEFORLOEB.dato.year(),
        varighed_tekst(tidligere_min.vaerdi, 0)
    )
}

/// The end date of a ressourceforløb (no extension, no new forløb after `cut`).
pub fn slutdato(start: NaiveDate, maaneder: u32, slut: NaiveDate, cut: NaiveDate) -> Linje {
    Linje::fra_hjemmel(
        Linjeart::Resultat,
        format!(
            "Et forløb fra {} på {} slutter {} (startdato + længde − 1 dag). Det kan ikke forlænges. Før {} kunne kommunen give et nyt forløb bagefter; det kan den ikke længere.",
            dato_tekst(start),
            varighed_tekst(maaneder, 0),
            dato_tekst(slut),
            dato_tekst(cut)
        ),
        Hjemmel::Lab113Ag8216,
    )
    .med_fortolkning(Fortolkning::Slutdato)
}

/// `antal` earlier ressourceforløb, `i_alt` together (months, days).
pub fn tidligere(antal: usize, i_alt: (u32, u32)) -> Linje {
    Linje::regel(
        Linjeart::Oplysning,
        format!(
            "Du har haft {antal} ressourceforløb før, i alt {}.",
            varighed_tekst(i_alt.0, i_alt.1)
        ),
        None,
        Hjemmel::LabKapitel19.paragraf(),
        &[vaerdier::RESSOURCEFORLOEB_MAX_MAANEDER[0].kilder[0]],
        Hjemmel::LabKapitel19.status(),
    )
    .med_fortolkning(Fortolkning::SamletVarighed)
}

/// An age rule on the number of forløb (2013–2021 from 40, from 2022 from 50); `staar_i_vejen` when it
/// needs the citizen's wish; `ellers`: the end of the sentence when it does not.
fn flere_forloeb(
    v: &'static Regelvaerdi,
    alder_d: u32,
    antal: usize,
    staar_i_vejen: bool,
    ellers: &str,
) -> Linje {
    Linje::fra_regelvaerdi(
        art(staar_i_vejen),
        format!(
            "{}. Du var {alder_d} år og havde {} før{}",
            v.navn,
            antal_tekst(antal),
            if staar_i_vejen {
                ", så et nyt forløb kræver, at du selv ønsker det."
            } else {
                ellers
            }
        ),
        v,
    )
    .med_fortolkning(Fortolkning::AlderVedAfgoerelse)
}

/// 2013–2021: from 40, more than one forløb only if wished.
pub fn alder_foer_2022(
    v: &'static Regelvaerdi,
    alder_d: u32,
    antal: usize,
    staar_i_vejen: bool,
) -> Linje {
    flere_forloeb(
        v,
        alder_d,
        antal,
        staar_i_vejen,
        ", så reglen står ikke i vejen.",
    )
}

/// From 2022, from 50: one forløb unless wished.
pub fn over_50(v: &'static Regelvaerdi, alder_d: u32, antal: usize, staar_i_vejen: bool) -> Linje {
    flere_forloeb(
        v,
        alder_d,
        antal,
        staar_i_vejen,
        ", så dette kan være dit ene forløb.",
    )
}

/// From 2022, under 40: no limit on the number.
pub fn under_40(fyrre: &'static Regelvaerdi, alder_d: u32) -> Linje {
    Linje::fra_regelvaerdi(
        Linjeart::Oplysning,
        format!(
            "Du var {alder_d} år, altså under {} år: kommunen kan give et eller flere forløb, uden en samlet grænse.",
            fyrre.vaerdi
        ),
        fyrre,
    )
    .med_fortolkning(Fortolkning::AlderVedAfgoerelse)
}

/// From 2022, 40–50: `i_alt` with the new forløb; `over` the 5 years, with `plads` left without a wish.
pub fn mellem_40_og_50(
    fyrre: &'static Regelvaerdi,
    alder_d: u32,
    i_alt: (u32, u32),
    over: bool,
    plads: (u32, u32),
) -> Linje {
    Linje::fra_regelvaerdi(
        art(over),
        format!(
            "{}. Du var {alder_d} år. Med det nye forløb bliver det {} i alt{}",
            fyrre.navn,
            varighed_tekst(i_alt.0, i_alt.1),
            if over {
                format!(
                    ", så det kræver, at du selv ønsker det. Uden dit ønske er der plads til {}.",
                    varighed_tekst(plads.0, plads.1)
                )
            } else {
                ", inden for de 5 år.".into()
            }
        ),
        fyrre,
    )
    .med_fortolkning(Fortolkning::SamletVarighed)
}

/// The warning for a birthday of `graense` years on the decision day.
pub fn fylder_paa_afgoerelsesdagen(graense: u32) -> String {
    format!(
        "Du fylder {graense} år på afgørelsesdagen. Om du da regnes for «over {graense}», er ikke efterprøvet; vi har regnet dig som fyldt {graense}."
    )
}

/// A birthday of `graense` years on `dag` during the forløb.
pub fn fylder_under_forloebet(graense: u32, dag: NaiveDate, v: &'static Regelvaerdi) -> Linje {
    Linje::fra_regelvaerdi(
        Linjeart::Oplysning,
        format!(
            "Du fylder {graense} år {} under forløbet. Ingen regel siger, at det ændrer forløbet; grænserne gælder, når et nyt forløb besluttes.",
            dato_tekst(dag)
        ),
        v,
    )
    .med_fortolkning(Fortolkning::AlderVedAfgoerelse)
}

/// The warning for a forløb reaching beyond the folkepension day `fp`.
pub fn ud_over_folkepension(fp: NaiveDate) -> String {
    format!(
        "Forløbet når ud over din folkepensionsalder ({}). Om ressourceforløbsydelsen stopper, når du når folkepensionsalderen, er ikke afklaret.",
        dato_tekst(fp)
    )
}

/// The 6-year line `graense` against the decision day `d`; `under` when the decision lies after it.
pub fn seks_aars_graense(
    v: &'static Regelvaerdi,
    graense: NaiveDate,
    d: NaiveDate,
    under: bool,
) -> Linje {
    Linje::fra_regelvaerdi(
        art(under),
        format!(
            "{}. Din grænse er {} ({} år før folkepensionsalderen){}",
            v.navn,
            dato_tekst(graense),
            v.vaerdi,
            if under {
                format!(
                    ". Afgørelsen {} ligger efter, så forløbet kræver, at du selv ønsker det.",
                    dato_tekst(d)
                )
            } else {
                format!(". Afgørelsen {} ligger ikke efter.", dato_tekst(d))
            }
        ),
        v,
    )
    .med_fortolkning(Fortolkning::SeksAarsGraensen)
}

/// The warning for a decision on the 6-year line itself.
pub fn paa_seks_aars_graensen(graense: NaiveDate) -> String {
    format!(
        "Afgørelsen træffes netop på 6-års-grænsen ({}). Om den dag tæller som «mindre end 6 år», er ikke efterprøvet; vi har regnet med, at der er 6 år tilbage.",
        dato_tekst(graense)
    )
}

/// The 6-year line passed during the forløb.
pub fn passerer_seks_aars_graensen(graense: NaiveDate, v: &'static Regelvaerdi) -> Linje {
    Linje::fra_regelvaerdi(
        Linjeart::Oplysning,
        format!(
            "Du passerer 6-års-grænsen {} under forløbet. Du gennemfører forløbet til slutdatoen.",
            dato_tekst(graense)
        ),
        v,
    )
}

/// The warning for a 6-year line between the decision and the start.
pub fn seks_aar_mellem_afgoerelse_og_start(graense: NaiveDate) -> String {
    format!(
        "6-års-grænsen ({}) ligger mellem afgørelsen og starten. Vi har vurderet på afgørelsesdagen; tæller starten, kræver forløbet dit ønske.",
        dato_tekst(graense)
    )
}

/// The 6-month rule: an indsats by `dato` (`fritagne_dage` added); what happened without one, before or
/// after `cut`.
pub fn indsats_senest(
    v: &'static Regelvaerdi,
    dato: NaiveDate,
    fritagne_dage: u32,
    cut: NaiveDate,
) -> Linje {
    Linje::fra_regelvaerdi(
        Linjeart::Resultat,
        format!(
            "{}: senest {}{}. {}",
            v.navn,
            dato_tekst(dato),
            if fritagne_dage > 0 {
                format!(" ({fritagne_dage} dage med fritagelse lagt til)")
            } else {
                String::new()
            },
            if dato >= cut {
                format!("Før {} skulle sagen tilbage til rehabiliteringsteamet, hvis der ikke var begyndt et tilbud eller en social- eller sundhedsindsats. Teamet er afskaffet; spørg kommunen, hvad der sker nu.", dato_tekst(cut))
            } else {
                "Var der ikke begyndt et tilbud eller en social- eller sundhedsindsats, skulle sagen tilbage til rehabiliteringsteamet, medmindre der var særlige grunde.".to_string()
            }
        ),
        v,
    )
    .med_fortolkning(Fortolkning::SeksMaanederFritagelse)
}

/// The warning that the team is abolished from `cut`.
pub fn team_afskaffet(cut: NaiveDate) -> String {
    format!("Rehabiliteringsteamet er afskaffet fra {}. Hvordan 6-måneders-reglen virker i forløb, der kører videre, er ikke afklaret.", dato_tekst(cut))
}

/// The udviklingsperspektiv.
pub fn udviklingsperspektiv() -> Linje {
    Linje::fra_lovdato(
        Linjeart::Oplysning,
        "Et ressourceforløb forudsætter, at din arbejdsevne kan udvikles. Er det åbenlyst udelukket, skal kommunen ikke give et forløb.".into(),
        &datoer::UDVIKLINGSPERSPEKTIV,
    )
}

/// What happens at the end (82-16); `overgang` for a forløb running across `cut`.
pub fn ved_slutningen(overgang: bool, cut: NaiveDate) -> Linje {
    Linje::fra_hjemmel(
        Linjeart::Oplysning,
        if overgang {
            format!("Før {} gjaldt det, at forløbet og ydelsen fortsatte, hvis kommunen ikke havde besluttet, hvad der skulle ske, når forløbet sluttede. Om det stadig gælder, er ikke afklaret efter lov nr. 1750/2025 – bed derfor kommunen om en afgørelse i god tid før slutdatoen. Ved slutningen tager kommunen stilling til fx job, fleksjob, førtidspension eller kontanthjælp.", dato_tekst(cut))
        } else {
            "Har kommunen ikke besluttet, hvad der skal ske, når forløbet slutter, fortsætter forløbet og ydelsen, til den gør det. Ved slutningen tager kommunen stilling til fx job, fleksjob, førtidspension eller kontanthjælp.".into()
        },
        Hjemmel::Ag8216,
    )
}

/// A forløb running across `cut` to `slut` under the old rules.
pub fn koerer_videre(cut: NaiveDate, slut: NaiveDate) -> Linje {
    Linje::fra_hjemmel(
        Linjeart::Oplysning,
        format!(
            "Forløbet kører videre efter {} til slutdatoen {} efter de hidtidige regler (samme satser og fradrag). Der kommer ikke et nyt ressourceforløb bagefter.",
            dato_tekst(cut),
            dato_tekst(slut)
        ),
        Hjemmel::Lab6Nr8Lov17502025,
    )
}

/// The warning that 82-16 after the end is not settled for a forløb running across the cut.
pub fn principafgoerelse_uafklaret() -> String {
    "Om forløb og ydelse også fortsætter efter slutdatoen, indtil kommunen har truffet en ny afgørelse (principafgørelse 82-16), er ikke afklaret efter lov nr. 1750/2025. Bed kommunen om en skriftlig afgørelse i god tid før slutdatoen.".into()
}

/// The warning for an end date `slut` after the latest end of a forløb started before `cut`.
pub fn slut_efter_seneste(slut: NaiveDate, cut: NaiveDate) -> String {
    format!(
        "Slutdatoen {} ligger efter {}, den seneste slutdato for et forløb på højst {}, der startede før {}. Tjek datoerne.",
        dato_tekst(slut),
        dato_tekst(datoer::SENESTE_SLUT_OVERGANGSFORLOEB.dato),
        varighed_tekst(Regelvaerdi::nyeste(vaerdier::RESSOURCEFORLOEB_MAX_MAANEDER).vaerdi, 0),
        dato_tekst(cut)
    )
}

/// The headline and the sentences under it for a ressourceforløb decided before `cut`, ending `slut`.
pub fn overskrift_loebende(slut: NaiveDate, cut: NaiveDate, svar: Svar) -> (String, Vec<String>) {
    let mut u = vec![if slut >= cut {
        "Det kan ikke forlænges, og der kommer ikke et nyt ressourceforløb bagefter. Før slutdatoen skal kommunen beslutte, hvad der skal ske.".to_string()
    } else {
        format!("Det kunne ikke forlænges. Før {} kunne kommunen give et nyt forløb bagefter; det kan den ikke længere.", dato_tekst(cut))
    }];
    u.push(match svar {
        Svar::Ja => "Forløbet holdt sig inden for reglerne på afgørelsesdagen.".to_string(),
        Svar::JaFordiDuOensker => "Efter reglerne kunne forløbet kun gives, fordi du selv ønskede det.".to_string(),
        Svar::KunHvisDuOensker => "Efter reglerne kunne forløbet kun gives, hvis du selv ønskede det. Ønskede du det ikke, så spørg kommunen eller en rådgiver.".to_string(),
        Svar::Nej => "Efter reglerne kunne forløbet ikke gives sådan. Tjek datoerne, og spørg kommunen eller en rådgiver.".to_string(),
    });
    (
        format!(
            "Dit forløb {} {}.",
            if slut >= cut { "slutter" } else { "sluttede" },
            dato_tekst(slut)
        ),
        u,
    )
}

/// The headline and the sentence under it when no new ressourceforløb can be given from `cut`.
pub fn overskrift_afskaffet(cut: NaiveDate) -> (String, Vec<String>) {
    (
        format!("Kommunen kan ikke give nye ressourceforløb fra {}.", dato_tekst(cut)),
        vec!["Er du allerede i et ressourceforløb, så skriv startdatoen fra din afgørelse – forløbet fortsætter til slutdatoen.".to_string()],
    )
}

/// The headline for a forløb that is yet to be decided (jobafklaring, or a decision before ressourceforløb
/// existed).
pub fn overskrift_ny(svar: Svar) -> &'static str {
    match svar {
        Svar::Ja => "Ja, forløbet kan gives.",
        Svar::JaFordiDuOensker => "Ja, fordi du selv ønsker det.",
        Svar::KunHvisDuOensker => "Kun hvis du selv ønsker det.",
        Svar::Nej => "Nej, forløbet kan ikke gives sådan.",
    }
}

/// Jobafklaring did not exist on the decision day `d`.
pub fn jobafklaring_ikke_indfoert(js: &'static Lovdato, d: NaiveDate) -> Linje {
    Linje::fra_lovdato(
        Linjeart::Resultat,
        format!(
            "Jobafklaringsforløb findes fra {}. Afgørelsen ({}) ligger før.",
            dato_tekst(js.dato),
            dato_tekst(d)
        ),
        js,
    )
    .med_fortolkning(Fortolkning::JobafklaringStart)
}

/// The length of a jobafklaringsforløb against the maximum; `ok` when it fits.
pub fn jobafklaring_max(max: &'static Regelvaerdi, maaneder: u32, ok: bool) -> Linje {
    Linje::fra_regelvaerdi(
        art(!ok),
        format!(
            "{}. Forløbet varer {}{} Det kan bevilges igen, så længe du er uarbejdsdygtig på grund af egen sygdom.",
            max.navn,
            varighed_tekst(maaneder, 0),
            if ok { "." } else { " og er for langt." }
        ),
        max,
    )
}

/// The end date of a jobafklaringsforløb (`kilder`: those of the maximum).
pub fn jobafklaring_slutdato(
    start: NaiveDate,
    maaneder: u32,
    slut: NaiveDate,
    kilder: &'static [&'static str],
) -> Linje {
    Linje::regel(
        Linjeart::Resultat,
        format!(
            "Et forløb fra {} på {} slutter {} (startdato + længde − 1 dag).",
            dato_tekst(start),
            varighed_tekst(maaneder, 0),
            dato_tekst(slut)
        ),
        None,
        Hjemmel::LabKapitel18.paragraf(),
        kilder,
        Hjemmel::LabKapitel18.status(),
    )
    .med_fortolkning(Fortolkning::Slutdato)
}

/// When a jobafklaringsforløb ends anyway.
pub fn jobafklaring_ophoer() -> Linje {
    Linje::fra_hjemmel(
        Linjeart::Oplysning,
        "Jobafklaringsforløbet slutter, når du ikke længere er uarbejdsdygtig, også hvis din tilstand er blevet stationær. Jobafklaring er ikke afskaffet med lov nr. 1750/2025.".into(),
        Hjemmel::LabKapitel18Aktivloven6B,
    )
}

/// The warning about the 2025 proposal to abolish jobafklaring from `forslag`.
pub fn jobafklaring_forslag(forslag: NaiveDate) -> String {
    format!(
        "Et lovudkast fra 2025 ville afskaffe jobafklaringsforløb fra {} og give en lavere sygedagpengesats i stedet. Der var folketingsvalg {}, og vi har ikke kunnet bekræfte, at forslaget er vedtaget. Indtil da regner vi med, at dit forløb fortsætter efter de nuværende regler.",
        dato_tekst(forslag),
        dato_tekst(datoer::FOLKETINGSVALG_2026.dato)
    )
}

/// The sentence under the headline of a jobafklaringsforløb ending `slut`.
pub fn jobafklaring_undertekst(slut: NaiveDate) -> Vec<String> {
    vec![format!("Forløbet slutter {}.", dato_tekst(slut))]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    /// Each refusal names the field the page marks (`felt` of `Udfald::Ugyldig`).
    #[test]
    fn each_refusal_names_its_field() {
        let (a, b) = (d(2020, 1, 1), d(2021, 1, 1));
        let felter = [
            (Fejl::FoedselsdatoIkkeFoerAfgoerelse, "foedselsdato"),
            (Fejl::OverHundredeAar, "foedselsdato"),
            (Fejl::IngenLaengde, "laengde_maaneder"),
            (Fejl::OverTiAar, "laengde_maaneder"),
            (Fejl::StartUdenForKalenderen, "start"),
            (Fejl::StartOverToAarEfter, "start"),
            (
                Fejl::TidligereSlutterFoerStart { fra: b, til: a },
                "tidligere",
            ),
            (Fejl::TidligereFoerFoedselsdato, "tidligere"),
            (Fejl::TidligereIkkeSlut { til: b, start: a }, "tidligere"),
            (Fejl::TidligereOverlapper, "tidligere"),
            (Fejl::ForMangeTidligere, "tidligere"),
        ];
        for (f, felt) in felter {
            assert_eq!(fejl(f).0, felt, "{f:?}");
        }
    }

    /// The dates of an earlier forløb are named in the order the message says them.
    #[test]
    fn an_earlier_forloeb_message_names_its_dates_in_order() {
        let (a, b) = (d(2020, 1, 1), d(2021, 1, 1));
        assert_eq!(
            fejl(Fejl::TidligereSlutterFoerStart { fra: b, til: a }).1,
            "Et tidligere forløb slutter (1. januar 2020) før det begynder (1. januar 2021)."
        );
        assert!(fejl(Fejl::TidligereIkkeSlut { til: b, start: a })
            .1
            .starts_with(
                "Et tidligere forløb slutter 1. januar 2021, men det nye begynder 1. januar 2020."
            ));
    }

    #[test]
    fn the_number_of_forloeb_in_words() {
        assert_eq!(antal_tekst(0), "ingen forløb");
        assert_eq!(antal_tekst(1), "ét forløb");
        assert_eq!(antal_tekst(2), "2 forløb");
    }
}
