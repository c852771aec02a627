//! How both validate commands print their findings and the old CLI's summary line.

use serde_json::json;

use crate::app::{Context, Outcome};
use crate::errors::codes::Level;
use crate::errors::{Code, ExitStatus};
use crate::validate::{Finding, Severity, Summary};

/// Prints every finding as `[0002]`/`[0001]`, then `[0080]`, `[0081]` or the success line.
pub(super) fn report(findings: Vec<Finding>, subject: serde_json::Value, ctx: &Context) -> Outcome {
    let printer = &ctx.printer;
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
    let status = if summary.errors > 0 {
        printer.diagnostic(
            Code::ValidationFailed,
            Level::Error,
            format!("Validation failed. Found {} error(s).", summary.errors),
            None,
        );
        ExitStatus::Failure
    } else {
        if summary.warnings > 0 {
            printer.warn(
                Code::ValidationWarned,
                format!("Validation succeeded with {} warning(s).", summary.warnings),
            );
        } else {
            printer.status("Validated", "Validation successful. No errors or warnings.");
        }
        ExitStatus::Success
    };
    let mut outcome = Outcome::success(json!({
        "subject": subject,
        "errors": summary.errors,
        "warnings": summary.warnings,
        "findings": findings,
    }));
    outcome.status = status;
    outcome
}
