//! What the bundler reports: a failure is a coded `[0174]` error ([`bundle_error`]); what goes
//! wrong without failing the build is a [`BundleDiagnostic`], which the commands print as a
//! warning.

use crate::errors::{Code, CodedError, Location};

/// A coded message about one bundle, with the place in a source file it is about when known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct BundleDiagnostic {
    pub(crate) code: Code,
    pub(crate) message: String,
    pub(crate) location: Option<Location>,
}

impl BundleDiagnostic {
    /// `path:line:col` of the location, as the printer shows it after the message.
    pub(crate) fn file(&self) -> Option<String> {
        self.location.as_ref().map(|location| {
            format!(
                "{}:{}:{}",
                location.path.display(),
                location.line,
                location.column
            )
        })
    }
}

/// A bundling failure: coded, with a location and code frame when one is known.
pub(crate) fn bundle_error(message: String, location: Option<Location>) -> anyhow::Error {
    let error = CodedError::new(
        Code::BundlingFailed,
        format!("The bundling process failed: {message}"),
    );
    match location {
        Some(location) => error.with_location(location).into(),
        None => error.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_path_line_and_column() {
        let mut diagnostic = BundleDiagnostic {
            code: Code::UnresolvedImportEmptyModule,
            message: "m".into(),
            location: None,
        };
        assert_eq!(diagnostic.file(), None);
        diagnostic.location = Some(Location {
            path: "node_modules/p/index.js".into(),
            line: 2,
            column: 23,
            frame: None,
        });
        assert_eq!(
            diagnostic.file().as_deref(),
            Some("node_modules/p/index.js:2:23")
        );
    }
}
