//! The judgement calls the rules make where the law or its sources are silent or unclear.
//!
//! Each interpretation is declared once, in the table at the end of this file: its variant, its id, what it
//! decides (the doc line) and the plain-Danish sentence the app shows. The enum, [`Fortolkning::ALLE`],
//! [`Fortolkning::id`] and [`Fortolkning::tekst`] are generated from that table. Its reasoning and source are in
//! `content/law/INTERPRETATIONS.md` under the same id (`tests/fortolkninger.rs` checks that every id has its
//! section there, that every section has an interpretation here, and that the rules attach every
//! interpretation somewhere). Lines of a trace that rely on one carry it, so the app can say "her har vi
//! fortolket".

/// Declares the interpretations once: `Variant = "F<n>", "sentence";` with the doc line (what it decides)
/// above each.
macro_rules! fortolkninger {
    ($($(#[$doc:meta])* $variant:ident = $id:literal, $tekst:literal;)*) => {
        /// A recorded interpretation.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Fortolkning {
            $(#[doc = concat!($id, ":")] $(#[$doc])* $variant,)*
        }

        impl Fortolkning {
            /// Every interpretation, in the order of `content/law/INTERPRETATIONS.md`.
            pub const ALLE: [Fortolkning; [$(stringify!($variant)),*].len()] = [$(Fortolkning::$variant),*];

            /// The id used in `content/law/INTERPRETATIONS.md`.
            pub fn id(self) -> &'static str {
                match self {
                    $(Fortolkning::$variant => $id,)*
                }
            }

            /// One plain-Danish sentence for the app.
            pub fn tekst(self) -> &'static str {
                match self {
                    $(Fortolkning::$variant => $tekst,)*
                }
            }
        }
    };
}

fortolkninger! {
    /// amounts are computed exactly and rounded to øre half away from zero; the payment's rounding is unknown.
    Afrunding = "F1",
        "Vi regner præcist i øre. Hvordan kommunen runder udbetalingen af, er ikke fastlagt.";
    /// a weekly amount becomes monthly as weekly × 52 / 12, rounded to øre.
    UgeTilMaaned = "F2",
        "Et ugebeløb er regnet om til måned som ugebeløb × 52 / 12.";
    /// a month in which the level changes is split by calendar days.
    DeleAfMaaned = "F3",
        "Når noget ændrer sig midt i måneden, har vi delt måneden efter kalenderdage.";
    /// which day's figures apply to a month (monthly rates: the month; weekly: each day; lønfradrag: the 1st).
    SatsdatoForMaaned = "F4",
        "Månedssatser gælder fra 1. januar, ugesatser fra første mandag i januar.";
    /// the sygedagpenge floor compares the monthly conversion with the monthly rate; none for under-25 hjemmeboende.
    SygedagpengeGulv = "F5",
        "Sygedagpengeniveauet er sammenlignet med kontanthjælpsniveauet omregnet til måned.";
    /// a child arriving during the forløb gives the forsørger rate from the day of birth.
    BarnIForloeb = "F6",
        "Forsørgersatsen er brugt fra den dag, barnet kom. Lovens tidspunkt er ikke afklaret.";
    /// the hjemmeboende rate applies until the day before the 25th birthday; still 25 (not 30) after 1 Jul 2025.
    Aldersgraense25 = "F7",
        "Satsen for hjemmeboende under 25 år gælder til dagen før 25-årsdagen.";
    /// wage is taken before tax and AM-bidrag, including pension (STAR's wording).
    LoenFoerAmBidrag = "F8",
        "Lønnen er regnet før skat og før AM-bidrag, med pension (sådan skriver STAR).";
    /// 5 feriedage = 7 calendar days; feriegodtgørelse is spread evenly over those days.
    Feriegodtgoerelse = "F9",
        "5 feriedage svarer til 7 kalenderdage; feriepengene er fordelt ligeligt på dagene.";
    /// the hourly disregard for income in tilbud has no hour cap; the rest is deducted krone for krone.
    TilbudTimer = "F10",
        "Fradraget pr. arbejdstime i tilbud er brugt uden et loft over antal timer.";
    /// from 1 Feb 2026 a ressourceforløb counts as new when both its start and its decision are on/after that day.
    Skaeringsdato2026 = "F11",
        "Et forløb regnes som nyt, hvis både afgørelse og start ligger 1. februar 2026 eller senere.";
    /// the lønindtægtsgrænse is not reduced in a part month.
    GraenseIDelmaaned = "F12",
        "Lønindtægtsgrænsen er ikke nedsat i en måned, hvor forløbet kun dækker en del.";
    /// where the sources give only a range for ledighedsydelse, the user enters the weekly amount.
    LedighedsydelseInterval = "F13",
        "Kilderne giver kun et interval for ledighedsydelsen dette år, så du skal skrive beløbet.";
    /// jobafklaringsforløb with ressourceforløbsydelse exist from 1 Jul 2014.
    JobafklaringStart = "F14",
        "Jobafklaringsforløb med ressourceforløbsydelse findes fra 1. juli 2014.";
    /// the age limits (40, 50) use completed years on the decision date; «over 50» = has turned 50.
    AlderVedAfgoerelse = "F15",
        "Aldersgrænserne er vurderet på afgørelsesdagen: «over 40/50» er læst som «fyldt 40/50 år».";
    /// the 5-year total counts every earlier ressourceforløb, in whole months plus days (30 days = 1 month).
    SamletVarighed = "F16",
        "Alle dine tidligere ressourceforløb tæller med i de 5 år, uanset alder og år; varigheden er talt i hele måneder og dage.";
    /// an age is reached on the birthday; a day missing in that month (29 February, the 31st) is the month's last day.
    AlderMaanedsslut = "F17",
        "En alder nås på fødselsdagen. Findes datoen ikke i måneden (fx 29. februar), bruger vi månedens sidste dag.";
    /// «6 hverdage» counts Monday–Friday that are not helligdage; the earlier reading (Saturdays counted) is the headline.
    Hverdage = "F18",
        "«6 hverdage» er talt uden lørdage, søndage og helligdage. Tæller lørdage med, er fristen tidligere – den dato står øverst.";
    /// a deadline on a weekend or helligdag moves to the next hverdag; the headline is the unmoved date.
    FristPaaFridag = "F19",
        "Falder sidste dag på en weekend eller helligdag, rykkes fristen til næste hverdag. Øverst står dog dagen før rykningen – den er sikker.";
    /// a forløb of n months ends the day before the same date n months later (a missing day: the 1st of the next month).
    Slutdato = "F20",
        "Et forløb slutter dagen før samme dato n måneder senere (fra 29. februar: 28. februar).";
    /// the 6-year line is the folkepension day − 6 years; on that day exactly 6 years remain, so a wish is needed only from the day after.
    SeksAarsGraensen = "F21",
        "6-års-grænsen er folkepensionsdagen minus 6 år. På selve dagen er der 6 år tilbage; dagen efter er der mindre.";
    /// the right arises on the 1st of the month after the 12th month and lasts 12 months; a new chain starts the month after.
    FerieKaede = "F22",
        "Retten til ferie begynder den 1. i måneden efter den 12. måned og gælder 12 måneder; så begynder en ny optjening.";
    /// days of fritagelse are added one for one to the 6-month date.
    SeksMaanederFritagelse = "F23",
        "Dage med fritagelse er lagt til 6-måneders-datoen én for én.";
    /// the limits are tested on the decision date; without a start date the forløb starts that day.
    Afgoerelsesdato = "F24",
        "Reglerne for nye forløb er vurderet på afgørelsesdagen; uden en startdato starter forløbet samme dag.";
}
