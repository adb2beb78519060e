//! The law as code. Pure Rust: no web, no I/O, no floating point. Each module is named after the law it
//! implements, and each rule's doc comment cites its §. Dated figures come from [`lovdata`], generated at build
//! time from `content/law/`. Every calculation returns its result together with a [`forklaring::Forklaring`].

pub mod aktivloven;
pub mod forklaring;
pub mod fortolkninger;
pub mod helligdage;
pub mod lab;
pub mod lovdata;
pub mod penge;
pub mod pensionsloven;
pub mod retssikkerhedsloven;
pub mod tid;
