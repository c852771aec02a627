//! Arguments of `pilet debug`, `piral debug` and `piral run-emulator`; the server options they
//! share are one flattened group, [`ServeArgs`].

use std::path::PathBuf;

use clap::Args;

use super::build::Schema;

const SERVER: &str = "Server";

/// How a debug server listens; the same flags on every serving command.
#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// The port to serve on; the next free one is taken when it is busy
    #[arg(long, value_name = "PORT", num_args = 0..=1, default_value = "1234", default_missing_value = "1234",
          help_heading = SERVER)]
    pub(crate) port: u16,

    /// Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", help_heading = SERVER, overrides_with = "no_strict_port")]
    pub(crate) strict_port: Option<bool>,
    #[arg(long, hide = true, overrides_with = "strict_port")]
    pub(crate) no_strict_port: bool,

    /// The address to listen on; anything but loopback makes the server reachable from other machines
    #[arg(long, value_name = "HOST", num_args = 0..=1, default_value = "127.0.0.1",
          default_missing_value = "127.0.0.1", help_heading = SERVER)]
    pub(crate) host: String,

    /// Open the browser once the server runs
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", help_heading = SERVER, overrides_with = "no_open")]
    pub(crate) open: Option<bool>,
    #[arg(long, hide = true, overrides_with = "open")]
    pub(crate) no_open: bool,

    /// A kras configuration merged over the project's `.krasrc` files (mock folders, `map`, injectors)
    #[arg(long, value_name = "FILE", help_heading = SERVER)]
    pub(crate) krasrc: Option<PathBuf>,

    /// Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)
    #[arg(long, value_name = "PREFIX=URL", help_heading = SERVER)]
    pub(crate) proxy: Vec<String>,
}

/// Arguments of `pilet debug`.
#[derive(Debug, Args)]
pub(crate) struct DebugPiletArgs {
    /// The pilets' entry modules or folders (globs allowed; several pilets are served together)
    #[arg(value_name = "SOURCE", default_value = "./src/index", num_args = 0..)]
    pub(crate) sources: Vec<String>,

    #[command(flatten)]
    pub(crate) serve: ServeArgs,

    /// The public URL the app is served under; the feed is `<public url>$pilet-api`
    #[arg(long, value_name = "URL", num_args = 0..=1, default_value = "/", default_missing_value = "/",
          help_heading = SERVER)]
    pub(crate) public_url: String,

    /// The app shell to debug in [default: the one selected in pilet.json]
    #[arg(long, value_name = "NAME", num_args = 0..=1, help_heading = SERVER)]
    pub(crate) app: Option<Option<String>>,

    /// A folder with the app shell's files to serve instead of the emulator's `app/`
    #[arg(long, value_name = "DIR", num_args = 0..=1, help_heading = SERVER)]
    pub(crate) app_dir: Option<Option<PathBuf>>,

    /// The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]
    #[arg(long, value_enum, num_args = 0..=1, help_heading = SERVER)]
    pub(crate) schema: Option<Option<Schema>>,

    /// A pilet feed whose pilets are listed after the local ones (local names win)
    #[arg(long, value_name = "URL", help_heading = SERVER)]
    pub(crate) feed: Vec<String>,

    /// Milliseconds to wait for more changes before rebuilding
    #[arg(long, value_name = "MS", default_value = "20", hide_short_help = true, help_heading = SERVER)]
    pub(crate) debounce: u64,
}

/// Arguments of `piral debug`.
#[derive(Debug, Args)]
pub(crate) struct DebugPiralArgs {
    /// The app shell: its folder, or its HTML entry
    #[arg(value_name = "SOURCE", default_value = "./")]
    pub(crate) source: PathBuf,

    #[command(flatten)]
    pub(crate) serve: ServeArgs,

    /// The public URL the app is served under; the feed is `<public url>$pilet-api`
    #[arg(long, value_name = "URL", num_args = 0..=1, default_value = "/", default_missing_value = "/",
          help_heading = SERVER)]
    pub(crate) public_url: String,

    /// A pilet feed for the shell to load instead of its own
    #[arg(long, value_name = "URL", help_heading = SERVER)]
    pub(crate) feed: Option<String>,

    /// Milliseconds to wait for more changes before rebuilding
    #[arg(long, value_name = "MS", default_value = "20", hide_short_help = true, help_heading = SERVER)]
    pub(crate) debounce: u64,
}

/// Arguments of `piral run-emulator`.
#[derive(Debug, Args)]
pub(crate) struct RunEmulatorArgs {
    /// The emulator: an npm package (`name[@version]`), an emulator `.tgz` or its folder
    #[arg(value_name = "SOURCE")]
    pub(crate) source: String,

    #[command(flatten)]
    pub(crate) serve: ServeArgs,

    /// A pilet feed whose pilets the emulator shows
    #[arg(long, value_name = "URL", help_heading = SERVER)]
    pub(crate) feed: Vec<String>,

    /// The npm registry to install the emulator from
    #[arg(long, value_name = "URL", num_args = 0..=1)]
    pub(crate) registry: Option<Option<String>>,

    /// The npm client to install the emulator with [default: npm]
    #[arg(long, value_enum, num_args = 0..=1)]
    pub(crate) npm_client: Option<Option<crate::npm::NpmClient>>,

    #[command(flatten)]
    pub(crate) tls: crate::cli::new::RegistryTlsArgs,
}
