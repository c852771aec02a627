//! `piral validate` and `pilet validate`: every rule of the old CLI (spec §5) runs, and every
//! finding is collected; none stops the others.
//!
//! A rule is a small struct implementing [`Rule`] for a context type (a shell or a pilet). Its
//! options come from configuration (`.piralrc` `validators` for shell rules, the shell's
//! `pilets.validators` for pilet rules), keyed by the rule's name. Findings carry the rule,
//! the severity and the old CLI's text; they print as `[0002]` (error) or `[0001]` (warning).

pub(crate) mod css_score;
pub(crate) mod pilet_rules;
pub(crate) mod piral_rules;
pub(crate) mod project;
pub(crate) mod report;
pub(crate) mod runs_this_cli;

use serde_json::{Map, Value};

/// How bad a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Severity {
    Error,
    Warning,
}

/// One finding of one rule.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub(crate) struct Finding {
    pub(crate) rule: &'static str,
    pub(crate) severity: Severity,
    pub(crate) message: String,
    /// The file the finding is about, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) file: Option<String>,
}

/// Collects findings for one rule.
pub(crate) struct Findings<'a> {
    rule: &'static str,
    out: &'a mut Vec<Finding>,
}

impl Findings<'_> {
    pub(crate) fn error(&mut self, message: impl Into<String>) {
        self.push(Severity::Error, message.into(), None);
    }

    pub(crate) fn warning(&mut self, message: impl Into<String>) {
        self.push(Severity::Warning, message.into(), None);
    }

    pub(crate) fn push(&mut self, severity: Severity, message: String, file: Option<String>) {
        self.out.push(Finding {
            rule: self.rule,
            severity,
            message,
            file,
        });
    }
}

/// A validation rule over a context `C`.
pub(crate) trait Rule<C> {
    /// The name that keys its options, as in the old CLI (`stays-small`).
    fn name(&self) -> &'static str;
    /// Checks the context; `options` is the configured value, `None` for the default.
    fn check(&self, ctx: &C, options: Option<&Value>, findings: &mut Findings<'_>);
}

/// Runs every rule (in name order, as the old CLI loaded them) and returns all findings.
pub(crate) fn run<C>(
    rules: &[&dyn Rule<C>],
    ctx: &C,
    options: &Map<String, Value>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for rule in rules {
        let mut findings = Findings {
            rule: rule.name(),
            out: &mut out,
        };
        rule.check(ctx, options.get(rule.name()), &mut findings);
    }
    out
}

/// A numeric threshold option: positive means error, negative warning, zero off.
pub(crate) fn threshold(options: Option<&Value>, default: f64) -> Option<(f64, Severity)> {
    let value = match options {
        None => default,
        Some(Value::Number(n)) => n.as_f64()?,
        Some(_) => return None,
    };
    if value == 0.0 {
        return None;
    }
    Some((
        value.abs(),
        if value > 0.0 {
            Severity::Error
        } else {
            Severity::Warning
        },
    ))
}

/// A string option with a default.
pub(crate) fn choice<'a>(options: Option<&'a Value>, default: &'a str) -> &'a str {
    options.and_then(Value::as_str).unwrap_or(default)
}

/// JavaScript's `typeof` of a JSON value, as the old messages print it.
pub(crate) fn type_of(value: Option<&Value>) -> &'static str {
    match value {
        None => "undefined",
        Some(Value::Null | Value::Object(_) | Value::Array(_)) => "object",
        Some(Value::Bool(_)) => "boolean",
        Some(Value::Number(_)) => "number",
        Some(Value::String(_)) => "string",
    }
}

/// Source files below a folder that import `name` (an `import … from`, a side-effect `import`
/// or a `require`). Type-only imports are not imports at run time and do not count.
pub(crate) fn files_importing(sources: &[(String, String)], name: &str) -> Vec<String> {
    sources
        .iter()
        .filter(|(_, text)| imports(text, name))
        .map(|(path, _)| path.clone())
        .collect()
}

fn imports(text: &str, name: &str) -> bool {
    for quote in ['"', '\'', '`'] {
        let needle = format!("{quote}{name}{quote}");
        let mut from = 0;
        while let Some(offset) = text[from..].find(&needle) {
            let at = from + offset;
            from = at + needle.len();
            let before = text[..at].trim_end();
            if before.ends_with("require(") || before.ends_with("import(") {
                return true;
            }
            if before.ends_with("from") || before.ends_with("import") {
                // The statement starts at the last `import`; `import type` brings no code.
                let statement = before.rfind("import").map_or(before, |i| &before[i..]);
                if !statement.starts_with("import type") {
                    return true;
                }
            }
        }
    }
    false
}

/// The source files (`.js`, `.jsx`, `.ts`, `.tsx`, `.mjs`, `.cjs`) below `dir`, read.
pub(crate) fn read_sources(dir: &std::path::Path) -> Vec<(String, String)> {
    crate::manifest::project::files_below(dir)
        .into_iter()
        .filter(|path| {
            path.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| matches!(e, "js" | "jsx" | "ts" | "tsx" | "mjs" | "cjs"))
        })
        .filter_map(|path| {
            let text = fs_err::read_to_string(&path).ok()?;
            Some((path.display().to_string(), text))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_detection() {
        assert!(imports("import * as React from 'react';", "react"));
        assert!(imports("import { x } from \"piral\"", "piral"));
        assert!(imports("const x = require('piral-core');", "piral-core"));
        assert!(imports("import 'piral';", "piral"));
        assert!(!imports(
            "import type { PiletApi } from 'my-shell';",
            "my-shell"
        ));
        assert!(!imports("const name = 'piral';", "piral"));
        assert!(!imports("import x from 'piral-core';", "piral"));
    }

    #[test]
    fn thresholds() {
        assert_eq!(threshold(None, -50.0), Some((50.0, Severity::Warning)));
        assert_eq!(
            threshold(Some(&Value::from(100)), -50.0),
            Some((100.0, Severity::Error))
        );
        assert_eq!(threshold(Some(&Value::from(0)), -50.0), None);
        assert_eq!(threshold(Some(&Value::from("x")), -50.0), None);
    }
}

/// Counts of a validation run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub(crate) struct Summary {
    pub(crate) errors: usize,
    pub(crate) warnings: usize,
}

impl Summary {
    pub(crate) fn of(findings: &[Finding]) -> Summary {
        Summary {
            errors: findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .count(),
            warnings: findings
                .iter()
                .filter(|f| f.severity == Severity::Warning)
                .count(),
        }
    }
}
