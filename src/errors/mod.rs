//! Coded errors and exit statuses.
//!
//! Domain code raises a [`CodedError`] (a code from the old CLI's table, a message, an optional
//! hint and an optional source location); `commands` add context with `anyhow`. `app` renders
//! it once, at the end (`ui::render_error`), and maps the error to an [`ExitStatus`]. Nothing
//! here prints or styles: `ui` depends on this module, never the other way.

pub(crate) mod codes;
mod frame;

use std::fmt;
use std::path::PathBuf;

pub(crate) use codes::Code;
pub(crate) use frame::code_frame;

/// The process exit status. Documented in `--help` and the README.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ExitStatus {
    /// The command did what was asked.
    Success = 0,
    /// The command failed for a reason the user can fix.
    Failure = 1,
    /// The command line could not be parsed (unknown flag, bad value).
    Usage = 2,
    /// A bug in piral.
    Internal = 101,
}

/// Where in a file an error points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Location {
    pub(crate) path: PathBuf,
    /// 1-based.
    pub(crate) line: usize,
    /// 1-based, in characters.
    pub(crate) column: usize,
    /// The rendered code frame around the position, if the source was at hand.
    pub(crate) frame: Option<String>,
}

/// An error with one of the old CLI's message codes.
#[derive(Debug)]
pub(crate) struct CodedError {
    pub(crate) code: Code,
    pub(crate) message: String,
    pub(crate) hint: Option<String>,
    pub(crate) location: Option<Location>,
}

impl CodedError {
    pub(crate) fn new(code: Code, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            hint: None,
            location: None,
        }
    }

    pub(crate) fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub(crate) fn with_location(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }
}

impl fmt::Display for CodedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.code.number(), self.message)
    }
}

impl std::error::Error for CodedError {}

/// Returns early with a [`CodedError`]: `bail_code!(Code::X, "text {}", arg)`.
macro_rules! bail_code {
    ($code:expr, $($arg:tt)+) => {
        return Err($crate::errors::CodedError::new($code, format!($($arg)+)).into())
    };
}
pub(crate) use bail_code;

/// The code of the first coded error in the chain, if any.
pub(crate) fn find_coded(error: &anyhow::Error) -> Option<&CodedError> {
    error
        .chain()
        .find_map(|cause| cause.downcast_ref::<CodedError>())
}

/// The JSON form of an error for `--json`.
pub(crate) fn error_json(error: &anyhow::Error) -> serde_json::Value {
    let coded = find_coded(error);
    let mut causes: Vec<String> = Vec::new();
    for cause in error.chain() {
        let text = cause.to_string();
        if !causes.contains(&text) {
            causes.push(text);
        }
    }
    let mut value = serde_json::json!({
        "code": coded.map(|c| c.code.number()),
        "message": coded.map_or_else(|| error.to_string(), |c| c.message.clone()),
        "causes": causes,
    });
    if let Some(location) = coded.and_then(|c| c.location.as_ref()) {
        value["file"] = location.path.display().to_string().into();
        value["line"] = location.line.into();
        value["column"] = location.column.into();
    }
    if let Some(hint) = coded.and_then(|c| c.hint.as_ref()) {
        value["hint"] = hint.clone().into();
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_of_a_coded_error() {
        let error: anyhow::Error =
            CodedError::new(Code::PackageJsonNotFound, "no package.json").into();
        assert_eq!(error_json(&error)["code"], "0020");
    }
}
