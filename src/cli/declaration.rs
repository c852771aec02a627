//! `piral declaration` and `pilet declaration`.

use std::path::PathBuf;

use clap::Args;

use crate::templates::ForceOverwrite;

/// Arguments of `piral declaration`.
#[derive(Debug, Args)]
pub(crate) struct DeclarationPiralArgs {
    /// The app shell: its folder, or its HTML entry
    #[arg(value_name = "SOURCE", default_value = "./")]
    pub(crate) source: PathBuf,

    /// The folder that gets `index.d.ts`, relative to the shell's folder
    #[arg(long, value_name = "DIR", num_args = 0..=1, default_value = "./dist",
          default_missing_value = "./dist")]
    pub(crate) target: PathBuf,

    /// What to do when `index.d.ts` exists with other content
    #[arg(long, value_enum, num_args = 0..=1, default_value = "yes", default_missing_value = "yes")]
    pub(crate) force_overwrite: ForceOverwrite,
}

/// Arguments of `pilet declaration`.
#[derive(Debug, Args)]
pub(crate) struct DeclarationPiletArgs {
    /// The pilet's entry module or folder
    #[arg(value_name = "SOURCE", default_value = "./")]
    pub(crate) source: String,

    /// The folder that gets `index.d.ts`, relative to the pilet's folder
    #[arg(long, value_name = "DIR", num_args = 0..=1, default_value = "./dist",
          default_missing_value = "./dist")]
    pub(crate) target: PathBuf,

    /// What to do when `index.d.ts` exists with other content
    #[arg(long, value_enum, num_args = 0..=1, default_value = "yes", default_missing_value = "yes")]
    pub(crate) force_overwrite: ForceOverwrite,
}
