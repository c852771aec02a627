//! Google Cloud Storage (`gs://bucket/prefix`).
//!
//! Everything goes through object_store's `GoogleCloudStorage`; the conditional write is the
//! trait's (If-Match on the ETag). Creating buckets is left to the cloud's own tools.

use std::collections::BTreeMap;

use futures_util::future::BoxFuture;
use object_store::ObjectStore;
use object_store::gcp::{GoogleCloudStorage, GoogleCloudStorageBuilder, GoogleConfigKey};

use super::{BlobStore, store_error, unknown};
use crate::errors::{Code, CodedError};

/// A bucket.
pub(super) struct Gcs {
    store: GoogleCloudStorage,
    bucket: String,
}

impl Gcs {
    /// The bucket `bucket` with object_store's environment and the `.piralrc` options.
    pub(super) fn open(
        to: &str,
        bucket: &str,
        options: &BTreeMap<String, String>,
    ) -> Result<Gcs, CodedError> {
        let mut builder = GoogleCloudStorageBuilder::from_env().with_bucket_name(bucket);
        for (key, value) in options {
            let key: GoogleConfigKey = key
                .parse()
                .map_err(|_| unknown(to, key, "Google Cloud Storage"))?;
            builder = builder.with_config(key, value);
        }
        Ok(Gcs {
            store: builder.build().map_err(|e| store_error(to, e))?,
            bucket: bucket.to_string(),
        })
    }
}

impl BlobStore for Gcs {
    fn objects(&self) -> &dyn ObjectStore {
        &self.store
    }

    fn public_base(&self) -> Option<String> {
        Some(format!("https://storage.googleapis.com/{}/", self.bucket))
    }

    /// Not supported: `[0118]` with a hint.
    fn create_container<'a>(&'a self, url: &'a str) -> BoxFuture<'a, Result<bool, CodedError>> {
        Box::pin(async move {
            Err(CodedError::new(
                Code::BlobStorageInvalid,
                format!("`--create-container` supports az://, s3:// and file://, not `{url}`"),
            )
            .with_hint("create the bucket with your cloud's tools, then publish without `--create-container`"))
        })
    }
}
