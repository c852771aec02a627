//! A folder on disk (`file:///folder`), through object_store's `LocalFileSystem`.
//!
//! A folder keeps no content type or `cache-control` (and object_store refuses them), so files
//! go without. The conditional write is a lock file instead of an ETag: an exclusive lock on
//! `.<file>.lock` around read, change and an atomic replace.

use std::path::PathBuf;

use futures_util::future::BoxFuture;
use object_store::local::LocalFileSystem;
use object_store::path::Path as StorePath;
use object_store::{Attributes, ObjectStore};

use super::{BlobStore, Change, invalid, store_error};
use crate::errors::CodedError;

/// A folder, created when it does not exist.
pub(super) struct Folder {
    store: LocalFileSystem,
    root: PathBuf,
}

impl Folder {
    /// The folder that the file URL `url` (`to` as given) names.
    pub(super) fn open(to: &str, url: &reqwest::Url) -> Result<Folder, CodedError> {
        let root = url
            .to_file_path()
            .map_err(|()| invalid(to, "a file URL needs an absolute path".into()))?;
        fs_err::create_dir_all(&root).map_err(|e| store_error(to, e))?;
        let store = LocalFileSystem::new_with_prefix(&root).map_err(|e| store_error(to, e))?;
        Ok(Folder { store, root })
    }
}

impl BlobStore for Folder {
    fn objects(&self) -> &dyn ObjectStore {
        &self.store
    }

    fn public_base(&self) -> Option<String> {
        None
    }

    /// The folder exists from `open` on; created again if it went away. Never "created".
    fn create_container<'a>(&'a self, url: &'a str) -> BoxFuture<'a, Result<bool, CodedError>> {
        Box::pin(async move {
            fs_err::create_dir_all(&self.root).map_err(|e| store_error(url, e))?;
            Ok(false)
        })
    }

    fn attributes(&self, _path: &str, _cache_control: &'static str) -> Attributes {
        Attributes::new()
    }

    /// An exclusive lock on `.<file>.lock` around read, change and an atomic replace.
    fn update<'a>(
        &'a self,
        url: &'a str,
        relative: &'a str,
        _location: &'a StorePath,
        change: &'a Change<'a>,
    ) -> BoxFuture<'a, Result<(), CodedError>> {
        Box::pin(async move {
            let root = self.root.as_path();
            let failed = |e: std::io::Error| store_error(url, e);
            let target =
                crate::archive::safe_join(root, relative).map_err(|e| store_error(url, e))?;
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
            let Some(next) = change(current.as_deref())? else {
                return Ok(());
            };
            let mut staged = tempfile::NamedTempFile::new_in(folder).map_err(failed)?;
            std::io::Write::write_all(&mut staged, &next).map_err(failed)?;
            staged.persist(&target).map_err(|e| failed(e.error))?;
            drop(lock);
            Ok(())
        })
    }
}
