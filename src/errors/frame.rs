//! Code frames: the lines around a position in a source file, with a caret under the column.

use std::fmt::Write as _;

/// How many characters of a line a frame shows; longer lines (minified code, generated data)
/// are cut to a window around the column, marked with `…`.
const WIDTH: usize = 100;

/// The part of `text` a frame shows, and the column of `column` in it.
fn window(text: &str, column: usize) -> (String, usize) {
    let count = text.chars().count();
    if count <= WIDTH {
        return (text.to_string(), column);
    }
    let start = column.saturating_sub(WIDTH / 2).min(count - WIDTH);
    let mut shown: String = text.chars().skip(start).take(WIDTH).collect();
    let mut column = column - start;
    if start > 0 {
        shown.insert(0, '…');
        column += 1;
    }
    if start + WIDTH < count {
        shown.push('…');
    }
    (shown, column)
}

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
        let full = lines.get(number - 1).copied().unwrap_or("");
        let (text, caret) = window(full, if number == line { column } else { 1 });
        let marker = if number == line { ">" } else { " " };
        let _ = writeln!(out, "{marker}{number:>width$} | {text}", width = width);
        if number == line {
            let pad: String = text
                .chars()
                .take(caret.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let _ = writeln!(out, " {:width$} | {pad}^", "");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{WIDTH, code_frame};

    #[test]
    fn points_at_the_column() {
        let frame = code_frame("{\n  \"a\": 1,\n  oops\n}\n", 3, 3);
        assert_eq!(
            frame,
            "   |\n 1 | {\n 2 |   \"a\": 1,\n>3 |   oops\n   |   ^\n 4 | }\n"
        );
    }

    #[test]
    fn long_lines_show_a_window_around_the_column() {
        let line = format!("{}X{}", "a".repeat(5000), "b".repeat(5000));
        let frame = code_frame(&line, 1, 5001);
        let shown = frame.lines().nth(1).unwrap();
        assert!(
            shown.starts_with(">1 | …") && shown.ends_with('…'),
            "{shown}"
        );
        assert!(shown.chars().count() < WIDTH + 10);
        let caret = frame.lines().nth(2).unwrap();
        let at = |text: &str, c: char| text.chars().position(|x| x == c).unwrap();
        assert_eq!(at(shown, 'X'), at(caret, '^'));
    }
}
