//! The bundle's source map: the modules' own maps (from swc, pointing into the original files)
//! joined at the line each module starts on in the bundle. The mappings are encoded here in one
//! pass over the modules' raw tokens (base64 VLQ, deltas carried from module to module), with
//! each module's sources and names interned once: no per-token lookups or copies.

use serde_json::Value;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::scope::Emitted;

/// A module's source map, with the pieces the bundle's map is joined from worked out on first
/// use and kept: the debug server's rebuilds join thousands of unchanged modules' maps.
#[derive(Debug, Clone)]
pub(crate) struct ModuleMap {
    /// `None` when the map was made from its parts (read from the on-disk cache).
    map: Option<Compact>,
    parts: OnceLock<Parts>,
    encoded: OnceLock<Encoded>,
}

/// A module's mappings encoded once, for [`development_map`]: in its own numbering of sources
/// (the joined map gives each module's sources the next numbers, never sharing them), without
/// names, its first segment relative to an all-zero state (the joiner writes that one again).
#[derive(Debug, Clone, Default)]
struct Encoded {
    text: String,
    /// Where the first segment is in `text` (after the `;` of lines without one).
    first: std::ops::Range<usize>,
    /// Column, source, original line and column of the first and the last token.
    first_token: [u32; 4],
    last_token: [u32; 4],
    /// The line of the last token (relative to the module's first line); `None`: no tokens.
    last_line: Option<u32>,
    sources: String,
    contents: String,
    source_count: u32,
}

/// swc's map of a module, kept small: its tokens as six numbers each, every number the
/// difference to the token before (zigzag, LEB128), mostly a byte each. swc's own tokens take
/// 28 bytes (ten copies of three.js: 1.6 million of them, 45 MB, held until the bundle's map is
/// written; 11 MB like this). Sources keep swc's view of their text (shared, not copied).
#[derive(Debug, Clone)]
struct Compact {
    sources: Vec<(String, Option<swc_sourcemap::SourceView>)>,
    names: Vec<String>,
    tokens: Vec<u8>,
    count: usize,
}

impl Compact {
    fn new(map: &swc_sourcemap::SourceMap) -> Self {
        let mut tokens = Vec::with_capacity(map.get_token_count() as usize * 7);
        let mut last = [0i64; 6];
        let mut count = 0;
        for index in 0..map.get_token_count() {
            let Some(token) = map.get_token(index as usize) else {
                continue;
            };
            let raw = token.get_raw_token();
            // No name (`!0`) is 0, a name its number + 1.
            let values = [
                raw.dst_line,
                raw.dst_col,
                raw.src_id,
                raw.src_line,
                raw.src_col,
                raw.name_id.wrapping_add(1),
            ];
            for (value, last) in values.into_iter().zip(&mut last) {
                let value = i64::from(value);
                let delta = value - *last;
                *last = value;
                let mut zigzag = ((delta << 1) ^ (delta >> 63)) as u64;
                while zigzag >= 0x80 {
                    tokens.push((zigzag as u8 & 0x7f) | 0x80);
                    zigzag >>= 7;
                }
                tokens.push(zigzag as u8);
            }
            count += 1;
        }
        tokens.shrink_to_fit();
        Self {
            sources: (0..map.get_source_count())
                .map(|local| {
                    (
                        map.get_source(local)
                            .map(|s| s.to_string())
                            .unwrap_or_default(),
                        map.get_source_view(local).cloned(),
                    )
                })
                .collect(),
            names: (0..map.get_name_count())
                .map(|local| {
                    map.get_name(local)
                        .map(|s| s.to_string())
                        .unwrap_or_default()
                })
                .collect(),
            tokens,
            count,
        }
    }

    fn contents(&self, source: usize) -> Option<&str> {
        let (_, view) = self.sources.get(source)?;
        view.as_ref().map(|view| view.source().as_str())
    }

    /// Each token: generated line and column, source, original line and column, name.
    fn each_token(&self, mut token: impl FnMut([u32; 6])) {
        let mut bytes = self.tokens.iter();
        let mut last = [0i64; 6];
        for _ in 0..self.count {
            let mut values = [0u32; 6];
            for (value, last) in values.iter_mut().zip(&mut last) {
                let mut zigzag = 0u64;
                let mut shift = 0;
                for &byte in bytes.by_ref() {
                    zigzag |= u64::from(byte & 0x7f) << shift;
                    shift += 7;
                    if byte < 0x80 {
                        break;
                    }
                }
                *last += (zigzag >> 1) as i64 ^ -((zigzag & 1) as i64);
                *value = *last as u32;
            }
            values[5] = values[5].wrapping_sub(1);
            token(values);
        }
    }
}

/// A map's sources (name, contents as a JSON value), names and tokens.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Parts {
    pub(crate) sources: Vec<(String, String)>,
    pub(crate) names: Vec<String>,
    /// Generated line and column, source, original line and column, name (`u32::MAX`: none).
    pub(crate) tokens: Vec<[u32; 6]>,
}

impl ModuleMap {
    pub(crate) fn new(map: swc_sourcemap::SourceMap) -> Self {
        Self {
            map: Some(Compact::new(&map)),
            parts: OnceLock::new(),
            encoded: OnceLock::new(),
        }
    }

    /// The map of `parts`.
    pub(crate) fn from_parts(parts: Parts) -> Self {
        Self {
            map: None,
            parts: OnceLock::from(parts),
            encoded: OnceLock::new(),
        }
    }

    /// The compact map, when its parts were never worked out (a build's maps, not the debug
    /// server's): read as it is.
    fn unworked(&self) -> Option<&Compact> {
        self.map.as_ref().filter(|_| self.parts.get().is_none())
    }

    fn token_count(&self) -> usize {
        match self.unworked() {
            Some(map) => map.count,
            None => self.parts().tokens.len(),
        }
    }

    /// Each token: generated line and column, source, original line and column, name.
    fn each_token(&self, token: impl FnMut([u32; 6])) {
        match self.unworked() {
            Some(map) => map.each_token(token),
            None => self.parts().tokens.iter().copied().for_each(token),
        }
    }

    pub(crate) fn parts(&self) -> &Parts {
        self.parts.get_or_init(|| {
            let Some(map) = &self.map else {
                return Parts::default();
            };
            let sources = map
                .sources
                .iter()
                .enumerate()
                .map(|(local, (path, _))| {
                    let contents = map
                        .contents(local)
                        .map_or(Value::Null, Value::from)
                        .to_string();
                    (path.clone(), contents)
                })
                .collect();
            let names = map.names.clone();
            let mut tokens = Vec::with_capacity(map.count);
            map.each_token(|token| tokens.push(token));
            Parts {
                sources,
                names,
                tokens,
            }
        })
    }

    fn encoded(&self) -> &Encoded {
        self.encoded.get_or_init(|| {
            let parts = self.parts();
            let mut text = String::new();
            let mut state = VlqState::default();
            let mut first = 0..0;
            let mut first_token = [0; 4];
            let mut last_token = [0; 4];
            let mut last_line = None;
            for &[dst_line, dst_col, src_id, src_line, src_col, _] in &parts.tokens {
                if src_id as usize >= parts.sources.len() {
                    continue;
                }
                let at = text.len();
                state.push(
                    &mut text, dst_line, dst_col, src_id, src_line, src_col, None,
                );
                if last_line.is_none() {
                    let start = text[at..].rfind(';').map_or(at, |i| at + i + 1);
                    first = start..text.len();
                    first_token = [dst_col, src_id, src_line, src_col];
                }
                last_token = [dst_col, src_id, src_line, src_col];
                last_line = Some(state.line);
            }
            let json =
                |items: &mut dyn Iterator<Item = String>| items.collect::<Vec<_>>().join(",");
            Encoded {
                text,
                first,
                first_token,
                last_token,
                last_line,
                sources: json(
                    &mut parts
                        .sources
                        .iter()
                        .map(|(name, _)| Value::from(name.as_str()).to_string()),
                ),
                contents: json(&mut parts.sources.iter().map(|(_, c)| c.clone())),
                source_count: u32::try_from(parts.sources.len()).unwrap_or(u32::MAX),
            }
        })
    }
}

/// [`bundle_map`] for the debug server: each module's mappings as encoded once
/// ([`ModuleMap::encoded`]), only the first segment of each written again; every module gets
/// sources of its own and the map has no names. On 10,000 modules this is a copy of what the
/// last build wrote rather than an encoding of 300,000 segments.
pub(crate) fn development_map(
    modules: &BTreeMap<String, Emitted<'_>>,
    file: &str,
    prefix_lines: u32,
    starts: &[(String, u32)],
) -> Vec<u8> {
    let maps: Vec<(u32, &Encoded)> = module_maps(modules, prefix_lines, starts)
        .into_iter()
        .map(|(line, map)| (line, map.encoded()))
        .collect();
    let size = |part: fn(&Encoded) -> usize| maps.iter().map(|(_, e)| part(e) + 1).sum::<usize>();
    let capacity =
        size(|e| e.text.len()) + size(|e| e.sources.len()) + size(|e| e.contents.len()) + 256;
    // Each module's sources are a comma-separated run of items already.
    let with_sources = || maps.iter().filter(|(_, e)| e.source_count > 0);
    document(
        capacity,
        file,
        &mut with_sources().map(|(_, e)| Cow::Borrowed(e.sources.as_str())),
        &mut with_sources().map(|(_, e)| Cow::Borrowed(e.contents.as_str())),
        &mut std::iter::empty(),
        |out| join_encoded(out, &maps),
    )
}

/// Appends the mappings of `maps` (each at its line of the bundle) to `out`.
fn join_encoded(out: &mut String, maps: &[(u32, &Encoded)]) {
    let mut line = 0u32;
    // The state after the last segment written: source, original line and column.
    let mut state = [0i64; 3];
    let mut offset = 0u32;
    for (start, encoded) in maps {
        if let Some(last_line) = encoded.last_line
            && *start >= line
        {
            for _ in line..*start {
                out.push(';');
            }
            let [column, source, source_line, source_column] = encoded.first_token;
            out.push_str(&encoded.text[..encoded.first.start]);
            vlq(out, i64::from(column));
            vlq(out, i64::from(offset + source) - state[0]);
            vlq(out, i64::from(source_line) - state[1]);
            vlq(out, i64::from(source_column) - state[2]);
            out.push_str(&encoded.text[encoded.first.end..]);
            line = start + last_line;
            let [_, source, source_line, source_column] = encoded.last_token;
            state = [
                i64::from(offset + source),
                i64::from(source_line),
                i64::from(source_column),
            ];
        }
        offset += encoded.source_count;
    }
}

/// The maps of the modules of `starts`, each with the line of the bundle it starts on.
fn module_maps<'m>(
    modules: &'m BTreeMap<String, Emitted<'_>>,
    prefix_lines: u32,
    starts: &[(String, u32)],
) -> Vec<(u32, &'m ModuleMap)> {
    starts
        .iter()
        .filter_map(|(id, start)| Some((start, modules.get(id)?)))
        .flat_map(|(start, module)| {
            module
                .maps
                .iter()
                .map(move |(offset, map)| (start + prefix_lines + offset, map.as_ref()))
        })
        .collect()
}

/// The source map of bundle `file` whose module `id` starts on line `start` (after
/// `prefix_lines` lines before the definitions), for each of `starts`.
pub(crate) fn bundle_map(
    modules: &BTreeMap<String, Emitted<'_>>,
    file: &str,
    prefix_lines: u32,
    starts: &[(String, u32)],
) -> Vec<u8> {
    let maps = module_maps(modules, prefix_lines, starts);
    // Sources and names first (numbered as they first appear), so the mappings can be encoded
    // straight into the document.
    let mut joined = Joined::default();
    let numbers: Vec<(Vec<u32>, Vec<u32>)> =
        maps.iter().map(|(_, map)| joined.number(map)).collect();
    let json = |s: &String| Cow::Owned(Value::from(s.as_str()).to_string());
    // Reserved, not written: what a segment can take at most is never touched.
    let capacity = maps
        .iter()
        .map(|(_, map)| map.token_count() * 12)
        .sum::<usize>()
        + joined.contents.iter().map(Contents::len).sum::<usize>()
        + joined
            .names
            .values
            .iter()
            .map(|name| name.len() + 3)
            .sum::<usize>()
        + 1024;
    document(
        capacity,
        file,
        &mut joined.sources.values.iter().map(json),
        // Escaped on every thread, a few sources at a time (all at once would hold them twice).
        &mut joined.contents.chunks(64).flat_map(|batch| {
            use rayon::prelude::*;
            batch.par_iter().map(Contents::json).collect::<Vec<_>>()
        }),
        &mut joined.names.values.iter().map(json),
        |out| encode_mappings(out, &maps, &numbers),
    )
}

/// Appends the mappings of `maps` (each at its line of the bundle, with its sources and names
/// numbered as in `numbers`) to `out`, encoded on every thread of the pool: the maps are cut
/// into runs of about the same number of tokens; where each run starts (the state a run
/// leaves is its last segment's, and a name's) is found first by walking the runs without
/// writing, then each run is encoded from there. A shell's 50,000 tokens take a millisecond:
/// below 200,000, one thread does it.
fn encode_mappings(out: &mut String, maps: &[(u32, &ModuleMap)], numbers: &[(Vec<u32>, Vec<u32>)]) {
    encode_in_runs(
        out,
        maps,
        numbers,
        rayon::current_num_threads() * 4,
        200_000,
    );
}

/// [`encode_mappings`] in about `wanted` runs, or in one below `min_tokens` tokens.
fn encode_in_runs(
    out: &mut String,
    maps: &[(u32, &ModuleMap)],
    numbers: &[(Vec<u32>, Vec<u32>)],
    wanted: usize,
    min_tokens: usize,
) {
    use rayon::prelude::*;
    fn run<S: Sink>(
        sink: &mut S,
        state: &mut VlqState,
        maps: &[(u32, &ModuleMap)],
        numbers: &[(Vec<u32>, Vec<u32>)],
    ) {
        for ((line, map), (sources, names)) in maps.iter().zip(numbers) {
            map.each_token(|[dst_line, dst_col, src_id, src_line, src_col, name_id]| {
                let Some(&source) = sources.get(src_id as usize) else {
                    return;
                };
                let name = names.get(name_id as usize).copied();
                state.push(
                    sink,
                    dst_line + line,
                    dst_col,
                    source,
                    src_line,
                    src_col,
                    name,
                );
            });
        }
    }
    let total: usize = maps.iter().map(|(_, map)| map.token_count()).sum();
    if wanted < 2 || total < min_tokens {
        run(out, &mut VlqState::default(), maps, numbers);
        return;
    }
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    let mut tokens = 0;
    for (index, (_, map)) in maps.iter().enumerate() {
        tokens += map.token_count();
        if tokens * wanted >= total * (runs.len() + 1) {
            runs.push(start..index + 1);
            start = index + 1;
        }
    }
    if start < maps.len() {
        runs.push(start..maps.len());
    }
    if runs.len() < 2 {
        run(out, &mut VlqState::default(), maps, numbers);
        return;
    }
    // Where each run would leave the state from the start of the mappings. Runs do not share
    // lines (each module has lines of its own), so a run's segments are the same from any
    // state before its first line.
    let in_run = |range: &std::ops::Range<usize>| (&maps[range.clone()], &numbers[range.clone()]);
    let ends: Vec<VlqState> = runs
        .par_iter()
        .map(|range| {
            let (maps, numbers) = in_run(range);
            let mut state = VlqState::default();
            run(&mut Dry, &mut state, maps, numbers);
            state
        })
        .collect();
    let mut starts = Vec::with_capacity(runs.len());
    let mut state = VlqState::default();
    for end in ends {
        starts.push(state.clone());
        // A run that wrote a segment leaves its last one, and its last name if it wrote one.
        if end.started {
            let name = state.name;
            let named = end.named;
            state = end;
            if !named {
                state.name = name;
            }
        }
    }
    let texts: Vec<String> = runs
        .par_iter()
        .zip(starts)
        .map(|(range, mut state)| {
            let (maps, numbers) = in_run(range);
            let mut text = String::new();
            run(&mut text, &mut state, maps, numbers);
            text
        })
        .collect();
    for text in texts {
        out.push_str(&text);
    }
}

/// Where encoded mappings go: a string, or nowhere ([`Dry`], to find the state they leave).
trait Sink {
    fn push(&mut self, c: char);
}

impl Sink for String {
    fn push(&mut self, c: char) {
        String::push(self, c);
    }
}

/// Encodes nothing.
struct Dry;

impl Sink for Dry {
    fn push(&mut self, _: char) {}
}

/// A source map document for `file`, written by hand: the items are JSON already (a source's
/// contents are kept as JSON) and `mappings` appends the encoded mappings.
fn document<'i, 'a>(
    capacity: usize,
    file: &str,
    sources: &'a mut dyn Iterator<Item = Cow<'i, str>>,
    contents: &'a mut dyn Iterator<Item = Cow<'i, str>>,
    names: &'a mut dyn Iterator<Item = Cow<'i, str>>,
    mappings: impl FnOnce(&mut String),
) -> Vec<u8> {
    let mut out = String::with_capacity(capacity);
    out.push_str("{\"version\":3,\"file\":");
    out.push_str(&Value::from(file).to_string());
    for (key, items) in [
        ("sources", sources),
        ("sourcesContent", contents),
        ("names", names),
    ] {
        out.push_str(",\"");
        out.push_str(key);
        out.push_str("\":[");
        for (index, item) in items.enumerate() {
            if index > 0 {
                out.push(',');
            }
            out.push_str(&item);
        }
        out.push(']');
    }
    out.push_str(",\"mappings\":\"");
    mappings(&mut out);
    out.push_str("\"}");
    out.into_bytes()
}

/// The sources and names of the maps joined so far.
#[derive(Default)]
struct Joined<'m> {
    sources: Interned,
    /// Each source's contents.
    contents: Vec<Contents<'m>>,
    names: Interned,
}

impl<'m> Joined<'m> {
    /// Numbers `map`'s sources and names in the joined map: the number of each, by its number
    /// in `map`.
    fn number(&mut self, map: &'m ModuleMap) -> (Vec<u32>, Vec<u32>) {
        match map.unworked() {
            // Worked out into parts, every token and source would be copied again (80 MB more
            // at the peak of ten copies of three.js).
            Some(map) => (
                map.sources
                    .iter()
                    .enumerate()
                    .map(|(local, (path, _))| {
                        let contents = map.contents(local);
                        self.sources
                            .index(path, || self.contents.push(Contents::Text(contents)))
                    })
                    .collect(),
                map.names
                    .iter()
                    .map(|name| self.names.index(name, || {}))
                    .collect(),
            ),
            None => {
                let parts = map.parts();
                (
                    parts
                        .sources
                        .iter()
                        .map(|(path, contents)| {
                            self.sources
                                .index(path, || self.contents.push(Contents::Json(contents)))
                        })
                        .collect(),
                    parts
                        .names
                        .iter()
                        .map(|name| self.names.index(name, || {}))
                        .collect(),
                )
            }
        }
    }
}

/// A source's contents in a joined map.
enum Contents<'m> {
    /// As JSON already (a string, or `null`).
    Json(&'m str),
    /// The text, written as JSON when the document is.
    Text(Option<&'m str>),
}

impl Contents<'_> {
    fn json(&self) -> Cow<'_, str> {
        match self {
            Contents::Json(json) => Cow::Borrowed(json),
            Contents::Text(Some(text)) => {
                Cow::Owned(serde_json::to_string(text).unwrap_or_else(|_| "null".into()))
            }
            Contents::Text(None) => Cow::Borrowed("null"),
        }
    }

    /// About the length of [`Self::json`] (for the document's capacity).
    fn len(&self) -> usize {
        match self {
            Contents::Json(json) => json.len(),
            Contents::Text(text) => text.map_or(4, |text| text.len() + text.len() / 16 + 2),
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
    fn index(&mut self, value: &str, first: impl FnOnce()) -> u32 {
        if let Some(&number) = self.numbers.get(value) {
            return number;
        }
        first();
        let number = u32::try_from(self.values.len()).unwrap_or(u32::MAX);
        self.numbers.insert(value.to_string(), number);
        self.values.push(value.to_string());
        number
    }
}

/// The running state of a source map's `mappings` while segments are appended in order.
#[derive(Clone, Default)]
struct VlqState {
    line: u32,
    column: i64,
    source: i64,
    source_line: i64,
    source_column: i64,
    name: i64,
    /// Whether the current line has a segment already.
    started: bool,
    /// Whether a segment with a name was appended.
    named: bool,
}

impl VlqState {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        out: &mut impl Sink,
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
            self.named = true;
        }
    }
}

/// Appends one base64 VLQ number.
fn vlq(out: &mut impl Sink, value: i64) {
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
    fn development_maps_point_where_bundle_maps_point() {
        use std::borrow::Cow;
        let module = |source: &str, tokens: Vec<[u32; 6]>| Emitted {
            code: Cow::Owned(String::new()),
            maps: vec![(
                0,
                Cow::Owned(ModuleMap::from_parts(Parts {
                    sources: vec![(source.into(), format!("\"// {source}\""))],
                    names: vec!["n".into()],
                    tokens,
                })),
            )],
            deps: Cow::Owned(BTreeMap::new()),
            factory: false,
            params: None,
            lines: None,
            definition: None,
            parts: Vec::new(),
        };
        let none = u32::MAX;
        let modules = BTreeMap::from([
            (
                "a".to_string(),
                module(
                    "piral:///a.ts",
                    vec![
                        [0, 0, 0, 3, 4, 0],
                        [0, 9, 0, 3, 12, none],
                        [2, 4, 0, 5, 0, none],
                    ],
                ),
            ),
            (
                "b".to_string(),
                module("piral:///b.ts", vec![[1, 2, 0, 0, 7, none]]),
            ),
            ("c".to_string(), module("piral:///c.ts", vec![])),
            (
                "d".to_string(),
                module(
                    "piral:///d.ts",
                    vec![[0, 0, 0, 1, 1, none], [0, 5, 0, 0, 2, 0]],
                ),
            ),
        ]);
        let starts = [
            ("a".to_string(), 1),
            ("b".to_string(), 6),
            ("c".to_string(), 9),
            ("d".to_string(), 12),
        ];
        let decode = |bytes: &[u8]| {
            let map = swc_sourcemap::SourceMap::from_slice(bytes).unwrap();
            map.tokens()
                .map(|t| {
                    (
                        t.get_dst_line(),
                        t.get_dst_col(),
                        t.get_source().map(|s| s.to_string()),
                        t.get_src_line(),
                        t.get_src_col(),
                    )
                })
                .collect::<Vec<_>>()
        };
        let joined = bundle_map(&modules, "index.js", 2, &starts);
        let development = development_map(&modules, "index.js", 2, &starts);
        assert_eq!(decode(&development), decode(&joined));
        assert_eq!(decode(&development).len(), 6);
        let document: Value = serde_json::from_slice(&development).unwrap();
        assert_eq!(document["sourcesContent"][3], "// piral:///d.ts");
    }

    #[test]
    fn compact_maps_keep_every_token() {
        let mut builder = swc_sourcemap::SourceMapBuilder::new(None);
        let a = builder.add_source("piral:///a.ts".into());
        builder.set_source_contents(a, Some("let \"x\" = 1;\n".into()));
        let b = builder.add_source("piral:///b.ts".into());
        let name = builder.add_name("longName".into());
        // Columns and lines going back, a second source, names on some tokens only, a large
        // column (several bytes).
        for (dst_line, dst_col, src_line, src_col, src, name) in [
            (0, 0, 3, 4, a, None),
            (0, 9, 1, 0, a, Some(name)),
            (0, 70_000, 9, 2, b, None),
            (2, 1, 0, 5, a, None),
            (2, 3, 0, 1, b, Some(name)),
        ] {
            builder.add_raw(dst_line, dst_col, src_line, src_col, Some(src), name, false);
        }
        let swc = builder.into_sourcemap();
        let expected: Vec<[u32; 6]> = swc
            .tokens()
            .map(|t| {
                let raw = t.get_raw_token();
                [
                    raw.dst_line,
                    raw.dst_col,
                    raw.src_id,
                    raw.src_line,
                    raw.src_col,
                    raw.name_id,
                ]
            })
            .collect();
        let map = ModuleMap::new(swc);
        let mut tokens = Vec::new();
        map.each_token(|token| tokens.push(token));
        assert_eq!(tokens, expected);
        assert_eq!(map.token_count(), 5);
        // The bundle's map is the same read from the compact form and from its parts.
        let module = |map: ModuleMap| Emitted {
            code: std::borrow::Cow::Owned(String::new()),
            maps: vec![(0, std::borrow::Cow::Owned(map))],
            deps: std::borrow::Cow::Owned(BTreeMap::new()),
            factory: false,
            params: None,
            lines: None,
            definition: None,
            parts: Vec::new(),
        };
        let starts = [("m".to_string(), 1)];
        let compact = bundle_map(
            &BTreeMap::from([("m".to_string(), module(map.clone()))]),
            "index.js",
            2,
            &starts,
        );
        let parts = ModuleMap::from_parts(map.parts().clone());
        let worked = bundle_map(
            &BTreeMap::from([("m".to_string(), module(parts))]),
            "index.js",
            2,
            &starts,
        );
        assert_eq!(
            String::from_utf8(compact).unwrap(),
            String::from_utf8(worked).unwrap()
        );
        assert_eq!(map.parts().sources[0].1, r#""let \"x\" = 1;\n""#);
        assert_eq!(map.parts().sources[1].1, "null");
    }

    #[test]
    fn mappings_encoded_in_runs_are_the_same() {
        // Modules on lines of their own, some with names, some with lines going back.
        let maps: Vec<(u32, ModuleMap)> = (0..23u32)
            .map(|index| {
                let mut builder = swc_sourcemap::SourceMapBuilder::new(None);
                let source = builder.add_source(format!("m{index}.js").into());
                let name = builder.add_name(format!("n{}", index % 3).into());
                for token in 0..(index * 7 % 11 + 1) {
                    let line = if index % 5 == 0 && token == 2 {
                        0
                    } else {
                        token / 3
                    };
                    let named = (index + token) % 4 == 0;
                    builder.add_raw(
                        line,
                        token * 3 % 17,
                        index + token,
                        token * 5,
                        Some(source),
                        named.then_some(name),
                        false,
                    );
                }
                (index * 4, ModuleMap::new(builder.into_sourcemap()))
            })
            .collect();
        let mut joined = Joined::default();
        let refs: Vec<(u32, &ModuleMap)> = maps.iter().map(|(line, map)| (*line, map)).collect();
        let numbers: Vec<(Vec<u32>, Vec<u32>)> =
            refs.iter().map(|(_, map)| joined.number(map)).collect();
        let mut serial = String::new();
        encode_in_runs(&mut serial, &refs, &numbers, 1, 0);
        assert!(serial.len() > 100);
        for wanted in [2, 5, 23, 40] {
            let mut parallel = String::new();
            encode_in_runs(&mut parallel, &refs, &numbers, wanted, 0);
            assert_eq!(parallel, serial, "{wanted} runs");
        }
    }

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
