//! How publishing reaches the user: each upload's outcome with the old CLI's codes, the
//! summary of several, and a progress bar for large uploads.

use serde_json::{Value, json};

use crate::errors::Code;
use crate::errors::codes::Level;
use crate::ui::{Progress, Reporter};

use super::Outcome;

/// What publishing several pilets came to.
pub(crate) struct Published {
    /// How many were published.
    pub(crate) count: usize,
    /// Whether any failed.
    pub(crate) failed: bool,
    /// The `--json` data.
    pub(crate) data: Value,
}

/// The outcome of publishing pilets: `[0064]` when any failed. `report` holds where they
/// went; the lists are added to it.
pub(crate) fn finish(
    mut report: Value,
    published: Vec<Value>,
    failed: Vec<Value>,
    reporter: &dyn Reporter,
) -> Published {
    let failures = failed.len();
    let count = published.len();
    report["published"] = Value::Array(published);
    report["failed"] = Value::Array(failed);
    if failures > 0 {
        reporter.diagnostic(
            Code::FailedUploading,
            Level::Error,
            "Failed to upload some pilet(s)!".into(),
            None,
        );
    }
    Published {
        count,
        failed: failures > 0,
        data: report,
    }
}

/// Uploads from 1 MiB on get a progress bar (on a terminal only).
pub(crate) fn large_upload_bar(reporter: &dyn Reporter, total: u64, name: &str) -> Progress {
    const LARGE: u64 = 1 << 20;
    if total >= LARGE {
        reporter.bytes_bar(total, name)
    } else {
        Progress::none()
    }
}

/// Reports how one upload ended, with the old CLI's codes; `Err` for a failed upload.
pub(crate) fn upload_outcome(
    reporter: &dyn Reporter,
    name: &str,
    outcome: Outcome,
) -> Result<Value, Value> {
    match outcome {
        Outcome::Accepted { status, body } => {
            if !body.trim().is_empty() {
                reporter.info(Code::HttpPostResponse, format!("HTTP: {}", body.trim()));
            }
            reporter.status("Published", format_args!("`{name}` ({status})"));
            Ok(
                json!({ "file": name, "status": status, "response": serde_json::from_str::<Value>(&body).unwrap_or(Value::String(body)) }),
            )
        }
        Outcome::Refused {
            status,
            code,
            message,
            ..
        } => {
            let first = if status >= 500 {
                Code::FailedHttpPost
            } else {
                Code::UnsuccessfulHttpPost
            };
            reporter.diagnostic(first, Level::Warning, message.clone(), None);
            let specific = if matches!(
                code,
                Code::FailedToUploadPayment
                    | Code::FailedToUploadVersion
                    | Code::FailedToUploadSize
            ) {
                code
            } else {
                Code::FailedToUpload
            };
            reporter.diagnostic(
                specific,
                Level::Warning,
                format!("Could not upload \"{name}\" to feed service."),
                None,
            );
            Err(
                json!({ "file": name, "status": status, "code": specific.number(), "message": message }),
            )
        }
        Outcome::Failed { message } => {
            reporter.diagnostic(
                Code::FailedHttpPost,
                Level::Warning,
                format!("Failed to upload: {message}"),
                None,
            );
            reporter.diagnostic(
                Code::FailedToUpload,
                Level::Warning,
                format!("Could not upload \"{name}\" to feed service."),
                None,
            );
            Err(json!({ "file": name, "message": message }))
        }
    }
}
