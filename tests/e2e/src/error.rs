//! A small error type whose `Debug` output is the plain message.
//!
//! Tests return `E2eResult<()>`; when a test returns `Err`, libtest prints
//! `Error: {:?}`. Making `Debug` print the message verbatim keeps multi-line
//! reports (axe violations, page diagnostics) readable instead of one escaped
//! string.

use std::fmt;

/// The error type of every helper in this crate.
pub struct E2eError(String);

/// Result alias used by helpers and tests.
pub type E2eResult<T> = Result<T, E2eError>;

impl E2eError {
    /// An error with the given message.
    pub fn msg(message: impl Into<String>) -> Self {
        E2eError(message.into())
    }

    /// The message.
    pub fn message(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for E2eError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for E2eError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<thirtyfour::error::WebDriverError> for E2eError {
    fn from(e: thirtyfour::error::WebDriverError) -> Self {
        E2eError(format!("WebDriver error: {e}"))
    }
}

impl From<std::io::Error> for E2eError {
    fn from(e: std::io::Error) -> Self {
        E2eError(format!("I/O error: {e}"))
    }
}

impl From<serde_json::Error> for E2eError {
    fn from(e: serde_json::Error) -> Self {
        E2eError(format!("JSON error: {e}"))
    }
}

impl From<String> for E2eError {
    fn from(s: String) -> Self {
        E2eError(s)
    }
}

impl From<&str> for E2eError {
    fn from(s: &str) -> Self {
        E2eError(s.to_string())
    }
}

/// Attach a description of what was being done to an error.
pub trait Context<T> {
    /// `what: <original error>`
    fn context(self, what: impl fmt::Display) -> E2eResult<T>;
}

impl<T, E: fmt::Display> Context<T> for Result<T, E> {
    fn context(self, what: impl fmt::Display) -> E2eResult<T> {
        self.map_err(|e| E2eError(format!("{what}: {e}")))
    }
}

impl<T> Context<T> for Option<T> {
    fn context(self, what: impl fmt::Display) -> E2eResult<T> {
        self.ok_or_else(|| E2eError(what.to_string()))
    }
}

/// Return early with an [`E2eError`] built like `format!`.
#[macro_export]
macro_rules! bail {
    ($($arg:tt)*) => {
        return Err($crate::E2eError::msg(format!($($arg)*)))
    };
}

/// Return early with an [`E2eError`] unless the condition holds.
#[macro_export]
macro_rules! ensure {
    ($cond:expr, $($arg:tt)*) => {
        if !$cond {
            $crate::bail!($($arg)*);
        }
    };
}
