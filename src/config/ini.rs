//! The INI dialect of npm's `ini` package, which `rc` uses for `.piralrc` files that are not
//! JSON: `key = value`, `[section]` and `[a.b]` for nesting, `key[] = v` for arrays, `;` and `#`
//! comments, quoted values, and `true`/`false`/`null` as literals.

use serde_json::{Map, Value};

pub(super) fn parse(text: &str) -> Map<String, Value> {
    let mut root = Map::new();
    let mut section: Vec<String> = Vec::new();
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with(';') || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = split_section(name);
            continue;
        }
        let (key, value) = match line.split_once('=') {
            Some((k, v)) => (k.trim(), literal(v.trim())),
            None => (line, Value::Bool(true)),
        };
        let table = table_at(&mut root, &section);
        if let Some(array_key) = key.strip_suffix("[]") {
            let entry = table
                .entry(unquote(array_key))
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(items) = entry {
                items.push(value);
            } else {
                *entry = Value::Array(vec![value]);
            }
        } else {
            table.insert(unquote(key), value);
        }
    }
    root
}

/// `a.b` nests; a dot inside quotes or escaped with `\.` does not.
fn split_section(name: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut chars = name.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'.') => current.push(chars.next().unwrap_or('.')),
            '"' => quoted = !quoted,
            '.' if !quoted => parts.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
    }
    parts.push(current);
    parts
}

fn table_at<'a>(root: &'a mut Map<String, Value>, path: &[String]) -> &'a mut Map<String, Value> {
    let mut cursor = root;
    for part in path {
        let entry = cursor
            .entry(part.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        cursor = entry.as_object_mut().expect("just made an object");
    }
    cursor
}

fn unquote(text: &str) -> String {
    let t = text.trim();
    if t.len() >= 2
        && ((t.starts_with('"') && t.ends_with('"')) || (t.starts_with('\'') && t.ends_with('\'')))
    {
        t[1..t.len() - 1].to_string()
    } else {
        t.to_string()
    }
}

fn literal(text: &str) -> Value {
    let quoted = text.len() >= 2 && (text.starts_with('"') || text.starts_with('\''));
    if quoted {
        return Value::String(unquote(text));
    }
    // An unquoted value ends at an inline comment.
    let text = text.split([';', '#']).next().unwrap_or("").trim();
    match text {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        "null" => Value::Null,
        _ => Value::String(text.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn parses_sections_arrays_and_literals() {
        let map = super::parse(
            "; comment\nurl = https://feed.example/api\nallowSelfSigned = true\n\
             [apiKeys]\n\"https://a\" = k1\n[auth.\"https://b\"]\nmode = header\nlist[] = a\nlist[] = b\n",
        );
        assert_eq!(
            serde_json::Value::Object(map),
            json!({
                "url": "https://feed.example/api",
                "allowSelfSigned": true,
                "apiKeys": {"https://a": "k1"},
                "auth": {"https://b": {"mode": "header", "list": ["a", "b"]}}
            })
        );
    }
}
