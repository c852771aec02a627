//! What a source file must be before the parser sees it: UTF-8 text, of a size and a bracket
//! depth that the recursive parser and transforms can take. Hostile or broken input (a binary
//! file named `.js`, a file of 100,000 nested brackets) becomes a coded error naming the file
//! and the position, never an abort of the process.
//!
//! The depth is counted lexically (strings, template literals and comments skipped); real code
//! stays far below [`MAX_DEPTH`], and the graph walk's threads have a stack
//! ([`STACK_SIZE`]) that parses that deep.

use std::path::Path;

use crate::errors::{Location, code_frame};

use super::diagnostics::bundle_error;

/// Brackets nested deeper than this are refused.
pub(super) const MAX_DEPTH: usize = 4_000;

/// The stack of the threads that parse and transform modules: enough for [`MAX_DEPTH`] levels
/// even in a debug build. Reserved address space; only the part in use takes memory.
pub(super) const STACK_SIZE: usize = 512 << 20;

/// Files larger than this are refused (swc addresses source positions with 32 bits).
const MAX_SIZE: usize = 1 << 30;

/// The text of a script read from `path`, or a coded error.
pub(super) fn source_text(path: &Path, bytes: Vec<u8>) -> anyhow::Result<String> {
    if bytes.len() > MAX_SIZE {
        return Err(bundle_error(
            format!(
                "`{}` is {} MiB; source files of more than {} MiB are not bundled",
                path.display(),
                bytes.len() >> 20,
                MAX_SIZE >> 20
            ),
            None,
        ));
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            let before = String::from_utf8_lossy(&bytes[..valid]);
            let (line, column) = position(&before, before.len());
            return Err(bundle_error(
                format!(
                    "`{}` is not UTF-8 text (an invalid byte at line {line}, column {column}); save it as UTF-8",
                    path.display()
                ),
                Some(Location {
                    path: path.to_path_buf(),
                    line,
                    column,
                    frame: None,
                }),
            ));
        }
    };
    if let Some(offset) = too_deep(&text) {
        let (line, column) = position(&text, offset);
        return Err(bundle_error(
            format!(
                "`{}` nests brackets more than {MAX_DEPTH} levels deep",
                path.display()
            ),
            Some(Location {
                path: path.to_path_buf(),
                line,
                column,
                frame: Some(code_frame(&text, line, column)),
            }),
        ));
    }
    Ok(text)
}

/// 1-based line and column (in characters) of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// The bytes [`too_deep`] looks at: brackets, quotes and `/`. Most bytes of a source are none
/// of them and are passed over in a tight loop (the scan costs a fraction of parsing).
const STOPS: [bool; 256] = {
    let mut stops = [false; 256];
    let bytes = b"([{)]}\"'`/";
    let mut i = 0;
    while i < bytes.len() {
        stops[bytes[i] as usize] = true;
        i += 1;
    }
    stops
};

/// The byte offset where bracket nesting first exceeds [`MAX_DEPTH`], if it does.
fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut at = 0;
    loop {
        while at < bytes.len() && !STOPS[bytes[at] as usize] {
            at += 1;
        }
        // Past the end: no bracket nested too deep.
        let &byte = bytes.get(at)?;
        match byte {
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(at);
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            quote @ (b'"' | b'\'' | b'`') => {
                // To the closing quote, past escapes; a line break ends a `'`/`"` string
                // (the parser reports it).
                at += 1;
                while at < bytes.len() {
                    let rest = &bytes[at..];
                    let found = if quote == b'`' {
                        memchr::memchr2(quote, b'\\', rest)
                    } else {
                        memchr::memchr3(quote, b'\\', b'\n', rest)
                    };
                    let Some(offset) = found else {
                        at = bytes.len();
                        break;
                    };
                    at += offset;
                    if bytes[at] != b'\\' {
                        break;
                    }
                    at += 2;
                }
            }
            b'/' if bytes.get(at + 1) == Some(&b'/') => {
                at = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |offset| at + offset);
            }
            b'/' if bytes.get(at + 1) == Some(&b'*') => {
                at = memchr::memmem::find(&bytes[at + 2..], b"*/")
                    .map_or(bytes.len(), |offset| at + 2 + offset + 1);
            }
            _ => {}
        }
        at += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_skips_strings_and_comments() {
        assert_eq!(
            too_deep("f([{ a: '(((', b: \"[[[\" }]) // {{{\n/* ((( */ `(${x}`"),
            None
        );
        let deep = format!(
            "x = {}{};",
            "[".repeat(MAX_DEPTH + 1),
            "]".repeat(MAX_DEPTH + 1)
        );
        assert_eq!(too_deep(&deep), Some(4 + MAX_DEPTH));
        let fine = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert_eq!(too_deep(&fine), None);
        // Escaped quotes stay inside their strings; a line break ends a quoted string; a
        // comment that does not end runs to the end.
        let before = "s = 'it\\'s (((' + \"\\\\\" + `\\`((`; t = '((\n; ";
        let deep = format!("{before}{}", "(".repeat(MAX_DEPTH + 1));
        assert_eq!(too_deep(&deep), Some(before.len() + MAX_DEPTH));
        assert_eq!(too_deep(&format!("/* {deep}")), None);
        assert_eq!(too_deep("/**/ /*/ ((( */ a"), None);
    }

    #[test]
    fn invalid_utf8_names_the_position() {
        let error =
            source_text(Path::new("x.js"), b"let a = 1;\nlet b = \xff;".to_vec()).unwrap_err();
        let coded = crate::errors::find_coded(&error).unwrap();
        assert_eq!(coded.code, crate::errors::Code::BundlingFailed);
        let location = coded.location.as_ref().unwrap();
        assert_eq!((location.line, location.column), (2, 9));
        assert!(coded.message.contains("not UTF-8"), "{}", coded.message);
    }
}
