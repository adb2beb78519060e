use crate::rules::lovdata::SENESTE_SATSAAR;
use leptos::prelude::*;

/// Beregn din ydelse: the ressourceforløbsydelse calculator.
#[component]
pub fn Ydelse() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Beregn din ydelse"</h1>
        <p class="indledning">
            "Her kan du regne ud, hvor meget du får i ressourceforløbsydelse i en bestemt måned fra januar 2013 "
            "til december " {SENESTE_SATSAAR} " – også når du tjener løn, har feriepenge eller anden indtægt."
        </p>
        <p>
            "Beregningen viser hvert trin med paragraf, kilde og dato for satsen, og den siger tydeligt, "
            "når et tal ikke er officielt bekræftet."
        </p>
    }
}
