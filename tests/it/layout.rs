//! The layout of `src/` as `docs/layout.md` draws it: dependencies between the top-level
//! modules point one way. A module is a folder or a file of `src/`; it depends on another when
//! one of its files names `crate::<other>`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn sources(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(std::fs::read_to_string(&path).unwrap());
        }
    }
}

/// Module → the modules it names.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut modules = BTreeMap::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if ["main", "lib", "bin"].contains(&name.as_str()) {
            continue;
        }
        let mut texts = Vec::new();
        if path.is_dir() {
            sources(&path, &mut texts);
        } else {
            texts.push(std::fs::read_to_string(&path).unwrap());
        }
        let mut deps = BTreeSet::new();
        for text in texts {
            for (at, _) in text.match_indices("crate::") {
                let rest = &text[at + "crate::".len()..];
                let dep: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !dep.is_empty() && dep != name {
                    deps.insert(dep);
                }
            }
        }
        modules.insert(name, deps);
    }
    modules
}

/// A cycle through `start`, if there is one.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    fn walk(
        graph: &BTreeMap<String, BTreeSet<String>>,
        start: &str,
        at: &str,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for next in graph.get(at).into_iter().flatten() {
            if next == start {
                path.push(next.clone());
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if walk(graph, start, next, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![start.to_string()];
    walk(graph, start, start, &mut path, &mut BTreeSet::new()).then_some(path)
}

#[test]
fn modules_depend_on_each_other_one_way() {
    let graph = graph();
    assert!(graph.len() > 15, "found only {:?}", graph.keys());
    let cycles: Vec<String> = graph
        .keys()
        .filter_map(|module| cycle(&graph, module))
        .map(|path| path.join(" -> "))
        .collect();
    assert!(cycles.is_empty(), "module cycles:\n{}", cycles.join("\n"));
}

#[test]
fn commands_and_start_up_are_used_by_nothing_below_them() {
    for (module, deps) in graph() {
        if !["app", "commands"].contains(&module.as_str()) {
            assert!(!deps.contains("commands"), "`{module}` uses `commands`");
            assert!(!deps.contains("app"), "`{module}` uses `app`");
        }
        if !["app", "commands", "config"].contains(&module.as_str()) {
            assert!(
                !deps.contains("cli"),
                "`{module}` uses the clap definitions"
            );
        }
    }
}
