//! `pilet publish --to <url>` and `piral publish --type release --to <url>`: publishing to blob
//! storage, which makes a feed a static site (the storage itself is [`super::blob`], the
//! environments and their history [`super::environments`]).
//!
//! A pilet goes unpacked to `<prefix>/<name>/<version>/…`, then its item goes into the feed
//! document of the environment (`feed.json`, or `feed.<env>.json` with `--env`). A release goes
//! to `<prefix>/<version>/…`, its HTML pages last; with `--env` the pages go to
//! `<prefix>/<version>/<env>/`, naming that environment's feed.
//!
//! `--to` given twice is a primary and a secondary region: files go to every target first, and
//! the feed documents (or pages) are written only when every upload succeeded, primary first. A
//! rerun after a failure completes what is missing: files that are there are not sent again,
//! and a feed that lists the same item already is left as it is.

use std::collections::BTreeMap;
use std::path::Path;

use bytes::Bytes;
use serde_json::{Value, json};

use super::environments::{self, Action, Environment, Event};
use super::feed::{self, PiletFiles};
use super::report::Published;
use super::{PublishPiletSettings, StorageSettings};
use crate::errors::codes::Level;
use crate::errors::{Code, CodedError};
use crate::ui::{Progress, Reporter};

use super::blob::{Blob, IMMUTABLE, NO_CACHE, Sent, Store, is_content_hashed};

pub(crate) fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?)
}

/// Opens every `--to` target with the `storage` options of `.piralrc`, the primary first;
/// creates the containers when asked (not in a dry run).
pub(crate) fn open_all(
    storage: &StorageSettings,
    create_container: bool,
    reporter: &dyn Reporter,
    runtime: &tokio::runtime::Runtime,
) -> anyhow::Result<Vec<Store>> {
    let stores = open_stores(&storage.to, &storage.options)?;
    if create_container {
        for (index, store) in stores.iter().enumerate() {
            let created = runtime
                .block_on(store.create_container())
                .map_err(|e| in_region(&storage.to, index, 0, e))?;
            if created {
                reporter.status("Created", format_args!("the container of {}", store.url));
            }
        }
    }
    Ok(stores)
}

/// Opens every target (`--to`), the primary first; one that cannot be opened is a region error.
pub(crate) fn open_stores(
    targets: &[String],
    options: &BTreeMap<String, String>,
) -> Result<Vec<Store>, CodedError> {
    targets
        .iter()
        .enumerate()
        .map(|(index, to)| Store::open(to, options).map_err(|e| in_region(targets, index, 0, e)))
        .collect()
}

/// `error` of region `index` of `targets` (the `--to` URLs), as `[0152]` when there are
/// several; `complete`: how many regions before it are done.
pub(crate) fn in_region(
    targets: &[String],
    index: usize,
    complete: usize,
    error: CodedError,
) -> CodedError {
    if targets.len() < 2 {
        return error;
    }
    let finished = match &targets[..complete] {
        [] => "no feed or page was changed in any region".to_string(),
        [one] => format!("{one} is complete"),
        done => format!("{} are complete", done.join(", ")),
    };
    CodedError::new(
        Code::RegionIncomplete,
        format!(
            "region {} failed ({finished}): [{}] {}",
            targets[index],
            error.code.number(),
            error.message
        ),
    )
    .with_hint("fix that target and run the same command again: it completes what is missing")
}

/// The URL `folder` (below the prefix) is served from, ending in `/`: below `--public-url` (a
/// CDN) when given, else the storage's own URL; `None` for a folder store without a public URL.
fn served_at(storage: &StorageSettings, store: &Store, folder: &str) -> Option<String> {
    match &storage.public_url {
        Some(public) => Some(super::blob::join_url(
            &format!("{}/", public.trim_end_matches('/')),
            folder,
        )),
        None => store.public_url(folder),
    }
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

fn add(total: &mut Sent, part: Sent) {
    total.uploaded += part.uploaded;
    total.skipped += part.skipped;
    total.bytes += part.bytes;
}

/// `pilet publish --to`: every tarball goes unpacked below `<name>/<version>/` of every target,
/// then into the environment's feed document of each.
pub(super) fn publish_pilets(
    args: &PublishPiletSettings,
    storage: &StorageSettings,
    tarballs: Vec<(String, Vec<u8>)>,
    reporter: &dyn Reporter,
) -> anyhow::Result<Published> {
    let env = Environment::named(storage.env.as_deref())?;
    let runtime = runtime()?;
    let create = storage.create_container && !args.upload.dry_run;
    let stores = open_all(storage, create, reporter, &runtime)?;
    let mut published = Vec::new();
    let mut failed = Vec::new();
    for (file, bytes) in &tarballs {
        let result = publish_pilet(
            args, storage, &stores, &env, file, bytes, reporter, &runtime,
        );
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
                    format!(
                        "Could not upload \"{file}\" to {}.",
                        storage.to.join(" and ")
                    ),
                    None,
                );
                failed.push(json!({ "file": file, "code": code.number(), "message": message }));
            }
        }
    }
    Ok(super::report::finish(
        json!({ "to": storage.to[0], "targets": storage.to, "env": env.name() }),
        published,
        failed,
        reporter,
    ))
}

fn already_published(name: &str, version: &str, to: &str) -> CodedError {
    CodedError::new(
        Code::FailedToUploadVersion,
        format!("`{name}@{version}` is already in {to} with other contents; published versions are immutable (pass `--force` to replace it)"),
    )
    .with_hint("raise the version in package.json, or pass `--force` to replace it")
}

/// Whether two feed items list the same files: name, version and the main file's integrity.
fn same_item(a: &Value, b: &Value) -> bool {
    ["name", "version", "integrity", "link"]
        .iter()
        .all(|key| a[key] == b[key])
}

#[allow(clippy::too_many_arguments)]
fn publish_pilet(
    args: &PublishPiletSettings,
    storage: &StorageSettings,
    stores: &[Store],
    env: &Environment,
    file: &str,
    bytes: &[u8],
    reporter: &dyn Reporter,
    runtime: &tokio::runtime::Runtime,
) -> anyhow::Result<Value> {
    let pilet = PiletFiles::from_tarball(file, bytes)?;
    let folder = format!("{}/{}", pilet.name, pilet.version);
    let (name, version) = (pilet.name.clone(), pilet.version.clone());
    // The item each region lists: the links of its own storage, unless a CDN is in front.
    let items: Vec<Value> = stores
        .iter()
        .map(|store| {
            let base = served_at(storage, store, &folder).unwrap_or_else(|| format!("{folder}/"));
            pilet.feed_item(&base)
        })
        .collect();
    // Published versions are immutable: the main file that is there must be this one. Checked
    // before anything is sent; the feed write checks the listed item again.
    let main = format!("{folder}/{}", pilet.main);
    for (index, store) in stores.iter().enumerate() {
        let there = runtime
            .block_on(store.read(&main))
            .map_err(|e| in_region(&storage.to, index, 0, e))?;
        if !args.force && there.is_some_and(|there| there[..] != pilet.files[&pilet.main][..]) {
            return Err(already_published(&name, &version, &store.url).into());
        }
    }
    let blobs = || -> Vec<Blob> {
        pilet
            .files
            .iter()
            .map(|(path, content)| Blob {
                path: path.clone(),
                bytes: Bytes::from(content.clone()),
                cache_control: IMMUTABLE,
            })
            .collect()
    };
    let total: u64 = pilet.files.values().map(|b| b.len() as u64).sum();
    let document = env.document();
    if args.upload.dry_run {
        for store in stores {
            reporter.status(
                "Would upload",
                format_args!(
                    "{} files ({total} bytes) of `{name}@{version}` to {}/{folder}/, then list it in {document}",
                    pilet.files.len(),
                    store.url.trim_end_matches('/')
                ),
            );
        }
        return Ok(
            json!({ "file": file, "name": name, "version": version, "env": env.name(), "dryRun": true,
            "files": pilet.files.keys().collect::<Vec<_>>(), "item": items[0] }),
        );
    }
    let mut sent = Sent::default();
    for (index, store) in stores.iter().enumerate() {
        reporter.status(
            "Publishing",
            format_args!("`{name}@{version}` to {}", store.url),
        );
        let blobs = blobs();
        let sizes = sizes(&blobs);
        let bar = reporter.bytes_bar(total, format!("{name}@{version}"));
        let done = file_done(reporter, &bar, &sizes);
        let part = runtime
            .block_on(store.upload(&folder, blobs, storage.concurrency, &done))
            .map_err(|e| in_region(&storage.to, index, 0, e))?;
        add(&mut sent, part);
    }
    // Only now, with every file in every region, the feeds list the pilet: primary first.
    let mut listed = Vec::new();
    for (index, (store, item)) in stores.iter().zip(&items).enumerate() {
        let event = runtime
            .block_on(environments::change(store, env, |current| {
                if let Some(there) = current
                    .iter()
                    .find(|i| i["name"] == name.as_str() && i["version"] == version.as_str())
                {
                    if same_item(there, item) {
                        return Ok(None);
                    }
                    if !args.force {
                        return Err(already_published(&name, &version, &store.url));
                    }
                }
                feed::upsert(current, item.clone());
                Ok(Some(Event::now(Action::Publish, &name, Some(item))))
            }))
            .map_err(|e| in_region(&storage.to, index, index, e))?;
        listed.push(event.is_some());
        let verb = if event.is_some() {
            "Published"
        } else {
            "Unchanged"
        };
        reporter.status(
            verb,
            format_args!(
                "`{name}@{version}` in {document} of {} ({}) at {}",
                store.url,
                summary(sent),
                item["link"].as_str().unwrap_or_default()
            ),
        );
    }
    Ok(
        json!({ "file": file, "name": name, "version": version, "env": env.name(), "link": items[0]["link"],
        "uploaded": sent.uploaded, "skipped": sent.skipped, "bytes": sent.bytes, "item": items[0],
        "listed": listed }),
    )
}

/// What a shell release shares with pilets, recorded next to the feeds for `piral feed verify`.
pub(super) struct ShellRecord {
    pub(super) name: String,
    pub(super) shared: Vec<String>,
}

/// `piral publish --type release --to` (and a website emulator): the folder goes to `<version>/`,
/// its HTML pages last so that a page never points at files that are not there yet. With
/// `--env`, the pages go to `<version>/<env>/` instead, with the environment's feed in their
/// `piral-feed` meta tag, and `shell` is recorded for that environment.
pub(super) fn publish_release(
    storage: &StorageSettings,
    folder: &Path,
    version: &str,
    what: &str,
    dry_run: bool,
    shell: Option<ShellRecord>,
    reporter: &dyn Reporter,
) -> anyhow::Result<Value> {
    let to = storage.to[0].as_str();
    let kind = what.replace(' ', "-");
    let env = match &storage.env {
        Some(name) => Some(Environment::named(Some(name))?),
        None => None,
    };
    let runtime = runtime()?;
    let stores = open_all(
        storage,
        storage.create_container && !dry_run,
        reporter,
        &runtime,
    )?;
    let mut files = Vec::new();
    super::release::collect(folder, folder, &mut files)?;
    files.sort();
    let contents: Vec<(String, Bytes)> = files
        .iter()
        .map(|(relative, path)| Ok((relative.clone(), Bytes::from(fs_err::read(path)?))))
        .collect::<anyhow::Result<_>>()?;
    let pages_folder = match &env {
        Some(env) => format!("{version}/{}", env.name()),
        None => version.to_string(),
    };
    let total: u64 = contents.iter().map(|(_, b)| b.len() as u64).sum();
    let public = |store: &Store, folder: &str| served_at(storage, store, folder);
    let page_url = public(&stores[0], &pages_folder).map(|base| format!("{base}index.html"));
    if dry_run {
        for store in &stores {
            reporter.status(
                "Would upload",
                format_args!(
                    "{} files ({total} bytes) to {}/{version}/",
                    files.len(),
                    store.url.trim_end_matches('/')
                ),
            );
        }
        return Ok(
            json!({ "type": kind, "to": to, "targets": storage.to, "version": version,
            "dryRun": true, "files": files.iter().map(|(r, _)| r).collect::<Vec<_>>() }),
        );
    }
    let assets = || -> Vec<Blob> {
        contents
            .iter()
            .filter(|(relative, _)| !relative.ends_with(".html"))
            .map(|(relative, bytes)| Blob {
                cache_control: if is_content_hashed(relative) {
                    IMMUTABLE
                } else {
                    NO_CACHE
                },
                path: relative.clone(),
                bytes: bytes.clone(),
            })
            .collect()
    };
    let pages = |store: &Store| -> Vec<Blob> {
        let feed_url = env.as_ref().map(|env| match &storage.feed_url {
            Some(url) => url.clone(),
            None => match public(store, "") {
                Some(base) => format!("{base}{}", env.document()),
                // Relative to the page's base (the version's folder, see `environment_page`).
                None => format!("../{}", env.document()),
            },
        });
        contents
            .iter()
            .filter(|(relative, _)| relative.ends_with(".html"))
            .map(|(relative, bytes)| Blob {
                cache_control: NO_CACHE,
                path: relative.clone(),
                bytes: match &feed_url {
                    Some(feed_url) => Bytes::from(environment_page(
                        &String::from_utf8_lossy(bytes),
                        relative,
                        feed_url,
                    )),
                    None => bytes.clone(),
                },
            })
            .collect()
    };
    reporter.status(
        "Publishing",
        format_args!(
            "{what} {version} ({} files) to {}",
            files.len(),
            storage.to.join(" and ")
        ),
    );
    let mut sent = Sent::default();
    let all_sizes: BTreeMap<String, u64> = contents
        .iter()
        .map(|(relative, bytes)| (relative.clone(), bytes.len() as u64))
        .collect();
    {
        let bar = reporter.bytes_bar(total * stores.len() as u64, format!("{what} {version}"));
        let done = file_done(reporter, &bar, &all_sizes);
        for (index, store) in stores.iter().enumerate() {
            let part = runtime
                .block_on(store.upload(version, assets(), storage.concurrency, &done))
                .map_err(|e| in_region(&storage.to, index, 0, e))?;
            add(&mut sent, part);
        }
        for (index, store) in stores.iter().enumerate() {
            let part = runtime
                .block_on(store.upload(&pages_folder, pages(store), storage.concurrency, &done))
                .map_err(|e| in_region(&storage.to, index, index, e))?;
            add(&mut sent, part);
            if let (Some(env), Some(shell)) = (&env, &shell) {
                let record = json!({
                    "name": shell.name, "version": version, "shared": shell.shared,
                    "page": public(store, &pages_folder).map(|base| format!("{base}index.html")),
                    "at": crate::build::env::build_times().1,
                });
                let mut text = serde_json::to_vec_pretty(&record).expect("JSON serialises");
                text.push(b'\n');
                runtime
                    .block_on(store.update(&env.shell_record(), |_| Ok(Some(text.clone()))))
                    .map_err(|e| in_region(&storage.to, index, index, e))?;
            }
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
    Ok(
        json!({ "type": kind, "to": to, "targets": storage.to, "version": version,
        "env": env.as_ref().map(Environment::name),
        "uploaded": sent.uploaded, "skipped": sent.skipped, "bytes": sent.bytes, "page": page_url }),
    )
}

/// A release page for an environment: served from `<version>/<env>/<relative>`, with a
/// `<base>` that points its relative references back at `<version>/<folder of relative>`, the
/// environment's feed in its `piral-feed` meta tag (which the shells `piral new` scaffolds
/// read), and the feed's origin allowed by the page's policy when it has one.
pub(crate) fn environment_page(html: &str, relative: &str, feed_url: &str) -> String {
    use crate::build::html;
    let depth = relative.matches('/').count();
    let folder = relative.rsplit_once('/').map_or("", |(folder, _)| folder);
    let base = format!(
        "{}{folder}{}",
        "../".repeat(depth + 1),
        if folder.is_empty() { "" } else { "/" }
    );
    let mut page = html.to_string();
    html::set_meta(&mut page, "name", "piral-feed", feed_url);
    crate::build::csp::allow_origin(&mut page, feed_url);
    if !page.contains("<base ") {
        html::insert_in_head(
            &mut page,
            &format!("<base href=\"{}\">", base.replace('"', "&quot;")),
        );
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environment_pages_name_their_feed_and_find_their_files() {
        let html = "<!DOCTYPE html>\n<html>\n<head>\n  <meta name=\"piral-feed\" content=\"/pilets.json\">\n</head>\n<body><script src=\"./index.1a2b3c4d.js\"></script></body>\n</html>\n";
        let page = environment_page(
            html,
            "index.html",
            "https://cdn.example/feed.prod.json?a=1&b=2",
        );
        assert!(
            page.contains("<meta name=\"piral-feed\" content=\"https://cdn.example/feed.prod.json?a=1&amp;b=2\">"),
            "{page}"
        );
        assert!(!page.contains("/pilets.json"), "{page}");
        assert!(page.contains("<head>\n  <base href=\"../\">"), "{page}");
        assert!(
            page.contains("./index.1a2b3c4d.js"),
            "the references stay as built"
        );

        let nested = environment_page("<html><head></head></html>", "docs/a.html", "../feed.json");
        assert!(nested.contains("<base href=\"../../docs/\">"), "{nested}");
        assert!(
            nested.contains("<meta name=\"piral-feed\" content=\"../feed.json\">"),
            "a page without the tag gets one: {nested}"
        );
    }

    #[test]
    fn items_are_the_same_when_their_files_are() {
        let a = json!({"name": "a", "version": "1.0.0", "integrity": "sha256-x", "link": "a/1.0.0/index.js", "spec": "v2"});
        let mut b = a.clone();
        b["custom"] = json!({"extra": true});
        assert!(same_item(&a, &b));
        b["integrity"] = json!("sha256-y");
        assert!(!same_item(&a, &b));
    }
}
