//! `piral publish [source]`: the emulator package to an npm registry through the user's npm
//! client, or the release files to an upload URL as one multipart POST (spec §10.2).

use std::time::Duration;

use serde_json::json;

use crate::app::{Context, Outcome};
use crate::cli::publish::{PiralPublishType, PublishPiralArgs};
use crate::errors::codes::Level;
use crate::errors::{Code, CodedError, ExitStatus};
use crate::manifest::project::resolve_app;
use crate::publish::{self, Upload};

pub(crate) fn publish_piral(args: &PublishPiralArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    let printer = &ctx.printer;
    let source = ctx.cwd.join(&args.source);
    if args.fresh == Some(true) {
        let kind = match args.publish_type {
            PiralPublishType::Release => "release",
            PiralPublishType::Emulator => "emulator",
        };
        let parsed = <crate::cli::Cli as clap::Parser>::try_parse_from([
            "piral",
            "build",
            "--type",
            kind,
            "--target",
            &source.display().to_string(),
            "--fresh",
        ])?;
        let crate::cli::Command::Build(build) = parsed.command else {
            unreachable!("parsed as build")
        };
        super::build_piral::build_piral(&build, ctx)?;
    }
    match args.publish_type {
        PiralPublishType::Release => release(args, &source, ctx),
        PiralPublishType::Emulator => match emulator_kind(&source, ctx)?.as_str() {
            "website" => website(args, &source, ctx),
            "sources" => Err(CodedError::new(
                Code::PublishEmulatorSourcesInvalid,
                "piral.json says `\"emulator\": \"sources\"`, which cannot be published",
            )
            .with_hint("set `emulator` to `package` or `website` in piral.json, or pass `--type release`")
            .into()),
            _ if args.storage.to.is_some() => Err(CodedError::new(
                Code::BlobStorageInvalid,
                "`--to` publishes a release or a website emulator; the emulator package goes to an npm registry",
            )
            .with_hint("pass `--type release`, or `--url <registry>` for the emulator package")
            .into()),
            _ => emulator(args, &source, ctx),
        },
    }
    .inspect_err(|_| {
        printer.diagnostic(
            Code::FailedUploading,
            Level::Error,
            "Failed to upload some files!".into(),
            None,
        )
    })
}

fn release(
    args: &PublishPiralArgs,
    source: &std::path::Path,
    ctx: &Context,
) -> anyhow::Result<Outcome> {
    let folder = source.join("release");
    if !folder.is_dir() {
        return Err(CodedError::new(
            Code::PublishDirectoryMissing,
            format!("`{}` does not exist", ctx.display_path(&folder)),
        )
        .with_hint("build it first: `piral build --type release`, or pass `--fresh`")
        .into());
    }
    let version = shell_version(ctx)?;
    upload_folder(args, &folder, &version, "release", ctx)
}

/// What piral.json says the emulator is (`package` unless it says otherwise, or unless the
/// build output is a website).
fn emulator_kind(source: &std::path::Path, ctx: &Context) -> anyhow::Result<String> {
    let piral_json = crate::manifest::read_object(&ctx.cwd.join("piral.json"))?.unwrap_or_default();
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
    args: &PublishPiralArgs,
    source: &std::path::Path,
    ctx: &Context,
) -> anyhow::Result<Outcome> {
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
                ctx.display_path(&folder)
            ),
        )
        .with_hint("build it with `piral build --type emulator-website`, or pass `--fresh`")
        .into());
    };
    upload_folder(args, &folder, &version, "emulator website", ctx)
}

/// The shell's version: its package.json here, else the app it resolves to.
fn shell_version(ctx: &Context) -> anyhow::Result<String> {
    let version = crate::manifest::read_object(&ctx.cwd.join("package.json"))?
        .and_then(|package| package.get("version")?.as_str().map(String::from))
        .or_else(|| {
            resolve_app(&ctx.cwd)
                .ok()
                .map(|app| app.package.version().to_string())
        })
        .unwrap_or_else(|| "1.0.0".into());
    Ok(version)
}

/// Every file of `folder` to blob storage (`--to`) or as one multipart POST to `--url`.
fn upload_folder(
    args: &PublishPiralArgs,
    folder: &std::path::Path,
    version: &str,
    what: &str,
    ctx: &Context,
) -> anyhow::Result<Outcome> {
    let printer = &ctx.printer;
    let version = version.to_string();
    let kind = what.replace(' ', "-");
    if let Some(to) = &args.storage.to {
        return super::publish_store::publish_release(
            &args.storage,
            to,
            folder,
            &version,
            what,
            args.dry_run,
            ctx,
        );
    }
    let (url, key, client) = super::publish_pilet::feed_settings(
        args.url.as_ref(),
        args.api_key.as_ref(),
        args.ca_cert.as_ref(),
        args.allow_self_signed,
        ctx,
    )?;
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
    if args.dry_run {
        let total: usize = contents.iter().map(|(_, bytes)| bytes.len()).sum();
        printer.status(
            "Would send",
            format_args!("{} {what} files ({total} bytes) to {url}", contents.len()),
        );
        return Ok(Outcome::success(
            json!({ "type": kind, "url": url, "dryRun": true, "files": files.iter().map(|(r, _)| r).collect::<Vec<_>>() }),
        ));
    }
    printer.status(
        "Publishing",
        format_args!("{} {what} files to {url}", contents.len()),
    );
    let total = contents.iter().map(|(_, bytes)| bytes.len() as u64).sum();
    let bar = super::publish_pilet::large_upload_bar(printer, total, what);
    let upload = Upload {
        url: &url,
        key: key.as_deref(),
        mode: args.mode,
        fields: &fields,
        headers: &args.headers,
        files: contents
            .iter()
            .map(|(relative, bytes)| {
                let base = relative.rsplit('/').next().unwrap_or(relative).to_string();
                (relative.clone(), base, bytes.as_slice())
            })
            .collect(),
        retries: args.retries,
        backoff: Duration::from_millis(250),
        progress: bar.position_listener(),
    };
    let outcome = publish::upload(&client, &upload, |attempt, reason| {
        printer.note(format_args!(
            "{reason}; trying again ({attempt} of {})",
            args.retries
        ));
    });
    drop(bar);
    match super::publish_pilet::report(printer, what, outcome) {
        Ok(done) => Ok(Outcome::success(
            json!({ "type": kind, "url": url, "files": files.iter().map(|(r, _)| r).collect::<Vec<_>>(), "result": done }),
        )),
        Err(failure) => {
            let mut outcome =
                Outcome::success(json!({ "type": kind, "url": url, "failed": failure }));
            printer.diagnostic(
                Code::FailedUploading,
                Level::Error,
                "Failed to upload some files!".into(),
                None,
            );
            outcome.status = ExitStatus::Failure;
            Ok(outcome)
        }
    }
}

pub(super) fn collect(
    base: &std::path::Path,
    dir: &std::path::Path,
    out: &mut Vec<(String, std::path::PathBuf)>,
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
    args: &PublishPiralArgs,
    source: &std::path::Path,
    ctx: &Context,
) -> anyhow::Result<Outcome> {
    let printer = &ctx.printer;
    let folder = source.join("emulator");
    let tarballs: Vec<std::path::PathBuf> = fs_err::read_dir(&folder)
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
                ctx.display_path(&folder),
                tarballs.len()
            ),
        )
        .with_hint("build it with `piral build --type emulator`, or pass `--fresh`")
        .into());
    };
    let config = ctx.config()?;
    let registry = args.url.clone().or_else(|| config.string("url"));
    let mut command = std::process::Command::new("npm");
    command
        .arg("publish")
        .arg(tarball)
        .current_dir(&ctx.cwd)
        .stdin(std::process::Stdio::null());
    if args.dry_run {
        command.arg("--dry-run");
    }
    if let Some(registry) = &registry {
        command.arg("--registry").arg(registry);
        if let Some(key) = &args.api_key {
            // `//host/path/:_authToken=…` scopes the token to this registry, like an .npmrc line.
            let scope = registry
                .split_once("://")
                .map_or(registry.as_str(), |(_, rest)| rest)
                .trim_end_matches('/');
            command.arg(format!("--//{scope}/:_authToken={key}"));
        }
    }
    printer.status(
        "Publishing",
        format_args!("`{}` with npm", ctx.display_path(tarball)),
    );
    let output = command.output().map_err(|e| {
        CodedError::new(Code::NpmClientFailed, format!("could not start `npm`: {e}"))
    })?;
    if !output.status.success() {
        let mut text = String::from_utf8_lossy(&output.stderr).into_owned();
        if let Some(key) = &args.api_key {
            text = text.replace(key.as_str(), "****");
        }
        printer.raw_stderr(&text);
        return Err(CodedError::new(
            Code::NpmClientFailed,
            format!("`npm publish` failed ({})", output.status),
        )
        .into());
    }
    printer.status("Published", format_args!("`{}`", ctx.display_path(tarball)));
    Ok(Outcome::success(
        json!({ "type": "emulator", "file": tarball, "registry": registry }),
    ))
}
