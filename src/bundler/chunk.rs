//! Chunk: decides which modules go into which file. The entry's static closure is the main
//! chunk; every `import()` target outside it is a chunk of its own, holding its static closure
//! minus the main chunk. A module two lazy chunks need is written into both (the registry keeps
//! the first definition, so there is still one instance). Chunk files are named after their
//! target, with a hash of their bytes.

use std::collections::BTreeSet;

use super::content_hash;
use super::graph::Graph;

/// The chunks of a graph.
#[derive(Debug)]
pub(crate) struct Chunks {
    /// The modules of the main file: what the entry requires statically.
    pub(crate) main: BTreeSet<String>,
    /// One chunk per `import()` target outside `main`, by target id.
    pub(crate) lazy: Vec<Chunk>,
}

/// A chunk loaded on the first `import()` of its target.
#[derive(Debug)]
pub(crate) struct Chunk {
    /// The module id the `import()` names.
    pub(crate) target: String,
    pub(crate) modules: BTreeSet<String>,
}

impl Chunk {
    /// The file stem: the target's file name up to its first dot (`page` of `src/page.tsx`).
    pub(crate) fn stem(&self) -> &str {
        self.target
            .rsplit('/')
            .next()
            .unwrap_or(&self.target)
            .split('.')
            .next()
            .unwrap_or("chunk")
    }
}

/// Splits `graph` into chunks.
pub(crate) fn plan(graph: &Graph) -> Chunks {
    let main = static_closure(graph, &graph.entry);
    let mut targets: BTreeSet<String> = BTreeSet::new();
    for module in graph.modules.values() {
        for specifier in &module.dynamic {
            if let Some(Some(target)) = module.deps.get(specifier)
                && !main.contains(target)
            {
                targets.insert(target.clone());
            }
        }
    }
    let lazy = targets
        .into_iter()
        .map(|target| {
            let modules = static_closure(graph, &target)
                .difference(&main)
                .cloned()
                .collect();
            Chunk { target, modules }
        })
        .collect();
    Chunks { main, lazy }
}

/// `<stem>.<8 hex of sha256 of bytes>.<extension>`, or `<stem>.<extension>` without the hash.
pub(crate) fn hashed_name(stem: &str, extension: &str, bytes: &[u8], with_hash: bool) -> String {
    if with_hash {
        format!("{stem}.{}.{extension}", &content_hash(bytes)[..8])
    } else {
        format!("{stem}.{extension}")
    }
}

/// The modules reachable from `start` through static requires.
fn static_closure(graph: &Graph, start: &str) -> BTreeSet<String> {
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let mut stack = vec![start];
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        if let Some(module) = graph.modules.get(id) {
            for specifier in &module.requires {
                if let Some(Some(target)) = module.deps.get(specifier) {
                    stack.push(target);
                }
            }
        }
    }
    let mut ids: Vec<&str> = seen.into_iter().collect();
    ids.sort_unstable();
    ids.into_iter().map(str::to_string).collect()
}
