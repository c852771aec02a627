//! What the debug server's watchers saw change, for its rebuilds: a module whose file lies below
//! a watched folder and that no watcher reported since the last good build started is taken
//! again without looking at the file (on 10,000 modules, a `stat` each was half of a rebuild).
//! Files outside every watched folder are looked at as before, and so is everything once a
//! watcher may have missed an event.
//!
//! Every change reaches a watcher as an event, and an event is recorded before the rebuild it
//! triggers starts; a change made while a build runs is recorded after that build's start, so
//! the next build looks at it.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

#[derive(Default)]
struct Hints {
    roots: Vec<PathBuf>,
    /// Each changed path, with the generation it was last reported in.
    changed: HashMap<OsString, u64>,
    generation: u64,
    /// The generation from which on events may have been missed.
    lost: u64,
}

static HINTS: Mutex<Option<Hints>> = Mutex::new(None);

fn with<R>(f: impl FnOnce(&mut Hints) -> R) -> Option<R> {
    let mut hints = HINTS.lock().ok()?;
    Some(f(hints.get_or_insert_with(Hints::default)))
}

/// A watcher sees every change below `root` from now on.
pub(crate) fn watching(root: &Path) {
    with(|hints| {
        hints.generation += 1;
        hints.roots.push(root.to_path_buf());
    });
}

/// A watcher saw `paths` change.
pub(crate) fn changed<'p>(paths: impl IntoIterator<Item = &'p Path>) {
    with(|hints| {
        hints.generation += 1;
        let generation = hints.generation;
        for path in paths {
            hints
                .changed
                .insert(path.as_os_str().to_owned(), generation);
        }
    });
}

/// A watcher may have missed events (its queue overflowed, it failed).
pub(crate) fn lost() {
    with(|hints| {
        hints.generation += 1;
        hints.lost = hints.generation;
    });
}

/// The generation a build starts at; `None` when no watcher runs (every file is looked at).
pub(crate) fn generation() -> Option<u64> {
    HINTS
        .lock()
        .ok()?
        .as_ref()
        .filter(|hints| !hints.roots.is_empty())
        .map(|hints| hints.generation)
}

/// Whether `path` surely did not change since generation `since`: it is below a watched folder,
/// no watcher reported it after `since`, and no event was lost since.
pub(crate) fn unchanged_since(path: &Path, since: u64) -> bool {
    with(|hints| {
        hints.lost <= since
            && hints.roots.iter().any(|root| path.starts_with(root))
            && hints
                .changed
                .get(path.as_os_str())
                .is_none_or(|&generation| generation <= since)
    })
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_reported_or_outside_the_watched_folders_are_looked_at() {
        // One process-wide registry: this test's paths are its own.
        let root = Path::new("/hints-test/project");
        watching(root);
        let since = generation().unwrap();
        let quiet = root.join("src/quiet.ts");
        let edited = root.join("src/edited.ts");
        assert!(unchanged_since(&quiet, since));
        changed([edited.as_path()]);
        assert!(
            !unchanged_since(&edited, since),
            "reported after the build started"
        );
        assert!(
            unchanged_since(&edited, generation().unwrap()),
            "and not since"
        );
        assert!(
            !unchanged_since(Path::new("/elsewhere/x.ts"), since),
            "outside every watched folder"
        );
        let before = generation().unwrap();
        lost();
        assert!(!unchanged_since(&quiet, before), "events may be missing");
        assert!(unchanged_since(&quiet, generation().unwrap()));
    }
}
