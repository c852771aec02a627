//! How findings reach the user: each as `[0002]`/`[0001]`, then the old CLI's summary line.

use serde_json::json;

use crate::errors::Code;
use crate::errors::codes::Level;
use crate::ui::Reporter;

use super::{Finding, Severity, Summary};

/// The findings of a validation, reported.
pub(crate) struct Report {
    /// Whether any finding was an error.
    pub(crate) failed: bool,
    /// The `--json` data.
    pub(crate) data: serde_json::Value,
}

/// Reports every finding as `[0002]`/`[0001]`, then `[0080]`, `[0081]` or the success line.
pub(crate) fn report(
    findings: Vec<Finding>,
    subject: serde_json::Value,
    reporter: &dyn Reporter,
) -> Report {
    let printer = reporter;
    for finding in &findings {
        let (code, level) = match finding.severity {
            Severity::Error => (Code::GeneralError, Level::Error),
            Severity::Warning => (Code::GeneralWarning, Level::Warning),
        };
        printer.diagnostic(
            code,
            level,
            format!("{}: {}", finding.rule, finding.message),
            finding.file.clone(),
        );
    }
    let summary = Summary::of(&findings);
    let failed = if summary.errors > 0 {
        printer.diagnostic(
            Code::ValidationFailed,
            Level::Error,
            format!("Validation failed. Found {} error(s).", summary.errors),
            None,
        );
        true
    } else {
        if summary.warnings > 0 {
            printer.warn(
                Code::ValidationWarned,
                format!("Validation succeeded with {} warning(s).", summary.warnings),
            );
        } else {
            printer.status("Validated", "Validation successful. No errors or warnings.");
        }
        false
    };
    let data = json!({
        "subject": subject,
        "errors": summary.errors,
        "warnings": summary.warnings,
        "findings": findings,
    });
    Report { failed, data }
}
