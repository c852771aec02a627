//! The one rendering of an error for people: headline with its code, location and code
//! frame, the chain of causes, and the hint.

use crate::errors::{CodedError, find_coded};

use super::Styles;

/// Renders an error for people: the headline with its code, the location and code frame, the
/// chain of causes and a hint. The only place in the program that formats errors.
pub(crate) fn render_error(error: &anyhow::Error, styles: &Styles) -> String {
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
    use crate::errors::Code;
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
        let text = render_error(&error, &Styles::plain());
        assert_eq!(
            text,
            "error: failed to scaffold `shell`\n  [0034] template `x` is not known\nhint: use `--template default`\n"
        );
    }

    #[test]
    fn renders_a_bare_coded_error_once() {
        let error: anyhow::Error =
            CodedError::new(Code::PackageJsonNotFound, "no package.json").into();
        let text = render_error(&error, &Styles::plain());
        assert_eq!(text, "error: [0020] no package.json\n");
    }
}
