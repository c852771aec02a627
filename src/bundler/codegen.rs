//! `.codegen` modules: evaluated by Node at build time, their result bundled as a script.
//! Owns the Node invocation and the evaluations started ahead of the graph walk
//! ([`prefetch_codegen`]), which `load` picks up when the walk reaches the module.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::BundleOptions;
use super::diagnostics::bundle_error;

/// Evaluations of `.codegen` modules started ahead of the graph walk.
pub(crate) type Prefetched = std::sync::Arc<
    Mutex<std::collections::HashMap<PathBuf, std::thread::JoinHandle<anyhow::Result<String>>>>,
>;

/// Starts evaluating the `.codegen` modules of `packages` (folders) at once, in the background.
/// Node takes about 100 ms to run piral-core's `app.codegen`; started here, that time overlaps
/// with transforming everything else instead of waiting in the middle of the graph walk.
pub(crate) fn prefetch_codegen(options: &BundleOptions, packages: &[PathBuf]) {
    for folder in packages {
        let Ok(entries) = fs_err::read_dir(folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "codegen") {
                continue;
            }
            let path = path.canonicalize().unwrap_or(path);
            let worker_options = options.clone();
            let worker_path = path.clone();
            let handle = std::thread::spawn(move || run_codegen(&worker_path, &worker_options));
            if let Ok(mut map) = options.prefetched.lock() {
                map.insert(path, handle);
            }
        }
    }
}

/// The code a `.codegen` module generates: its prefetched evaluation, or a new one.
pub(super) fn evaluate(path: &Path, options: &BundleOptions) -> anyhow::Result<String> {
    let prefetched = options
        .prefetched
        .lock()
        .ok()
        .and_then(|mut map| map.remove(path));
    match prefetched {
        Some(pending) => pending
            .join()
            .map_err(|_| bundle_error(format!("evaluating `{}` panicked", path.display()), None))?,
        None => run_codegen(path, options),
    }
}

/// Evaluates a `.codegen` module with Node: `module.exports = function () { return code }`,
/// called with `this = { name, options: { outDir, rootDir }, addDependency() }`, in the
/// project folder with the build's environment.
fn run_codegen(path: &Path, options: &BundleOptions) -> anyhow::Result<String> {
    const SCRIPT: &str = r#"
const file = process.argv[1];
const generator = require(file);
const fn = typeof generator === "function" ? generator : generator.default;
Promise.resolve(fn.call({ name: file, options: { outDir: process.argv[2], rootDir: process.cwd() }, addDependency() {} }))
  .then((code) => { process.stdout.write(String(code)); })
  .catch((error) => { console.error(error && error.stack || error); process.exit(1); });
"#;
    let mut command = std::process::Command::new("node");
    command
        .arg("-e")
        .arg(SCRIPT)
        .arg(path)
        .arg(&options.out_dir)
        .current_dir(&options.root)
        .envs(&options.codegen_env)
        .stdin(std::process::Stdio::null());
    // Node reads the whole NODE_EXTRA_CA_CERTS bundle while it starts (36 of its 59 ms on the
    // benchmark machine); generating code needs no TLS. `PIRAL_CODEGEN_CA_CERTS=keep` keeps it
    // for a `.codegen` module that fetches over HTTPS behind a private CA.
    if std::env::var_os("PIRAL_CODEGEN_CA_CERTS").is_none_or(|v| v != "keep") {
        command.env_remove("NODE_EXTRA_CA_CERTS");
    }
    let output = command.output().map_err(|error| {
        bundle_error(
            format!(
                "cannot start `node` to evaluate `{}`: {error}",
                path.display()
            ),
            None,
        )
    })?;
    if !output.status.success() {
        return Err(bundle_error(
            format!(
                "evaluating `{}` failed: {}",
                path.display(),
                String::from_utf8_lossy(&output.stderr).trim()
            ),
            None,
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
