//! Chunk: decides which modules go into which file. The entry's static closure is the main
//! chunk; every `import()` target outside it is a chunk of its own, holding its static closure
//! minus the main chunk. Modules that two or more lazy chunks need live in a shared chunk, one
//! per set of lazy chunks that need them, which each of those loads with it. Chunk files are
//! named after their target, with a hash of their bytes.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap as HashMap;

use super::content_hash;
use super::graph::Graph;

/// The chunks of a graph.
#[derive(Clone, Debug)]
pub(crate) struct Chunks {
    /// The modules of the main file: what the entry requires statically.
    pub(crate) main: BTreeSet<String>,
    /// One chunk per `import()` target outside `main`, by target id.
    pub(crate) lazy: Vec<Chunk>,
    /// The modules several lazy chunks need, one set per group of lazy chunks that need them
    /// (a lazy chunk names the sets it loads with it in `shared`).
    pub(crate) shared: Vec<BTreeSet<String>>,
}

/// Where the builds of one kind keep the last plan (see `Graph::last_plan`).
pub(crate) type PlanSlot = std::sync::Arc<std::sync::Mutex<Option<Chunks>>>;

/// A chunk loaded on the first `import()` of its target.
#[derive(Clone, Debug)]
pub(crate) struct Chunk {
    /// The module id the `import()` names.
    pub(crate) target: String,
    pub(crate) modules: BTreeSet<String>,
    /// The shared chunks (positions in [`Chunks::shared`]) to load with this one.
    pub(crate) shared: Vec<usize>,
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

/// Splits `graph` into chunks; a debug server's rebuild takes the last plan again when the
/// modules and their bindings are the same.
pub(crate) fn plan(graph: &Graph) -> Chunks {
    let Some((last, unchanged)) = &graph.last_plan else {
        return plan_anew(graph);
    };
    let mut last = last
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if *unchanged && let Some(chunks) = last.as_ref() {
        return chunks.clone();
    }
    let chunks = plan_anew(graph);
    *last = Some(chunks.clone());
    chunks
}

fn plan_anew(graph: &Graph) -> Chunks {
    let index = Index::of(graph);
    let main = index.static_closure(&graph.entry);
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
    let mut lazy: Vec<Chunk> = targets
        .into_iter()
        .map(|target| {
            let modules = index
                .static_closure(&target)
                .difference(&main)
                .cloned()
                .collect();
            Chunk {
                target,
                modules,
                shared: Vec::new(),
            }
        })
        .collect();
    let shared = share(&mut lazy);
    Chunks { main, lazy, shared }
}

/// Takes the modules that more than one lazy chunk holds out of them, into one shared chunk per
/// set of lazy chunks that need them.
fn share(lazy: &mut [Chunk]) -> Vec<BTreeSet<String>> {
    if lazy.len() < 2 {
        return Vec::new();
    }
    let mut users: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    for (position, chunk) in lazy.iter().enumerate() {
        for id in &chunk.modules {
            users.entry(id.as_str()).or_default().push(position);
        }
    }
    let mut groups: std::collections::BTreeMap<Vec<usize>, BTreeSet<String>> = Default::default();
    for (id, users) in users {
        if users.len() > 1 {
            groups.entry(users).or_default().insert(id.to_string());
        }
    }
    let mut shared = Vec::with_capacity(groups.len());
    for (users, modules) in groups {
        for user in users {
            let chunk = &mut lazy[user];
            chunk.modules.retain(|id| !modules.contains(id));
            chunk.shared.push(shared.len());
        }
        shared.push(modules);
    }
    shared
}

/// The graph's modules by position (in id order), with the positions of what each requires
/// statically: a rebuild of 10,000 modules walks them by number, not by looking ids up.
struct Index<'a> {
    ids: Vec<&'a str>,
    requires: Vec<Vec<usize>>,
}

impl<'a> Index<'a> {
    fn of(graph: &'a Graph) -> Self {
        let position: HashMap<&str, usize> = graph
            .modules
            .keys()
            .enumerate()
            .map(|(index, id)| (id.as_str(), index))
            .collect();
        let requires = graph
            .modules
            .values()
            .map(|module| {
                module
                    .requires
                    .iter()
                    .filter_map(|specifier| match module.deps.get(specifier) {
                        Some(Some(target)) => position.get(target.as_str()).copied(),
                        _ => None,
                    })
                    .collect()
            })
            .collect();
        Index {
            ids: graph.modules.keys().map(String::as_str).collect(),
            requires,
        }
    }

    /// The modules reachable from `start` through static requires.
    fn static_closure(&self, start: &str) -> BTreeSet<String> {
        let Ok(start) = self.ids.binary_search(&start) else {
            return BTreeSet::from([start.to_string()]);
        };
        let mut seen = vec![false; self.ids.len()];
        let mut stack = vec![start];
        while let Some(index) = stack.pop() {
            if !std::mem::replace(&mut seen[index], true) {
                stack.extend(self.requires[index].iter().filter(|next| !seen[**next]));
            }
        }
        // In id order already: the set is built without sorting.
        seen.iter()
            .zip(&self.ids)
            .filter(|(seen, _)| **seen)
            .map(|(_, id)| (*id).to_string())
            .collect()
    }
}

/// `<stem>.<8 hex of sha256 of bytes>.<extension>`, or `<stem>.<extension>` without the hash.
pub(crate) fn hashed_name(stem: &str, extension: &str, bytes: &[u8], with_hash: bool) -> String {
    if with_hash {
        format!("{stem}.{}.{extension}", &content_hash(bytes)[..8])
    } else {
        format!("{stem}.{extension}")
    }
}
