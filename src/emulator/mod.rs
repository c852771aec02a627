//! Emulators: an app shell as pilet developers receive it.
//!
//! [`package`] writes the emulator package of a shell (the debug build under `app/`, the
//! scaffold files, a package.json marked `piralCLI.generated`) and its website form;
//! [`website`] installs a website emulator from its `emulator.json` URL into a pilet;
//! [`install_temporary`] installs an emulator package into a folder of its own for
//! `piral run-emulator`.

pub(crate) mod package;
pub(crate) mod website;

use std::path::PathBuf;

use serde_json::Value;

use crate::errors::{Code, CodedError};
use crate::manifest::project::Package;
use crate::npm::{NpmClient, NpmOptions};
use crate::ui::Reporter;

/// An emulator package installed into a temporary folder (removed when this is dropped).
pub(crate) struct InstalledEmulator {
    pub(crate) package: Package,
    /// Keeps the folder alive.
    _folder: tempfile::TempDir,
}

impl InstalledEmulator {
    /// Where its app's files are.
    pub(crate) fn app_dir(&self) -> PathBuf {
        self.package.app_dir()
    }
}

/// Installs `spec` (an npm package, or the path of a `.tgz` or folder) with the npm client into
/// a new temporary folder, and checks that it is an emulator.
pub(crate) fn install_temporary(
    spec: &str,
    shown: &str,
    client: NpmClient,
    npm: NpmOptions,
    reporter: &dyn Reporter,
) -> anyhow::Result<InstalledEmulator> {
    let folder = tempfile::Builder::new().prefix("piral-cli-").tempdir()?;
    let root = folder.path();
    crate::templates::write_atomic(
        &root.join("package.json"),
        b"{\"name\":\"piral-run-emulator\",\"private\":true}\n",
    )?;
    reporter.status("Installing", format_args!("emulator `{shown}`"));
    crate::npm::add_dev(reporter, client, root, spec, &npm)?;
    let manifest = crate::manifest::read_object(&root.join("package.json"))?.unwrap_or_default();
    let name = manifest
        .get("devDependencies")
        .and_then(Value::as_object)
        .and_then(|deps| deps.keys().next().cloned())
        .ok_or_else(|| {
            CodedError::new(
                Code::AppInstanceNotFound,
                format!("installing `{shown}` added no package"),
            )
        })?;
    let package_root = root.join("node_modules").join(&name);
    let package = Package::load(&package_root)?.ok_or_else(|| {
        CodedError::new(
            Code::AppInstanceInvalid,
            format!("`{name}` has no package.json"),
        )
    })?;
    if !package.is_emulator() {
        return Err(CodedError::new(
            Code::AppInstanceInvalid,
            format!("`{name}` is not an emulator package (no `piralCLI.generated`)"),
        )
        .into());
    }
    Ok(InstalledEmulator {
        package,
        _folder: folder,
    })
}
