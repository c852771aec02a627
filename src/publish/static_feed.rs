//! `pilet publish --to <url>` and `piral publish --type release --to <url>`: publishing to blob
//! storage, which makes a feed a static site (the storage itself is [`super::blob`]).
//!
//! A pilet goes unpacked to `<prefix>/<name>/<version>/…`, then its item goes into
//! `<prefix>/feed.json`. A release goes to `<prefix>/<version>/…`, its HTML pages last.

use std::collections::BTreeMap;
use std::path::Path;

use bytes::Bytes;
use serde_json::{Value, json};

use super::{PublishPiletSettings, StorageSettings};
use crate::errors::codes::Level;
use crate::errors::{Code, CodedError};
use crate::ui::{Progress, Reporter};

use super::blob::{Blob, IMMUTABLE, NO_CACHE, Sent, Store, is_content_hashed};
use super::feed::{self, PiletFiles};
use super::report::Published;

/// The feed document's name below the prefix.
const FEED: &str = "feed.json";

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?)
}

/// Opens the `--to` store with the `storage` options of `.piralrc`; creates the container when
/// asked (not in a dry run).
fn open(
    storage: &StorageSettings,
    dry_run: bool,
    reporter: &dyn Reporter,
    runtime: &tokio::runtime::Runtime,
) -> anyhow::Result<Store> {
    let store = Store::open(&storage.to, &storage.options)?;
    if storage.create_container && !dry_run && runtime.block_on(store.create_container())? {
        reporter.status("Created", format_args!("the container of {}", storage.to));
    }
    Ok(store)
}

/// Tells what happened to each file (with `-v`) and advances the progress bar.
fn file_done<'a>(
    reporter: &'a dyn Reporter,
    bar: &'a Progress,
    sizes: &'a BTreeMap<String, u64>,
) -> impl Fn(&str, bool) + Sync + 'a {
    move |path, uploaded| {
        bar.advance(sizes.get(path).copied().unwrap_or(0));
        if reporter.verbose() {
            let verb = if uploaded { "Uploaded" } else { "Unchanged" };
            reporter.status(verb, format_args!("`{path}`"));
        }
    }
}

fn sizes(blobs: &[Blob]) -> BTreeMap<String, u64> {
    blobs
        .iter()
        .map(|blob| (blob.path.clone(), blob.bytes.len() as u64))
        .collect()
}

fn summary(sent: Sent) -> String {
    format!(
        "{} uploaded ({} bytes), {} already there",
        sent.uploaded, sent.bytes, sent.skipped
    )
}

/// `pilet publish --to`: every tarball goes unpacked below `<name>/<version>/`, then into
/// `feed.json`.
pub(super) fn publish_pilets(
    args: &PublishPiletSettings,
    storage: &StorageSettings,
    tarballs: Vec<(String, Vec<u8>)>,
    reporter: &dyn Reporter,
) -> anyhow::Result<Published> {
    let to = storage.to.as_str();
    let runtime = runtime()?;
    let store = open(storage, args.upload.dry_run, reporter, &runtime)?;
    let mut published = Vec::new();
    let mut failed = Vec::new();
    for (file, bytes) in &tarballs {
        let result = publish_pilet(args, storage, &store, file, bytes, reporter, &runtime);
        match result {
            Ok(done) => published.push(done),
            Err(error) => {
                let (code, message) = match error.downcast_ref::<CodedError>() {
                    Some(coded) => (coded.code, coded.message.clone()),
                    None => (Code::FailedToUpload, format!("{error:#}")),
                };
                reporter.diagnostic(code, Level::Warning, message.clone(), None);
                reporter.diagnostic(
                    Code::FailedToUpload,
                    Level::Warning,
                    format!("Could not upload \"{file}\" to {to}."),
                    None,
                );
                failed.push(json!({ "file": file, "code": code.number(), "message": message }));
            }
        }
    }
    Ok(super::report::finish(
        json!({ "to": to }),
        published,
        failed,
        reporter,
    ))
}

fn already_published(name: &str, version: &str, to: &str) -> CodedError {
    CodedError::new(
        Code::FailedToUploadVersion,
        format!("`{name}@{version}` is already in the feed of {to}; published versions are immutable (pass `--force` to replace it)"),
    )
    .with_hint("raise the version in package.json, or pass `--force` to replace it")
}

fn publish_pilet(
    args: &PublishPiletSettings,
    storage: &StorageSettings,
    store: &Store,
    file: &str,
    bytes: &[u8],
    reporter: &dyn Reporter,
    runtime: &tokio::runtime::Runtime,
) -> anyhow::Result<Value> {
    let pilet = PiletFiles::from_tarball(file, bytes)?;
    let folder = format!("{}/{}", pilet.name, pilet.version);
    let base = match &storage.public_url {
        Some(public) => format!("{}/{folder}/", public.trim_end_matches('/')),
        None => store
            .public_url(&folder)
            .unwrap_or_else(|| format!("{folder}/")),
    };
    let item = pilet.feed_item(&base);
    let (name, version) = (pilet.name.clone(), pilet.version.clone());
    let read_items = |document: Option<&[u8]>| -> Result<Vec<Value>, CodedError> {
        match document {
            None => Ok(Vec::new()),
            Some(bytes) => feed::items(bytes).map_err(|why| {
                CodedError::new(
                    Code::BlobStorageFailed,
                    format!("`{FEED}` in {} is not a feed document: {why}", store.url),
                )
            }),
        }
    };
    // Refuse early, before sending anything; checked again in the conditional write.
    let current = runtime.block_on(store.read(FEED))?;
    if !args.force && feed::lists(&read_items(current.as_deref())?, &name, &version) {
        return Err(already_published(&name, &version, &store.url).into());
    }
    let blobs: Vec<Blob> = pilet
        .files
        .into_iter()
        .map(|(path, content)| Blob {
            path,
            bytes: Bytes::from(content),
            cache_control: IMMUTABLE,
        })
        .collect();
    let total: u64 = blobs.iter().map(|b| b.bytes.len() as u64).sum();
    if args.upload.dry_run {
        reporter.status(
            "Would upload",
            format_args!(
                "{} files ({total} bytes) of `{name}@{version}` to {}/{folder}/, then add it to {FEED}",
                blobs.len(),
                store.url.trim_end_matches('/')
            ),
        );
        return Ok(
            json!({ "file": file, "name": name, "version": version, "dryRun": true,
            "files": blobs.iter().map(|b| &b.path).collect::<Vec<_>>(), "item": item }),
        );
    }
    reporter.status(
        "Publishing",
        format_args!("`{name}@{version}` to {}", store.url),
    );
    let sizes = sizes(&blobs);
    let sent = {
        let bar = reporter.bytes_bar(total, format!("{name}@{version}"));
        let done = file_done(reporter, &bar, &sizes);
        runtime.block_on(store.upload(&folder, blobs, storage.concurrency, &done))?
    };
    // Only now, with every file there, the feed lists the pilet.
    let entry = item.clone();
    runtime.block_on(store.update(FEED, |document| {
        let mut items = read_items(document)?;
        if !args.force && feed::lists(&items, &name, &version) {
            return Err(already_published(&name, &version, &store.url));
        }
        feed::upsert(&mut items, entry.clone());
        let mut text =
            serde_json::to_vec_pretty(&json!({ "items": items })).expect("JSON values serialise");
        text.push(b'\n');
        Ok(text)
    }))?;
    reporter.status(
        "Published",
        format_args!(
            "`{name}@{version}` ({}) at {}",
            summary(sent),
            item["link"].as_str().unwrap_or_default()
        ),
    );
    Ok(
        json!({ "file": file, "name": name, "version": version, "link": item["link"],
        "uploaded": sent.uploaded, "skipped": sent.skipped, "bytes": sent.bytes, "item": item }),
    )
}

/// `piral publish --type release --to` (and a website emulator): the folder goes to `<version>/`,
/// its HTML pages last so that a page never points at files that are not there yet.
pub(super) fn publish_release(
    storage: &StorageSettings,
    folder: &Path,
    version: &str,
    what: &str,
    dry_run: bool,
    reporter: &dyn Reporter,
) -> anyhow::Result<Value> {
    let to = storage.to.as_str();
    let kind = what.replace(' ', "-");
    let runtime = runtime()?;
    let store = open(storage, dry_run, reporter, &runtime)?;
    let mut files = Vec::new();
    super::release::collect(folder, folder, &mut files)?;
    files.sort();
    let mut assets = Vec::new();
    let mut pages = Vec::new();
    for (relative, path) in &files {
        let bytes = Bytes::from(fs_err::read(path)?);
        let page = relative.ends_with(".html");
        let blob = Blob {
            cache_control: if is_content_hashed(relative) {
                IMMUTABLE
            } else {
                NO_CACHE
            },
            path: relative.clone(),
            bytes,
        };
        if page {
            pages.push(blob)
        } else {
            assets.push(blob)
        }
    }
    let total: u64 = assets
        .iter()
        .chain(&pages)
        .map(|b| b.bytes.len() as u64)
        .sum();
    // Where the page is served: below `--public-url` (a CDN) when given, else the storage's URL.
    let page_url = match &storage.public_url {
        Some(public) => Some(format!(
            "{}/{version}/index.html",
            public.trim_end_matches('/')
        )),
        None => store
            .public_url(version)
            .map(|base| format!("{base}index.html")),
    };
    if dry_run {
        reporter.status(
            "Would upload",
            format_args!(
                "{} files ({total} bytes) to {}/{version}/",
                files.len(),
                to.trim_end_matches('/')
            ),
        );
        return Ok(json!({ "type": kind, "to": to, "version": version,
            "dryRun": true, "files": files.iter().map(|(r, _)| r).collect::<Vec<_>>() }));
    }
    reporter.status(
        "Publishing",
        format_args!("{what} {version} ({} files) to {to}", files.len()),
    );
    let sizes: BTreeMap<String, u64> = sizes(&assets).into_iter().chain(sizes(&pages)).collect();
    let mut sent = Sent::default();
    {
        let bar = reporter.bytes_bar(total, format!("{what} {version}"));
        let done = file_done(reporter, &bar, &sizes);
        for batch in [assets, pages] {
            let part =
                runtime.block_on(store.upload(version, batch, storage.concurrency, &done))?;
            sent.uploaded += part.uploaded;
            sent.skipped += part.skipped;
            sent.bytes += part.bytes;
        }
    }
    reporter.status(
        "Published",
        format_args!(
            "{what} {version} ({}){}",
            summary(sent),
            page_url
                .as_deref()
                .map(|u| format!(" at {u}"))
                .unwrap_or_default()
        ),
    );
    Ok(json!({ "type": kind, "to": to, "version": version,
        "uploaded": sent.uploaded, "skipped": sent.skipped, "bytes": sent.bytes, "page": page_url }))
}
