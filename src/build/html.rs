//! HTML escaping, shared by the build (the rights guide's pages, `rettigheder.rs`) and the app's prerendered front
//! page (`src/indhold/forside.rs`, written into `index.html` by rg-statisk). No dependencies.

/// HTML-escapes text for element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut ud = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => ud.push_str("&amp;"),
            '<' => ud.push_str("&lt;"),
            '>' => ud.push_str("&gt;"),
            '"' => ud.push_str("&quot;"),
            '\'' => ud.push_str("&#39;"),
            _ => ud.push(c),
        }
    }
    ud
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            super::esc(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(super::esc("Møde – 4 uger"), "Møde – 4 uger");
    }
}
