use crate::ui::rute::HOVEDMENU;
use leptos::prelude::*;

/// The front page: what the app is for, and the way into each section.
#[component]
pub fn Forside() -> impl IntoView {
    let beskrivelser = [
        "Se, hvor meget du får udbetalt i ressourceforløbsydelse, også når du tjener løn – og hvorfor.",
        "Se, hvor længe dit forløb kan vare, og hvad der gælder efter 1. februar 2026.",
        "Se, hvornår du har optjent ferie med ydelse, og hvornår den skal holdes.",
        "Se, hvornår din klage senest skal være fremme hos kommunen.",
        "Læs om ferie, klage, bisidder, sundhedskoordinator og meget mere – i et sprog, der er til at forstå.",
        "Sådan passer vi på dine oplysninger, og hvor tallene kommer fra.",
    ];
    view! {
        <h1 tabindex="-1">"Ressourceguiden"</h1>
        <p class="indledning">
            "For dig, der er i et ressourceforløb eller jobafklaringsforløb – og for bisiddere og rådgivere, der "
            "sidder ved siden af. Alt regnes ud på din egen enhed, med paragraf og kilde for hvert trin."
        </p>
        <div class="boks vigtigt" role="note">
            <h2>"Nyt fra 1. februar 2026"</h2>
            <p>
                "Kommunerne bevilger ikke længere nye ressourceforløb. Er dit forløb startet før, kører det "
                "videre efter de hidtidige regler til den slutdato, der står i din afgørelse."
            </p>
        </div>
        <ul class="kort">
            {HOVEDMENU
                .iter()
                .zip(beskrivelser)
                .map(|((href, tekst), beskrivelse)| {
                    view! {
                        <li>
                            <h2><a href=*href>{*tekst}</a></h2>
                            <p>{beskrivelse}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
