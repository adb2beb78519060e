//! A panic must never leave a frozen page. The hook logs the panic to the console and replaces the app with a
//! plain Danish message and a reload link that keeps the URL fragment (the user's page and share state).
//! Plain DOM only: after a panic (panic = "abort" in release) no Leptos code may run.

/// The message, as HTML. `genindlaes` is the href of the reload link.
pub fn besked_html(genindlaes: &str) -> String {
    format!(
        "<div class=\"panik\" role=\"alert\"><h1 tabindex=\"-1\">Noget gik galt</h1>\
         <p>Ressourceguiden stødte på en fejl og måtte stoppe. Dine oplysninger er ikke sendt nogen steder.</p>\
         <p><a class=\"knap\" href=\"{genindlaes}\">Genindlæs siden</a></p>\
         <p>Sker det igen, må du meget gerne fortælle os, hvad du gjorde lige før.</p></div>"
    )
}

/// The reload link: the same page with a changed query (forces a full load) and the same fragment.
pub fn genindlaes_href(sti: &str, hash: &str) -> String {
    let sti: String = sti
        .chars()
        .filter(|c| !matches!(c, '"' | '<' | '>'))
        .collect();
    let hash: String = hash
        .chars()
        .filter(|c| !matches!(c, '"' | '<' | '>'))
        .collect();
    format!("{sti}?genstart=1{hash}")
}

/// Installs the panic hook (console message + the Danish page).
pub fn installer() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let Some(w) = web_sys::window() else { return };
        let Some(doc) = w.document() else { return };
        let loc = w.location();
        let href = genindlaes_href(
            &loc.pathname().unwrap_or_default(),
            &loc.hash().unwrap_or_default(),
        );
        if let Some(body) = doc.body() {
            body.set_inner_html(&besked_html(&href));
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reload_link_keeps_the_fragment_and_cannot_break_out_of_the_attribute() {
        assert_eq!(
            genindlaes_href("/r/", "#/ydelse?v=1"),
            "/r/?genstart=1#/ydelse?v=1"
        );
        let h = genindlaes_href("/r/\"><script>", "#x");
        assert!(!h.contains('"') && !h.contains('<'));
        assert!(besked_html("/").contains("Genindlæs siden"));
    }
}
