//! Arguments of `piral feed`: the releases of a feed in blob storage.

use clap::{Args, Subcommand};

const TARGET: &str = "Feed storage";

/// Where the feed is and which environment.
#[derive(Debug, Args)]
pub(crate) struct FeedTargetArgs {
    /// The feed's storage: az://<container>/<prefix>, s3://<bucket>/<prefix>,
    /// gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region
    /// [default: `url` from .piralrc when it is such a URL]
    #[arg(long, value_name = "URL", action = clap::ArgAction::Append, global = true, help_heading = TARGET)]
    pub(crate) to: Vec<String>,

    /// The environment: its document is feed.<env>.json (`default`: feed.json)
    /// [`verify`: every environment]
    #[arg(long, value_name = "NAME", global = true, help_heading = TARGET)]
    pub(crate) env: Option<String>,
}

/// Arguments of `piral feed`.
#[derive(Debug, Args)]
pub(crate) struct FeedArgs {
    #[command(flatten)]
    pub(crate) target: FeedTargetArgs,

    #[command(subcommand)]
    pub(crate) command: FeedCommand,
}

/// The `piral feed` commands.
#[derive(Debug, Subcommand)]
pub(crate) enum FeedCommand {
    /// List the pilets of an environment
    #[command(visible_aliases = ["ls"])]
    List,

    /// Move a pilet's version from one environment to another, without building or uploading
    #[command(
        long_about = "Move a pilet's version from one environment to another, without building or uploading.\n\n\
The item is copied as it is from the `--from` environment's feed document into the `--env` \
environment's, as a conditional write; the change is recorded in the environment's history.\n\n\
Examples:\n  $ piral feed promote my-pilet@1.2.0 --from staging --env production --to az://pilets/feed"
    )]
    Promote {
        /// The pilet, as `<name>@<version>` or `<name>` (the version the source lists)
        #[arg(value_name = "NAME[@VERSION]")]
        spec: String,

        /// The environment to take it from
        #[arg(long, value_name = "ENV")]
        from: String,
    },

    /// List the version a pilet had before in an environment again
    #[command(
        long_about = "List the version a pilet had before in an environment again.\n\n\
Goes back one deployment at a time through the environment's history (a second rollback goes \
further back), or to the version named as `<name>@<version>`. The files are still there: published versions are immutable.\n\n\
Examples:\n  $ piral feed rollback my-pilet --env production --to az://pilets/feed\n  \
$ piral feed rollback my-pilet@1.0.0 --env production --to az://pilets/feed"
    )]
    Rollback {
        /// The pilet, as `<name>` (back to the version before the current one) or
        /// `<name>@<version>` (back to that version)
        #[arg(value_name = "NAME[@VERSION]")]
        spec: String,
    },

    /// Take a pilet out of an environment (its files stay)
    #[command(visible_aliases = ["rm"])]
    Remove {
        /// The pilet's name
        name: String,
    },

    /// Show an environment's changes: who, when, what
    #[command(visible_aliases = ["log"])]
    History {
        /// Only this pilet's changes
        name: Option<String>,
    },

    /// Check that every link answers, its bytes match its integrity and shared dependencies are provided
    #[command(
        long_about = "Check that every link answers, its bytes match its integrity and shared dependencies are provided.\n\n\
For each environment (or `--env`) of each target: every item's link and dependency URLs are \
fetched, the main file is compared with the item's `integrity`, the shared dependencies a \
SystemJS pilet imports must be provided by the shell released to that environment or by \
another pilet, and the items must be what the history last recorded. With two `--to` targets, \
the regions must list the same. Exits with 1 on any problem (`[0151]`).\n\n\
Examples:\n  $ piral feed verify --to az://pilets/feed --to az://pilets-west/feed"
    )]
    Verify,
}
