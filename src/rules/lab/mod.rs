//! Lov om en aktiv beskæftigelsesindsats (LAB): the forløb themselves — how long a ressourceforløb
//! (kapitel 19, §§ 112–115 a; before 2020 LAB § 68 a–c) or a jobafklaringsforløb (kapitel 18) may last, who can
//! be granted one, and what happens around it — and a timeline model the app can draw.

pub mod forloebsgraenser;
pub mod forloebsslut;
pub mod tidslinje;
