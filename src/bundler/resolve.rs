//! Module resolution: node's algorithm as webpack's enhanced-resolve implements it, through
//! `oxc_resolver` (`exports`/`imports`, `browser`/`module`/`main`, the `browser` field's
//! replacements, extensions, tsconfig `paths`). Shared dependencies are decided before this (by
//! `link`): a specifier that is external is never resolved.

use std::path::{Path, PathBuf};

use oxc_resolver::{ResolveError, ResolveOptions, Resolver};

/// What a specifier resolved to.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Resolved {
    File(PathBuf),
    /// The `browser` field maps it to `false`: an empty module.
    Empty,
}

pub(crate) struct ModuleResolver {
    inner: Resolver,
}

impl ModuleResolver {
    pub(crate) fn new() -> Self {
        let options = ResolveOptions {
            condition_names: ["browser", "import", "module", "default", "require"]
                .map(String::from)
                .to_vec(),
            main_fields: ["browser", "module", "main"].map(String::from).to_vec(),
            alias_fields: vec![vec!["browser".to_string()]],
            extensions: [".tsx", ".ts", ".jsx", ".js", ".mjs", ".cjs", ".json"]
                .map(String::from)
                .to_vec(),
            extension_alias: vec![(
                ".js".to_string(),
                vec![".ts".to_string(), ".tsx".to_string(), ".js".to_string()],
            )],
            builtin_modules: false,
            tsconfig: Some(oxc_resolver::TsconfigDiscovery::Auto),
            ..ResolveOptions::default()
        };
        Self {
            inner: Resolver::new(options),
        }
    }

    /// Resolves `specifier` as imported by the file `importer`, with the `paths` of the
    /// tsconfig nearest to it. A tsconfig the resolver cannot read is left out here (the build
    /// warns about it, `tsconfig.rs`).
    pub(crate) fn resolve(&self, importer: &Path, specifier: &str) -> Result<Resolved, String> {
        let result = match self.inner.resolve_file(importer, specifier) {
            Err(
                ResolveError::TsconfigLoadFailed { .. }
                | ResolveError::TsconfigNotFound(_)
                | ResolveError::TsconfigSelfReference(_)
                | ResolveError::TsconfigCircularExtend(_)
                | ResolveError::Json(_),
            ) => self
                .inner
                .resolve(importer.parent().unwrap_or(importer), specifier),
            other => other,
        };
        match result {
            Ok(resolution) => Ok(Resolved::File(resolution.into_path_buf())),
            Err(ResolveError::Ignored(_)) => Ok(Resolved::Empty),
            Err(ResolveError::Builtin { resolved, .. }) => Err(format!(
                "`{resolved}` is a Node.js module, which does not exist in the browser"
            )),
            Err(error) => Err(error.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_files_packages_and_browser_replacements() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs_err::create_dir_all(root.join("src")).unwrap();
        fs_err::write(root.join("src/a.tsx"), "").unwrap();
        let pkg = root.join("node_modules/p");
        fs_err::create_dir_all(pkg.join("lib")).unwrap();
        fs_err::write(pkg.join("package.json"), r#"{"name":"p","main":"lib/node.js","browser":{"./lib/node.js":"./lib/web.js","fs":false}}"#).unwrap();
        fs_err::write(pkg.join("lib/node.js"), "").unwrap();
        fs_err::write(pkg.join("lib/web.js"), "").unwrap();
        let exports = root.join("node_modules/e");
        fs_err::create_dir_all(&exports).unwrap();
        fs_err::write(
            exports.join("package.json"),
            r#"{"name":"e","exports":{".":{"import":"./esm.mjs","require":"./cjs.js"}}}"#,
        )
        .unwrap();
        fs_err::write(exports.join("esm.mjs"), "").unwrap();
        fs_err::write(exports.join("cjs.js"), "").unwrap();

        let resolver = ModuleResolver::new();
        let src = root.join("src");
        assert_eq!(
            resolver.resolve(&src.join("index.ts"), "./a").unwrap(),
            Resolved::File(src.join("a.tsx"))
        );
        assert_eq!(
            resolver.resolve(&src.join("index.ts"), "p").unwrap(),
            Resolved::File(pkg.join("lib/web.js"))
        );
        assert_eq!(
            resolver.resolve(&pkg.join("lib/web.js"), "fs").unwrap(),
            Resolved::Empty
        );
        assert_eq!(
            resolver.resolve(&src.join("index.ts"), "e").unwrap(),
            Resolved::File(exports.join("esm.mjs"))
        );
        assert!(resolver.resolve(&src.join("index.ts"), "missing").is_err());
    }
}
