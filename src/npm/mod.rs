//! The user's npm client: which one a project uses, and running it.
//!
//! Detection follows the old CLI: lock files from the project folder upwards (`package-lock.json`
//! → npm, `yarn.lock` → yarn, `.pnp.cjs` → pnp, `pnpm-lock.yaml`/`pnpm-workspace.yaml` → pnpm,
//! `bun.lockb`/`bun.lock` → bun, `lerna.json` → lerna, `rush.json` → rush), then the `npmClient`
//! setting, then npm. npm always gets `--legacy-peer-deps`, as the old CLI passed it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::errors::{Code, CodedError};
use crate::ui::Reporter;

/// A package manager this CLI can drive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum NpmClient {
    Npm,
    Pnpm,
    Pnp,
    Yarn,
    Lerna,
    Rush,
    Bun,
}

impl NpmClient {
    pub(crate) fn name(self) -> &'static str {
        match self {
            NpmClient::Npm => "npm",
            NpmClient::Pnpm => "pnpm",
            NpmClient::Pnp => "pnp",
            NpmClient::Yarn => "yarn",
            NpmClient::Lerna => "lerna",
            NpmClient::Rush => "rush",
            NpmClient::Bun => "bun",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<NpmClient> {
        <NpmClient as clap::ValueEnum>::from_str(text, true).ok()
    }

    /// The program and leading arguments that install everything a project declares.
    fn install_command(self) -> (&'static str, Vec<&'static str>) {
        match self {
            NpmClient::Npm => ("npm", vec!["install", "--legacy-peer-deps"]),
            NpmClient::Pnpm => ("pnpm", vec!["install"]),
            NpmClient::Pnp | NpmClient::Yarn => ("yarn", vec!["install"]),
            NpmClient::Bun => ("bun", vec!["install"]),
            NpmClient::Lerna => ("npx", vec!["lerna", "bootstrap"]),
            NpmClient::Rush => ("rush", vec!["update"]),
        }
    }

    /// The program and arguments that add one package as an exact devDependency.
    fn add_dev_command(self, spec: &str) -> (&'static str, Vec<String>) {
        let spec = spec.to_string();
        match self {
            NpmClient::Npm | NpmClient::Lerna | NpmClient::Rush => (
                "npm",
                vec![
                    "install".into(),
                    spec,
                    "--save-dev".into(),
                    "--save-exact".into(),
                    "--legacy-peer-deps".into(),
                ],
            ),
            NpmClient::Pnpm => (
                "pnpm",
                vec![
                    "add".into(),
                    spec,
                    "--save-dev".into(),
                    "--save-exact".into(),
                ],
            ),
            NpmClient::Pnp | NpmClient::Yarn => (
                "yarn",
                vec!["add".into(), spec, "--dev".into(), "--exact".into()],
            ),
            NpmClient::Bun => (
                "bun",
                vec!["add".into(), spec, "--dev".into(), "--exact".into()],
            ),
        }
    }
}

impl NpmClient {
    /// `<client> uninstall <name>`.
    fn remove_command(self, name: &str) -> (&'static str, Vec<String>) {
        let name = name.to_string();
        match self {
            NpmClient::Npm | NpmClient::Lerna | NpmClient::Rush => (
                "npm",
                vec!["uninstall".into(), name, "--legacy-peer-deps".into()],
            ),
            NpmClient::Pnpm => ("pnpm", vec!["remove".into(), name]),
            NpmClient::Pnp | NpmClient::Yarn => ("yarn", vec!["remove".into(), name]),
            NpmClient::Bun => ("bun", vec!["remove".into(), name]),
        }
    }
}

/// Runs `<client> uninstall <name>` in `dir`.
pub(crate) fn remove(
    reporter: &dyn Reporter,
    client: NpmClient,
    dir: &Path,
    name: &str,
    options: &NpmOptions,
) -> anyhow::Result<()> {
    let (program, args) = client.remove_command(name);
    run(
        reporter,
        program,
        &args,
        dir,
        options,
        &format!("Uninstalling {name}"),
    )
}

/// Runs a project's script (`command`, named `name` in messages) with `sh` in `root`, its
/// `node_modules/.bin` first on PATH, as npm runs package scripts; `[0002]` when it fails.
pub(crate) fn run_script(
    reporter: &dyn Reporter,
    root: &Path,
    name: &str,
    command: &str,
) -> anyhow::Result<()> {
    reporter.status("Running", format_args!("{name} `{command}`"));
    let bin = root.join("node_modules").join(".bin");
    let path = match std::env::var_os("PATH") {
        Some(path) => {
            std::env::join_paths(std::iter::once(bin).chain(std::env::split_paths(&path)))?
        }
        None => bin.into_os_string(),
    };
    let status = Command::new("sh")
        .arg("-c")
        .arg(command)
        .current_dir(root)
        .env("PATH", path)
        .stdin(Stdio::null())
        .status()?;
    if !status.success() {
        return Err(CodedError::new(
            Code::GeneralError,
            format!("the script {name} `{command}` failed ({status})"),
        )
        .into());
    }
    Ok(())
}

/// The client a project at `dir` uses, judged by the lock files in it or above it.
pub(crate) fn detect(dir: &Path) -> Option<NpmClient> {
    const MARKERS: &[(&str, NpmClient)] = &[
        ("package-lock.json", NpmClient::Npm),
        ("yarn.lock", NpmClient::Yarn),
        (".pnp.cjs", NpmClient::Pnp),
        ("pnpm-lock.yaml", NpmClient::Pnpm),
        ("pnpm-workspace.yaml", NpmClient::Pnpm),
        ("bun.lockb", NpmClient::Bun),
        ("bun.lock", NpmClient::Bun),
        ("lerna.json", NpmClient::Lerna),
        ("rush.json", NpmClient::Rush),
    ];
    let home = std::env::var_os("HOME").map(PathBuf::from);
    for folder in dir.ancestors() {
        if home.as_deref() == Some(folder) {
            break;
        }
        // `.pnp.cjs` next to `yarn.lock` means Yarn Plug'n'Play.
        if folder.join(".pnp.cjs").is_file() {
            return Some(NpmClient::Pnp);
        }
        if let Some((_, client)) = MARKERS.iter().find(|(file, _)| folder.join(file).is_file()) {
            return Some(*client);
        }
    }
    None
}

/// Extra arguments for every npm invocation.
#[derive(Debug, Default, Clone)]
pub(crate) struct NpmOptions {
    /// `--registry` given on the command line or in the config.
    pub(crate) registry: Option<String>,
    /// Passed through as they are (`--cafile`, `--strict-ssl=false`).
    pub(crate) extra_args: Vec<String>,
}

/// Runs `<client> install` in `dir`.
pub(crate) fn install(
    reporter: &dyn Reporter,
    client: NpmClient,
    dir: &Path,
    options: &NpmOptions,
) -> anyhow::Result<()> {
    try_install(reporter, client, dir, options)?.map_err(|failure| failure.report(reporter))
}

/// Adds `spec` (`name@version`, `file:…`) as an exact devDependency of the project in `dir`.
pub(crate) fn add_dev(
    reporter: &dyn Reporter,
    client: NpmClient,
    dir: &Path,
    spec: &str,
    options: &NpmOptions,
) -> anyhow::Result<()> {
    let (program, args) = client.add_dev_command(spec);
    run(
        reporter,
        program,
        &args,
        dir,
        options,
        &format!("Installing {spec}"),
    )
}

fn run(
    reporter: &dyn Reporter,
    program: &str,
    args: &[String],
    dir: &Path,
    options: &NpmOptions,
    what: &str,
) -> anyhow::Result<()> {
    run_captured(reporter, program, args, dir, options, what)?
        .map_err(|failure| failure.report(reporter))
}

/// A client run that exited unsuccessfully: what it printed, and the error to give.
pub(crate) struct Failed {
    output: String,
    error: CodedError,
}

impl Failed {
    /// Shows what the client printed and turns the failure into the command's error.
    pub(crate) fn report(self, reporter: &dyn Reporter) -> anyhow::Error {
        reporter.raw_stderr(&self.output);
        self.error.into()
    }
}

/// Runs the client; an unsuccessful exit is handed back (inner `Err`) with its output unshown,
/// for callers that can repair and retry.
fn run_captured(
    reporter: &dyn Reporter,
    program: &str,
    args: &[String],
    dir: &Path,
    options: &NpmOptions,
    what: &str,
) -> anyhow::Result<Result<(), Failed>> {
    let mut command = Command::new(program);
    command.args(args).current_dir(dir).stdin(Stdio::null());
    if program == "npm" {
        // Keep npm's own chatter out of the way; errors are shown below when it fails.
        command.args(["--no-fund", "--no-audit"]);
    }
    if let Some(registry) = &options.registry {
        command.arg("--registry").arg(registry);
    }
    command.args(&options.extra_args);
    let shown = format!("{program} {}", args.join(" "));
    reporter.debug(format_args!("running `{shown}` in `{}`", dir.display()));
    let output = {
        let _spinner = reporter.spinner(what);
        if reporter.verbose() {
            command.stdout(Stdio::inherit()).stderr(Stdio::inherit());
        } else {
            command.stdout(Stdio::piped()).stderr(Stdio::piped());
        }
        command.output().map_err(|error| {
            CodedError::new(
                Code::NpmClientFailed,
                format!("could not start `{program}`: {error}"),
            )
            .with_hint(format!(
                "install `{program}` or choose another client with `--npm-client`"
            ))
        })?
    };
    if output.status.success() {
        return Ok(Ok(()));
    }
    Ok(Err(Failed {
        output: format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
        error: CodedError::new(
            Code::NpmClientFailed,
            format!(
                "`{shown}` failed in `{}` ({})",
                dir.display(),
                output.status
            ),
        ),
    }))
}

/// `<client> install` in `dir`, handing a failed run back unshown (see [`Failed`]).
pub(crate) fn try_install(
    reporter: &dyn Reporter,
    client: NpmClient,
    dir: &Path,
    options: &NpmOptions,
) -> anyhow::Result<Result<(), Failed>> {
    let (program, args) = client.install_command();
    let args: Vec<String> = args.into_iter().map(String::from).collect();
    run_captured(
        reporter,
        program,
        &args,
        dir,
        options,
        "Installing dependencies",
    )
}

/// Why `npm view` gave no version.
#[derive(Debug)]
pub(crate) enum ViewError {
    /// The registry answered: no such package, or no version matching the spec.
    NotFound(String),
    /// npm could not ask (offline, not installed, …): the first line of why.
    Failed(String),
}

impl std::fmt::Display for ViewError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ViewError::NotFound(reason) | ViewError::Failed(reason) => f.write_str(reason),
        }
    }
}

/// The version the registry gives for `spec` (`piral-base`, `piral-base@1.10.2`,
/// `piral-base@next`): the newest match (`npm view <spec> version`).
pub(crate) fn view_version(
    dir: &Path,
    spec: &str,
    options: &NpmOptions,
) -> Result<String, ViewError> {
    let mut command = Command::new("npm");
    command
        .args([
            "view",
            spec,
            "version",
            "--fetch-retries=0",
            "--fetch-timeout=10000",
        ])
        .current_dir(dir)
        .stdin(Stdio::null());
    if let Some(registry) = &options.registry {
        command.arg("--registry").arg(registry);
    }
    command.args(&options.extra_args);
    let output = command
        .output()
        .map_err(|error| ViewError::Failed(format!("could not start `npm`: {error}")))?;
    let text = String::from_utf8_lossy(&output.stdout);
    // A range or several dist-tags answer one `name@version 'version'` line per match, the
    // newest last.
    let newest = text.lines().rfind(|l| !l.trim().is_empty()).map(|l| {
        l.rsplit(' ')
            .next()
            .unwrap_or(l)
            .trim()
            .trim_matches('\'')
            .to_string()
    });
    match newest {
        Some(version) if output.status.success() => Ok(version),
        // npm answers nothing (and success) when no version matches the range.
        None if output.status.success() => Err(ViewError::NotFound(format!(
            "the registry has no version of `{spec}`"
        ))),
        _ => {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let reason = stderr
                .lines()
                .find(|l| l.contains("ERR!") || l.contains("error"))
                .unwrap_or("npm found no version")
                .trim()
                .to_string();
            if stderr.contains("E404") || stderr.contains("ETARGET") {
                Err(ViewError::NotFound(reason))
            } else {
                Err(ViewError::Failed(reason))
            }
        }
    }
}

/// Whether the registry has a version of `name` matching `spec`. Only a clear "not found"
/// answers `false`; when npm cannot tell, the package counts as there.
pub(crate) fn registry_has(dir: &Path, name: &str, spec: &str, options: &NpmOptions) -> bool {
    !matches!(
        view_version(dir, &format!("{name}@{spec}"), options),
        Err(ViewError::NotFound(_))
    )
}

/// The registry the user's npm is configured with; asked only when a `--registry` was given,
/// to decide whether a project needs its own `.npmrc`.
pub(crate) fn configured_registry(dir: &Path) -> Option<String> {
    let output = Command::new("npm")
        .args(["config", "get", "registry"])
        .current_dir(dir)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&output.stdout).trim().to_string();
    (output.status.success() && !text.is_empty()).then_some(text)
}

/// Registry URLs compare equal regardless of a trailing slash.
pub(crate) fn same_registry(a: &str, b: &str) -> bool {
    a.trim_end_matches('/')
        .eq_ignore_ascii_case(b.trim_end_matches('/'))
}

/// How long a looked-up `latest` version is trusted, like npm's own metadata cache.
const LATEST_TTL_SECONDS: u64 = 600;

/// The `latest` version of a package in the registry the project's npm is configured with
/// (`npm view <name> version`). Answers are kept for ten minutes in the user's cache folder,
/// per project folder (projects may use different registries), so repeated validation does
/// not start npm each time. Fails fast when offline; the error text is npm's first line.
pub(crate) fn latest_version(dir: &Path, name: &str) -> Result<String, String> {
    let cache = cache_file();
    let key = format!("{}\u{0}{name}", dir.display());
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut entries: serde_json::Map<String, serde_json::Value> = cache
        .as_ref()
        .and_then(|path| fs_err::read_to_string(path).ok())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    if let Some(entry) = entries.get(&key) {
        let fetched = entry
            .get("fetched")
            .and_then(serde_json::Value::as_u64)
            .unwrap_or(0);
        if let Some(version) = entry.get("version").and_then(serde_json::Value::as_str)
            && now.saturating_sub(fetched) < LATEST_TTL_SECONDS
        {
            return Ok(version.to_string());
        }
    }
    let version = view_version(dir, name, &NpmOptions::default()).map_err(|e| e.to_string())?;
    if let Some(path) = cache {
        entries.retain(|_, entry| {
            now.saturating_sub(
                entry
                    .get("fetched")
                    .and_then(serde_json::Value::as_u64)
                    .unwrap_or(0),
            ) < LATEST_TTL_SECONDS
        });
        entries.insert(
            key,
            serde_json::json!({ "version": version, "fetched": now }),
        );
        // A cache that cannot be written only costs time.
        let _ = crate::templates::write_atomic(
            &path,
            serde_json::Value::Object(entries).to_string().as_bytes(),
        );
    }
    Ok(version)
}

/// `$XDG_CACHE_HOME/piral/latest-versions.json`, else under `~/.cache`.
fn cache_file() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))?;
    Some(base.join("piral").join("latest-versions.json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_clients_from_lock_files_upwards() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("a/b");
        fs_err::create_dir_all(&nested).unwrap();
        assert_eq!(detect(&nested), None);
        fs_err::write(dir.path().join("a/pnpm-lock.yaml"), "").unwrap();
        assert_eq!(detect(&nested), Some(NpmClient::Pnpm));
        fs_err::write(nested.join("yarn.lock"), "").unwrap();
        assert_eq!(detect(&nested), Some(NpmClient::Yarn));
        fs_err::write(nested.join(".pnp.cjs"), "").unwrap();
        assert_eq!(detect(&nested), Some(NpmClient::Pnp));
    }

    #[test]
    fn npm_always_gets_legacy_peer_deps() {
        assert!(
            NpmClient::Npm
                .install_command()
                .1
                .contains(&"--legacy-peer-deps")
        );
        assert!(
            NpmClient::Npm
                .add_dev_command("x@1")
                .1
                .iter()
                .any(|a| a == "--legacy-peer-deps")
        );
        assert_eq!(NpmClient::parse("PNPM"), Some(NpmClient::Pnpm));
        assert!(same_registry("http://r/", "http://r"));
    }
}
