//! `piral publish`: the emulator package to an npm registry through the user's npm client,
//! or the release (or a website emulator) to an upload URL as one multipart POST (spec §10.2),
//! or to blob storage (`--to`, [`super::static_feed`]).

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Value, json};

use super::PiralPublishType;
use super::PublishPiralSettings;
use crate::errors::codes::Level;
use crate::errors::{Code, CodedError};
use crate::manifest::project::resolve_app;
use crate::ui::{Reporter, display_path};

use super::Upload;

/// `piral publish`: the release or the emulator of the build output at `settings.source`
/// (built first with `--fresh`). Returns the `--json` data and whether the upload failed.
pub(crate) fn publish(
    settings: &PublishPiralSettings,
    reporter: &dyn Reporter,
) -> anyhow::Result<(bool, Value)> {
    let source = settings.source.clone();
    if settings.fresh {
        crate::build::shell::build(&settings.fresh_build(), reporter, &settings.cwd)?;
    }
    match settings.publish_type {
        PiralPublishType::Release => release(settings, &source, reporter),
        PiralPublishType::Emulator => match emulator_kind(&source, &settings.cwd)?.as_str() {
            "website" => website(settings, &source, reporter),
            "sources" => Err(CodedError::new(
                Code::PublishEmulatorSourcesInvalid,
                "piral.json says `\"emulator\": \"sources\"`, which cannot be published",
            )
            .with_hint("set `emulator` to `package` or `website` in piral.json, or pass `--type release`")
            .into()),
            _ if settings.storage.is_some() => Err(CodedError::new(
                Code::BlobStorageInvalid,
                "`--to` publishes a release or a website emulator; the emulator package goes to an npm registry",
            )
            .with_hint("pass `--type release`, or `--url <registry>` for the emulator package")
            .into()),
            _ => emulator(settings, &source, reporter),
        },
    }
    .inspect_err(|_| {
        reporter.diagnostic(
            Code::FailedUploading,
            Level::Error,
            "Failed to upload some files!".into(),
            None,
        )
    })
}

fn release(
    settings: &PublishPiralSettings,
    source: &Path,
    reporter: &dyn Reporter,
) -> anyhow::Result<(bool, Value)> {
    let folder = source.join("release");
    if !folder.is_dir() {
        return Err(CodedError::new(
            Code::PublishDirectoryMissing,
            format!("`{}` does not exist", display_path(&settings.cwd, &folder)),
        )
        .with_hint("build it first: `piral build --type release`, or pass `--fresh`")
        .into());
    }
    let version = shell_version(&settings.cwd)?;
    upload_folder(settings, &folder, &version, "release", reporter)
}

/// What piral.json says the emulator is (`package` unless it says otherwise, or unless the
/// build output is a website).
fn emulator_kind(source: &Path, cwd: &Path) -> anyhow::Result<String> {
    let piral_json = crate::manifest::read_object(&cwd.join("piral.json"))?.unwrap_or_default();
    Ok(
        match piral_json
            .get("emulator")
            .and_then(serde_json::Value::as_str)
        {
            Some(kind) => kind.to_string(),
            None if source.join("emulator/emulator.json").is_file() => "website".into(),
            None => "package".into(),
        },
    )
}

/// A website emulator: every file of `<source>/emulator`, with the version of its
/// `emulator.json`, the same way as a release.
fn website(
    settings: &PublishPiralSettings,
    source: &Path,
    reporter: &dyn Reporter,
) -> anyhow::Result<(bool, Value)> {
    let folder = source.join("emulator");
    let manifest = crate::manifest::read_object(&folder.join("emulator.json"))?;
    let Some(version) = manifest
        .as_ref()
        .and_then(|m| m.get("version")?.as_str().map(String::from))
    else {
        return Err(CodedError::new(
            Code::MissingEmulatorWebsite,
            format!(
                "`{}` has no emulator.json with a version",
                display_path(&settings.cwd, &folder)
            ),
        )
        .with_hint("build it with `piral build --type emulator-website`, or pass `--fresh`")
        .into());
    };
    upload_folder(settings, &folder, &version, "emulator website", reporter)
}

/// The shell's version: its package.json here, else the app it resolves to.
fn shell_version(cwd: &Path) -> anyhow::Result<String> {
    let version = crate::manifest::read_object(&cwd.join("package.json"))?
        .and_then(|package| package.get("version")?.as_str().map(String::from))
        .or_else(|| {
            resolve_app(cwd)
                .ok()
                .map(|app| app.package.version().to_string())
        })
        .unwrap_or_else(|| "1.0.0".into());
    Ok(version)
}

/// What the shell in `cwd` shares with its pilets (its resolved importmap), for the record an
/// environment keeps; `None` when it cannot be resolved here.
fn shell_record(cwd: &Path) -> Option<super::static_feed::ShellRecord> {
    let app = resolve_app(cwd).ok()?;
    let shared = crate::manifest::importmap::shared_with_pilets(&app.package).ok()?;
    Some(super::static_feed::ShellRecord {
        name: app.package.name().to_string(),
        shared: shared.into_iter().map(|d| d.name).collect(),
    })
}

/// Every file of `folder` to blob storage (`--to`) or as one multipart POST to `--url`.
fn upload_folder(
    settings: &PublishPiralSettings,
    folder: &Path,
    version: &str,
    what: &str,
    reporter: &dyn Reporter,
) -> anyhow::Result<(bool, Value)> {
    let version = version.to_string();
    let kind = what.replace(' ', "-");
    if let Some(storage) = &settings.storage {
        let shell = (what == "release")
            .then(|| shell_record(&settings.cwd))
            .flatten();
        return super::static_feed::publish_release(
            storage,
            folder,
            &version,
            what,
            settings.upload.dry_run,
            shell,
            reporter,
        )
        .map(|data| (false, data));
    }
    let url = settings.feed.require_url()?.to_string();
    let key = settings.feed.api_key.clone();
    let client = super::client(&settings.feed)?;
    let mut files = Vec::new();
    collect(folder, folder, &mut files)?;
    files.sort();
    let contents: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|(relative, path)| Ok((relative.clone(), fs_err::read(path)?)))
        .collect::<anyhow::Result<_>>()?;
    let fields = std::collections::BTreeMap::from([
        ("version".to_string(), version),
        ("type".to_string(), "custom".to_string()),
    ]);
    if settings.upload.dry_run {
        let total: usize = contents.iter().map(|(_, bytes)| bytes.len()).sum();
        reporter.status(
            "Would send",
            format_args!("{} {what} files ({total} bytes) to {url}", contents.len()),
        );
        return Ok((
            false,
            json!({ "type": kind, "url": url, "dryRun": true, "files": files.iter().map(|(r, _)| r).collect::<Vec<_>>() }),
        ));
    }
    reporter.status(
        "Publishing",
        format_args!("{} {what} files to {url}", contents.len()),
    );
    let total = contents.iter().map(|(_, bytes)| bytes.len() as u64).sum();
    let bar = super::report::large_upload_bar(reporter, total, what);
    let upload = Upload {
        url: &url,
        key: key.as_deref(),
        mode: settings.upload.mode,
        fields: &fields,
        headers: &settings.upload.headers,
        files: contents
            .iter()
            .map(|(relative, bytes)| {
                let base = relative.rsplit('/').next().unwrap_or(relative).to_string();
                (relative.clone(), base, bytes.as_slice())
            })
            .collect(),
        retries: settings.upload.retries,
        backoff: Duration::from_millis(250),
        progress: bar.position_listener(),
    };
    let outcome = super::upload(&client, &upload, |attempt, reason| {
        reporter.note(format_args!(
            "{reason}; trying again ({attempt} of {})",
            settings.upload.retries
        ));
    });
    drop(bar);
    match super::report::upload_outcome(reporter, what, outcome) {
        Ok(done) => Ok((
            false,
            json!({ "type": kind, "url": url, "files": files.iter().map(|(r, _)| r).collect::<Vec<_>>(), "result": done }),
        )),
        Err(failure) => {
            reporter.diagnostic(
                Code::FailedUploading,
                Level::Error,
                "Failed to upload some files!".into(),
                None,
            );
            Ok((true, json!({ "type": kind, "url": url, "failed": failure })))
        }
    }
}

pub(crate) fn collect(
    base: &Path,
    dir: &Path,
    out: &mut Vec<(String, PathBuf)>,
) -> anyhow::Result<()> {
    for entry in fs_err::read_dir(dir)?.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(base, &path, out)?;
        } else {
            let relative = path
                .strip_prefix(base)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            out.push((relative, path));
        }
    }
    Ok(())
}

/// `npm publish <tgz> --registry <url>`, the token passed on the command line for this one
/// call (never written to disk, never printed).
fn emulator(
    settings: &PublishPiralSettings,
    source: &Path,
    reporter: &dyn Reporter,
) -> anyhow::Result<(bool, Value)> {
    let folder = source.join("emulator");
    let tarballs: Vec<PathBuf> = fs_err::read_dir(&folder)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "tgz"))
                .collect()
        })
        .unwrap_or_default();
    let [tarball] = tarballs.as_slice() else {
        return Err(CodedError::new(
            Code::PublishEmulatorFilesUnexpected,
            format!(
                "`{}` must hold exactly one emulator `.tgz` (found {})",
                display_path(&settings.cwd, &folder),
                tarballs.len()
            ),
        )
        .with_hint("build it with `piral build --type emulator`, or pass `--fresh`")
        .into());
    };
    let registry = settings.feed.url.clone();
    let mut command = std::process::Command::new("npm");
    command
        .arg("publish")
        .arg(tarball)
        .current_dir(&settings.cwd)
        .stdin(std::process::Stdio::null());
    if settings.upload.dry_run {
        command.arg("--dry-run");
    }
    if let Some(registry) = &registry {
        command.arg("--registry").arg(registry);
        if let Some(key) = &settings.npm_token {
            // `//host/path/:_authToken=…` scopes the token to this registry, like an .npmrc line.
            let scope = registry
                .split_once("://")
                .map_or(registry.as_str(), |(_, rest)| rest)
                .trim_end_matches('/');
            command.arg(format!("--//{scope}/:_authToken={key}"));
        }
    }
    reporter.status(
        "Publishing",
        format_args!("`{}` with npm", display_path(&settings.cwd, tarball)),
    );
    let output = command.output().map_err(|e| {
        CodedError::new(Code::NpmClientFailed, format!("could not start `npm`: {e}"))
    })?;
    if !output.status.success() {
        let mut text = String::from_utf8_lossy(&output.stderr).into_owned();
        if let Some(key) = &settings.npm_token {
            text = text.replace(key.as_str(), "****");
        }
        reporter.raw_stderr(&text);
        return Err(CodedError::new(
            Code::NpmClientFailed,
            format!("`npm publish` failed ({})", output.status),
        )
        .into());
    }
    reporter.status(
        "Published",
        format_args!("`{}`", display_path(&settings.cwd, tarball)),
    );
    Ok((
        false,
        json!({ "type": "emulator", "file": tarball, "registry": registry }),
    ))
}
