//! The judgement calls the rules make where the law or its sources are silent or unclear.
//!
//! Each variant is documented with its reasoning and source in `content/law/INTERPRETATIONS.md` under the same id
//! (a test checks that every id here has its section there). Lines of a trace that rely on one carry it,
//! so the app can say "her har vi fortolket".

/// A recorded interpretation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fortolkning {
    /// F1: amounts are computed exactly and rounded to øre half away from zero; the payment's rounding is unknown.
    Afrunding,
    /// F2: a weekly amount becomes monthly as weekly × 52 / 12, rounded to øre.
    UgeTilMaaned,
    /// F3: a month in which the level changes is split by calendar days.
    DeleAfMaaned,
    /// F4: which day's figures apply to a month (monthly rates: the month; weekly: each day; lønfradrag: the 1st).
    SatsdatoForMaaned,
    /// F5: the sygedagpenge floor compares the monthly conversion with the monthly rate; none for under-25 hjemmeboende.
    SygedagpengeGulv,
    /// F6: a child arriving during the forløb gives the forsørger rate from the day of birth.
    BarnIForloeb,
    /// F7: the hjemmeboende rate applies until the day before the 25th birthday; still 25 (not 30) after 1 Jul 2025.
    Aldersgraense25,
    /// F8: wage is taken before tax and AM-bidrag, including pension (STAR's wording).
    LoenFoerAmBidrag,
    /// F9: 5 feriedage = 7 calendar days; feriegodtgørelse is spread evenly over those days.
    Feriegodtgoerelse,
    /// F10: the hourly disregard for income in tilbud has no hour cap; the rest is deducted krone for krone.
    TilbudTimer,
    /// F11: from 1 Feb 2026 a ressourceforløb counts as new when both its start and its decision are on/after that day.
    Skaeringsdato2026,
    /// F12: the lønindtægtsgrænse is not reduced in a part month.
    GraenseIDelmaaned,
    /// F13: where the sources give only a range for ledighedsydelse, the user enters the weekly amount.
    LedighedsydelseInterval,
    /// F14: jobafklaringsforløb with ressourceforløbsydelse exist from 1 Jul 2014.
    JobafklaringStart,
    /// F15: the age limits (40, 50) use completed years on the decision date; «over 50» = has turned 50.
    AlderVedAfgoerelse,
    /// F16: the 5-year total counts every earlier ressourceforløb, in whole months plus days (30 days = 1 month).
    SamletVarighed,
    /// F17: an age is reached on the birthday; a day missing in that month (29 February, the 31st) is the month's last day.
    AlderMaanedsslut,
    /// F18: «6 hverdage» counts Monday–Friday that are not helligdage; the earlier reading (Saturdays counted) is the headline.
    Hverdage,
    /// F19: a deadline on a weekend or helligdag moves to the next hverdag; the headline is the unmoved date.
    FristPaaFridag,
    /// F20: a forløb of n months ends the day before the same date n months later (a missing day: the 1st of the next month).
    Slutdato,
    /// F21: the 6-year line is the folkepension day − 6 years; on that day exactly 6 years remain, so a wish is needed only from the day after.
    SeksAarsGraensen,
    /// F22: the right arises on the 1st of the month after the 12th month and lasts 12 months; a new chain starts the month after.
    FerieKaede,
    /// F23: days of fritagelse are added one for one to the 6-month date.
    SeksMaanederFritagelse,
    /// F24: the limits are tested on the decision date; without a start date the forløb starts that day.
    Afgoerelsesdato,
}

impl Fortolkning {
    pub const ALLE: [Fortolkning; 24] = [
        Fortolkning::Afrunding,
        Fortolkning::UgeTilMaaned,
        Fortolkning::DeleAfMaaned,
        Fortolkning::SatsdatoForMaaned,
        Fortolkning::SygedagpengeGulv,
        Fortolkning::BarnIForloeb,
        Fortolkning::Aldersgraense25,
        Fortolkning::LoenFoerAmBidrag,
        Fortolkning::Feriegodtgoerelse,
        Fortolkning::TilbudTimer,
        Fortolkning::Skaeringsdato2026,
        Fortolkning::GraenseIDelmaaned,
        Fortolkning::LedighedsydelseInterval,
        Fortolkning::JobafklaringStart,
        Fortolkning::AlderVedAfgoerelse,
        Fortolkning::SamletVarighed,
        Fortolkning::AlderMaanedsslut,
        Fortolkning::Hverdage,
        Fortolkning::FristPaaFridag,
        Fortolkning::Slutdato,
        Fortolkning::SeksAarsGraensen,
        Fortolkning::FerieKaede,
        Fortolkning::SeksMaanederFritagelse,
        Fortolkning::Afgoerelsesdato,
    ];

    /// The id used in `content/law/INTERPRETATIONS.md`.
    pub fn id(self) -> &'static str {
        match self {
            Fortolkning::Afrunding => "F1",
            Fortolkning::UgeTilMaaned => "F2",
            Fortolkning::DeleAfMaaned => "F3",
            Fortolkning::SatsdatoForMaaned => "F4",
            Fortolkning::SygedagpengeGulv => "F5",
            Fortolkning::BarnIForloeb => "F6",
            Fortolkning::Aldersgraense25 => "F7",
            Fortolkning::LoenFoerAmBidrag => "F8",
            Fortolkning::Feriegodtgoerelse => "F9",
            Fortolkning::TilbudTimer => "F10",
            Fortolkning::Skaeringsdato2026 => "F11",
            Fortolkning::GraenseIDelmaaned => "F12",
            Fortolkning::LedighedsydelseInterval => "F13",
            Fortolkning::JobafklaringStart => "F14",
            Fortolkning::AlderVedAfgoerelse => "F15",
            Fortolkning::SamletVarighed => "F16",
            Fortolkning::AlderMaanedsslut => "F17",
            Fortolkning::Hverdage => "F18",
            Fortolkning::FristPaaFridag => "F19",
            Fortolkning::Slutdato => "F20",
            Fortolkning::SeksAarsGraensen => "F21",
            Fortolkning::FerieKaede => "F22",
            Fortolkning::SeksMaanederFritagelse => "F23",
            Fortolkning::Afgoerelsesdato => "F24",
        }
    }

    /// One plain-Danish sentence for the app.
    pub fn tekst(self) -> &'static str {
        match self {
            Fortolkning::Afrunding => "Vi regner præcist i øre. Hvordan kommunen runder udbetalingen af, er ikke fastlagt.",
            Fortolkning::UgeTilMaaned => "Et ugebeløb er regnet om til måned som ugebeløb × 52 / 12.",
            Fortolkning::DeleAfMaaned => "Når noget ændrer sig midt i måneden, har vi delt måneden efter kalenderdage.",
            Fortolkning::SatsdatoForMaaned => "Månedssatser gælder fra 1. januar, ugesatser fra første mandag i januar.",
            Fortolkning::SygedagpengeGulv => "Sygedagpengeniveauet er sammenlignet med kontanthjælpsniveauet omregnet til måned.",
            Fortolkning::BarnIForloeb => "Forsørgersatsen er brugt fra den dag, barnet kom. Lovens tidspunkt er ikke afklaret.",
            Fortolkning::Aldersgraense25 => "Satsen for hjemmeboende under 25 år gælder til dagen før 25-årsdagen.",
            Fortolkning::LoenFoerAmBidrag => "Lønnen er regnet før skat og før AM-bidrag, med pension (sådan skriver STAR).",
            Fortolkning::Feriegodtgoerelse => "5 feriedage svarer til 7 kalenderdage; feriepengene er fordelt ligeligt på dagene.",
            Fortolkning::TilbudTimer => "Fradraget pr. arbejdstime i tilbud er brugt uden et loft over antal timer.",
            Fortolkning::Skaeringsdato2026 => "Et forløb regnes som nyt, hvis både afgørelse og start ligger 1. februar 2026 eller senere.",
            Fortolkning::GraenseIDelmaaned => "Lønindtægtsgrænsen er ikke nedsat i en måned, hvor forløbet kun dækker en del.",
            Fortolkning::LedighedsydelseInterval => "Kilderne giver kun et interval for ledighedsydelsen dette år, så du skal skrive beløbet.",
            Fortolkning::JobafklaringStart => "Jobafklaringsforløb med ressourceforløbsydelse findes fra 1. juli 2014.",
            Fortolkning::AlderVedAfgoerelse => "Aldersgrænserne er vurderet på afgørelsesdagen: «over 40/50» er læst som «fyldt 40/50 år».",
            Fortolkning::SamletVarighed => "Alle dine tidligere ressourceforløb tæller med i de 5 år, uanset alder og år; varigheden er talt i hele måneder og dage.",
            Fortolkning::AlderMaanedsslut => "En alder nås på fødselsdagen. Findes datoen ikke i måneden (fx 29. februar), bruger vi månedens sidste dag.",
            Fortolkning::Hverdage => "«6 hverdage» er talt uden lørdage, søndage og helligdage. Tæller lørdage med, er fristen tidligere – den dato står øverst.",
            Fortolkning::FristPaaFridag => "Falder sidste dag på en weekend eller helligdag, rykkes fristen til næste hverdag. Øverst står dog dagen før rykningen – den er sikker.",
            Fortolkning::Slutdato => "Et forløb slutter dagen før samme dato n måneder senere (fra 29. februar: 28. februar).",
            Fortolkning::SeksAarsGraensen => "6-års-grænsen er folkepensionsdagen minus 6 år. På selve dagen er der 6 år tilbage; dagen efter er der mindre.",
            Fortolkning::FerieKaede => "Retten til ferie begynder den 1. i måneden efter den 12. måned og gælder 12 måneder; så begynder en ny optjening.",
            Fortolkning::SeksMaanederFritagelse => "Dage med fritagelse er lagt til 6-måneders-datoen én for én.",
            Fortolkning::Afgoerelsesdato => "Reglerne for nye forløb er vurderet på afgørelsesdagen; uden en startdato starter forløbet samme dag.",
        }
    }
}
