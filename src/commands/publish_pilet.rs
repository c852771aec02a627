//! `pilet publish [source]`: uploads pilet tarballs to a feed service (spec §10.1). The wire
//! format lives in `crate::publish`; this file finds the tarballs and reports.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Value, json};

use crate::app::{Context, Outcome};
use crate::cli::publish::{PublishFrom, PublishPiletArgs};
use crate::errors::codes::Level;
use crate::errors::{Code, CodedError, ExitStatus};
use crate::publish::{self, Upload};

pub(crate) fn publish_pilet(args: &PublishPiletArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    let printer = &ctx.printer;
    if let Some(to) = &args.storage.to {
        let files = tarballs(args, ctx, &reqwest::blocking::Client::new())?;
        return super::publish_store::publish_pilets(args, to, files, ctx);
    }
    let (url, key, client) = feed_settings(
        args.url.as_ref(),
        args.api_key.as_ref(),
        args.ca_cert.as_ref(),
        args.allow_self_signed,
        ctx,
    )?;

    let files = tarballs(args, ctx, &client)?;
    let mut published = Vec::new();
    let mut failed = Vec::new();
    for (name, bytes) in &files {
        if args.dry_run {
            printer.status(
                "Would send",
                format_args!("`{name}` ({} bytes) to {url}", bytes.len()),
            );
            published.push(json!({
                "file": name, "size": bytes.len(), "url": url, "dryRun": true,
                "fields": args.fields, "headers": args.headers.keys().collect::<Vec<_>>(),
                "authorization": key.as_ref().map(|_| format!("{:?} ****", args.mode).to_lowercase()),
            }));
            continue;
        }
        printer.status("Publishing", format_args!("`{name}` to {url}"));
        let bar = large_upload_bar(printer, bytes.len() as u64, name);
        let upload = Upload {
            url: &url,
            key: key.as_deref(),
            mode: args.mode,
            fields: &args.fields,
            headers: &args.headers,
            files: vec![(
                "file".to_string(),
                "pilet.tgz".to_string(),
                bytes.as_slice(),
            )],
            retries: args.retries,
            backoff: Duration::from_millis(250),
            progress: bar.position_listener(),
        };
        let retried = |attempt: u32, reason: &str| {
            printer.note(format_args!(
                "{reason}; trying again ({attempt} of {})",
                args.retries
            ));
        };
        let mut outcome = publish::upload(&client, &upload, retried);
        // `--interactive`: a refusal that offers a login runs it, then the upload once more.
        if let publish::Outcome::Refused {
            interactive: Some(auth_url),
            ..
        } = &outcome
            && args.interactive
        {
            let poll = Duration::from_millis(args.login_poll_ms);
            let (mode, token) = publish::login(&client, auth_url, poll, |login_url, minutes| {
                printer.note(format_args!(
                    "log in at {login_url} (the link expires in {minutes} minutes); waiting"
                ));
                if args.open {
                    super::serve_common::open_url(login_url, printer);
                }
            })
            .map_err(|message| CodedError::new(Code::FailedHttpPost, message))?;
            let again = Upload {
                key: Some(&token),
                mode,
                ..upload
            };
            outcome = publish::upload(&client, &again, retried);
        }
        drop(bar);
        match report(printer, name, outcome) {
            Ok(done) => published.push(done),
            Err(failure) => failed.push(failure),
        }
    }
    Ok(finish(
        json!({ "url": url }),
        published,
        failed,
        args.dry_run,
        ctx,
    ))
}

/// The outcome of publishing pilets: `[0064]` and exit 1 when any failed, else a summary.
/// `report` holds where they went; the lists are added to it.
pub(super) fn finish(
    mut report: Value,
    published: Vec<Value>,
    failed: Vec<Value>,
    dry_run: bool,
    ctx: &Context,
) -> Outcome {
    let printer = &ctx.printer;
    let failures = failed.len();
    let count = published.len();
    report["published"] = Value::Array(published);
    report["failed"] = Value::Array(failed);
    let mut outcome = Outcome::success(report);
    if failures > 0 {
        printer.diagnostic(
            Code::FailedUploading,
            Level::Error,
            "Failed to upload some pilet(s)!".into(),
            None,
        );
        outcome.status = ExitStatus::Failure;
    } else if !dry_run {
        let pilets = if count == 1 {
            "1 pilet".to_string()
        } else {
            format!("{count} pilets")
        };
        printer.status(
            "Finished",
            format_args!(
                "published {pilets} in {:.2}s",
                ctx.started.elapsed().as_secs_f64()
            ),
        );
    }
    outcome
}

/// Uploads from 1 MiB on get a progress bar (on a terminal, see `Printer::bytes_bar`).
pub(super) fn large_upload_bar(
    printer: &crate::ui::Printer,
    total: u64,
    name: &str,
) -> crate::ui::Progress {
    const LARGE: u64 = 1 << 20;
    if total >= LARGE {
        printer.bytes_bar(total, name)
    } else {
        crate::ui::Progress::none()
    }
}

/// The tarballs to send: (name, bytes).
fn tarballs(
    args: &PublishPiletArgs,
    ctx: &Context,
    client: &reqwest::blocking::Client,
) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let files = if args.fresh == Some(true) {
        fresh(args, ctx)?
    } else {
        sources(args, ctx, client)?
    };
    if files.is_empty() {
        return Err(CodedError::new(
            Code::MissingPiletTarball,
            format!(
                "no pilet tarball matches `{}`",
                args.source.as_deref().unwrap_or("*.tgz")
            ),
        )
        .with_hint("pack the pilet first (`pilet pack`) or publish with `--fresh`")
        .into());
    }
    Ok(files)
}

fn sources(
    args: &PublishPiletArgs,
    ctx: &Context,
    client: &reqwest::blocking::Client,
) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    match args.from {
        PublishFrom::Local => {
            let pattern = args.source.clone().unwrap_or_else(|| "*.tgz".to_string());
            let glob = globset::Glob::new(pattern.trim_start_matches("./"))?.compile_matcher();
            let mut out = Vec::new();
            collect(&ctx.cwd, &ctx.cwd, &glob, &mut out)?;
            out.sort();
            out.into_iter()
                .map(|path| Ok((ctx.display_path(&path), fs_err::read(&path)?)))
                .collect()
        }
        PublishFrom::Remote => {
            let Some(url) = args.source.clone() else {
                return Ok(Vec::new());
            };
            Ok(vec![(url.clone(), download(client, &url)?)])
        }
        PublishFrom::Npm => {
            let Some(spec) = args.source.clone() else {
                return Ok(Vec::new());
            };
            let output = std::process::Command::new("npm")
                .args(["view", &spec, "dist.tarball"])
                .current_dir(&ctx.cwd)
                .output()?;
            let url = String::from_utf8_lossy(&output.stdout)
                .trim()
                .lines()
                .last()
                .unwrap_or("")
                .trim()
                .trim_matches('\'')
                .to_string();
            if !output.status.success() || url.is_empty() {
                return Err(CodedError::new(
                    Code::FailedHttpGet,
                    format!("npm knows no tarball for `{spec}`"),
                )
                .into());
            }
            Ok(vec![(spec, download(client, &url)?)])
        }
    }
}

fn download(client: &reqwest::blocking::Client, url: &str) -> anyhow::Result<Vec<u8>> {
    let response = client.get(url).send().map_err(|e| {
        CodedError::new(
            Code::FailedHttpGet,
            format!("could not download `{url}`: {e}"),
        )
    })?;
    if !response.status().is_success() {
        return Err(CodedError::new(
            Code::FailedHttpGet,
            format!("could not download `{url}`: {}", response.status()),
        )
        .into());
    }
    Ok(response.bytes()?.to_vec())
}

fn collect(
    base: &Path,
    dir: &Path,
    glob: &globset::GlobMatcher,
    out: &mut Vec<PathBuf>,
) -> anyhow::Result<()> {
    for entry in fs_err::read_dir(dir)?.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if name == "node_modules" || name == ".git" {
            continue;
        }
        if path.is_dir() {
            collect(base, &path, glob, out)?;
        } else if path
            .strip_prefix(base)
            .is_ok_and(|relative| glob.is_match(relative))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// `--fresh`: build (minified, with source maps) and pack each matched pilet.
fn fresh(args: &PublishPiletArgs, ctx: &Context) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let config = ctx.config()?;
    let source = args
        .source
        .clone()
        .unwrap_or_else(|| "./src/index".to_string());
    let mut out = Vec::new();
    for pilet in crate::manifest::project::match_pilets(&ctx.cwd, std::slice::from_ref(&source))? {
        let root = pilet.package.root.clone();
        let pilet_json =
            crate::manifest::project::PiletJson::find_above(pilet.entry.parent().unwrap_or(&root))?
                .map(|(_, p)| p)
                .unwrap_or_default();
        let schema = args
            .schema
            .flatten()
            .map(|s| format!("{s:?}").to_ascii_lowercase())
            .or_else(|| pilet_json.schema_version.clone())
            .or_else(|| config.string("schemaVersion"));
        let schema = super::build_pilet::parse_schema(schema.as_deref().unwrap_or("v2"))?;
        let settings = super::build_pilet::PiletBuild {
            schema,
            minify: true,
            source_maps: true,
            content_hash: true,
            development: false,
            cache: None,
        };
        let target = root.join("dist/index.js");
        ctx.printer.status(
            "Bundling",
            format_args!(
                "pilet `{}` v{}",
                pilet.package.name(),
                pilet.package.version()
            ),
        );
        let (mut files, _) = super::build_pilet::bundle_pilet(
            &pilet,
            &pilet_json,
            None,
            &target,
            &settings,
            &ctx.printer,
        )?;
        files.extend(super::build_pilet::declaration_files(
            &pilet,
            &target,
            &ctx.printer,
        ));
        super::build_common::write_outputs(&root.join("dist"), &files, true)?;
        let packed = crate::pack::pack(&root, &root)?;
        ctx.printer.status(
            "Packed",
            format_args!("`{}`", ctx.display_path(&packed.path)),
        );
        out.push((ctx.display_path(&packed.path), fs_err::read(&packed.path)?));
    }
    Ok(out)
}

/// Prints how one upload ended, with the old CLI's codes; `Err` for a failed upload.
pub(super) fn report(
    printer: &crate::ui::Printer,
    name: &str,
    outcome: publish::Outcome,
) -> Result<Value, Value> {
    match outcome {
        publish::Outcome::Accepted { status, body } => {
            if !body.trim().is_empty() {
                printer.info(Code::HttpPostResponse, format!("HTTP: {}", body.trim()));
            }
            printer.status("Published", format_args!("`{name}` ({status})"));
            Ok(
                json!({ "file": name, "status": status, "response": serde_json::from_str::<Value>(&body).unwrap_or(Value::String(body)) }),
            )
        }
        publish::Outcome::Refused {
            status,
            code,
            message,
            ..
        } => {
            let first = if status >= 500 {
                Code::FailedHttpPost
            } else {
                Code::UnsuccessfulHttpPost
            };
            printer.diagnostic(first, Level::Warning, message.clone(), None);
            let specific = if matches!(
                code,
                Code::FailedToUploadPayment
                    | Code::FailedToUploadVersion
                    | Code::FailedToUploadSize
            ) {
                code
            } else {
                Code::FailedToUpload
            };
            printer.diagnostic(
                specific,
                Level::Warning,
                format!("Could not upload \"{name}\" to feed service."),
                None,
            );
            Err(
                json!({ "file": name, "status": status, "code": specific.number(), "message": message }),
            )
        }
        publish::Outcome::Failed { message } => {
            printer.diagnostic(
                Code::FailedHttpPost,
                Level::Warning,
                format!("Failed to upload: {message}"),
                None,
            );
            printer.diagnostic(
                Code::FailedToUpload,
                Level::Warning,
                format!("Could not upload \"{name}\" to feed service."),
                None,
            );
            Err(json!({ "file": name, "message": message }))
        }
    }
}

/// The URL, the key and the HTTP client of a publish, from flags and `.piralrc`.
pub(super) fn feed_settings(
    url: Option<&String>,
    api_key: Option<&String>,
    ca_cert: Option<&PathBuf>,
    allow_self_signed: Option<bool>,
    ctx: &Context,
) -> anyhow::Result<(String, Option<String>, reqwest::blocking::Client)> {
    let config = ctx.config()?;
    let Some(url) = url.cloned().or_else(|| config.string("url")) else {
        return Err(
            CodedError::new(Code::MissingPiletFeedUrl, "Missing pilet feed service URL.")
                .with_hint("pass `--url <feed service>` or set `url` in .piralrc")
                .into(),
        );
    };
    let key = api_key.cloned().or_else(|| {
        config
            .get("apiKeys")
            .and_then(|keys| keys.get(&url))
            .and_then(Value::as_str)
            .map(String::from)
            .or_else(|| config.string("apiKey"))
    });
    let mut client = reqwest::blocking::Client::builder().timeout(Duration::from_secs(120));
    if let Some(cert) = ca_cert {
        let pem = fs_err::read(ctx.cwd.join(cert))?;
        client = client.add_root_certificate(reqwest::Certificate::from_pem(&pem)?);
    }
    if allow_self_signed.unwrap_or_else(|| config.bool("allowSelfSigned").unwrap_or(false)) {
        client = client.tls_danger_accept_invalid_certs(true);
    }
    Ok((url, key, client.build()?))
}
