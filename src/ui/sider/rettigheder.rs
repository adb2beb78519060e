use leptos::prelude::*;

/// Dine rettigheder: the rights guide.
#[component]
pub fn Rettigheder() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Dine rettigheder"</h1>
        <p class="indledning">
            "Du har ret til mere end penge: til at have en bisidder med, til at klage, til ferie og til en samtale "
            "med en sundhedskoordinator, hvis et tilbud ikke tager hensyn til dit helbred."
        </p>
    }
}
