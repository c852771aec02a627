//! Integration tests: they drive the built `piral` and `pilet` executables against fixture
//! projects in temporary folders, with an isolated HOME, no colours and no progress bars.

mod common;

mod bundle;
mod cli;
mod config;
mod debug;
mod e2e;
mod generated;
mod layout;
mod new_pilet;
mod new_piral;
mod npm_package;
mod pack_pilet;
mod publish;
mod storage;
mod validate;
