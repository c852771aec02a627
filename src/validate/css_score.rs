//! How likely a stylesheet is to clash with the shell's or other pilets' styles: the score of
//! npm `css-conflict-inspector` 0.2 (100 = safe), which the `has-non-conflicting-css` rule of
//! the old CLI compared against its threshold. Re-implemented on a small selector scanner.
//!
//! Each selector of a style rule (nested rules included, keyframes not) yields a penalty: the
//! last component's weight (universal 90, type 20–80, attribute 10, short generic classes
//! 2–5; ids and hashed-looking classes clear it), scaled down by each combinator before it
//! (descendant ×0.4, child ×0.2, `~` ×0.16, `+` ×0.08). `:where()`/`:is()` arguments count as
//! selectors of their own. The score is 100 minus the three largest penalties, rounded up.

/// The score of a stylesheet, 0 to 100.
pub(crate) fn score(css: &str) -> u32 {
    let mut penalties: Vec<f64> = Vec::new();
    for selector in style_selectors(&strip_comments(css)) {
        let mut violations = Vec::new();
        inspect(&selector, &mut violations);
        if let Some(min) = violations
            .into_iter()
            .filter(|p| *p != 0.0)
            .reduce(f64::min)
        {
            penalties.push(min);
        }
    }
    penalties.sort_by(|a, b| b.total_cmp(a));
    let sum: f64 = penalties.iter().take(3).sum();
    (100.0 - sum.ceil()).max(0.0) as u32
}

fn strip_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// The selectors of every style rule, with nested rules made relative to their parent (an
/// implicit `&` and a descendant combinator, as CSS nesting reads them).
fn style_selectors(css: &str) -> Vec<String> {
    let mut out = Vec::new();
    collect(css, false, &mut out);
    out
}

fn collect(block: &str, nested: bool, out: &mut Vec<String>) {
    let bytes = block.as_bytes();
    let mut index = 0;
    let mut prelude_start = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'"' | b'\'' => index = skip_string(bytes, index),
            b';' => {
                prelude_start = index + 1;
                index += 1;
            }
            b'{' => {
                let prelude = block[prelude_start..index].trim();
                let end = matching_brace(bytes, index);
                let body = &block[index + 1..end.min(block.len())];
                if let Some(at_rule) = prelude.strip_prefix('@') {
                    let name = at_rule
                        .split(|c: char| !c.is_alphanumeric() && c != '-')
                        .next()
                        .unwrap_or("");
                    if !name.ends_with("keyframes")
                        && !matches!(name, "font-face" | "page" | "property" | "counter-style")
                    {
                        collect(body, nested, out);
                    }
                } else if !prelude.is_empty() {
                    for selector in split_top_level(prelude, ',') {
                        let selector = selector.trim();
                        if selector.is_empty() {
                            continue;
                        }
                        if nested && !selector.contains('&') {
                            out.push(format!("& {selector}"));
                        } else {
                            out.push(selector.to_string());
                        }
                    }
                    collect(body, true, out);
                }
                index = end + 1;
                prelude_start = index;
            }
            _ => index += 1,
        }
    }
}

fn skip_string(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let mut index = start + 1;
    while index < bytes.len() && bytes[index] != quote {
        index += if bytes[index] == b'\\' { 2 } else { 1 };
    }
    index + 1
}

fn matching_brace(bytes: &[u8], open: usize) -> usize {
    let mut depth = 0usize;
    let mut index = open;
    while index < bytes.len() {
        match bytes[index] {
            b'"' | b'\'' => {
                index = skip_string(bytes, index);
                continue;
            }
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return index;
                }
            }
            _ => {}
        }
        index += 1;
    }
    bytes.len()
}

/// Splits at `separator` outside brackets, parentheses and strings.
fn split_top_level(text: &str, separator: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let mut quote: Option<char> = None;
    for (index, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(' | '[') => depth += 1,
            (None, ')' | ']') => depth -= 1,
            (None, c) if c == separator && depth == 0 => {
                parts.push(&text[start..index]);
                start = index + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// One component of a compound selector, in source order.
#[derive(Debug, PartialEq)]
enum Component {
    Combinator(char),
    Universal,
    Type(String),
    Class(String),
    Id,
    Attribute,
    /// `:where(…)` / `:is(…)` with their argument list.
    Matches(String),
    /// Any other pseudo-class or pseudo-element, and `&`.
    Ignored,
}

fn tokenize(selector: &str) -> Vec<Component> {
    let chars: Vec<char> = selector.chars().collect();
    let mut out = Vec::new();
    let mut index = 0;
    let ident = |index: &mut usize| {
        let start = *index;
        while *index < chars.len()
            && (chars[*index].is_alphanumeric()
                || matches!(chars[*index], '-' | '_' | '\\')
                || !chars[*index].is_ascii())
        {
            if chars[*index] == '\\' {
                *index += 1;
            }
            *index += 1;
        }
        chars[start..(*index).min(chars.len())]
            .iter()
            .collect::<String>()
    };
    let mut pending_space = false;
    while index < chars.len() {
        let c = chars[index];
        if c.is_whitespace() {
            pending_space = true;
            index += 1;
            continue;
        }
        if matches!(c, '>' | '+' | '~') {
            out.push(Component::Combinator(c));
            pending_space = false;
            index += 1;
            continue;
        }
        if pending_space && !out.is_empty() && !matches!(out.last(), Some(Component::Combinator(_)))
        {
            out.push(Component::Combinator(' '));
        }
        pending_space = false;
        match c {
            '*' => {
                out.push(Component::Universal);
                index += 1;
            }
            '.' => {
                index += 1;
                out.push(Component::Class(ident(&mut index)));
            }
            '#' => {
                index += 1;
                ident(&mut index);
                out.push(Component::Id);
            }
            '[' => {
                while index < chars.len() && chars[index] != ']' {
                    index += 1;
                }
                index += 1;
                out.push(Component::Attribute);
            }
            ':' => {
                index += 1;
                if chars.get(index) == Some(&':') {
                    index += 1;
                }
                let name = ident(&mut index).to_ascii_lowercase();
                let mut argument = String::new();
                if chars.get(index) == Some(&'(') {
                    let mut depth = 0;
                    let start = index + 1;
                    while index < chars.len() {
                        match chars[index] {
                            '(' => depth += 1,
                            ')' => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        index += 1;
                    }
                    argument = chars[start..index.min(chars.len())].iter().collect();
                    index += 1;
                }
                out.push(if matches!(name.as_str(), "where" | "is") {
                    Component::Matches(argument)
                } else {
                    Component::Ignored
                });
            }
            '&' => {
                out.push(Component::Ignored);
                index += 1;
            }
            c if c.is_alphanumeric() || c == '-' || c == '_' || c == '\\' => {
                out.push(Component::Type(ident(&mut index)))
            }
            _ => index += 1,
        }
    }
    out
}

fn type_weight(name: &str) -> f64 {
    if name.contains('-') {
        return 10.0;
    }
    match name {
        "body" => 80.0,
        "img" | "input" | "a" | "button" => 70.0,
        "textarea" => 60.0,
        "span" | "div" | "td" | "th" | "tr" => 50.0,
        "p" | "ol" | "ul" | "li" | "table" | "thead" | "tfoot" => 40.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "figure" | "article" | "section" => 30.0,
        _ => 20.0,
    }
}

fn inspect(selector: &str, violations: &mut Vec<f64>) {
    let mut scale = 1.0_f64;
    let mut violation: Option<f64> = None;
    let set =
        |value: f64, violation: &mut Option<f64>| *violation = (value != 0.0).then_some(value);
    for component in tokenize(selector) {
        match component {
            Component::Combinator(c) => {
                scale *= match c {
                    ' ' => 0.4,
                    '>' => 0.2,
                    '+' => 0.08,
                    '~' => 0.16,
                    _ => 1.0,
                };
            }
            Component::Universal => set(90.0 * scale, &mut violation),
            Component::Type(name) => set(type_weight(&name) * scale, &mut violation),
            Component::Attribute => set(10.0 * scale, &mut violation),
            Component::Id => violation = None,
            Component::Class(name) => {
                let dashes = name.chars().filter(|c| matches!(c, '-' | '_')).count();
                let len = name.chars().count();
                let hashed = name.chars().any(|c| c.is_ascii_uppercase())
                    && name.chars().any(|c| c.is_ascii_lowercase())
                    && len > 5;
                let candidates = [
                    (dashes < 1 && len < 8, 5.0),
                    (dashes < 1 && len < 20, 3.0),
                    (dashes < 2 && len < 10, 2.0),
                ];
                let penalty = if hashed {
                    None
                } else {
                    candidates
                        .iter()
                        .filter(|(applies, _)| *applies)
                        .map(|(_, weight)| weight * scale)
                        .find(|p| *p != 0.0)
                };
                match penalty {
                    Some(p) => violation = Some(p),
                    None => {
                        scale = 0.0;
                        violation = None;
                    }
                }
            }
            Component::Matches(arguments) => {
                violation = None;
                for argument in split_top_level(&arguments, ',') {
                    inspect(argument.trim(), violations);
                }
            }
            Component::Ignored => {}
        }
    }
    if let Some(v) = violation {
        violations.push(v);
    }
}

#[cfg(test)]
mod tests {
    use super::score;

    #[test]
    fn scores_match_css_conflict_inspector() {
        for (css, expected) in [
            ("* {}", 10),
            ("p {}", 60),
            ("a::before {}", 30),
            (".foo p {}", 84),
            ("p .foo {}", 98),
            ("div>span {}", 90),
            ("p+p {}", 96),
            ("p~p {}", 93),
            (":where(p) {}", 60),
            (".x :is(div) {}", 50),
            (":where(.a) p {}", 95),
            ("p #x {}", 100),
            ("input[type=text] {}", 90),
            (".a{}.b{}.c{}.d{}", 85),
            ("a:hover,a:focus {}", 0),
            (".foo{ & p{} }", 79),
            (".foo{ .bar{} }", 93),
            (
                "@keyframes spin { from { opacity: 0 } to { opacity: 1 } }",
                100,
            ),
            ("", 100),
            ("@media (max-width: 600px) { p { color: red } }", 60),
            ("/* p {} */ .my-pilet-tile { color: red }", 100),
            (".fooBarBaz {}", 100),
        ] {
            assert_eq!(score(css), expected, "{css}");
        }
    }
}
