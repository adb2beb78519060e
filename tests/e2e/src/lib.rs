//! End-to-end test support for Ressourceguiden.
//!
//! The tests in `tests/` run the **release build in `dist/`** (or `$RG_DIST`)
//! in headless Chromium through chromedriver:
//!
//! * [`Server`] serves `dist/` under [`contract::SUB_PATH`]
//!   (`/raadgivning/ressourceguiden/`) and 404s everything else, recording
//!   every request;
//! * [`Browser`] owns a server, its own chromedriver on a free port and a
//!   Chromium session with a fresh profile, and has the helpers flows need:
//!   [`Browser::open`], [`Browser::open_fresh`], [`Browser::wait_for_h1`],
//!   [`Browser::axe_check`], [`Browser::console_errors`],
//!   [`Browser::foreign_requests`], [`Browser::wait_until`], …;
//! * [`contract`] is the single list of routes and shell texts.
//!
//! ```text
//! cd <repo> && PATH=$PWD/node_modules/.bin:$PATH trunk build --release
//! cargo test -p e2e
//! ```
//!
//! A new flow is a `#[tokio::test] async fn x() -> E2eResult<()>` in a file
//! under `tests/`: `let b = Browser::start().await?; b.open_fresh("#/ydelse").await?; …; b.quit().await`.
#![cfg(not(target_arch = "wasm32"))]

pub mod axe;
pub mod browser;
pub mod chromedriver;
pub mod contract;
pub mod env;
pub mod error;
pub mod felter;
pub mod server;

pub use axe::{AxeReport, AxeViolation};
pub use browser::{ActiveElement, Browser, ConsoleEntry, NetRequest};
pub use contract::{Route, NOT_FOUND, ROUTES};
pub use env::report;
pub use error::{Context, E2eError, E2eResult};
pub use server::{ServedRequest, Server};
