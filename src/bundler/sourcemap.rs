//! The bundle's source map: the modules' own maps (from swc, pointing into the original files)
//! joined at the line each module starts on in the bundle. The mappings are encoded here in one
//! pass over the modules' raw tokens (base64 VLQ, deltas carried from module to module), with
//! each module's sources and names interned once: no per-token lookups or copies.

use serde_json::Value;

use std::collections::BTreeMap;

use super::scope::Emitted;

/// The source map of bundle `file` whose module `id` starts on line `start` (after
/// `prefix_lines` lines before the definitions), for each of `starts`.
pub(crate) fn bundle_map(
    modules: &BTreeMap<String, Emitted<'_>>,
    file: &str,
    prefix_lines: u32,
    starts: &[(String, u32)],
) -> Option<Vec<u8>> {
    let mut joined = Joined::default();
    for (id, start) in starts {
        let Some(module) = modules.get(id) else {
            continue;
        };
        for (offset, map) in &module.maps {
            joined.push(map, start + prefix_lines + offset);
        }
    }
    let document = serde_json::json!({
        "version": 3,
        "file": file,
        "sources": joined.sources.values,
        "sourcesContent": joined.contents,
        "names": joined.names.values,
        "mappings": joined.mappings,
    });
    serde_json::to_vec(&document).ok()
}

/// The maps joined so far.
#[derive(Default)]
struct Joined {
    sources: Interned,
    contents: Vec<Value>,
    names: Interned,
    mappings: String,
    encoder: VlqState,
}

impl Joined {
    /// Adds one map's tokens, its first line at `line` of the bundle.
    fn push(&mut self, map: &swc_sourcemap::SourceMap, line: u32) {
        let module_sources: Vec<u32> = (0..map.get_source_count())
            .map(|local| {
                let path = map
                    .get_source(local)
                    .map(|s| s.to_string())
                    .unwrap_or_default();
                self.sources.index(path, || {
                    self.contents.push(
                        map.get_source_contents(local)
                            .map_or(Value::Null, |c| Value::from(c.as_str())),
                    );
                })
            })
            .collect();
        let module_names: Vec<u32> = (0..map.get_name_count())
            .map(|local| {
                let name = map
                    .get_name(local)
                    .map(|s| s.to_string())
                    .unwrap_or_default();
                self.names.index(name, || {})
            })
            .collect();
        for index in 0..map.get_token_count() {
            let Some(token) = map.get_token(index as usize) else {
                continue;
            };
            let raw = token.get_raw_token();
            let Some(&source) = module_sources.get(raw.src_id as usize) else {
                continue;
            };
            let name = module_names.get(raw.name_id as usize).copied();
            self.encoder.push(
                &mut self.mappings,
                raw.dst_line + line,
                raw.dst_col,
                source,
                raw.src_line,
                raw.src_col,
                name,
            );
        }
    }
}

/// Strings numbered in the order they are first seen (a source map's `sources` and `names`).
#[derive(Default)]
struct Interned {
    values: Vec<String>,
    numbers: std::collections::HashMap<String, u32>,
}

impl Interned {
    /// The number of `value`; `first` runs when it is new.
    fn index(&mut self, value: String, first: impl FnOnce()) -> u32 {
        if let Some(&number) = self.numbers.get(&value) {
            return number;
        }
        first();
        let number = u32::try_from(self.values.len()).unwrap_or(u32::MAX);
        self.numbers.insert(value.clone(), number);
        self.values.push(value);
        number
    }
}

/// The running state of a source map's `mappings` while segments are appended in order.
#[derive(Default)]
struct VlqState {
    line: u32,
    column: i64,
    source: i64,
    source_line: i64,
    source_column: i64,
    name: i64,
    /// Whether the current line has a segment already.
    started: bool,
}

impl VlqState {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        out: &mut String,
        line: u32,
        column: u32,
        source: u32,
        source_line: u32,
        source_column: u32,
        name: Option<u32>,
    ) {
        if line < self.line {
            return; // out of order: the format cannot say it
        }
        while self.line < line {
            out.push(';');
            self.line += 1;
            self.column = 0;
            self.started = false;
        }
        if self.started {
            out.push(',');
        }
        self.started = true;
        vlq(out, i64::from(column) - self.column);
        self.column = i64::from(column);
        vlq(out, i64::from(source) - self.source);
        self.source = i64::from(source);
        vlq(out, i64::from(source_line) - self.source_line);
        self.source_line = i64::from(source_line);
        vlq(out, i64::from(source_column) - self.source_column);
        self.source_column = i64::from(source_column);
        if let Some(name) = name {
            vlq(out, i64::from(name) - self.name);
            self.name = i64::from(name);
        }
    }
}

/// Appends one base64 VLQ number.
fn vlq(out: &mut String, value: i64) {
    const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut rest = if value < 0 {
        ((-value) << 1) | 1
    } else {
        value << 1
    } as u64;
    loop {
        let mut digit = (rest & 31) as usize;
        rest >>= 5;
        if rest > 0 {
            digit |= 32;
        }
        out.push(DIGITS[digit] as char);
        if rest == 0 {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vlq_numbers_match_the_spec_examples() {
        for (value, text) in [
            (0, "A"),
            (1, "C"),
            (-1, "D"),
            (15, "e"),
            (16, "gB"),
            (-16, "hB"),
            (1000, "w+B"),
        ] {
            let mut out = String::new();
            vlq(&mut out, value);
            assert_eq!(out, text, "{value}");
        }
    }

    #[test]
    fn segments_carry_deltas_across_lines() {
        let mut out = String::new();
        let mut state = VlqState::default();
        state.push(&mut out, 0, 0, 0, 0, 0, None);
        state.push(&mut out, 0, 4, 0, 0, 4, Some(0));
        state.push(&mut out, 2, 2, 1, 3, 1, None);
        // Decoded again by the sourcemap crate: the same positions.
        let map = swc_sourcemap::SourceMap::from_slice(
            format!(r#"{{"version":3,"sources":["a","b"],"names":["x"],"mappings":"{out}"}}"#)
                .as_bytes(),
        )
        .unwrap();
        let tokens: Vec<(u32, u32, u32, u32, u32)> = map
            .tokens()
            .map(|t| {
                (
                    t.get_dst_line(),
                    t.get_dst_col(),
                    t.get_src_id(),
                    t.get_src_line(),
                    t.get_src_col(),
                )
            })
            .collect();
        assert_eq!(tokens, [(0, 0, 0, 0, 0), (0, 4, 0, 0, 4), (2, 2, 1, 3, 1)]);
        assert_eq!(
            map.get_token(1).unwrap().get_name().map(|n| n.to_string()),
            Some("x".into())
        );
    }
}
