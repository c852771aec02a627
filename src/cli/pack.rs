//! Arguments of `pilet pack`.

use std::path::PathBuf;

use clap::Args;

/// Arguments of `pilet pack`.
#[derive(Debug, Args)]
pub(crate) struct PackPiletArgs {
    /// The pilet's folder
    #[arg(value_name = "SOURCE", default_value = ".")]
    pub(crate) source: PathBuf,

    /// Where to write the tarball: a folder, or a path ending in `.tgz`
    #[arg(long, value_name = "PATH", num_args = 0..=1, default_value = ".", default_missing_value = ".")]
    pub(crate) target: PathBuf,
}
