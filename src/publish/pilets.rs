//! `pilet publish`: finds the tarballs (local files, a URL, an npm package, or fresh builds)
//! and sends each to a feed service in the old CLI's wire format, logging in when the feed
//! offers it; `--to` hands them to blob storage ([`super::static_feed`]).

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::json;

use super::PublishFrom;
use super::PublishPiletSettings;
use crate::errors::{Code, CodedError};
use crate::ui::{Reporter, display_path};

use super::Upload;
use super::report::Published;

/// `pilet publish`: the tarballs that `settings` names to blob storage (`--to`) or to a feed
/// service.
pub(crate) fn publish(
    settings: &PublishPiletSettings,
    reporter: &dyn Reporter,
) -> anyhow::Result<Published> {
    if let Some(storage) = &settings.storage {
        let files = tarballs(settings, reporter, &reqwest::blocking::Client::new())?;
        return super::static_feed::publish_pilets(settings, storage, files, reporter);
    }
    let url = settings.feed.require_url()?.to_string();
    let key = settings.feed.api_key.clone();
    let client = super::client(&settings.feed)?;
    let upload_settings = &settings.upload;
    let files = tarballs(settings, reporter, &client)?;
    let mut published = Vec::new();
    let mut failed = Vec::new();
    for (name, bytes) in &files {
        if upload_settings.dry_run {
            reporter.status(
                "Would send",
                format_args!("`{name}` ({} bytes) to {url}", bytes.len()),
            );
            published.push(json!({
                "file": name, "size": bytes.len(), "url": url, "dryRun": true,
                "fields": settings.fields, "headers": upload_settings.headers.keys().collect::<Vec<_>>(),
                "authorization": key.as_ref().map(|_| format!("{:?} ****", upload_settings.mode).to_lowercase()),
            }));
            continue;
        }
        reporter.status("Publishing", format_args!("`{name}` to {url}"));
        let bar = super::report::large_upload_bar(reporter, bytes.len() as u64, name);
        // A declared `priority` goes to the feed service as a field (unless `--fields.priority`).
        let mut fields = settings.fields.clone();
        if !fields.contains_key("priority")
            && let Some(priority) = super::feed::PiletFiles::from_tarball(name, bytes)
                .ok()
                .and_then(|pilet| pilet.priority())
        {
            fields.insert("priority".into(), priority.to_string());
        }
        let upload = Upload {
            url: &url,
            key: key.as_deref(),
            mode: upload_settings.mode,
            fields: &fields,
            headers: &upload_settings.headers,
            files: vec![(
                "file".to_string(),
                "pilet.tgz".to_string(),
                bytes.as_slice(),
            )],
            retries: upload_settings.retries,
            backoff: Duration::from_millis(250),
            progress: bar.position_listener(),
        };
        let retried = |attempt: u32, reason: &str| {
            reporter.note(format_args!(
                "{reason}; trying again ({attempt} of {})",
                upload_settings.retries
            ));
        };
        let mut outcome = super::upload(&client, &upload, retried);
        // `--interactive`: a refusal that offers a login runs it, then the upload once more.
        if let super::Outcome::Refused {
            interactive: Some(auth_url),
            ..
        } = &outcome
            && settings.interactive
        {
            let poll = settings.login_poll;
            let (mode, token) = super::login(&client, auth_url, poll, |login_url, minutes| {
                reporter.note(format_args!(
                    "log in at {login_url} (the link expires in {minutes} minutes); waiting"
                ));
                if settings.open {
                    reporter.open_url(login_url);
                }
            })
            .map_err(|message| CodedError::new(Code::FailedHttpPost, message))?;
            let again = Upload {
                key: Some(&token),
                mode,
                ..upload
            };
            outcome = super::upload(&client, &again, retried);
        }
        drop(bar);
        match super::report::upload_outcome(reporter, name, outcome) {
            Ok(done) => published.push(done),
            Err(failure) => failed.push(failure),
        }
    }
    Ok(super::report::finish(
        json!({ "url": url }),
        published,
        failed,
        reporter,
    ))
}

/// The tarballs to send: (name, bytes).
fn tarballs(
    settings: &PublishPiletSettings,
    reporter: &dyn Reporter,
    client: &reqwest::blocking::Client,
) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let files = if settings.fresh {
        let source = settings
            .source
            .clone()
            .unwrap_or_else(|| "./src/index".to_string());
        crate::build::pilet::build_and_pack(&settings.cwd, &source, &settings.schema, reporter)?
            .into_iter()
            .map(|path| Ok((display_path(&settings.cwd, &path), fs_err::read(&path)?)))
            .collect::<anyhow::Result<_>>()?
    } else {
        sources(settings, client)?
    };
    if files.is_empty() {
        return Err(CodedError::new(
            Code::MissingPiletTarball,
            format!(
                "no pilet tarball matches `{}`",
                settings.source.as_deref().unwrap_or("*.tgz")
            ),
        )
        .with_hint("pack the pilet first (`pilet pack`) or publish with `--fresh`")
        .into());
    }
    Ok(files)
}

fn sources(
    settings: &PublishPiletSettings,
    client: &reqwest::blocking::Client,
) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    match settings.from {
        PublishFrom::Local => {
            let pattern = settings
                .source
                .clone()
                .unwrap_or_else(|| "*.tgz".to_string());
            let pattern = pattern.trim_start_matches("./");
            let mut out = Vec::new();
            let named = settings.cwd.join(pattern);
            if named.is_file() {
                // A file by its path, also outside the working folder (`../a.tgz`, `/tmp/a.tgz`).
                out.push(named);
            } else {
                // A glob is matched below its literal folder part (`../dist/*.tgz` below `../dist`).
                let (folder, rest) = glob_base(pattern);
                let root = settings.cwd.join(folder);
                let glob = globset::Glob::new(rest)?.compile_matcher();
                if root.is_dir() {
                    collect(&root, &root, &glob, &mut out)?;
                }
            }
            out.sort();
            out.into_iter()
                .map(|path| Ok((display_path(&settings.cwd, &path), fs_err::read(&path)?)))
                .collect()
        }
        PublishFrom::Remote => {
            let Some(url) = settings.source.clone() else {
                return Ok(Vec::new());
            };
            Ok(vec![(url.clone(), download(client, &url)?)])
        }
        PublishFrom::Npm => {
            let Some(spec) = settings.source.clone() else {
                return Ok(Vec::new());
            };
            let output = std::process::Command::new("npm")
                .args(["view", &spec, "dist.tarball"])
                .current_dir(&settings.cwd)
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

/// A glob's leading folders without glob characters, and the rest: `../dist/*.tgz` →
/// (`../dist`, `*.tgz`), `*.tgz` → (``, `*.tgz`).
fn glob_base(pattern: &str) -> (&str, &str) {
    let glob_at = pattern.find(['*', '?', '[', '{']).unwrap_or(pattern.len());
    match pattern[..glob_at].rfind('/') {
        Some(0) => ("/", &pattern[1..]),
        Some(slash) => (&pattern[..slash], &pattern[slash + 1..]),
        None => ("", pattern),
    }
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

#[cfg(test)]
mod tests {
    use super::glob_base;

    #[test]
    fn globs_are_matched_below_their_literal_folder() {
        assert_eq!(glob_base("*.tgz"), ("", "*.tgz"));
        assert_eq!(glob_base("dist/*.tgz"), ("dist", "*.tgz"));
        assert_eq!(glob_base("../packs/**/*.tgz"), ("../packs", "**/*.tgz"));
        assert_eq!(glob_base("/tmp/out/a-*.tgz"), ("/tmp/out", "a-*.tgz"));
        assert_eq!(glob_base("/a-*.tgz"), ("/", "a-*.tgz"));
    }
}
