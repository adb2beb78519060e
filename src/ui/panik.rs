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

/// The reload link, relative (`?genstart=1#…`): the same folder and file with a changed query (forces a full
/// load; a second `genstart` value if the page was already reloaded that way) and the same fragment. Relative, so
/// that an odd path (`//raadgivning/…`) can never turn into a link to another host.
pub fn genindlaes_href(soeg: &str, hash: &str) -> String {
    let hash: String = hash
        .chars()
        .filter(|c| !matches!(c, '"' | '<' | '>'))
        .collect();
    let n = if soeg.contains("genstart=1") { 2 } else { 1 };
    format!("?genstart={n}{hash}")
}

/// Installs the panic hook (console message + the Danish page).
pub fn installer() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        // A small app that has handed the page to the whole app: the page is not its to replace.
        if crate::ui::overdrag::er_overdraget() {
            return;
        }
        let Some(w) = web_sys::window() else { return };
        let Some(doc) = w.document() else { return };
        let loc = w.location();
        let href = genindlaes_href(
            &loc.search().unwrap_or_default(),
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
            genindlaes_href("", "#/ydelse?v=1"),
            "?genstart=1#/ydelse?v=1"
        );
        assert_eq!(genindlaes_href("?genstart=1", "#/om"), "?genstart=2#/om");
        let h = genindlaes_href("", "#x\"><script>");
        assert!(!h.contains('"') && !h.contains('<'));
        assert!(h.starts_with('?'));
        assert!(besked_html("?genstart=1").contains("Genindlæs siden"));
    }
}
