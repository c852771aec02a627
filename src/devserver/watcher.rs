//! The file watcher: notify events for a pilet's (or the shell's) folder, debounced into
//! batches, filtered to the files that matter (not `node_modules`, `dist`, `.git`, reads) and
//! then to the files whose content changed, by hash: a save without a change or a touch rebuilds
//! nothing.
//!
//! It runs on its own thread ([`watch_folder`]) and only decides *whether* to rebuild; the
//! rebuild itself is the coordinator's.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::Reporter;

/// Watches `root` and calls `rebuild` when a file's content changed (saving a file unchanged
/// or touching it triggers nothing). Each batch of relevant changes, once handled, goes to
/// [`Reporter::watched`]. Returns when `stop` is disconnected.
pub(crate) fn watch_folder(
    root: &Path,
    debounce: Duration,
    stop: &std::sync::Mutex<std::sync::mpsc::Receiver<()>>,
    reporter: &dyn Reporter,
    rebuild: &dyn Fn(),
) {
    use notify::{RecursiveMode, Watcher as _};
    let (tx, rx) = std::sync::mpsc::channel();
    let Ok(mut watcher) =
        notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            // Reads (including the bundler's own) are no changes.
            if let Ok(event) = event.map_err(drop).and_then(|e| {
                if matches!(e.kind, notify::EventKind::Access(_)) {
                    Err(())
                } else {
                    Ok(e)
                }
            }) {
                let _ = tx.send(event.paths);
            }
        })
    else {
        return;
    };
    if watcher.watch(root, RecursiveMode::Recursive).is_err() {
        return;
    }
    let stopped = || {
        stop.lock()
            .map(|r| {
                matches!(
                    r.try_recv(),
                    Err(std::sync::mpsc::TryRecvError::Disconnected)
                )
            })
            .unwrap_or(true)
    };
    let mut hashes: BTreeMap<PathBuf, String> = BTreeMap::new();
    while !stopped() {
        let Ok(first) = rx.recv_timeout(Duration::from_millis(200)) else {
            continue;
        };
        let mut changed: Vec<PathBuf> = first;
        // Debounce: collect what else arrives shortly after.
        let deadline = std::time::Instant::now() + debounce;
        while let Ok(more) =
            rx.recv_timeout(deadline.saturating_duration_since(std::time::Instant::now()))
        {
            changed.extend(more);
        }
        changed.retain(|path| relevant(root, path));
        changed.sort();
        changed.dedup();
        let files = changed.len();
        let mut any = false;
        for path in changed {
            let hash = fs_err::read(&path)
                .map(|bytes| crate::bundler::content_hash(&bytes))
                .unwrap_or_default();
            if hashes.get(&path) != Some(&hash) {
                any = true;
                hashes.insert(path, hash);
            }
        }
        if any {
            rebuild();
        }
        if files > 0 {
            reporter.watched(root, files, any);
        }
    }
}

/// Changes that matter: files of the pilet, not its output, packages or VCS data.
fn relevant(root: &Path, path: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(root) else {
        return false;
    };
    !relative.components().any(|c| {
        matches!(
            c.as_os_str().to_str(),
            Some("node_modules" | "dist" | ".git")
        )
    }) && path.is_file()
}
