//! A static feed document (`feed.json`, `{"items":[…]}` in the format of spec §11.1) made from
//! the pilets published to blob storage: what a pilet tarball says about itself, turned into the
//! item a feed service would list for it.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::errors::{Code, CodedError};

/// What the first line of a pilet's main file says (spec §6.2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marker {
    /// `v0`, `v1`, `v2`, `v3` or `mf`.
    pub(crate) spec: &'static str,
    pub(crate) require_ref: Option<String>,
    /// The header's dependencies (`{"<name>@<version>": "<file or URL>"}`), v2/v3 only.
    pub(crate) dependencies: Option<Value>,
}

/// Reads the marker the way feeds do: anchored at the first character, on the first line.
pub(crate) fn marker(code: &str) -> Marker {
    let line = code.lines().next().unwrap_or("");
    let v0 = Marker {
        spec: "v0",
        require_ref: None,
        dependencies: None,
    };
    let Some(rest) = line.strip_prefix("//") else {
        return if is_module_federation(line, code) {
            Marker { spec: "mf", ..v0 }
        } else {
            v0
        };
    };
    let Some(rest) = rest.trim_start().strip_prefix("@pilet") else {
        return v0;
    };
    if !rest.starts_with(char::is_whitespace) {
        return v0;
    }
    let rest = rest.trim_start();
    let (spec, rest) = match rest.get(..3) {
        Some("v:1") => ("v1", &rest[3..]),
        Some("v:2") => ("v2", &rest[3..]),
        Some("v:3") => ("v3", &rest[3..]),
        _ => return v0,
    };
    let rest = rest.trim_start();
    let valid_ref = |r: &str| {
        !r.is_empty()
            && r.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | ':' | '-'))
    };
    let Some(inner) = rest.strip_prefix('(') else {
        // v2/v3 without arguments is still v2/v3; v1 needs its requireRef.
        return if spec == "v1" {
            v0
        } else {
            Marker { spec, ..v0 }
        };
    };
    // Greedy up to the last `)` of the line, like the feeds' `(.*)\)`.
    let Some(end) = inner.rfind(')') else {
        return if spec == "v1" {
            v0
        } else {
            Marker { spec, ..v0 }
        };
    };
    let inner = &inner[..end];
    if spec == "v1" {
        let reference = inner.trim();
        return if valid_ref(reference) {
            Marker {
                spec,
                require_ref: Some(reference.to_string()),
                dependencies: None,
            }
        } else {
            v0
        };
    }
    let (reference, dependencies) = inner.split_once(',').unwrap_or((inner, ""));
    if !valid_ref(reference) {
        return Marker { spec, ..v0 };
    }
    Marker {
        spec,
        require_ref: Some(reference.to_string()),
        dependencies: serde_json::from_str(dependencies.trim()).ok(),
    }
}

fn is_module_federation(first_line: &str, code: &str) -> bool {
    first_line.starts_with("var ")
        && code.contains("Container initialization failed as it has already been initialized with a different share scope")
}

/// A pilet as it was unpacked from its tarball.
pub(crate) struct PiletFiles {
    pub(crate) name: String,
    pub(crate) version: String,
    /// The main file, relative to the package root.
    pub(crate) main: String,
    pub(crate) package: Map<String, Value>,
    /// Every file of the package, relative to its root.
    pub(crate) files: BTreeMap<String, Vec<u8>>,
}

impl PiletFiles {
    /// Unpacks a pilet `.tgz` (its top folder, `package/` for npm, is removed).
    pub(crate) fn from_tarball(name: &str, bytes: &[u8]) -> anyhow::Result<PiletFiles> {
        use std::io::Read as _;
        let mut tar = Vec::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_end(&mut tar)
            .map_err(|e| {
                CodedError::new(
                    Code::InvalidPiletPackage,
                    format!("`{name}` is not a gzip-compressed tarball: {e}"),
                )
            })?;
        let archive = crate::archive::Archive::read_tar(&tar, name)?;
        // The folder holding the shallowest package.json is the package root.
        let root = archive
            .files
            .keys()
            .filter(|path| path.ends_with("package.json"))
            .min_by_key(|path| path.matches('/').count())
            .map(|path| path.trim_end_matches("package.json").to_string());
        let Some(root) = root else {
            return Err(CodedError::new(
                Code::InvalidPiletPackage,
                format!("`{name}` holds no package.json"),
            )
            .into());
        };
        let files: BTreeMap<String, Vec<u8>> = if root.is_empty() {
            archive.files
        } else {
            archive.subtree(&root).files
        };
        let package: Map<String, Value> =
            serde_json::from_slice(&files["package.json"]).map_err(|e| {
                CodedError::new(
                    Code::InvalidPiletPackage,
                    format!("the package.json in `{name}` is not valid JSON: {e}"),
                )
            })?;
        let field = |key: &str| package.get(key).and_then(Value::as_str).map(String::from);
        let (Some(pilet_name), Some(version)) = (field("name"), field("version")) else {
            return Err(CodedError::new(
                Code::InvalidPiletPackage,
                format!("the package.json in `{name}` needs a `name` and a `version`"),
            )
            .into());
        };
        let main = crate::pack::main_candidates(&package)
            .into_iter()
            .filter_map(|candidate| crate::archive::normalize(&candidate))
            .find(|candidate| files.contains_key(candidate));
        let Some(main) = main else {
            return Err(CodedError::new(
                Code::InvalidPiletPackage,
                format!("`{name}` has no main file (looked for `main`, then `dist/index.js`)"),
            )
            .into());
        };
        Ok(PiletFiles {
            name: pilet_name,
            version,
            main,
            package,
            files,
        })
    }

    /// The feed item for this pilet, its files served below `base` (ending in `/`).
    pub(crate) fn feed_item(&self, base: &str) -> Value {
        let code = &self.files[&self.main];
        let marker = marker(&String::from_utf8_lossy(&code[..code.len().min(4096)]));
        let main_dir = match self.main.rfind('/') {
            Some(at) => &self.main[..=at],
            None => "",
        };
        let mut item = json!({
            "name": self.name,
            "version": self.version,
            "link": format!("{base}{}", self.main),
            "spec": marker.spec,
        });
        if let Some(reference) = &marker.require_ref {
            item["requireRef"] = Value::from(reference.as_str());
        }
        item["integrity"] = Value::from(crate::digest::sri_sha256(code));
        if marker.spec == "v0" {
            // piral-base loads a v0 item only with a `hash`.
            item["hash"] = Value::from(crate::bundler::content_hash(code));
        }
        item["dependencies"] = Value::Object(crate::manifest::importmap::dependency_urls(
            marker.dependencies.as_ref(),
            &format!("{base}{main_dir}"),
        ));
        for key in ["custom", "config"] {
            if let Some(value) = self.package.get(key) {
                item[key] = value.clone();
            }
        }
        if let Some(priority) = self.priority() {
            item["priority"] = Value::from(priority);
        }
        item
    }

    /// `priority` of the package.json: shells that `piral new` scaffolds load the pilets of
    /// the highest priority first, each group rendering as it arrives (default 0).
    pub(crate) fn priority(&self) -> Option<i64> {
        self.package.get("priority").and_then(Value::as_i64)
    }
}

/// A feed document's items (`{"items":[…]}`, or a bare array as the debug server serves) and
/// its `revision` (how many changes this CLI made to it; 0 for a document without one).
pub(crate) fn parse(document: &[u8]) -> Result<(Vec<Value>, u64), String> {
    match serde_json::from_slice::<Value>(document) {
        Ok(Value::Object(mut object)) => {
            let revision = object.get("revision").and_then(Value::as_u64).unwrap_or(0);
            match object.remove("items") {
                Some(Value::Array(items)) => Ok((items, revision)),
                None => Ok((Vec::new(), revision)),
                Some(_) => Err("`items` is not an array".into()),
            }
        }
        Ok(Value::Array(items)) => Ok((items, 0)),
        Ok(_) => Err("it is neither an object nor an array".into()),
        Err(e) => Err(e.to_string()),
    }
}

/// Puts `item` into `items`, replacing the entry of the same pilet name.
pub(crate) fn upsert(items: &mut Vec<Value>, item: Value) {
    let name = item["name"].clone();
    match items.iter_mut().find(|existing| existing["name"] == name) {
        Some(existing) => *existing = item,
        None => items.push(item),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_read_like_the_feeds_read_them() {
        let v2 =
            marker("//@pilet v:2(pr_my_pilet,{\"a@1.0.0\":\"a.js\"})\nSystem.register([],()=>{})");
        assert_eq!(v2.spec, "v2");
        assert_eq!(v2.require_ref.as_deref(), Some("pr_my_pilet"));
        assert_eq!(v2.dependencies, Some(json!({"a@1.0.0": "a.js"})));

        let v3 = marker("// @pilet v:3(webpackChunkpr_x,{})");
        assert_eq!(
            (v3.spec, v3.require_ref.as_deref()),
            ("v3", Some("webpackChunkpr_x"))
        );

        let v1 = marker("//@pilet v:1(pr_mypilet)\n!function(){}()");
        assert_eq!(
            (v1.spec, v1.require_ref.as_deref()),
            ("v1", Some("pr_mypilet"))
        );

        assert_eq!(marker("//@pilet v:0\nmodule.exports={}").spec, "v0");
        assert_eq!(
            marker("\n//@pilet v:2(x,{})").spec,
            "v0",
            "anchored at the start"
        );
        assert_eq!(marker("//@piletv:2(x,{})").spec, "v0");
        assert_eq!(marker("//@pilet v:1(bad ref)").spec, "v0");
        assert_eq!(
            marker("var my_pilet;\n\"Container initialization failed as it has already been initialized with a different share scope\"").spec,
            "mf"
        );
    }

    #[test]
    fn feed_items_are_replaced_by_name() {
        let mut list = vec![json!({"name": "a", "version": "1.0.0"})];
        upsert(&mut list, json!({"name": "b", "version": "1.0.0"}));
        upsert(&mut list, json!({"name": "a", "version": "1.1.0"}));
        assert_eq!(list.len(), 2);
        assert_eq!(list[0]["version"], "1.1.0");
        assert_eq!(parse(br#"{"items":[{"name":"x"}]}"#).unwrap().0.len(), 1);
        assert_eq!(parse(b"[]").unwrap().0.len(), 0);
        assert!(parse(b"{").is_err());
    }
}
