//! The help texts and labels of the forms that state a law date, age, count or level, written once from the law
//! data (`content/law/`) when first needed: the form components take `&'static str`. One table for all pages.

use crate::rules::aktivloven::ressourceforloebsydelse::hjemmeboende_alder;
use crate::rules::lovdata::{datoer, parameter, vaerdier, Regelvaerdi, Sats};
use crate::rules::tid::dato_tekst;
use std::sync::LazyLock;

/// A choice: (code, label, hint).
pub(super) type Valg = (&'static str, &'static str, Option<&'static str>);

pub(super) struct Lovtekster {
    pub(super) forloeb_start: &'static str,
    pub(super) afgoerelse: &'static str,
    pub(super) hjemmeboende: &'static str,
    pub(super) hjemmeboende_hjaelp: &'static str,
    pub(super) foedselsdato: &'static str,
    /// The shorter birth-date help of «Tjek dine udbetalinger».
    pub(super) foedselsdato_kort: &'static str,
    /// The earlier benefits of the ydelse forms. The ledighedsydelse hint names its level as the rate table
    /// does (`content/law/parametre.toml`, `ledighedsydelse_89_uge`).
    pub(super) niveauer: [Valg; 6],
    /// «Dine forløb og grænser»: the age after which only one forløb is given without the citizen's wish, and
    /// the 6-month rule.
    pub(super) oensker: &'static str,
    pub(super) fritagelse: &'static str,
    pub(super) fritagelse_hjaelp: &'static str,
    /// The forsørger tick box: the age up to which a parent must provide for a child (aktivloven § 2, stk. 1).
    pub(super) forsoerger: &'static str,
    /// A self-employed person in a jobafklaringsforløb who can partly continue the business (kapitel 6 b): the
    /// two shares of the ydelse, which the calculator does not compute.
    pub(super) selvstaendig: &'static str,
}

pub(super) static LOVTEKSTER: LazyLock<Lovtekster> = LazyLock::new(|| {
    let luk = dato_tekst(datoer::RESSOURCEFORLOEB_LUKKET_FOR_NYE.dato);
    let alder = hjemmeboende_alder();
    let ledighedsydelse = parameter(Sats::Ledighedsydelse89Uge).navn;
    let et_forloeb = Regelvaerdi::nyeste(vaerdier::ALDER_ET_FORLOEB).vaerdi;
    let seks = Regelvaerdi::nyeste(vaerdier::INDSATS_SENEST_MAANEDER);
    let (n, enhed) = (seks.vaerdi, seks.enhed.tekst());
    let barn = Regelvaerdi::nyeste(vaerdier::FORSOERGER_BARN_ALDER).vaerdi;
    let andel = |v: &'static [Regelvaerdi]| {
        let v = Regelvaerdi::nyeste(v);
        format!("{} {}", v.vaerdi, v.enhed.tekst())
    };
    let (fjerdedel, halvdel) = (
        andel(vaerdier::SELVSTAENDIG_DELVIS_FJERDEDEL_PROCENT),
        andel(vaerdier::SELVSTAENDIG_DELVIS_HALVDEL_PROCENT),
    );
    let fast = |s: String| -> &'static str { s.leak() };
    Lovtekster {
        forloeb_start: fast(format!("Skriv datoen som dag.måned.år, fx 1.6.2023. Den står i kommunens afgørelse om forløbet. Ved du ikke dagen, så skriv den 1. i den måned, forløbet begyndte. Dagen betyder kun noget for den første måned og for forløb, der begyndte omkring {luk}.")),
        afgoerelse: fast(format!("Står øverst i afgørelsen. Kun vigtig for forløb, der begyndte omkring {luk}.")),
        hjemmeboende: fast(format!("Jeg er under {alder} år og bor hjemme hos mine forældre")),
        hjemmeboende_hjaelp: fast(format!("Bor du hos en eller begge dine forældre og er under {alder} år, er satsen lavere.")),
        foedselsdato: fast(format!("Fx 14.5.2001. Vi bruger den til at se, hvornår du fylder {alder}. Fra den dag får du den højere sats.")),
        foedselsdato_kort: fast(format!("Fx 14.5.2001. Vi bruger den til at se, hvornår du fylder {alder}.")),
        niveauer: [
            (
                "k",
                "Kontanthjælp, uddannelseshjælp eller ingen ydelse",
                Some("Det gælder de fleste. Kom du fra uddannelseshjælp, er det ikke afklaret, om du skal have kontanthjælps- eller uddannelseshjælpsniveau. Vi regner med kontanthjælpsniveau – spørg kommunen."),
            ),
            (
                "ja",
                "Ressourceforløbsydelse i et jobafklaringsforløb",
                Some("Så får du kontanthjælpsniveau – også selv om du fik sygedagpenge før jobafklaringen."),
            ),
            (
                "s",
                "Sygedagpenge",
                Some("Så får du det samme som dine sygedagpenge (højst det højeste beløb), indtil din ret til sygedagpenge ville være stoppet. Derefter får du kontanthjælpsniveau."),
            ),
            (
                "l",
                "Ledighedsydelse",
                Some(fast(format!("{ledighedsydelse}. Fik du mindre, var det sandsynligvis på kontanthjælpsniveau – se din sidste udbetaling, eller spørg kommunen."))),
            ),
            ("lk", "Ledighedsydelse på kontanthjælpsniveau", None),
            (
                "p",
                "Førtidspension",
                Some("Du beholder din pension og får ikke ressourceforløbsydelse."),
            ),
        ],
        oensker: fast(format!("Nogle forløb må kun gives, hvis du selv ønsker det (fx hvis du er over {et_forloeb} og har haft et forløb før).")),
        fritagelse: fast(format!("Dage med fritagelse i de første {n} {enhed} (valgfrit)")),
        fritagelse_hjaelp: fast(format!("Fx hvis du har været fritaget på grund af sygdom. Bruges til {n}-{enhed}s-reglen.")),
        forsoerger: fast(format!("Jeg har et barn under {barn} år, som bor hos mig")),
        selvstaendig: fast(format!("Er du selvstændig og kan fortsætte en del af din virksomhed, kan ydelsen blive sat ned til {fjerdedel} eller {halvdel}. Det regner vi ikke ud – spørg kommunen.")),
    }
});
