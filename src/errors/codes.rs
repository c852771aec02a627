//! The message codes (`[0010]`, `[0045]`, ...) of the Piral CLI.
//!
//! Numbers and meanings are those of piral-cli's `messages.ts`, so that log scrapers and people
//! searching for a code find the same thing. The table in `code_table.rs` is the single source:
//! the `Code` enum, `piral explain` and `docs/codes.md` are all generated from it.

use std::fmt;

/// How severe a message with a given code is by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Level {
    Error,
    Warning,
    Info,
    Debug,
    Verbose,
}

impl Level {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "info",
            Level::Debug => "debug",
            Level::Verbose => "verbose",
        }
    }
}

/// Everything known about one code.
#[derive(Debug)]
pub(crate) struct CodeInfo {
    pub(crate) code: Code,
    pub(crate) name: &'static str,
    pub(crate) level: Level,
    pub(crate) title: &'static str,
    pub(crate) description: &'static str,
    pub(crate) fix: &'static str,
}

macro_rules! codes {
    ($(
        $num:literal $variant:ident $name:literal $level:ident {
            title: $title:literal,
            description: $description:literal,
            fix: $fix:literal $(,)?
        }
    )*) => {
        /// A message code; the discriminant is the number printed as `[NNNN]`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u16)]
        #[allow(dead_code, reason = "the table lists every code of the old CLI, used or not")]
        pub(crate) enum Code {
            $($variant = $num,)*
        }

        /// Every code, sorted by number.
        pub(crate) static ALL: &[CodeInfo] = &[
            $(CodeInfo {
                code: Code::$variant,
                name: $name,
                level: Level::$level,
                title: $title,
                description: $description,
                fix: $fix,
            },)*
        ];
    };
}

// The table writes numbers as they print (`0045`); they are decimal.
#[allow(
    clippy::zero_prefixed_literal,
    reason = "codes are written as they print"
)]
mod table {
    use super::{CodeInfo, Level};
    include!("code_table.rs");
}
pub(crate) use table::{ALL, Code};

impl Code {
    /// The number as printed: four digits with leading zeros.
    pub(crate) fn number(self) -> String {
        format!("{:04}", self as u16)
    }

    pub(crate) fn info(self) -> &'static CodeInfo {
        ALL.iter()
            .find(|info| info.code == self)
            .expect("every Code variant has a table entry")
    }

    /// Looks a code up by its number, as typed by a user (`10`, `0010`, `[0010]`).
    pub(crate) fn parse(text: &str) -> Option<Code> {
        let digits = text.trim().trim_start_matches('[').trim_end_matches(']');
        let number: u16 = digits.parse().ok()?;
        ALL.iter()
            .find(|info| info.code as u16 == number)
            .map(|info| info.code)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", *self as u16)
    }
}

/// The long text of one code, as `piral explain` prints it.
pub(crate) fn explain(info: &CodeInfo) -> String {
    format!(
        "[{}] {}\n\nLevel: {} ({})\n\n{}\n\nHow to fix: {}\n",
        info.code.number(),
        info.title,
        info.level.as_str(),
        info.name,
        info.description,
        info.fix
    )
}

/// `docs/codes.md`, generated from the table; a test fails when the committed copy is stale.
pub fn render_markdown() -> String {
    let mut out = String::from(
        "# Message codes\n\n<!-- Generated from src/errors/code_table.rs; do not edit. \
         Regenerate with `UPDATE_GENERATED=1 cargo test --test it generated`. -->\n\n\
         Every coded message of `piral` prints as `[NNNN] text`. The numbers are those of the \
         npm `piral-cli`. `piral explain NNNN` prints the text below.\n\n\
         | code | name | level | title |\n|---|---|---|---|\n",
    );
    for info in ALL {
        out.push_str(&format!(
            "| [{0}](#{0}) | `{1}` | {2} | {3} |\n",
            info.code.number(),
            info.name,
            info.level.as_str(),
            info.title
        ));
    }
    for info in ALL {
        out.push_str(&format!(
            "\n## {}\n\n**{}** (`{}`, {})\n\n{}\n\n*How to fix:* {}\n",
            info.code.number(),
            info.title,
            info.name,
            info.level.as_str(),
            info.description,
            info.fix
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        for pair in ALL.windows(2) {
            assert!(
                (pair[0].code as u16) < (pair[1].code as u16),
                "{} before {}",
                pair[0].code,
                pair[1].code
            );
        }
    }

    #[test]
    fn parse_accepts_the_usual_spellings() {
        assert_eq!(Code::parse("0010"), Some(Code::AppInstanceNotFound));
        assert_eq!(Code::parse("10"), Some(Code::AppInstanceNotFound));
        assert_eq!(Code::parse("[0010]"), Some(Code::AppInstanceNotFound));
        assert_eq!(Code::parse("9999"), None);
        assert_eq!(Code::AppInstanceNotFound.number(), "0010");
    }
}
