//! The coordinator: owns the builders and the latest good build of every pilet and of the shell.
//!
//! It builds everything once at start ([`Coordinator::start`]) and again when a watcher asks
//! ([`Coordinator::rebuild_pilet`], [`Coordinator::rebuild_shell`]). A build that fails leaves
//! the last good output in place, so the page keeps working; the failure is reported and
//! broadcast for the overlay. It does not watch files (see `watcher`) and does not speak HTTP
//! (see `router`); both reach the builds through it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::RwLock;
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::Value;
use tokio::sync::broadcast;

use super::reload::Event;
use super::{Builder, BuiltPilet, Reporter, ShellBuilder, Watched};

/// A [`Watched`] and the files it was made from.
type WatchedFrom = (BTreeSet<PathBuf>, Watched);

/// The latest good build of one pilet.
pub(crate) struct Slot {
    pub(crate) build: BuiltPilet,
    /// When it was built (ms since the epoch): the feed's cache buster.
    pub(crate) updated: u128,
}

/// The builds the server serves, and the builders that renew them.
pub(crate) struct Coordinator {
    builders: Vec<Builder>,
    shell: Option<ShellBuilder>,
    slots: RwLock<Vec<Slot>>,
    /// The shell's files when the server builds it (`piral debug`); `None`: served from disk.
    app_files: RwLock<Option<BTreeMap<String, Vec<u8>>>>,
    /// What the shell's last good build read.
    shell_read: RwLock<BTreeSet<PathBuf>>,
    /// The message of the last failed rebuild, until one succeeds.
    last_error: RwLock<Option<String>>,
    events: broadcast::Sender<Event>,
    /// The last [`Watched`] made for each pilet (by index) and for the shell (`None`), with
    /// the files it was made from: a rebuild that read the same files (an edit) takes it again
    /// instead of resolving 10,000 paths anew.
    watched: std::sync::Mutex<BTreeMap<Option<usize>, WatchedFrom>>,
}

fn now_ms() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis())
}

impl Coordinator {
    /// Builds every pilet, then the shell; the first failure ends the start.
    pub(crate) fn start(
        builders: Vec<Builder>,
        shell: Option<ShellBuilder>,
        reporter: &dyn Reporter,
    ) -> anyhow::Result<Coordinator> {
        let mut slots = Vec::new();
        for build in &builders {
            let build = build()?;
            build.warnings.iter().for_each(|w| reporter.warned(w));
            slots.push(Slot {
                build,
                updated: now_ms(),
            });
        }
        let (events, _) = broadcast::channel(64);
        let mut shell_read = BTreeSet::new();
        let app_files = match &shell {
            Some(build) => {
                let built = build()?;
                built.warnings.iter().for_each(|w| reporter.warned(w));
                shell_read = built.read;
                Some(built.files)
            }
            None => None,
        };
        Ok(Coordinator {
            builders,
            shell,
            slots: RwLock::new(slots),
            app_files: RwLock::new(app_files),
            shell_read: RwLock::new(shell_read),
            last_error: RwLock::new(None),
            events,
            watched: Default::default(),
        })
    }

    /// Hears of every event from now on.
    pub(crate) fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.events.subscribe()
    }

    /// The message of the failed rebuild that has not been fixed yet.
    pub(crate) fn last_error(&self) -> Option<String> {
        self.last_error.read().expect("never poisoned").clone()
    }

    /// Runs `read` on the pilets' latest good builds.
    pub(crate) fn with_slots<R>(&self, read: impl FnOnce(&[Slot]) -> R) -> R {
        read(&self.slots.read().expect("the slots lock is never poisoned"))
    }

    /// Runs `read` on the shell's files, when the server builds the shell.
    pub(crate) fn with_app_files<R>(
        &self,
        read: impl FnOnce(Option<&BTreeMap<String, Vec<u8>>>) -> R,
    ) -> R {
        read(self.app_files.read().expect("never poisoned").as_ref())
    }

    /// What the watcher of pilet `index` watches: the files its last good build read.
    pub(crate) fn watched_pilet(&self, index: usize, failed: bool) -> Watched {
        self.with_slots(|slots| self.watched_for(Some(index), &slots[index].build.read, failed))
    }

    /// What the watcher of the shell watches: the files its last good build read.
    pub(crate) fn watched_shell(&self, failed: bool) -> Watched {
        self.watched_for(
            None,
            &self.shell_read.read().expect("never poisoned"),
            failed,
        )
    }

    fn watched_for(&self, key: Option<usize>, read: &BTreeSet<PathBuf>, failed: bool) -> Watched {
        let mut memo = self.watched.lock().expect("never poisoned");
        if let Some((files, watched)) = memo.get(&key)
            && files == read
        {
            return watched.with_failed(failed);
        }
        let watched = Watched::new(read, failed);
        memo.insert(key, (read.clone(), watched.clone()));
        watched
    }

    /// Rebuilds pilet `index`; swaps the result in only when it succeeded (until then, and
    /// while the build runs, requests get the last good build). Returns what to watch next.
    pub(crate) fn rebuild_pilet(&self, index: usize, reporter: &dyn Reporter) -> Watched {
        let failed = self.build_pilet(index, reporter);
        self.watched_pilet(index, failed)
    }

    /// Builds pilet `index`; whether it failed.
    fn build_pilet(&self, index: usize, reporter: &dyn Reporter) -> bool {
        let started = std::time::Instant::now();
        match (self.builders[index])() {
            Ok(build) => {
                build.warnings.iter().for_each(|w| reporter.warned(w));
                let name = build
                    .meta
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or("pilet")
                    .to_string();
                self.slots.write().expect("never poisoned")[index] = Slot {
                    build,
                    updated: now_ms(),
                };
                if self
                    .last_error
                    .write()
                    .expect("never poisoned")
                    .take()
                    .is_some()
                {
                    let _ = self.events.send(Event::Recovered);
                }
                let _ = self.events.send(Event::Pilet(index));
                reporter.rebuilt(&name, started.elapsed());
                false
            }
            Err(error) => {
                self.failed(reporter, &error);
                true
            }
        }
    }

    /// Rebuilds the shell; the page reloads itself when it succeeded. Returns what to watch
    /// next.
    pub(crate) fn rebuild_shell(&self, reporter: &dyn Reporter) -> Watched {
        let failed = self.build_shell(reporter);
        self.watched_shell(failed)
    }

    /// Builds the shell; whether it failed.
    fn build_shell(&self, reporter: &dyn Reporter) -> bool {
        let Some(build) = &self.shell else {
            return false;
        };
        let started = std::time::Instant::now();
        match build() {
            Ok(built) => {
                built.warnings.iter().for_each(|w| reporter.warned(w));
                *self.app_files.write().expect("never poisoned") = Some(built.files);
                *self.shell_read.write().expect("never poisoned") = built.read;
                self.last_error.write().expect("never poisoned").take();
                let _ = self.events.send(Event::Reload);
                reporter.rebuilt("app shell", started.elapsed());
                false
            }
            Err(error) => {
                self.failed(reporter, &error);
                true
            }
        }
    }

    fn failed(&self, reporter: &dyn Reporter, error: &anyhow::Error) {
        reporter.failed(error);
        let message = format!("{error:#}");
        *self.last_error.write().expect("never poisoned") = Some(message.clone());
        let _ = self.events.send(Event::Error(message));
    }
}
