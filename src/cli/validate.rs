//! Arguments of `piral validate` and `pilet validate`.

use std::path::PathBuf;

use clap::Args;

/// Arguments of `piral validate`.
#[derive(Debug, Args)]
pub(crate) struct ValidatePiralArgs {
    /// The app shell: its folder, or its HTML entry
    #[arg(value_name = "SOURCE", default_value = "./")]
    pub(crate) source: PathBuf,
}

/// Arguments of `pilet validate`.
#[derive(Debug, Args)]
pub(crate) struct ValidatePiletArgs {
    /// The pilet's entry module or folder (globs allowed)
    #[arg(value_name = "SOURCE", default_value = "./src/index")]
    pub(crate) source: String,

    /// Validate against this app shell instead of the ones selected in pilet.json
    #[arg(long, value_name = "NAME", num_args = 0..=1)]
    pub(crate) app: Option<Option<String>>,
}
