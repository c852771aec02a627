//! Amazon S3 and compatible services (`s3://bucket/prefix`; moto, MinIO via `aws_endpoint`).
//!
//! Reads and writes go through object_store's `AmazonS3`; the conditional write is the trait's
//! (If-Match on the ETag). Creating the bucket is the one request object_store has no call for:
//! sent here, signed by its authorizer.

use std::collections::BTreeMap;

use futures_util::future::BoxFuture;
use object_store::ObjectStore;
use object_store::aws::{AmazonS3, AmazonS3Builder, AmazonS3ConfigKey};

use super::{BlobStore, send_signed, store_error, unknown};
use crate::errors::CodedError;

/// A bucket.
pub(super) struct S3 {
    store: AmazonS3,
    /// The bucket's URL (path style at a custom endpoint, else virtual-hosted).
    bucket_url: String,
    region: String,
}

impl S3 {
    /// The bucket `bucket` with object_store's environment and the `.piralrc` options.
    pub(super) fn open(
        to: &str,
        bucket: &str,
        options: &BTreeMap<String, String>,
    ) -> Result<S3, CodedError> {
        let mut builder = AmazonS3Builder::from_env().with_bucket_name(bucket);
        for (key, value) in options {
            let key: AmazonS3ConfigKey = key.parse().map_err(|_| unknown(to, key, "S3"))?;
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
        let store = builder.build().map_err(|e| store_error(to, e))?;
        Ok(S3 {
            store,
            bucket_url,
            region,
        })
    }
}

impl BlobStore for S3 {
    fn objects(&self) -> &dyn ObjectStore {
        &self.store
    }

    fn public_base(&self) -> Option<String> {
        Some(format!("{}/", self.bucket_url))
    }

    /// `CreateBucket` (outside us-east-1 the region goes into the body).
    fn create_container<'a>(&'a self, url: &'a str) -> BoxFuture<'a, Result<bool, CodedError>> {
        Box::pin(async move {
            // object_store cannot create buckets either: `CreateBucket`, signed by its
            // authorizer (outside us-east-1 the region goes into the body).
            let credential = self
                .store
                .credentials()
                .get_credential()
                .await
                .map_err(|e| store_error(url, e))?;
            let (bucket_url, region) = (&self.bucket_url, &self.region);
            let body = if region == "us-east-1" {
                Vec::new()
            } else {
                format!("<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><LocationConstraint>{region}</LocationConstraint></CreateBucketConfiguration>").into_bytes()
            };
            let mut request = http::Request::builder()
                .method("PUT")
                .uri(bucket_url.as_str())
                .body(object_store::client::HttpRequestBody::from(body))
                .map_err(|e| store_error(url, e))?;
            object_store::aws::AwsAuthorizer::new(&credential, "s3", region)
                .try_authorize(&mut request, None)
                .map_err(|e| store_error(url, e))?;
            match send_signed(url, request).await? {
                (200, _) => Ok(true),
                (409, _) => Ok(false),
                (status, text) => Err(store_error(
                    url,
                    format!("creating bucket `{bucket_url}` answered {status}: {text}"),
                )),
            }
        })
    }
}
