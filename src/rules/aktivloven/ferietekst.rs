//! Every sentence of the ferie calculator: turns the count of [`super::ferie`] into the Danish trace
//! (`Forklaring`) and the refusal of a history. The rule holds no text; a second language would replace this
//! module only.

use super::ferie::{sidste_maaned, Fejl, FerieInput, Ferievurdering};
use crate::forklaring::{Alvor, Forklaring, Linje, Linjeart};
use crate::fortolkninger::Fortolkning;
use crate::lovdata::{vaerdier, Forloebstype, Regelvaerdi};
use crate::tid::dato_tekst;

/// Why a history is refused.
pub fn fejl(f: Fejl) -> &'static str {
    match f {
        Fejl::IngenMaaneder => "Vælg mindst én måned.",
        Fejl::ForMange => "Vi kan højst tælle 10 år (120 måneder) tilbage.",
    }
}

/// The trace of a count: the rule, each right (or none), the next right, a paused chain, how to use the right
/// and the warning about the number of weeks.
pub fn forklaring(input: &FerieInput, v: &Ferievurdering) -> Forklaring {
    let optjening = Regelvaerdi::altid(vaerdier::FERIE_OPTJENING_MAANEDER);
    let mut fk = Forklaring::default();
    fk.linje(Linje::fra_regelvaerdi(
        Linjeart::Oplysning,
        format!(
            "{}. En måned tæller, hvis du fik hjælp i en del af den. En hel måned uden hjælp bryder kæden. Måneder med løntilskud tæller ikke, men bryder ikke kæden, hvis hjælpen fortsætter lige efter.",
            optjening.navn
        ),
        optjening,
    ));
    rettigheder(&mut fk, input, v);
    naeste_ret(&mut fk, v);
    if v.slutter_med_loentilskud {
        fk.linje(Linje::fra_regelvaerdi(
            Linjeart::Oplysning,
            "Perioden slutter med løntilskud. Kæden holder kun, hvis du får hjælp igen lige efter."
                .into(),
            optjening,
        ));
    }
    fk.linje(Linje::fra_regelvaerdi(
        Linjeart::Oplysning,
        "Ferien skal aftales med kommunen på forhånd; ferie, der meldes bagefter, giver ikke ydelse. Har du feriepenge fra et job, bruges de først. Retten kan ikke gemmes til senere.".into(),
        Regelvaerdi::altid(vaerdier::FERIE_BRUG_MAANEDER),
    ));
    uger_advarsel(&mut fk, input.forloeb);
    fk
}

/// One line per earned right, or one saying there is none yet.
fn rettigheder(fk: &mut Forklaring, input: &FerieInput, v: &Ferievurdering) {
    let optjening = Regelvaerdi::altid(vaerdier::FERIE_OPTJENING_MAANEDER);
    let uger = Regelvaerdi::altid(vaerdier::FERIE_UGER);
    if v.rettigheder.is_empty() {
        fk.linje(Linje::fra_regelvaerdi(
            Linjeart::Resultat,
            format!(
                "Du har endnu ikke 12 sammenhængende måneder i perioden {} – {}, så du har ikke optjent ferie med ydelse.",
                input.fra.tekst(),
                sidste_maaned(input).tekst()
            ),
            optjening,
        ));
    }
    for r in &v.rettigheder {
        fk.linje(
            Linje::fra_regelvaerdi(
                Linjeart::Resultat,
                format!(
                    "Optjent med {}: op til {} ugers ferie, som skal holdes fra {} til og med {}.",
                    r.optjent_i.tekst(),
                    r.uger,
                    dato_tekst(r.fra),
                    dato_tekst(r.til)
                ),
                uger,
            )
            .med_fortolkning(Fortolkning::FerieKaede),
        );
    }
}

/// The months already counted towards the next right, and when it arises.
fn naeste_ret(fk: &mut Forklaring, v: &Ferievurdering) {
    let Some(d) = v.naeste_ret_fra else {
        return;
    };
    let talt = v.talte_maaneder;
    fk.linje(
        Linje::fra_regelvaerdi(
            Linjeart::Oplysning,
            format!(
                "{talt} {} tæller allerede med til næste ret. Får du hjælp hver måned, har du ret til ferie igen fra {}.",
                if talt == 1 { "måned" } else { "måneder" },
                dato_tekst(d)
            ),
            Regelvaerdi::altid(vaerdier::FERIE_OPTJENING_MAANEDER),
        )
        .med_fortolkning(Fortolkning::FerieKaede),
    );
}

/// The number of weeks is disputed (5 or 4): a warning worded for the kind of forløb.
fn uger_advarsel(fk: &mut Forklaring, forloeb: Forloebstype) {
    let uger = Regelvaerdi::altid(vaerdier::FERIE_UGER);
    let afvigende = Regelvaerdi::altid(vaerdier::FERIE_UGER_AFVIGENDE);
    let tekst = match forloeb {
        Forloebstype::Ressourceforloeb => format!(
            "Vi regner med {} ugers ferie. Enkelte sider skriver {} uger. Det er kontanthjælpens og uddannelseshjælpens regel fra 2016; den ændring nævnte ikke ressourceforløbsydelse. Aftal ferien skriftligt med kommunen, før du bestiller noget.",
            uger.vaerdi, afvigende.vaerdi
        ),
        Forloebstype::Jobafklaring => format!(
            "I jobafklaringsforløb skriver kommunerne {} uger efter 12 måneder. En enkelt fagforeningsside skriver {} uger (højst 2 uger ad gangen). Det er kontanthjælpens regel fra 2016, og den ændring nævnte ikke ressourceforløbsydelse. Aftal ferien skriftligt med kommunen, før du bestiller noget.",
            uger.vaerdi, afvigende.vaerdi
        ),
    };
    fk.advar(Alvor::Advarsel, tekst, afvigende.kilder, None);
}
