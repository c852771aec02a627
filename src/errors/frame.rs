//! Code frames: the lines around a position in a source file, with a caret under the column.

use std::fmt::Write as _;

/// Renders up to two lines before and one after `line` (1-based), with a caret at `column`
/// (1-based, in characters).
pub(crate) fn code_frame(source: &str, line: usize, column: usize) -> String {
    let lines: Vec<&str> = source.lines().collect();
    if line == 0 || line > lines.len().max(1) {
        return String::new();
    }
    let first = line.saturating_sub(2).max(1);
    let last = (line + 1).min(lines.len());
    let width = last.to_string().len();
    let mut out = String::new();
    let _ = writeln!(out, " {:width$} |", "");
    for number in first..=last {
        let text = lines.get(number - 1).copied().unwrap_or("");
        let marker = if number == line { ">" } else { " " };
        let _ = writeln!(out, "{marker}{number:>width$} | {text}", width = width);
        if number == line {
            let pad: String = text
                .chars()
                .take(column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let _ = writeln!(out, " {:width$} | {pad}^", "");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::code_frame;

    #[test]
    fn points_at_the_column() {
        let frame = code_frame("{\n  \"a\": 1,\n  oops\n}\n", 3, 3);
        assert_eq!(
            frame,
            "   |\n 1 | {\n 2 |   \"a\": 1,\n>3 |   oops\n   |   ^\n 4 | }\n"
        );
    }
}
