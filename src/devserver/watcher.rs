//! The file watcher: notify events for a pilet's (or the shell's) folder, debounced into
//! batches, filtered to the files the last build read (see [`triggers`] for the two exceptions
//! that keep it correct) and then to the files whose content changed, by hash: a save without a
//! change or a touch rebuilds nothing. Logs, editor swap files, `.git`, `node_modules`, coverage
//! output and the server's own writes are not read by a build, so they trigger nothing.
//!
//! It runs on its own thread ([`watch_folder`]) and only decides *whether* to rebuild; the
//! rebuild itself is the caller's (the coordinator's, or `pilet build --watch`'s).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::WatchOutcome;

/// What the watcher knows of the last build.
#[derive(Clone, Debug, Default)]
pub(crate) struct Watched {
    /// Every file the last good build read, canonical.
    read: BTreeSet<PathBuf>,
    /// The folders that hold files of `read` (outside `node_modules`), and their parents: `./foo`
    /// may resolve to `foo/index.ts` until `foo.ts` appears beside the folder.
    folders: BTreeSet<PathBuf>,
    /// The last build failed: any source-like file under the root triggers a rebuild.
    failed: bool,
}

impl Watched {
    /// The files a build read (canonicalised here, as the watcher sees them), and whether the
    /// last build failed.
    pub(crate) fn new(read: &BTreeSet<PathBuf>, failed: bool) -> Watched {
        // Each folder is resolved once (not once for every file in it); a file that is a link
        // itself is resolved whole.
        let mut folders: HashMap<&Path, Option<PathBuf>> = HashMap::new();
        let read: BTreeSet<PathBuf> = read
            .iter()
            .map(|path| {
                let resolved = match (path.parent(), path.file_name()) {
                    // On Linux only: elsewhere the file system may ignore case, and the whole
                    // path's resolution spells the name as the events do.
                    (Some(parent), Some(name))
                        if cfg!(target_os = "linux")
                            && path.is_absolute()
                            && !std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink()) =>
                    {
                        folders
                            .entry(parent)
                            .or_insert_with(|| parent.canonicalize().ok())
                            .as_ref()
                            .map(|folder| folder.join(name))
                    }
                    _ => path.canonicalize().ok(),
                };
                resolved.unwrap_or_else(|| path.clone())
            })
            .collect();
        let folders = read
            .iter()
            .filter(|path| !crate::bundler::is_package_path(path))
            .flat_map(|path| crate::bundler::resolution_folders(path))
            .map(Path::to_path_buf)
            .collect();
        Watched {
            read,
            folders,
            failed,
        }
    }

    /// The same files, after a build that failed or not.
    pub(crate) fn with_failed(&self, failed: bool) -> Watched {
        Watched {
            failed,
            ..self.clone()
        }
    }
}

/// What a batch of events did to one path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Change {
    /// Written in place (or its metadata changed).
    Modified,
    /// Removed.
    Removed,
    /// Created, or renamed into (or out of) place: an import may resolve differently now.
    Appeared,
}

/// The kind of file a path names, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Script,
    /// Styles and assets: a stylesheet's `@import`s and `url()`s are read without the graph
    /// hearing of them, so their edits count in the folders of the build too.
    StyleOrAsset,
}

const SCRIPT_EXTENSIONS: &[&str] = &[
    "js", "jsx", "ts", "tsx", "mjs", "cjs", "mts", "cts", "json", "codegen", "html",
];
const STYLE_ASSET_EXTENSIONS: &[&str] = &[
    "css", "scss", "sass", "less", "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico",
    "bmp", "woff", "woff2", "ttf", "eot", "otf", "mp4", "webm", "ogv", "mov", "mp3", "wav", "ogg",
    "oga", "opus", "flac", "aac", "m4a", "pdf", "wasm",
];

fn kind(path: &Path) -> Option<Kind> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    if SCRIPT_EXTENSIONS.contains(&extension.as_str()) {
        Some(Kind::Script)
    } else if STYLE_ASSET_EXTENSIONS.contains(&extension.as_str()) {
        Some(Kind::StyleOrAsset)
    } else {
        None
    }
}

/// Whether a change of `path` under `root` calls for a rebuild (before the content hash is
/// compared): never inside `node_modules`, `dist` or `.git`; always for a file the last build
/// read; and for a source, style or asset file that (a) appeared (created or renamed into place)
/// in a folder of the build or below `src`, since an existing import may now resolve to it (for
/// styles and assets an edit there counts as well), or (b) changed anywhere while the last
/// build failed.
pub(crate) fn triggers(root: &Path, watched: &Watched, path: &Path, change: Change) -> bool {
    let Ok(relative) = path.strip_prefix(root) else {
        return false;
    };
    if relative.components().any(|c| {
        matches!(
            c.as_os_str().to_str(),
            Some("node_modules" | "dist" | ".git")
        )
    }) {
        return false;
    }
    if watched.read.contains(path) {
        return true;
    }
    let Some(kind) = kind(path) else {
        return false;
    };
    if watched.failed {
        return true;
    }
    let near = relative.starts_with("src")
        || path
            .parent()
            .is_some_and(|folder| watched.folders.contains(folder));
    near && (change == Change::Appeared || kind == Kind::StyleOrAsset)
}

/// The changes one notify event stands for.
fn changes(event: notify::Event) -> Vec<(PathBuf, Change)> {
    use notify::EventKind;
    use notify::event::ModifyKind;
    let change = match event.kind {
        EventKind::Access(_) => return Vec::new(),
        EventKind::Create(_) | EventKind::Modify(ModifyKind::Name(_)) => Change::Appeared,
        EventKind::Remove(_) => Change::Removed,
        _ => Change::Modified,
    };
    event.paths.into_iter().map(|path| (path, change)).collect()
}

/// Watches `root` and calls `rebuild` when a file that matters changed content (see
/// [`triggers`]; saving a file unchanged or touching it triggers nothing). `rebuild` returns
/// what the new build read. Each batch of changes, once handled, goes to `report` (the number
/// of files and what came of it). Returns when `stop` is disconnected.
pub(crate) fn watch_folder(
    root: &Path,
    debounce: Duration,
    stop: &std::sync::Mutex<std::sync::mpsc::Receiver<()>>,
    initial: Watched,
    ready: &dyn Fn(),
    report: &dyn Fn(usize, WatchOutcome),
    rebuild: &dyn Fn() -> Watched,
) {
    use notify::{RecursiveMode, Watcher as _};
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let (tx, rx) = std::sync::mpsc::channel();
    let Ok(mut watcher) =
        notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            if let Ok(event) = event {
                let changes = changes(event);
                if !changes.is_empty() {
                    let _ = tx.send(changes);
                }
            }
        })
    else {
        // Nothing to wait for: whoever waits for `ready` goes on without a watcher.
        ready();
        return;
    };
    if watcher.watch(&root, RecursiveMode::Recursive).is_err() {
        ready();
        return;
    }
    // From here on no change is missed.
    ready();
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
    let mut watched = initial;
    let mut hashes: BTreeMap<PathBuf, String> = BTreeMap::new();
    while !stopped() {
        let Ok(first) = rx.recv_timeout(Duration::from_millis(200)) else {
            continue;
        };
        // Debounce: collect what else arrives shortly after; per path, the strongest change.
        let mut batch: BTreeMap<PathBuf, Change> = BTreeMap::new();
        let mut add = |changes: Vec<(PathBuf, Change)>| {
            for (path, change) in changes {
                let entry = batch.entry(path).or_insert(change);
                *entry = (*entry).max(change);
            }
        };
        add(first);
        let deadline = std::time::Instant::now() + debounce;
        while let Ok(more) =
            rx.recv_timeout(deadline.saturating_duration_since(std::time::Instant::now()))
        {
            add(more);
        }
        let files = batch.len();
        let mut any = false;
        let mut relevant = false;
        for (path, change) in batch {
            if path.is_dir() || !triggers(&root, &watched, &path, change) {
                continue;
            }
            relevant = true;
            let hash = fs_err::read(&path)
                .map(|bytes| crate::bundler::content_hash(&bytes))
                .unwrap_or_default();
            if hashes.get(&path) != Some(&hash) {
                any = true;
                hashes.insert(path, hash);
            }
        }
        if any {
            watched = rebuild();
        }
        report(
            files,
            if any {
                WatchOutcome::Rebuilt
            } else if relevant {
                WatchOutcome::Unchanged
            } else {
                WatchOutcome::NotRead
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn watched(files: &[&str], failed: bool) -> Watched {
        let read: BTreeSet<PathBuf> = files.iter().map(PathBuf::from).collect();
        Watched::new(&read, failed)
    }

    #[test]
    fn files_the_build_read_trigger_and_nothing_else_does() {
        let root = Path::new("/p");
        let w = watched(
            &[
                "/p/src/index.tsx",
                "/p/package.json",
                "/p/node_modules/react/index.js",
            ],
            false,
        );
        for change in [Change::Modified, Change::Removed, Change::Appeared] {
            assert!(triggers(root, &w, Path::new("/p/src/index.tsx"), change));
            assert!(triggers(root, &w, Path::new("/p/package.json"), change));
        }
        for path in [
            "/p/debug.log",
            "/p/src/debug.log",
            "/p/src/.index.tsx.swp",
            "/p/src/index.tsx~",
            "/p/.git/index",
            "/p/node_modules/react/index.js",
            "/p/node_modules/.package-lock.json",
            "/p/dist/index.js",
            "/p/coverage/lcov-report/index.html",
            "/p/coverage/base.css",
            "/elsewhere/src/index.tsx",
        ] {
            for change in [Change::Modified, Change::Appeared] {
                assert!(!triggers(root, &w, Path::new(path), change), "{path}");
            }
        }
        // A source the build did not read, edited in place: nothing to rebuild.
        assert!(!triggers(
            root,
            &w,
            Path::new("/p/src/unused.ts"),
            Change::Modified
        ));
    }

    #[test]
    fn a_new_file_an_import_may_resolve_to_triggers() {
        let root = Path::new("/p");
        let w = watched(&["/p/src/index.tsx", "/p/lib/extra/index.ts"], false);
        // `./extra` resolved to `extra/index.ts`; now `extra.ts` exists (or was renamed in).
        assert!(triggers(
            root,
            &w,
            Path::new("/p/lib/extra.ts"),
            Change::Appeared
        ));
        assert!(triggers(
            root,
            &w,
            Path::new("/p/src/deep/new.tsx"),
            Change::Appeared
        ));
        // Not near the build, or not a source.
        assert!(!triggers(
            root,
            &w,
            Path::new("/p/other/extra.ts"),
            Change::Appeared
        ));
        assert!(!triggers(
            root,
            &w,
            Path::new("/p/src/x.tmp"),
            Change::Appeared
        ));
        // Styles and assets a stylesheet pulls in count when edited in a folder of the build.
        assert!(triggers(
            root,
            &w,
            Path::new("/p/src/_partial.scss"),
            Change::Modified
        ));
        assert!(!triggers(
            root,
            &w,
            Path::new("/p/other/_partial.scss"),
            Change::Modified
        ));
    }

    #[test]
    fn after_a_failed_build_any_source_under_the_root_triggers() {
        let root = Path::new("/p");
        let w = watched(&["/p/src/index.tsx"], true);
        assert!(triggers(
            root,
            &w,
            Path::new("/p/other/fix.ts"),
            Change::Modified
        ));
        assert!(!triggers(
            root,
            &w,
            Path::new("/p/debug.log"),
            Change::Modified
        ));
        assert!(!triggers(
            root,
            &w,
            Path::new("/p/node_modules/x/index.js"),
            Change::Modified
        ));
    }

    #[test]
    fn renames_are_appearances() {
        use notify::event::{EventKind, ModifyKind, RenameMode};
        let event = notify::Event::new(EventKind::Modify(ModifyKind::Name(RenameMode::Both)))
            .add_path(PathBuf::from("/p/src/x.tmp"))
            .add_path(PathBuf::from("/p/src/index.tsx"));
        assert_eq!(
            changes(event),
            [
                (PathBuf::from("/p/src/x.tmp"), Change::Appeared),
                (PathBuf::from("/p/src/index.tsx"), Change::Appeared)
            ]
        );
        let read = notify::Event::new(EventKind::Access(notify::event::AccessKind::Any))
            .add_path(PathBuf::from("/p/src/index.tsx"));
        assert!(changes(read).is_empty());
    }
}
