//! Blob storage as a place to publish to (`--to <url>`), through `object_store`:
//! `az://container/prefix` (Azure Blob, also Azurite), `s3://bucket/prefix`, `gs://bucket/prefix`
//! and `file:///folder`.
//!
//! Each provider is one implementation of [`BlobStore`] (`azure`, `s3`, `gcs`, `fs`); what they
//! share (single and multipart puts, reads with their version, the ETag-conditional write) are
//! the trait's provided methods, and what does not depend on the provider at all (the prefix,
//! skipping what is already there, parallel uploads) is [`Store`], the entry point the commands
//! use ([`Store::open`]).
//!
//! Credentials come from object_store's environment variables (`AZURE_STORAGE_*`, `AWS_*`,
//! `GOOGLE_*`) and from the `storage` object of `.piralrc` (object_store's configuration keys).
//! object_store retries transient failures itself (connection errors, 5xx, throttling).
//!
//! Three guarantees the commands build on:
//! - uploads run in parallel with a bound, and a file that is already there with the same bytes
//!   is not sent again (size first; content-hashed names are trusted, other files compared);
//! - the feed document is changed with a conditional write (If-Match on the ETag, If-None-Match
//!   for a new one; a lock file for `file://`), so concurrent publishers never lose an entry;
//! - callers write the feed (or a release's `index.html`) last, so readers never see an entry
//!   whose files are not all there.

mod azure;
mod fs;
mod gcs;
mod s3;

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use bytes::Bytes;
use futures_util::future::BoxFuture;
use futures_util::{StreamExt as _, TryStreamExt as _};
use object_store::{
    Attribute, Attributes, ObjectMeta, ObjectStore, ObjectStoreExt as _, PutMode, PutOptions,
    PutPayload, UpdateVersion, path::Path as StorePath,
};

use crate::errors::{Code, CodedError};

/// One file to upload.
pub(crate) struct Blob {
    /// Relative to the folder it goes into.
    pub(crate) path: String,
    pub(crate) bytes: Bytes,
    pub(crate) cache_control: &'static str,
}

/// What an upload run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sent {
    pub(crate) uploaded: usize,
    pub(crate) skipped: usize,
    pub(crate) bytes: u64,
}

/// Files from this size on go up in parts (S3 needs parts of at least 5 MiB).
const MULTIPART_FROM: u64 = 16 << 20;
const PART_SIZE: usize = 8 << 20;

/// `cache-control` for files whose name carries their content hash.
pub(crate) const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// `cache-control` for files that change in place (index.html, feed.json).
pub(crate) const NO_CACHE: &str = "no-cache";

/// A failure of the storage behind `url` (`[0117]`), with a hint when the container is missing.
fn store_error(url: &str, error: impl std::fmt::Display) -> CodedError {
    let message = error.to_string();
    let missing = [
        "ContainerNotFound",
        "NoSuchBucket",
        "The specified bucket does not exist",
    ]
    .iter()
    .any(|marker| message.contains(marker));
    let error = CodedError::new(
        Code::BlobStorageFailed,
        format!("blob storage `{url}`: {message}"),
    );
    if missing {
        error.with_hint("the container does not exist: create it with `--create-container`")
    } else {
        error
    }
}

/// A `--to` URL that names no storage we can open (`[0118]`).
fn invalid(to: &str, why: String) -> CodedError {
    CodedError::new(Code::BlobStorageInvalid, format!("`--to {to}`: {why}")).with_hint(
        "use az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>",
    )
}

/// An option from `.piralrc` that the provider does not know.
fn unknown(to: &str, key: &str, provider: &str) -> CodedError {
    invalid(
        to,
        format!("`{key}` (from `storage` in .piralrc) is not an option of {provider}"),
    )
}

/// How a conditional write changes a document: its current bytes (or `None`) to the new ones
/// (`None`: it stays as it is), or an error that stops the update.
pub(crate) type Change<'a> =
    dyn Fn(Option<&[u8]>) -> Result<Option<Vec<u8>>, CodedError> + Sync + 'a;

/// One storage provider. Locations are full paths in the container (the prefix included);
/// `url` is the `--to` URL, for messages.
pub(crate) trait BlobStore: Send + Sync {
    /// The object_store client that carries the requests.
    fn objects(&self) -> &dyn ObjectStore;

    /// The public URL of the container (ending in `/`), when the provider has a well-known one.
    fn public_base(&self) -> Option<String>;

    /// Creates the container, bucket or folder (`--create-container`); whether it was created
    /// (false: it existed).
    fn create_container<'a>(&'a self, url: &'a str) -> BoxFuture<'a, Result<bool, CodedError>>;

    /// What a file at `path` is stored with: its content type and `cache-control`.
    fn attributes(&self, path: &str, cache_control: &'static str) -> Attributes {
        let mut attributes = Attributes::new();
        attributes.insert(
            Attribute::ContentType,
            crate::devserver::content_type(std::path::Path::new(path)).into(),
        );
        attributes.insert(Attribute::CacheControl, cache_control.into());
        attributes
    }

    /// Writes one file: in one request, or from `MULTIPART_FROM` bytes on in parts of
    /// `PART_SIZE` (four at a time), which is how the clouds take large files.
    fn put<'a>(
        &'a self,
        location: &'a StorePath,
        blob: &'a Blob,
    ) -> BoxFuture<'a, object_store::Result<()>> {
        Box::pin(async move {
            let options = PutOptions::from(self.attributes(&blob.path, blob.cache_control));
            if (blob.bytes.len() as u64) < MULTIPART_FROM {
                self.objects()
                    .put_opts(location, PutPayload::from(blob.bytes.clone()), options)
                    .await?;
                return Ok(());
            }
            let upload = self
                .objects()
                .put_multipart_opts(
                    location,
                    object_store::PutMultipartOptions {
                        attributes: options.attributes,
                        ..Default::default()
                    },
                )
                .await?;
            let mut writer = object_store::WriteMultipart::new_with_chunk_size(upload, PART_SIZE);
            for part in blob.bytes.chunks(PART_SIZE) {
                writer.wait_for_capacity(4).await?;
                writer.write(part);
            }
            writer.finish().await?;
            Ok(())
        })
    }

    /// Reads a file with the version (ETag, version id) a conditional write names; `None` when
    /// it does not exist.
    fn get<'a>(
        &'a self,
        location: &'a StorePath,
    ) -> BoxFuture<'a, object_store::Result<Option<(Bytes, UpdateVersion)>>> {
        Box::pin(async move {
            match self.objects().get(location).await {
                Ok(result) => {
                    let version = UpdateVersion {
                        e_tag: result.meta.e_tag.clone(),
                        version: result.meta.version.clone(),
                    };
                    Ok(Some((result.bytes().await?, version)))
                }
                Err(object_store::Error::NotFound { .. }) => Ok(None),
                Err(e) => Err(e),
            }
        })
    }

    /// The files below `base`.
    fn list<'a>(
        &'a self,
        base: &'a StorePath,
    ) -> BoxFuture<'a, object_store::Result<Vec<ObjectMeta>>> {
        Box::pin(self.objects().list(Some(base)).try_collect())
    }

    /// Changes the document at `location` (`relative` below the prefix) with `change`, as a
    /// conditional write: If-Match on its ETag, or If-None-Match for a new one. When another
    /// writer got in between, it reads and changes again.
    fn update<'a>(
        &'a self,
        url: &'a str,
        relative: &'a str,
        location: &'a StorePath,
        change: &'a Change<'a>,
    ) -> BoxFuture<'a, Result<(), CodedError>> {
        Box::pin(async move {
            for attempt in 0u32..40 {
                let (current, mode) = match self.get(location).await {
                    Ok(Some((bytes, version))) => (Some(bytes), PutMode::Update(version)),
                    Ok(None) => (None, PutMode::Create),
                    Err(e) => return Err(store_error(url, e)),
                };
                let Some(next) = change(current.as_deref())? else {
                    return Ok(());
                };
                let mut options = PutOptions::from(self.attributes(relative, NO_CACHE));
                options.mode = mode;
                match self
                    .objects()
                    .put_opts(location, PutPayload::from(next), options)
                    .await
                {
                    Ok(_) => return Ok(()),
                    Err(
                        object_store::Error::Precondition { .. }
                        | object_store::Error::AlreadyExists { .. },
                    ) => {
                        // Someone else wrote first: wait a little, longer each time and spread
                        // out between writers, and try again.
                        let nanos = std::time::SystemTime::now()
                            .duration_since(std::time::UNIX_EPOCH)
                            .map_or(0, |d| d.subsec_nanos());
                        let seed = u64::from(nanos ^ std::process::id().rotate_left(16));
                        let ceiling = (20u64 << attempt.min(4)).min(320);
                        let jitter = seed % ceiling;
                        tokio::time::sleep(Duration::from_millis(10 + jitter)).await;
                    }
                    Err(e) => return Err(store_error(url, e)),
                }
            }
            Err(store_error(
                url,
                format!("`{relative}` kept changing under us; gave up after 40 attempts"),
            ))
        })
    }
}

/// An opened `--to` target.
pub(crate) struct Store {
    backend: Box<dyn BlobStore>,
    /// The path below the container, without slashes at either end (may be empty).
    prefix: String,
    /// The `--to` URL as given, for messages.
    pub(crate) url: String,
    /// The public URL of the prefix (ending in `/`), when the provider has a well-known one.
    public_base: Option<String>,
}

impl Store {
    /// Opens the store behind `to` with extra object_store `options` (from `.piralrc`).
    pub(crate) fn open(to: &str, options: &BTreeMap<String, String>) -> Result<Store, CodedError> {
        let url = reqwest::Url::parse(to).map_err(|e| invalid(to, e.to_string()))?;
        let bucket = url.host_str().unwrap_or_default().to_string();
        let prefix = url.path().trim_matches('/').to_string();
        let backend: Box<dyn BlobStore> = match url.scheme() {
            // A folder is named by the whole path: no container, no prefix.
            "file" => {
                return Ok(Store {
                    backend: Box::new(fs::Folder::open(to, &url)?),
                    prefix: String::new(),
                    url: to.to_string(),
                    public_base: None,
                });
            }
            "az" | "azure" => Box::new(azure::Azure::open(to, &bucket, options)?),
            "s3" | "s3a" => Box::new(s3::S3::open(to, &bucket, options)?),
            "gs" => Box::new(gcs::Gcs::open(to, &bucket, options)?),
            other => {
                return Err(invalid(
                    to,
                    format!("`{other}://` is not a supported storage"),
                ));
            }
        };
        if bucket.is_empty() {
            return Err(invalid(to, "the URL names no container or bucket".into()));
        }
        let public_base = backend.public_base().map(|base| {
            if prefix.is_empty() {
                base
            } else {
                format!("{base}{prefix}/")
            }
        });
        Ok(Store {
            backend,
            prefix,
            url: to.to_string(),
            public_base,
        })
    }

    /// The public URL of a folder below the prefix (ending in `/`), if the store has one.
    pub(crate) fn public_url(&self, folder: &str) -> Option<String> {
        self.public_base.as_ref().map(|base| join_url(base, folder))
    }

    fn path(&self, relative: &str) -> Result<StorePath, CodedError> {
        let full = [self.prefix.as_str(), relative.trim_matches('/')]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("/");
        StorePath::parse(&full).map_err(|e| store_error(&self.url, e))
    }

    /// Creates the container (Azure, with anonymous read access to its blobs, as a site behind
    /// a CDN needs), bucket (S3) or folder (file), as `--create-container` asks.
    /// Returns whether it was created (false: it existed).
    pub(crate) async fn create_container(&self) -> Result<bool, CodedError> {
        self.backend.create_container(&self.url).await
    }

    /// Reads a file below the prefix; `None` when it does not exist.
    pub(crate) async fn read(&self, relative: &str) -> Result<Option<Bytes>, CodedError> {
        match self.backend.get(&self.path(relative)?).await {
            Ok(found) => Ok(found.map(|(bytes, _)| bytes)),
            Err(e) => Err(store_error(&self.url, e)),
        }
    }

    /// The names of the files directly below the prefix (not in folders).
    pub(crate) async fn top_files(&self) -> Result<Vec<String>, CodedError> {
        let base = self.path("")?;
        let listed = self
            .backend
            .objects()
            .list_with_delimiter(Some(&base))
            .await
            .map_err(|e| store_error(&self.url, e))?;
        Ok(listed
            .objects
            .into_iter()
            .filter_map(|meta| meta.location.filename().map(String::from))
            .collect())
    }

    /// The sizes of the files below `folder`, by path relative to it.
    async fn sizes(&self, folder: &str) -> Result<HashMap<String, u64>, CodedError> {
        let base = self.path(folder)?;
        let listed = self
            .backend
            .list(&base)
            .await
            .map_err(|e| store_error(&self.url, e))?;
        let skip = base.as_ref().len() + usize::from(!base.as_ref().is_empty());
        Ok(listed
            .into_iter()
            .map(|meta| (meta.location.as_ref()[skip..].to_string(), meta.size))
            .collect())
    }

    /// Uploads `blobs` into `folder` with at most `concurrency` requests at once. A blob that is
    /// already there with the same bytes is skipped. `done` hears of each file as it finishes.
    pub(crate) async fn upload(
        &self,
        folder: &str,
        blobs: Vec<Blob>,
        concurrency: usize,
        done: &(dyn Fn(&str, bool) + Sync),
    ) -> Result<Sent, CodedError> {
        let existing = self.sizes(folder).await?;
        let existing = &existing;
        let results: Vec<Result<(bool, u64), CodedError>> = futures_util::stream::iter(blobs)
            .map(|blob| async move {
                let relative = join_path(folder, &blob.path);
                let location = self.path(&relative)?;
                let same_size = existing.get(&blob.path) == Some(&(blob.bytes.len() as u64));
                let unchanged = same_size
                    && (is_content_hashed(&blob.path)
                        || self.read(&relative).await?.as_ref() == Some(&blob.bytes));
                if unchanged {
                    done(&blob.path, false);
                    return Ok((false, 0));
                }
                let size = blob.bytes.len() as u64;
                self.backend
                    .put(&location, &blob)
                    .await
                    .map_err(|e| store_error(&self.url, format!("uploading `{relative}`: {e}")))?;
                done(&blob.path, true);
                Ok((true, size))
            })
            .buffer_unordered(concurrency.max(1))
            .collect()
            .await;
        let mut sent = Sent::default();
        for result in results {
            let (uploaded, size) = result?;
            if uploaded {
                sent.uploaded += 1;
                sent.bytes += size;
            } else {
                sent.skipped += 1;
            }
        }
        Ok(sent)
    }

    /// Changes the document at `relative` with `change` (given its current bytes, or `None`),
    /// as a conditional write: when another writer got in between, it reads and changes again.
    /// `change` returns the new bytes (`None` leaves the document as it is), or an error that
    /// stops the update.
    pub(crate) async fn update<F>(&self, relative: &str, change: F) -> Result<(), CodedError>
    where
        F: Fn(Option<&[u8]>) -> Result<Option<Vec<u8>>, CodedError> + Sync,
    {
        let location = self.path(relative)?;
        self.backend
            .update(&self.url, relative, &location, &change)
            .await
    }
}

/// Sends a request that object_store's authorizer signed; (status, body text). For the requests
/// object_store has no call for (creating a container or bucket).
async fn send_signed(
    url: &str,
    request: object_store::client::HttpRequest,
) -> Result<(u16, String), CodedError> {
    let (parts, body) = request.into_parts();
    let body = body.as_bytes().map(|b| b.to_vec()).unwrap_or_default();
    let mut outgoing = reqwest::Client::new()
        .request(parts.method, parts.uri.to_string())
        .body(body);
    for (name, value) in &parts.headers {
        outgoing = outgoing.header(name.as_str(), value.as_bytes());
    }
    let response = outgoing.send().await.map_err(|e| store_error(url, e))?;
    let status = response.status().as_u16();
    Ok((
        status,
        response.text().await.unwrap_or_default().trim().to_string(),
    ))
}

/// `a/` + `b` → `a/b`, without doubled or leading slashes.
fn join_path(folder: &str, file: &str) -> String {
    let folder = folder.trim_matches('/');
    if folder.is_empty() {
        file.to_string()
    } else {
        format!("{folder}/{file}")
    }
}

/// `base` (ending in `/`) + `folder` + `/`, or `base` itself for an empty folder.
pub(crate) fn join_url(base: &str, folder: &str) -> String {
    let folder = folder.trim_matches('/');
    if folder.is_empty() {
        base.to_string()
    } else {
        format!("{base}{folder}/")
    }
}

/// Whether a file name carries a content hash (`name.<8+ hex>.ext`, as the bundler writes them),
/// so that the same name and size means the same bytes.
pub(crate) fn is_content_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.split('.')
        .skip(1)
        .any(|part| part.len() >= 8 && part.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_are_recognised() {
        assert!(is_content_hashed("index.3f2a9c1b.js"));
        assert!(is_content_hashed("assets/logo.0123abcd.svg"));
        assert!(is_content_hashed("index.3f2a9c1b.js.map"));
        assert!(!is_content_hashed("index.js"));
        assert!(!is_content_hashed("index.html"));
        assert!(
            !is_content_hashed("deadbeef.js"),
            "a bare hash is the stem, not a hash part"
        );
        assert!(!is_content_hashed("main.build.js"));
    }

    #[test]
    fn urls_name_container_and_prefix() {
        let store = Store::open("file:///tmp/piral-store-test/feed", &BTreeMap::new()).unwrap();
        assert_eq!(store.public_url("a/1.0.0"), None);
        assert!(Store::open("ftp://x/y", &BTreeMap::new()).is_err());
        assert!(Store::open("not a url", &BTreeMap::new()).is_err());
        // SAFETY of the values: the emulator needs no real account.
        let azure = Store::open(
            "az://pilets/feeds/main",
            &BTreeMap::from([("azure_storage_use_emulator".to_string(), "true".to_string())]),
        )
        .unwrap();
        assert_eq!(azure.prefix, "feeds/main");
        let base = azure.public_url("my-pilet/1.0.0").unwrap();
        assert!(
            base.ends_with("/devstoreaccount1/pilets/feeds/main/my-pilet/1.0.0/"),
            "{base}"
        );
        let error = Store::open(
            "az://pilets",
            &BTreeMap::from([("no_such_option".to_string(), "1".to_string())]),
        )
        .err()
        .unwrap();
        assert!(error.to_string().contains("no_such_option"), "{error}");
    }
}
