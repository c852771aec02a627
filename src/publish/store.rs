//! Blob storage as a place to publish to (`--to <url>`), through `object_store`:
//! `az://container/prefix` (Azure Blob, also Azurite), `s3://bucket/prefix`, `gs://bucket/prefix`
//! and `file:///folder`.
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

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures_util::{StreamExt as _, TryStreamExt as _};
use object_store::{
    Attribute, Attributes, ObjectStore, ObjectStoreExt as _, PutMode, PutOptions, PutPayload,
    UpdateVersion, path::Path as StorePath,
};

use crate::errors::{Code, CodedError};

/// Which service a store talks to, with what creating its container needs.
enum Provider {
    Azure {
        store: Arc<object_store::azure::MicrosoftAzure>,
        account: String,
        container: String,
        /// The blob service URL of the account (for Azurite: with the account in the path).
        service: String,
    },
    S3 {
        store: Arc<object_store::aws::AmazonS3>,
        /// The bucket's URL (path style at a custom endpoint, else virtual-hosted).
        bucket_url: String,
        region: String,
    },
    Gcs,
    Local {
        root: PathBuf,
    },
}

/// An opened `--to` target.
pub(crate) struct Store {
    inner: Arc<dyn ObjectStore>,
    provider: Provider,
    /// The path below the container, without slashes at either end (may be empty).
    prefix: String,
    /// The `--to` URL as given, for messages.
    pub(crate) url: String,
    /// The public URL of the prefix (ending in `/`), when the provider has a well-known one.
    public_base: Option<String>,
}

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

impl Store {
    /// Opens the store behind `to` with extra object_store `options` (from `.piralrc`).
    pub(crate) fn open(to: &str, options: &BTreeMap<String, String>) -> Result<Store, CodedError> {
        let invalid = |why: String| {
            CodedError::new(Code::BlobStorageInvalid, format!("`--to {to}`: {why}")).with_hint(
                "use az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>",
            )
        };
        let url = reqwest::Url::parse(to).map_err(|e| invalid(e.to_string()))?;
        let bucket = url.host_str().unwrap_or_default().to_string();
        let prefix = url.path().trim_matches('/').to_string();
        let unknown = |key: &str, provider: &str| {
            invalid(format!(
                "`{key}` (from `storage` in .piralrc) is not an option of {provider}"
            ))
        };
        let failed = |e: object_store::Error| store_error(to, e);
        let (inner, provider, public_base): (Arc<dyn ObjectStore>, Provider, Option<String>) =
            match url.scheme() {
                "file" => {
                    let root = url
                        .to_file_path()
                        .map_err(|()| invalid("a file URL needs an absolute path".into()))?;
                    fs_err::create_dir_all(&root).map_err(|e| store_error(to, e))?;
                    let local = object_store::local::LocalFileSystem::new_with_prefix(&root)
                        .map_err(failed)?;
                    let local = Arc::new(local);
                    return Ok(Store {
                        inner: local,
                        provider: Provider::Local { root },
                        prefix: String::new(),
                        url: to.to_string(),
                        public_base: None,
                    });
                }
                "az" | "azure" => {
                    use object_store::azure::{AzureConfigKey, MicrosoftAzureBuilder};
                    let mut builder =
                        MicrosoftAzureBuilder::from_env().with_container_name(&bucket);
                    for (key, value) in options {
                        let key: AzureConfigKey =
                            key.parse().map_err(|_| unknown(key, "Azure Blob"))?;
                        builder = builder.with_config(key, value);
                    }
                    let emulator = builder
                        .get_config_value(&AzureConfigKey::UseEmulator)
                        .is_some_and(|v| v == "true");
                    let account = builder
                        .get_config_value(&AzureConfigKey::AccountName)
                        .filter(|a| !a.is_empty());
                    let (account, service) = if emulator {
                        let account = account.unwrap_or_else(|| "devstoreaccount1".into());
                        let base = std::env::var("AZURITE_BLOB_STORAGE_URL")
                            .unwrap_or_else(|_| "http://127.0.0.1:10000".into());
                        let service = format!("{}/{account}", base.trim_end_matches('/'));
                        (account, service)
                    } else {
                        let account = account.ok_or_else(|| {
                            invalid("no storage account: set AZURE_STORAGE_ACCOUNT_NAME (or AZURE_STORAGE_USE_EMULATOR=true for Azurite)".into())
                        })?;
                        let service = builder
                            .get_config_value(&AzureConfigKey::Endpoint)
                            .unwrap_or_else(|| format!("https://{account}.blob.core.windows.net"));
                        (account, service.trim_end_matches('/').to_string())
                    };
                    let store = Arc::new(builder.build().map_err(failed)?);
                    let public = format!("{service}/{bucket}/");
                    (
                        store.clone(),
                        Provider::Azure {
                            store,
                            account,
                            container: bucket.clone(),
                            service,
                        },
                        Some(public),
                    )
                }
                "s3" | "s3a" => {
                    use object_store::aws::{AmazonS3Builder, AmazonS3ConfigKey};
                    let mut builder = AmazonS3Builder::from_env().with_bucket_name(&bucket);
                    for (key, value) in options {
                        let key: AmazonS3ConfigKey = key.parse().map_err(|_| unknown(key, "S3"))?;
                        builder = builder.with_config(key, value);
                    }
                    let region = builder
                        .get_config_value(&AmazonS3ConfigKey::Region)
                        .unwrap_or_else(|| "us-east-1".into());
                    let virtual_hosted = builder
                        .get_config_value(&AmazonS3ConfigKey::VirtualHostedStyleRequest)
                        .is_some_and(|v| v == "true");
                    let bucket_url = match builder.get_config_value(&AmazonS3ConfigKey::Endpoint) {
                        Some(endpoint) if virtual_hosted => match endpoint.split_once("://") {
                            Some((scheme, host)) => {
                                format!("{scheme}://{bucket}.{}", host.trim_end_matches('/'))
                            }
                            None => endpoint.trim_end_matches('/').to_string(),
                        },
                        Some(endpoint) => format!("{}/{bucket}", endpoint.trim_end_matches('/')),
                        None => format!("https://{bucket}.s3.{region}.amazonaws.com"),
                    };
                    let store = Arc::new(builder.build().map_err(failed)?);
                    let public = format!("{bucket_url}/");
                    (
                        store.clone(),
                        Provider::S3 {
                            store,
                            bucket_url,
                            region,
                        },
                        Some(public),
                    )
                }
                "gs" => {
                    use object_store::gcp::{GoogleCloudStorageBuilder, GoogleConfigKey};
                    let mut builder =
                        GoogleCloudStorageBuilder::from_env().with_bucket_name(&bucket);
                    for (key, value) in options {
                        let key: GoogleConfigKey = key
                            .parse()
                            .map_err(|_| unknown(key, "Google Cloud Storage"))?;
                        builder = builder.with_config(key, value);
                    }
                    let public = format!("https://storage.googleapis.com/{bucket}/");
                    (
                        Arc::new(builder.build().map_err(failed)?),
                        Provider::Gcs,
                        Some(public),
                    )
                }
                other => return Err(invalid(format!("`{other}://` is not a supported storage"))),
            };
        if bucket.is_empty() {
            return Err(invalid("the URL names no container or bucket".into()));
        }
        let public_base = public_base.map(|base| {
            if prefix.is_empty() {
                base
            } else {
                format!("{base}{prefix}/")
            }
        });
        Ok(Store {
            inner,
            provider,
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
        match &self.provider {
            Provider::Local { root } => {
                fs_err::create_dir_all(root).map_err(|e| store_error(&self.url, e))?;
                Ok(false)
            }
            Provider::Azure {
                store,
                account,
                container,
                service,
            } => {
                // object_store cannot create containers: send the one `Create Container` request
                // ourselves, signed by its authorizer.
                let credential = store
                    .credentials()
                    .get_credential()
                    .await
                    .map_err(|e| store_error(&self.url, e))?;
                let url = format!("{service}/{container}?restype=container");
                let mut request = http::Request::builder()
                    .method("PUT")
                    .uri(&url)
                    .header("content-length", "0")
                    // The files are a static site: anyone may read a blob (not list them).
                    .header("x-ms-blob-public-access", "blob")
                    .body(object_store::client::HttpRequestBody::from(Vec::new()))
                    .map_err(|e| store_error(&self.url, e))?;
                object_store::azure::AzureAuthorizer::new(&credential, account)
                    .try_authorize(&mut request)
                    .map_err(|e| store_error(&self.url, e))?;
                match self.send_signed(request).await? {
                    (201, _) => Ok(true),
                    (409, _) => Ok(false),
                    (status, text) => Err(store_error(
                        &self.url,
                        format!("creating container `{container}` answered {status}: {text}"),
                    )),
                }
            }
            Provider::S3 {
                store,
                bucket_url,
                region,
            } => {
                // object_store cannot create buckets either: `CreateBucket`, signed by its
                // authorizer (outside us-east-1 the region goes into the body).
                let credential = store
                    .credentials()
                    .get_credential()
                    .await
                    .map_err(|e| store_error(&self.url, e))?;
                let body = if region == "us-east-1" {
                    Vec::new()
                } else {
                    format!("<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><LocationConstraint>{region}</LocationConstraint></CreateBucketConfiguration>").into_bytes()
                };
                let mut request = http::Request::builder()
                    .method("PUT")
                    .uri(bucket_url.as_str())
                    .body(object_store::client::HttpRequestBody::from(body))
                    .map_err(|e| store_error(&self.url, e))?;
                object_store::aws::AwsAuthorizer::new(&credential, "s3", region)
                    .try_authorize(&mut request, None)
                    .map_err(|e| store_error(&self.url, e))?;
                match self.send_signed(request).await? {
                    (200, _) => Ok(true),
                    (409, _) => Ok(false),
                    (status, text) => Err(store_error(
                        &self.url,
                        format!("creating bucket `{bucket_url}` answered {status}: {text}"),
                    )),
                }
            }
            Provider::Gcs => Err(CodedError::new(
                Code::BlobStorageInvalid,
                format!(
                    "`--create-container` supports az://, s3:// and file://, not `{}`",
                    self.url
                ),
            )
            .with_hint("create the bucket with your cloud's tools, then publish without `--create-container`")),
        }
    }

    /// Sends a request that object_store's authorizer signed; (status, body text).
    async fn send_signed(
        &self,
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
        let response = outgoing
            .send()
            .await
            .map_err(|e| store_error(&self.url, e))?;
        let status = response.status().as_u16();
        Ok((
            status,
            response.text().await.unwrap_or_default().trim().to_string(),
        ))
    }

    /// Reads a file below the prefix; `None` when it does not exist.
    pub(crate) async fn read(&self, relative: &str) -> Result<Option<Bytes>, CodedError> {
        match self.inner.get(&self.path(relative)?).await {
            Ok(result) => Ok(Some(
                result
                    .bytes()
                    .await
                    .map_err(|e| store_error(&self.url, e))?,
            )),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(store_error(&self.url, e)),
        }
    }

    /// The sizes of the files below `folder`, by path relative to it.
    async fn sizes(&self, folder: &str) -> Result<HashMap<String, u64>, CodedError> {
        let base = self.path(folder)?;
        let listed: Vec<object_store::ObjectMeta> = self
            .inner
            .list(Some(&base))
            .try_collect()
            .await
            .map_err(|e| store_error(&self.url, e))?;
        let skip = base.as_ref().len() + usize::from(!base.as_ref().is_empty());
        Ok(listed
            .into_iter()
            .map(|meta| (meta.location.as_ref()[skip..].to_string(), meta.size))
            .collect())
    }

    fn options(&self, path: &str, cache_control: &'static str) -> PutOptions {
        let mut attributes = Attributes::new();
        // The local file system keeps no attributes (and refuses them).
        if !matches!(self.provider, Provider::Local { .. }) {
            attributes.insert(
                Attribute::ContentType,
                crate::devserver::content_type(std::path::Path::new(path)).into(),
            );
            attributes.insert(Attribute::CacheControl, cache_control.into());
        }
        PutOptions::from(attributes)
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
                self.put(&location, &blob)
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

    /// Writes one file: in one request, or from `MULTIPART_FROM` bytes on in parts of
    /// `PART_SIZE` (four at a time), which is how the clouds take large files.
    async fn put(&self, location: &StorePath, blob: &Blob) -> object_store::Result<()> {
        let options = self.options(&blob.path, blob.cache_control);
        if (blob.bytes.len() as u64) < MULTIPART_FROM {
            self.inner
                .put_opts(location, PutPayload::from(blob.bytes.clone()), options)
                .await?;
            return Ok(());
        }
        let upload = self
            .inner
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
    }

    /// Changes the document at `relative` with `change` (given its current bytes, or `None`),
    /// as a conditional write: when another writer got in between, it reads and changes again.
    /// `change` returns the new bytes, or an error that stops the update.
    pub(crate) async fn update<F>(&self, relative: &str, change: F) -> Result<(), CodedError>
    where
        F: Fn(Option<&[u8]>) -> Result<Vec<u8>, CodedError>,
    {
        if let Provider::Local { root } = &self.provider {
            return self.update_locked(root, relative, change);
        }
        let location = self.path(relative)?;
        for attempt in 0u32..40 {
            let (current, mode) = match self.inner.get(&location).await {
                Ok(result) => {
                    let version = UpdateVersion {
                        e_tag: result.meta.e_tag.clone(),
                        version: result.meta.version.clone(),
                    };
                    let bytes = result
                        .bytes()
                        .await
                        .map_err(|e| store_error(&self.url, e))?;
                    (Some(bytes), PutMode::Update(version))
                }
                Err(object_store::Error::NotFound { .. }) => (None, PutMode::Create),
                Err(e) => return Err(store_error(&self.url, e)),
            };
            let next = change(current.as_deref())?;
            let mut options = self.options(relative, NO_CACHE);
            options.mode = mode;
            match self
                .inner
                .put_opts(&location, PutPayload::from(next), options)
                .await
            {
                Ok(_) => return Ok(()),
                Err(
                    object_store::Error::Precondition { .. }
                    | object_store::Error::AlreadyExists { .. },
                ) => {
                    // Someone else wrote first: wait a little (spread out) and try again.
                    let jitter = u64::from(std::process::id() % 7 + attempt % 5) * 15;
                    tokio::time::sleep(Duration::from_millis(20 + jitter)).await;
                }
                Err(e) => return Err(store_error(&self.url, e)),
            }
        }
        Err(store_error(
            &self.url,
            format!("`{relative}` kept changing under us; gave up after 40 attempts"),
        ))
    }

    /// `update` for a folder on disk: an exclusive lock on `<file>.lock` around read, change and
    /// an atomic replace.
    fn update_locked<F>(
        &self,
        root: &std::path::Path,
        relative: &str,
        change: F,
    ) -> Result<(), CodedError>
    where
        F: Fn(Option<&[u8]>) -> Result<Vec<u8>, CodedError>,
    {
        let failed = |e: std::io::Error| store_error(&self.url, e);
        let target =
            crate::archive::safe_join(root, relative).map_err(|e| store_error(&self.url, e))?;
        let folder = target.parent().unwrap_or(root);
        fs_err::create_dir_all(folder).map_err(failed)?;
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(folder.join(format!(
                ".{}.lock",
                target.file_name().unwrap_or_default().to_string_lossy()
            )))
            .map_err(failed)?;
        lock.lock().map_err(failed)?;
        let current = match std::fs::read(&target) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(failed(e)),
        };
        let next = change(current.as_deref())?;
        let mut staged = tempfile::NamedTempFile::new_in(folder).map_err(failed)?;
        std::io::Write::write_all(&mut staged, &next).map_err(failed)?;
        staged.persist(&target).map_err(|e| failed(e.error))?;
        drop(lock);
        Ok(())
    }
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

fn join_url(base: &str, folder: &str) -> String {
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
