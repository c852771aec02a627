//! Arguments of `pilet publish`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::Args;

use super::build::Schema;
use crate::publish::{AuthMode, PiralPublishType, PublishFrom};

const FEED: &str = "Feed service";
const STORAGE: &str = "Blob storage";

/// Where files go instead of a feed service or upload URL: blob storage.
#[derive(Debug, Args)]
pub(crate) struct StorageArgs {
    /// Publish to blob storage: az://<container>/<prefix>, s3://<bucket>/<prefix>,
    /// gs://<bucket>/<prefix> or file:///<folder> (credentials from AZURE_STORAGE_*, AWS_*,
    /// GOOGLE_* and `storage` in .piralrc); twice for a primary and a secondary region
    #[arg(long, value_name = "URL", action = clap::ArgAction::Append, help_heading = STORAGE)]
    pub(crate) to: Vec<String>,

    /// The feed environment to publish to: its document is feed.<env>.json (`default`:
    /// feed.json); the files are shared by every environment
    #[arg(long, value_name = "NAME", help_heading = STORAGE)]
    pub(crate) env: Option<String>,

    /// The public URL the stored files are served from (for example a CDN): the links in
    /// feed.json, the release's page URL [default: the storage's own URL; relative for file://]
    #[arg(long, value_name = "URL", help_heading = STORAGE)]
    pub(crate) public_url: Option<String>,

    /// Create the container or bucket first (Azure, Azurite, S3 and folders)
    #[arg(long, help_heading = STORAGE)]
    pub(crate) create_container: bool,

    /// How many files are uploaded at once
    #[arg(long, value_name = "N", default_value = "16", help_heading = STORAGE)]
    pub(crate) concurrency: usize,
}

/// Arguments of `pilet publish`.
#[derive(Debug, Args)]
pub(crate) struct PublishPiletArgs {
    /// What to publish: a glob of tarballs (default `*.tgz`), a URL, an npm package, or with
    /// `--fresh` the pilets' entries (default `./src/index`)
    #[arg(value_name = "SOURCE")]
    pub(crate) source: Option<String>,

    /// The feed service's publish URL [default: `url` from .piralrc]
    #[arg(long, value_name = "URL", help_heading = FEED)]
    pub(crate) url: Option<String>,

    /// The API key [default: `apiKeys[url]`, else `apiKey` from .piralrc]; never printed
    #[arg(long, value_name = "KEY", hide_env_values = true, env = "PIRAL_API_KEY", help_heading = FEED)]
    pub(crate) api_key: Option<String>,

    /// How the key is sent in `authorization`
    #[arg(long, alias = "auth-mode", value_enum, default_value = "basic", num_args = 0..=1,
          default_missing_value = "basic", help_heading = FEED)]
    pub(crate) mode: AuthMode,

    /// A CA certificate (PEM) to trust for the feed service
    #[arg(long, value_name = "FILE", help_heading = FEED)]
    pub(crate) ca_cert: Option<PathBuf>,

    /// Accept the feed service's self-signed certificate
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", help_heading = FEED, overrides_with = "no_allow_self_signed")]
    pub(crate) allow_self_signed: Option<bool>,
    #[arg(long, hide = true, overrides_with = "allow_self_signed")]
    pub(crate) no_allow_self_signed: bool,

    /// Where the tarballs come from
    #[arg(long, value_enum, default_value = "local", help_heading = FEED)]
    pub(crate) from: PublishFrom,

    /// Build and pack the pilets first
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", help_heading = FEED, overrides_with = "no_fresh")]
    pub(crate) fresh: Option<bool>,
    #[arg(long, hide = true, overrides_with = "fresh")]
    pub(crate) no_fresh: bool,

    /// The pilet format for `--fresh`
    #[arg(long, value_enum, num_args = 0..=1, help_heading = FEED)]
    pub(crate) schema: Option<Option<Schema>>,

    /// Do everything but the upload, and show what would be sent
    #[arg(long, help_heading = FEED)]
    pub(crate) dry_run: bool,

    /// Extra attempts after connection errors, timeouts and 502/503/504
    #[arg(long, value_name = "N", default_value = "3", help_heading = FEED)]
    pub(crate) retries: u32,

    /// Publish a version that feed.json already lists again (blob storage only)
    #[arg(long, help_heading = STORAGE)]
    pub(crate) force: bool,

    #[command(flatten)]
    pub(crate) storage: StorageArgs,

    /// When the feed refuses the key but offers a login, log in (the link is printed) and retry
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true",
          overrides_with = "no_interactive", help_heading = FEED)]
    pub(crate) interactive: Option<bool>,
    #[arg(long, hide = true, overrides_with = "interactive")]
    pub(crate) no_interactive: bool,

    /// With `--interactive`: also open the login link in the browser
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true",
          overrides_with = "no_open", help_heading = FEED)]
    pub(crate) open: Option<bool>,
    #[arg(long, hide = true, overrides_with = "open")]
    pub(crate) no_open: bool,

    /// How often to ask whether the login finished, in milliseconds
    #[arg(long, value_name = "MS", default_value = "5000", hide = true)]
    pub(crate) login_poll_ms: u64,

    #[arg(skip)]
    pub(crate) fields: BTreeMap<String, String>,

    #[arg(skip)]
    pub(crate) headers: BTreeMap<String, String>,
}

/// Arguments of `piral publish`.
#[derive(Debug, Args)]
pub(crate) struct PublishPiralArgs {
    /// The build output folder (holding `release/` and `emulator/`)
    #[arg(value_name = "SOURCE", default_value = "./dist")]
    pub(crate) source: PathBuf,

    /// What to publish
    #[arg(long = "type", value_enum, default_value = "emulator", help_heading = FEED)]
    pub(crate) publish_type: PiralPublishType,

    /// The npm registry (emulator) or the upload URL (release) [default: `url` from .piralrc]
    #[arg(long, value_name = "URL", help_heading = FEED)]
    pub(crate) url: Option<String>,

    /// The registry token (emulator) or API key (release) [default: from .piralrc]; never printed
    #[arg(long, value_name = "KEY", hide_env_values = true, env = "PIRAL_API_KEY", help_heading = FEED)]
    pub(crate) api_key: Option<String>,

    /// How the key is sent in `authorization` (release)
    #[arg(long, alias = "auth-mode", value_enum, default_value = "basic", help_heading = FEED)]
    pub(crate) mode: AuthMode,

    /// A CA certificate (PEM) to trust
    #[arg(long, value_name = "FILE", help_heading = FEED)]
    pub(crate) ca_cert: Option<PathBuf>,

    /// Accept self-signed certificates
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", help_heading = FEED, overrides_with = "no_allow_self_signed")]
    pub(crate) allow_self_signed: Option<bool>,
    #[arg(long, hide = true, overrides_with = "allow_self_signed")]
    pub(crate) no_allow_self_signed: bool,

    /// Build first
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", help_heading = FEED, overrides_with = "no_fresh")]
    pub(crate) fresh: Option<bool>,
    #[arg(long, hide = true, overrides_with = "fresh")]
    pub(crate) no_fresh: bool,

    /// Extra attempts after connection errors, timeouts and 502/503/504 (release)
    #[arg(long, value_name = "N", default_value = "3", help_heading = FEED)]
    pub(crate) retries: u32,

    /// Do everything but the upload, and show what would be sent
    #[arg(long, help_heading = FEED)]
    pub(crate) dry_run: bool,

    #[command(flatten)]
    pub(crate) storage: StorageArgs,

    /// With `--env`: the feed the environment's pages name in their `piral-feed` meta tag
    /// [default: the environment's feed document in the same storage]
    #[arg(long, value_name = "URL", requires = "env", help_heading = STORAGE)]
    pub(crate) feed_url: Option<String>,

    #[arg(skip)]
    pub(crate) headers: BTreeMap<String, String>,
}
