//! Embed mode: one calculator in an iframe on a host's page (`#/indlejr/<beregner>`), sized by postMessage,
//! themed by the host within WCAG AA contrast. The pure parts (parameters, colours) are here and tested
//! natively; `src/web/indlejr.js` is the host-side script.
//!
//! Parameters in the fragment (read once, then removed from the address): `vaert=<origin>` — the host page's
//! origin, the only origin the frame posts its height to (the browser drops the message for any other
//! parent); `accent=%23rrggbb` — the host's colour, darkened if needed so white text on it, and it as text
//! on white, keep a contrast of at least 4.5:1.

/// The beregnere that can be embedded (their route names).
pub const BEREGNERE: [(&str, &str); 5] = [
    ("ydelse", "Beregn din ydelse"),
    ("forloeb", "Dine forløb og grænser"),
    ("ferie", "Ferie med ydelse"),
    ("klagefrist", "Din klagefrist"),
    ("udbetalinger", "Tjek dine udbetalinger"),
];

/// The embed parameters taken out of a fragment query, and the rest of the query (the calculator's state).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parametre {
    pub vaert: Option<String>,
    pub accent: Option<String>,
    pub rest: String,
}

/// Splits `vaert` and `accent` off a fragment query; invalid values are dropped.
pub fn del_parametre(q: &str) -> Parametre {
    let mut p = Parametre::default();
    let mut rest = Vec::new();
    for del in q.split('&').filter(|d| !d.is_empty()) {
        match del.split_once('=') {
            Some(("vaert", v)) => p.vaert = dekod(v).filter(|o| er_oprindelse(o)),
            Some(("accent", v)) => p.accent = dekod(v).filter(|a| hex(a).is_some()),
            _ => rest.push(del),
        }
    }
    p.rest = rest.join("&");
    p
}

/// `http(s)://host[:port]` and nothing more (no path, no credentials).
pub fn er_oprindelse(s: &str) -> bool {
    let Some(rest) = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
    else {
        return false;
    };
    !rest.is_empty()
        && rest.len() <= 253
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}

fn dekod(s: &str) -> Option<String> {
    let mut ud = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            ud.push(u8::from_str_radix(s.get(i + 1..i + 3)?, 16).ok()?);
            i += 3;
        } else {
            ud.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(ud).ok()
}

/// `#rrggbb` → (r, g, b).
pub fn hex(s: &str) -> Option<(u8, u8, u8)> {
    let h = s.strip_prefix('#')?;
    if h.len() != 6 || !h.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let del = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    Some((del(0)?, del(2)?, del(4)?))
}

fn til_hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// WCAG 2.x relative luminance. (Colour arithmetic, not money: floating point is fine here.)
fn luminans((r, g, b): (u8, u8, u8)) -> f64 {
    let kanal = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * kanal(r) + 0.7152 * kanal(g) + 0.0722 * kanal(b)
}

/// The contrast ratio of a colour against white.
pub fn kontrast_mod_hvid(c: (u8, u8, u8)) -> f64 {
    1.05 / (luminans(c) + 0.05)
}

fn moerkere((r, g, b): (u8, u8, u8), faktor: f64) -> (u8, u8, u8) {
    let k = |c: u8| (f64::from(c) * faktor).round().clamp(0.0, 255.0) as u8;
    (k(r), k(g), k(b))
}

fn bland((r, g, b): (u8, u8, u8), hvid_andel: f64) -> (u8, u8, u8) {
    let k = |c: u8| (f64::from(c) * (1.0 - hvid_andel) + 255.0 * hvid_andel).round() as u8;
    (k(r), k(g), k(b))
}

/// The theme for a host's accent colour: (accent, darker accent, light tint), each `#rrggbb`, and whether the
/// colour had to be darkened. The accent has contrast ≥ 4.5:1 against white (white text on it, and it as
/// link text on white); the darker one ≥ 7:1 (hover); the tint keeps the app's dark text at ≥ 4.5:1.
pub fn tema(accent: &str) -> Option<(String, String, String, bool)> {
    let mut c = hex(accent)?;
    let mut justeret = false;
    while kontrast_mod_hvid(c) < 4.5 {
        c = moerkere(c, 0.92);
        justeret = true;
    }
    let mut m = moerkere(c, 0.8);
    while kontrast_mod_hvid(m) < 7.0 {
        m = moerkere(m, 0.92);
    }
    Some((til_hex(c), til_hex(m), til_hex(bland(c, 0.9)), justeret))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_split_off_and_checked() {
        let p = del_parametre("vaert=https%3A%2F%2Fhjerte.dk&accent=%23ff0000&v=1&l=20000");
        assert_eq!(p.vaert.as_deref(), Some("https://hjerte.dk"));
        assert_eq!(p.accent.as_deref(), Some("#ff0000"));
        assert_eq!(p.rest, "v=1&l=20000");
        let p = del_parametre("vaert=javascript%3Aalert(1)&accent=red");
        assert_eq!((p.vaert, p.accent), (None, None));
        assert!(!er_oprindelse("https://a.dk/sti"));
        assert!(er_oprindelse("http://127.0.0.1:8080"));
    }

    #[test]
    fn any_host_colour_keeps_aa_contrast() {
        for c in [
            "#ffff00", "#ffffff", "#00ff00", "#0b5394", "#000000", "#777777", "#ff8800",
        ] {
            let (a, m, l, _) = tema(c).unwrap();
            assert!(kontrast_mod_hvid(hex(&a).unwrap()) >= 4.5, "{c} → {a}");
            assert!(kontrast_mod_hvid(hex(&m).unwrap()) >= 7.0, "{c} → {m}");
            // Dark text (#1a1a1a) on the tint.
            let tekst = luminans((0x1a, 0x1a, 0x1a));
            let bg = luminans(hex(&l).unwrap());
            assert!((bg + 0.05) / (tekst + 0.05) >= 4.5, "{c} → tint {l}");
        }
        let (a, _, _, justeret) = tema("#0b5394").unwrap();
        assert_eq!((a.as_str(), justeret), ("#0b5394", false));
        assert!(tema("#ffff00").unwrap().3);
        assert!(tema("gul").is_none());
    }
}
