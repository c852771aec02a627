//! Manifests: `package.json`, `piral.json`, `pilet.json`.
//!
//! Files are read as ordered JSON (`serde_json` with `preserve_order`), so that a rewrite keeps
//! the user's key order and every key this CLI does not know about. Malformed JSON becomes a
//! coded error ([`Code::InvalidManifest`]) with file:line:col and a code frame, never a panic.

pub(crate) mod importmap;
pub(crate) mod pilet_files;
pub(crate) mod project;
mod semver_range;

use std::path::Path;

use serde_json::{Map, Value};

use crate::errors::{Code, CodedError, Location, code_frame};

/// The Piral release this CLI speaks for: what scaffolded shells depend on unless `--tag` says
/// otherwise, and the CLI version builds and emulators report (`PIRAL_CLI_VERSION`,
/// `piralCLI.version`).
pub(crate) const PIRAL_VERSION: &str = "1.10.3";

/// Merges `overlay` into `base`: objects recursively, everything else replaced.
pub(crate) fn deep_merge(base: &mut Map<String, Value>, overlay: Map<String, Value>) {
    for (key, value) in overlay {
        match (base.get_mut(&key), value) {
            (Some(Value::Object(existing)), Value::Object(incoming)) => {
                deep_merge(existing, incoming)
            }
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

/// Parses JSON text that came from `path`, reporting syntax errors with their position.
pub(crate) fn parse_json(path: &Path, text: &str) -> anyhow::Result<Value> {
    // A UTF-8 byte order mark is legal in files written by some editors; JSON.parse in the old
    // CLI stripped it too.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|error| {
        let (line, column) = (error.line(), error.column().max(1));
        let message = strip_position(&error.to_string());
        CodedError::new(
            Code::InvalidManifest,
            format!("`{}` is not valid JSON: {message}", path.display()),
        )
        .with_location(Location {
            path: path.to_path_buf(),
            line,
            column,
            frame: Some(code_frame(text, line, column)),
        })
        .into()
    })
}

/// serde_json appends " at line X column Y"; the location is shown separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_string(),
        None => message.to_string(),
    }
}

/// Reads a JSON object from a file. A missing file is `Ok(None)`.
pub(crate) fn read_object(path: &Path) -> anyhow::Result<Option<Map<String, Value>>> {
    let text = match fs_err::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(error.into()),
    };
    match parse_json(path, &text)? {
        Value::Object(map) => Ok(Some(map)),
        _ => Err(CodedError::new(
            Code::InvalidManifest,
            format!("`{}` must contain a JSON object", path.display()),
        )
        .into()),
    }
}

/// Formats a manifest the way npm writes package.json: two spaces, a final newline.
pub(crate) fn to_pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("JSON values always serialise");
    text.push('\n');
    text
}

/// A string field of an object.
pub(crate) fn str_field<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    map.get(key).and_then(Value::as_str)
}

/// A nested object, created if missing or not an object.
pub(crate) fn object_mut<'a>(
    map: &'a mut Map<String, Value>,
    key: &str,
) -> &'a mut Map<String, Value> {
    let entry = map
        .entry(key.to_string())
        .or_insert_with(|| Value::Object(Map::new()));
    if !entry.is_object() {
        *entry = Value::Object(Map::new());
    }
    entry.as_object_mut().expect("just made an object")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_line_and_column_with_a_frame() {
        let error = parse_json(
            Path::new("package.json"),
            "{\n  \"name\": \"x\"\n  \"version\": 1\n}",
        )
        .unwrap_err();
        let coded = crate::errors::find_coded(&error).unwrap();
        assert_eq!(coded.code, Code::InvalidManifest);
        assert!(
            coded
                .message
                .starts_with("`package.json` is not valid JSON: expected `,` or `}`"),
            "{}",
            coded.message
        );
        let location = coded.location.as_ref().unwrap();
        assert_eq!((location.line, location.column), (3, 3));
        assert!(
            location
                .frame
                .as_ref()
                .unwrap()
                .contains(">3 |   \"version\": 1")
        );
    }

    #[test]
    fn keeps_key_order() {
        let value = parse_json(Path::new("p.json"), r#"{"z":1,"a":2,"m":{"y":1,"b":2}}"#).unwrap();
        assert_eq!(
            to_pretty(&value),
            "{\n  \"z\": 1,\n  \"a\": 2,\n  \"m\": {\n    \"y\": 1,\n    \"b\": 2\n  }\n}\n"
        );
    }
}
