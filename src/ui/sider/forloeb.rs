use leptos::prelude::*;

/// Dine forløb og grænser: durations, age rules and the 2026 abolition.
#[component]
pub fn Forloeb() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Dine forløb og grænser"</h1>
        <p class="indledning">
            "Hvor længe kan et ressourceforløb vare? Kan kommunen give dig et forløb mere? "
            "Svarene afhænger af din alder, dine tidligere forløb, hvad du selv ønsker, og hvornår der træffes afgørelse."
        </p>
        <ul>
            <li>"Fra 1. januar 2022 varer et ressourceforløb højst 3 år."</li>
            <li>"Fra 1. februar 2026 bevilges der ikke nye ressourceforløb. Forløb, der allerede kører, fortsætter til deres slutdato."</li>
        </ul>
    }
}
