//! Azure Blob Storage (`az://container/prefix`), also Azurite (`AZURE_STORAGE_USE_EMULATOR`).
//!
//! Reads and writes go through object_store's `MicrosoftAzure`; the conditional write is the
//! trait's (If-Match on the ETag). Creating the container is the one request object_store has
//! no call for: sent here, signed by its authorizer.

use std::collections::BTreeMap;

use futures_util::future::BoxFuture;
use object_store::ObjectStore;
use object_store::azure::{AzureConfigKey, MicrosoftAzure, MicrosoftAzureBuilder};

use super::{BlobStore, send_signed, store_error, unknown};
use crate::errors::CodedError;

/// A container of a storage account.
pub(super) struct Azure {
    store: MicrosoftAzure,
    account: String,
    container: String,
    /// The blob service URL of the account (for Azurite: with the account in the path).
    service: String,
}

impl Azure {
    /// The container `container` with object_store's environment and the `.piralrc` options.
    pub(super) fn open(
        to: &str,
        container: &str,
        options: &BTreeMap<String, String>,
    ) -> Result<Azure, CodedError> {
        let mut builder = MicrosoftAzureBuilder::from_env().with_container_name(container);
        for (key, value) in options {
            let key: AzureConfigKey = key.parse().map_err(|_| unknown(to, key, "Azure Blob"))?;
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
                super::invalid(to, "no storage account: set AZURE_STORAGE_ACCOUNT_NAME (or AZURE_STORAGE_USE_EMULATOR=true for Azurite)".into())
            })?;
            let service = builder
                .get_config_value(&AzureConfigKey::Endpoint)
                .unwrap_or_else(|| format!("https://{account}.blob.core.windows.net"));
            (account, service.trim_end_matches('/').to_string())
        };
        let store = builder.build().map_err(|e| store_error(to, e))?;
        Ok(Azure {
            store,
            account,
            container: container.to_string(),
            service,
        })
    }
}

impl BlobStore for Azure {
    fn objects(&self) -> &dyn ObjectStore {
        &self.store
    }

    fn public_base(&self) -> Option<String> {
        Some(format!("{}/{}/", self.service, self.container))
    }

    /// `Create Container`, with anonymous read access to its blobs, as a site behind a CDN needs.
    fn create_container<'a>(&'a self, url: &'a str) -> BoxFuture<'a, Result<bool, CodedError>> {
        Box::pin(async move {
            // object_store cannot create containers: send the one `Create Container` request
            // ourselves, signed by its authorizer.
            let credential = self
                .store
                .credentials()
                .get_credential()
                .await
                .map_err(|e| store_error(url, e))?;
            let container = &self.container;
            let request_url = format!("{}/{container}?restype=container", self.service);
            let mut request = http::Request::builder()
                .method("PUT")
                .uri(&request_url)
                .header("content-length", "0")
                // The files are a static site: anyone may read a blob (not list them).
                .header("x-ms-blob-public-access", "blob")
                .body(object_store::client::HttpRequestBody::from(Vec::new()))
                .map_err(|e| store_error(url, e))?;
            object_store::azure::AzureAuthorizer::new(&credential, &self.account)
                .try_authorize(&mut request)
                .map_err(|e| store_error(url, e))?;
            match send_signed(url, request).await? {
                (201, _) => Ok(true),
                (409, _) => Ok(false),
                (status, text) => Err(store_error(
                    url,
                    format!("creating container `{container}` answered {status}: {text}"),
                )),
            }
        })
    }
}
