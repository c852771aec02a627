//! Coded errors, exit statuses and the one place that renders an error.
//!
//! Domain code raises a [`CodedError`] (a code from the old CLI's table, a message, an optional
//! hint and an optional source location); `commands` add context with `anyhow`. `app` calls
//! [`render_error`] once, at the end, and maps the error to an [`ExitStatus`].

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

/// Renders an error for people: the headline with its code, the location and code frame, the
/// chain of causes and a hint. The only place in the program that formats errors.
pub(crate) fn render_error(error: &anyhow::Error, styles: &crate::ui::Styles) -> String {
    use std::fmt::Write as _;
    let coded = find_coded(error);
    let mut out = String::new();
    let err = styles.error;
    let top_is_coded = error
        .chain()
        .next()
        .and_then(|e| e.downcast_ref::<CodedError>())
        .is_some();
    let head = match coded {
        Some(c) if top_is_coded => c.to_string(),
        Some(c) => format!("{error}\n  {c}"),
        None => error.to_string(),
    };
    let _ = writeln!(out, "{err}error{err:#}: {head}");
    if let Some(location) = coded.and_then(|c| c.location.as_ref()) {
        let _ = writeln!(
            out,
            "  {}-->{:#} {}:{}:{}",
            styles.path,
            styles.path,
            location.path.display(),
            location.line,
            location.column
        );
        if let Some(frame) = &location.frame {
            out.push_str(frame);
        }
    }
    let mut seen = vec![head.clone()];
    for cause in error.chain().skip(1) {
        let text = cause.to_string();
        if seen.iter().any(|s| s.contains(&text)) {
            continue;
        }
        let _ = writeln!(out, "  caused by: {text}");
        seen.push(text);
    }
    if let Some(hint) = coded.and_then(|c| c.hint.as_ref()) {
        let h = styles.hint;
        let _ = writeln!(out, "{h}hint{h:#}: {hint}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context as _;

    #[test]
    fn renders_code_context_and_hint() {
        let error: anyhow::Error =
            CodedError::new(Code::TemplateNotFound, "template `x` is not known")
                .with_hint("use `--template default`")
                .into();
        let error = Err::<(), _>(error)
            .context("failed to scaffold `shell`")
            .unwrap_err();
        let text = render_error(&error, &crate::ui::Styles::plain());
        assert_eq!(
            text,
            "error: failed to scaffold `shell`\n  [0034] template `x` is not known\nhint: use `--template default`\n"
        );
    }

    #[test]
    fn renders_a_bare_coded_error_once() {
        let error: anyhow::Error =
            CodedError::new(Code::PackageJsonNotFound, "no package.json").into();
        let text = render_error(&error, &crate::ui::Styles::plain());
        assert_eq!(text, "error: [0020] no package.json\n");
        assert_eq!(error_json(&error)["code"], "0020");
    }
}
