//! Link: binds each specifier of a loaded module to what it names: a shared dependency of the
//! host (an external, kept as an import of its registry) or the id of the module it resolves to.
//! An import inside a package that cannot be resolved becomes the empty module and a `[0177]`
//! warning (packages carry optional `require`s guarded at run time); in the project's own code it
//! is a `[0174]` error pointing at the specifier.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::diagnostics::{BundleDiagnostic, bundle_error};
use super::load::EMPTY_MODULE;
use super::resolve::{ModuleResolver, Resolved};
use super::transform::SHARED_HELPERS;
use super::{BundleOptions, is_package_path, module_id};
use crate::errors::{Code, Location, code_frame};

/// A module's specifiers, bound.
#[derive(Debug, Default)]
pub(super) struct Links {
    /// Specifier → module id, or `None` for a shared dependency.
    pub(super) deps: BTreeMap<String, Option<String>>,
    /// The shared dependencies used, by specifier.
    pub(super) externals: Vec<String>,
    /// The files the specifiers resolved to, in specifier order (the graph visits the new ones).
    pub(super) targets: Vec<PathBuf>,
    pub(super) warnings: Vec<BundleDiagnostic>,
}

/// Binds `specifiers` of the module at `path` (its id is `id`), in order; repeated specifiers
/// are bound once.
pub(super) fn link<'s>(
    path: &Path,
    id: &str,
    specifiers: impl IntoIterator<Item = &'s String>,
    options: &BundleOptions,
    resolver: &ModuleResolver,
) -> anyhow::Result<Links> {
    let mut links = Links::default();
    for specifier in specifiers {
        if links.deps.contains_key(specifier) {
            continue;
        }
        if specifier == SHARED_HELPERS {
            links
                .deps
                .insert(specifier.clone(), Some(specifier.clone()));
            continue;
        }
        if options.externals.contains_key(specifier) {
            links.externals.push(specifier.clone());
            links.deps.insert(specifier.clone(), None);
            continue;
        }
        let target = match resolver.resolve(path, specifier) {
            Ok(Resolved::File(file)) => file,
            Ok(Resolved::Empty) => PathBuf::from(EMPTY_MODULE),
            Err(reason) if is_package_path(path) => {
                let source = fs_err::read_to_string(path).unwrap_or_default();
                links.warnings.push(BundleDiagnostic {
                    code: Code::UnresolvedImportEmptyModule,
                    message: format!("`{specifier}` imported by `{id}` cannot be resolved ({reason}); it becomes an empty module"),
                    location: Some(locate(path, &source, specifier)),
                });
                PathBuf::from(EMPTY_MODULE)
            }
            Err(reason) => {
                let source = fs_err::read_to_string(path).unwrap_or_default();
                return Err(bundle_error(
                    format!("cannot resolve `{specifier}` from `{id}`: {reason}"),
                    Some(locate(path, &source, specifier)),
                ));
            }
        };
        links
            .deps
            .insert(specifier.clone(), Some(module_id(&options.root, &target)));
        links.targets.push(target);
    }
    Ok(links)
}

/// Where a specifier appears in a source file, for the code frame of a resolve error.
fn locate(path: &Path, source: &str, specifier: &str) -> Location {
    let (line, column) = ["\"", "'", "`"]
        .iter()
        .find_map(|q| source.find(&format!("{q}{specifier}{q}")))
        .map_or((1, 1), |offset| {
            let before = &source[..offset];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            (line, column)
        });
    Location {
        path: path.to_path_buf(),
        line,
        column,
        frame: Some(code_frame(source, line, column)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_specifier_is_located_at_its_opening_quote() {
        let source = "import a from './a';\nconst b = require(\"./b\");\n";
        let location = locate(Path::new("/p/x.js"), source, "./b");
        assert_eq!((location.line, location.column), (2, 19));
        let nowhere = locate(Path::new("/p/x.js"), source, "./c");
        assert_eq!((nowhere.line, nowhere.column), (1, 1));
    }
}
