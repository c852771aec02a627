//! Builds of projects: a pilet ([`pilet`]), an app shell's release and emulator ([`shell`]),
//! manifests and standalone sites of several pilets ([`manifest`]), and the environment every
//! build hands its code ([`env`]).
//!
//! This is where a project on disk meets the bundler: entries, importmaps, shared dependencies
//! and formats are decided here, the bundler turns them into files in memory, and
//! [`write_outputs`] writes them only after everything succeeded. Nothing here prints; progress
//! goes through [`crate::ui::Reporter`].

pub(crate) mod csp;
pub(crate) mod declaration;
pub(crate) mod env;
pub(crate) mod html;
pub(crate) mod manifest;
pub(crate) mod offline;
pub(crate) mod pilet;
pub(crate) mod report;
pub(crate) mod shell;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::bundler::BundleDiagnostic;
use crate::bundler::emit::{OutputFile, PiletSchema};
use crate::errors::codes::Level;
use crate::errors::{Code, CodedError};
use crate::templates::write_atomic;
use crate::ui::Reporter;

/// Reports the bundler's warnings (`[0177]` …), each with the file and position it is about.
pub(crate) fn report_warnings(reporter: &dyn Reporter, warnings: &[BundleDiagnostic]) {
    for warning in warnings {
        reporter.diagnostic(
            warning.code,
            Level::Warning,
            warning.message.clone(),
            warning.file(),
        );
    }
}

/// Writes the files of a successful build into `out_dir`, each one whole (temporary file and
/// rename), in parallel (a bundle and its map: the map is three times the bundle's size). With
/// `fresh`, what else was in the folder is removed afterwards.
pub(crate) fn write_outputs(
    out_dir: &Path,
    files: &[OutputFile],
    fresh: bool,
) -> anyhow::Result<Vec<String>> {
    use rayon::prelude::*;
    fs_err::create_dir_all(out_dir)?;
    let mut written = files
        .par_iter()
        .map(|file| {
            let path = crate::archive::safe_join(out_dir, &file.name)?;
            write_atomic(&path, &file.bytes)?;
            Ok(file.name.clone())
        })
        .collect::<anyhow::Result<Vec<String>>>()?;
    if fresh {
        for entry in fs_err::read_dir(out_dir)?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if written
                .iter()
                .any(|w| w == &name || w.starts_with(&format!("{name}/")))
            {
                continue;
            }
            let path = entry.path();
            if path.is_dir() {
                fs_err::remove_dir_all(&path)?
            } else {
                fs_err::remove_file(&path)?
            }
        }
    }
    written.sort();
    crate::timing::mark("written");
    Ok(written)
}

/// `--watch` of `pilet build` and `piral build`: after the first build (which read `read`),
/// watches `root` with the debug server's rules and calls `rebuild` on every change that
/// matters, until Ctrl-C or SIGTERM. A failed rebuild is reported (`server.failed`), leaves the
/// output as it was, and waits for the next change.
pub(crate) fn watch(
    root: &Path,
    read: BTreeSet<PathBuf>,
    ready: &(dyn Fn() + Sync),
    server: &dyn crate::devserver::Reporter,
    rebuild: &(dyn Fn() -> anyhow::Result<BTreeSet<PathBuf>> + Sync),
) -> anyhow::Result<()> {
    use crate::devserver::Watched;
    let initial = Watched::new(&read, false);
    let last = std::sync::Mutex::new(read);
    crate::devserver::watch_until_stopped(
        root,
        std::time::Duration::from_millis(100),
        initial,
        ready,
        &|files, outcome| server.watched(root, files, outcome),
        &|| {
            let mut last = last.lock().expect("never poisoned");
            match rebuild() {
                Ok(read) => {
                    *last = read;
                    Watched::new(&last, false)
                }
                Err(error) => {
                    server.failed(&error);
                    Watched::new(&last, true)
                }
            }
        },
    )
}

/// What `pilet build` produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum PiletBuildType {
    /// The pilet's files in the target folder
    Default,
    /// The pilets, a pilets.json and the app shell, ready to serve together
    Standalone,
    /// The pilets in folders of their own, with a pilets.json
    Manifest,
}

/// What `piral build` produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum PiralBuildType {
    /// The release and the emulator (as piral.json `emulator` says, default `package`)
    All,
    /// The site to deploy: `<target>/release`
    Release,
    /// The emulator as piral.json `emulator` says (default `package`)
    Emulator,
    /// The emulator as an npm package `.tgz`: `<target>/emulator`
    EmulatorPackage,
    /// The emulator package's files, not packed: `<target>/emulator`
    EmulatorSources,
    /// The emulator as a website (`emulator.json` and the app): `<target>/emulator`
    EmulatorWebsite,
}

/// The format of a pilet: `--schema`, else pilet.json `schemaVersion`, else `schemaVersion` of
/// `.piralrc` (or `piral_schemaVersion`), else `v2`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct SchemaSetting {
    /// `--schema`.
    pub(crate) flag: Option<String>,
    /// `schemaVersion` of `.piralrc` (or `piral_schemaVersion`).
    pub(crate) config: Option<String>,
}

impl SchemaSetting {
    /// The schema for a pilet whose pilet.json says `pilet_json` (its `schemaVersion`).
    pub(crate) fn resolve(&self, pilet_json: Option<&str>) -> Result<PiletSchema, CodedError> {
        let text = self
            .flag
            .as_deref()
            .or(pilet_json)
            .or(self.config.as_deref())
            .unwrap_or("v2");
        PiletSchema::parse(text).ok_or_else(|| {
            CodedError::new(
                Code::InvalidSchemaVersion,
                format!("the pilet schema `{text}` is not supported by this bundler (supported: v0, v1, v2, v3, none)"),
            )
            .with_hint("use `--schema v2` or `--schema v3`; `schemaVersion` in pilet.json sets the default")
        })
    }
}

/// The output options both build commands share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct BundleSettings {
    /// Normalised: starts and ends with `/`.
    pub(crate) public_url: String,
    pub(crate) minify: bool,
    pub(crate) source_maps: bool,
    pub(crate) content_hash: bool,
    pub(crate) fresh: bool,
    /// Notes for flags of the old CLI that are accepted and ignored.
    pub(crate) ignored: Vec<&'static str>,
    /// `--report`: the bundle report's file, relative to the project folder.
    pub(crate) report: Option<PathBuf>,
    /// `--metafile`: esbuild's metafile, relative to the project folder.
    pub(crate) metafile: Option<PathBuf>,
}

/// `pilet build`.
#[derive(Debug)]
pub(crate) struct BuildPiletSettings {
    pub(crate) cwd: PathBuf,
    pub(crate) source: String,
    /// The main file, relative to each pilet's folder.
    pub(crate) target: PathBuf,
    pub(crate) schema: SchemaSetting,
    pub(crate) build_type: PiletBuildType,
    pub(crate) app: Option<String>,
    pub(crate) declaration: bool,
    /// `--watch`: rebuild on changes until stopped.
    pub(crate) watch: bool,
    pub(crate) bundle: BundleSettings,
}

/// `piral build`.
#[derive(Debug)]
pub(crate) struct BuildPiralSettings {
    /// The shell's folder or HTML entry.
    pub(crate) source: PathBuf,
    /// The output folder.
    pub(crate) target: PathBuf,
    pub(crate) build_type: PiralBuildType,
    /// Write into `<target>/release` and `<target>/emulator`.
    pub(crate) subdir: bool,
    /// `--watch`: rebuild on changes until stopped.
    pub(crate) watch: bool,
    /// `--service-worker`: the release works offline (else `serviceWorker` of piral.json).
    pub(crate) service_worker: bool,
    pub(crate) bundle: BundleSettings,
}
