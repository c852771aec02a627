//! `piral`: the Piral CLI as one native binary.
//!
//! The library is what the binaries and the tests drive; its API is internal and carries no
//! semver promise. Start reading at [`app`], which parses arguments, runs a command and renders
//! its result or error.

mod allocator;
mod app;
mod archive;
mod build;
mod bundler;
mod cli;
mod commands;
mod config;
mod context;
mod devserver;
mod digest;
mod emulator;
mod errors;
mod manifest;
mod npm;
mod pack;
mod publish;
mod scaffold;
mod templates;
mod timing;
mod ui;
mod validate;

pub use app::{Flavor, main};

#[doc(hidden)]
pub mod testing {
    //! Entry points that the integration tests use to check generated files.
    pub use crate::commands::completions::render as render_completions;
    pub use crate::errors::codes::render_markdown as render_codes_markdown;
}
