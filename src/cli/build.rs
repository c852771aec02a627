//! Arguments of `piral build` and `pilet build`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

pub(crate) use crate::build::{PiletBuildType, PiralBuildType};

const OUTPUT: &str = "Output";

/// Options both build commands share.
#[derive(Debug, Args)]
pub(crate) struct BundleArgs {
    /// The public URL the files are served from
    #[arg(long, value_name = "URL", num_args = 0..=1, default_value = "/", default_missing_value = "/",
          help_heading = OUTPUT)]
    pub(crate) public_url: String,

    /// Minify the output (`--no-minify` to keep it readable)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true",
          overrides_with = "no_minify", help_heading = OUTPUT)]
    pub(crate) minify: Option<bool>,
    #[arg(long, hide = true, overrides_with = "minify")]
    pub(crate) no_minify: bool,

    /// Write source maps (`--no-source-maps` to skip them)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true",
          overrides_with = "no_source_maps", help_heading = OUTPUT)]
    pub(crate) source_maps: Option<bool>,
    #[arg(long, hide = true, overrides_with = "source_maps")]
    pub(crate) no_source_maps: bool,

    /// Put content hashes into file names (`--no-content-hash` to keep plain names)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true",
          overrides_with = "no_content_hash", help_heading = OUTPUT)]
    pub(crate) content_hash: Option<bool>,
    #[arg(long, hide = true, overrides_with = "content_hash")]
    pub(crate) no_content_hash: bool,

    /// Empty the output folder first (after a successful build)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true",
          overrides_with = "no_fresh", help_heading = OUTPUT)]
    pub(crate) fresh: Option<bool>,
    #[arg(long, hide = true, overrides_with = "fresh")]
    pub(crate) no_fresh: bool,

    /// Accepted for compatibility and ignored: the bundler is built in
    #[arg(long, value_name = "NAME", num_args = 0..=1, hide_short_help = true, help_heading = OUTPUT)]
    pub(crate) bundler: Option<Option<String>>,

    /// Accepted for compatibility and ignored: modules are never patched
    #[arg(long, value_name = "BOOL", num_args = 0..=1, hide_short_help = true, help_heading = OUTPUT)]
    pub(crate) optimize_modules: Option<Option<bool>>,
    #[arg(long, hide = true)]
    pub(crate) no_optimize_modules: bool,

    /// Accepted for compatibility and ignored: modules are transformed on every core
    #[arg(long, value_name = "N", num_args = 0..=1, hide_short_help = true, help_heading = OUTPUT)]
    pub(crate) concurrency: Option<Option<usize>>,

    /// Write a self-contained bundle report: a treemap of files, packages and modules with
    /// raw and gzip sizes [default file: report.html in the project folder]
    #[arg(long, value_name = "FILE", num_args = 0..=1, default_missing_value = "report.html",
          help_heading = OUTPUT)]
    pub(crate) report: Option<PathBuf>,

    /// Write esbuild's metafile JSON (inputs, outputs, bytes per module), which esbuild's
    /// analyzer and other tools read [relative to the project folder]
    #[arg(long, value_name = "FILE", help_heading = OUTPUT)]
    pub(crate) metafile: Option<PathBuf>,
}

/// The pilet formats (spec §6.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Schema {
    V0,
    V1,
    V2,
    V3,
    Mf,
    None,
}

/// Arguments of `pilet build`.
#[derive(Debug, Args)]
pub(crate) struct BuildPiletArgs {
    /// The pilet's entry module or folder (globs allowed)
    #[arg(value_name = "SOURCE", default_value = "./src/index")]
    pub(crate) source: String,

    /// The main file to write; its folder receives every output
    #[arg(long, value_name = "FILE", num_args = 0..=1, default_value = "./dist/index.js",
          default_missing_value = "./dist/index.js", help_heading = OUTPUT)]
    pub(crate) target: PathBuf,

    /// The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]
    #[arg(long, value_enum, num_args = 0..=1, help_heading = OUTPUT)]
    pub(crate) schema: Option<Option<Schema>>,

    /// What to produce
    #[arg(long = "type", value_enum, num_args = 0..=1, default_value = "default", default_missing_value = "default",
          help_heading = OUTPUT)]
    pub(crate) build_type: PiletBuildType,

    /// The app shell for `--type standalone` [default: the ones selected in pilet.json]
    #[arg(long, value_name = "NAME", num_args = 0..=1, help_heading = OUTPUT)]
    pub(crate) app: Option<Option<String>>,

    /// Write `index.d.ts`: the entry's declarations and those of the local modules they use
    /// (TypeScript's isolated declarations) [default: true]
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true",
          overrides_with = "no_declaration", hide_short_help = true, help_heading = OUTPUT)]
    pub(crate) declaration: Option<bool>,
    #[arg(long, hide = true, overrides_with = "declaration")]
    pub(crate) no_declaration: bool,

    /// After the first build, keep watching: rebuild into the output on every change of a file
    /// the build read (a failed rebuild leaves the output as it was); Ctrl-C stops
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true",
          overrides_with = "no_watch")]
    pub(crate) watch: Option<bool>,
    #[arg(long, hide = true, overrides_with = "watch")]
    pub(crate) no_watch: bool,

    #[command(flatten)]
    pub(crate) bundle: BundleArgs,
}

/// Arguments of `piral build`.
#[derive(Debug, Args)]
pub(crate) struct BuildPiralArgs {
    /// The app shell: its folder, or its HTML entry
    #[arg(value_name = "SOURCE", default_value = "./")]
    pub(crate) source: PathBuf,

    /// The output folder
    #[arg(long, value_name = "DIR", num_args = 0..=1, default_value = "./dist", default_missing_value = "./dist",
          help_heading = OUTPUT)]
    pub(crate) target: PathBuf,

    /// What to produce
    #[arg(long = "type", value_enum, num_args = 0..=1, default_value = "all", default_missing_value = "all",
          help_heading = OUTPUT)]
    pub(crate) build_type: PiralBuildType,

    /// Write into `<target>/release` and `<target>/emulator` (`--no-subdir`: straight into the target)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true",
          overrides_with = "no_subdir", help_heading = OUTPUT)]
    pub(crate) subdir: Option<bool>,
    #[arg(long, hide = true, overrides_with = "subdir")]
    pub(crate) no_subdir: bool,

    /// After the first build, keep watching: rebuild into the output on every change of a file
    /// the build read (a failed rebuild leaves the output as it was); Ctrl-C stops
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true",
          overrides_with = "no_watch")]
    pub(crate) watch: Option<bool>,
    #[arg(long, hide = true, overrides_with = "watch")]
    pub(crate) no_watch: bool,

    /// Give the release a service worker that keeps the shell, its feed and its pilets for
    /// offline use [default: `serviceWorker` of piral.json]
    #[arg(long)]
    pub(crate) service_worker: bool,

    #[command(flatten)]
    pub(crate) bundle: BundleArgs,
}
