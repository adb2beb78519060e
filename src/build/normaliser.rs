//! Text normalisation shared by the build script (search index, heading anchors) and the app (search
//! queries), so both sides agree on what "the same word" is.
//!
//! No dependencies: part of the `bygger` crate that the app uses at run time too (re-exported as
//! `crate::indhold::normaliser`), and used by the page renderer (`rettigheder.rs`).

/// Lower case, Danish letters spelt out as on a keyboard without them (æ → ae, ø → oe, å → aa; also ä, ö,
/// é, ü …), and every character that is not a letter or a digit turned into a single space; no leading or
/// trailing space. "Søg i Rettighederne!" → "soeg i rettighederne".
pub fn normaliser(tekst: &str) -> String {
    let mut ud = String::with_capacity(tekst.len());
    let mut mellemrum = false;
    for c in tekst.chars().flat_map(char::to_lowercase) {
        let erstatning: Option<&str> = match c {
            'æ' | 'ä' => Some("ae"),
            'ø' | 'ö' => Some("oe"),
            'å' => Some("aa"),
            'é' | 'è' | 'ê' => Some("e"),
            'ü' => Some("u"),
            _ => None,
        };
        match erstatning {
            Some(s) => {
                if mellemrum && !ud.is_empty() {
                    ud.push(' ');
                }
                mellemrum = false;
                ud.push_str(s);
            }
            None if c.is_alphanumeric() => {
                if mellemrum && !ud.is_empty() {
                    ud.push(' ');
                }
                mellemrum = false;
                ud.push(c);
            }
            None => mellemrum = true,
        }
    }
    ud
}

/// A heading anchor: [`normaliser`] with `-` between the words. "Hvad ændrede sig 1. februar 2026?" →
/// "hvad-aendrede-sig-1-februar-2026".
pub fn anker(tekst: &str) -> String {
    normaliser(tekst).replace(' ', "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_letters_are_spelt_out_and_punctuation_is_a_space() {
        assert_eq!(normaliser("Søg i Rettighederne!"), "soeg i rettighederne");
        assert_eq!(normaliser("  Ærø, Åbenrå – ØL "), "aeroe aabenraa oel");
        assert_eq!(normaliser("§ 69, stk. 2"), "69 stk 2");
        assert_eq!(normaliser(""), "");
        assert_eq!(normaliser("ae"), normaliser("æ"));
    }

    #[test]
    fn anchors_are_stable_slugs() {
        assert_eq!(
            anker("Hvad ændrede sig 1. februar 2026?"),
            "hvad-aendrede-sig-1-februar-2026"
        );
        assert_eq!(anker("Når forløbet slutter"), "naar-forloebet-slutter");
        assert_eq!(anker("Klagefrist"), "klagefrist");
    }
}
