//! The app shell as a new pilet sees it: its package.json, its `pilets` settings, the files it
//! hands on (`files.tar`/`files_once.tar` of an emulator, `pilets.files` of a source shell), its
//! shared dependencies and which plugin APIs its typings offer.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};

use crate::archive::Archive;
use crate::errors::{Code, CodedError, bail_code};
use crate::manifest::{self, str_field};

use super::relative_path;
use super::source::split_package_spec;
use crate::manifest::pilet_files::collect_pilet_files;

/// What the pilet learns from its shell.
#[derive(Debug, Default)]
pub(crate) struct Shell {
    pub(crate) name: String,
    pub(crate) version: String,
    pub(crate) package: Map<String, Value>,
    /// `pilets` of piral.json and package.json, package.json winning (shallow, as the old CLI).
    pub(crate) pilets: Map<String, Value>,
    /// The shell's devDependency entry in the pilet.
    pub(crate) dev_spec: String,
    /// Files copied on every scaffold (`files.tar`, `pilets.files`).
    pub(crate) files: BTreeMap<String, Vec<u8>>,
    /// Files copied only by `pilet new` (`files_once.tar`, `once` entries).
    pub(crate) files_once: BTreeMap<String, Vec<u8>>,
    /// The shell's TypeScript declarations, to see which plugin APIs it offers.
    pub(crate) typings: Option<String>,
    /// Where the shell's packages are installed, to look up versions.
    pub(crate) node_modules: Vec<PathBuf>,
}

impl Shell {
    /// A shell as an unpacked package folder (installed from npm, or given as a folder).
    pub(crate) fn from_folder(
        dir: &Path,
        dev_spec: Option<String>,
        pilet_root: &Path,
    ) -> anyhow::Result<Shell> {
        let package_path = dir.join("package.json");
        let Some(package) = manifest::read_object(&package_path)? else {
            bail_code!(
                Code::InvalidPiralReference,
                "`{}` has no package.json: it is not an app shell",
                dir.display()
            );
        };
        let mut shell = Shell::from_package(package)?;
        shell.dev_spec =
            dev_spec.unwrap_or_else(|| format!("file:{}", relative_path(pilet_root, dir)));
        if is_emulator(&shell.package) {
            for (file, prefix, target) in [
                ("files.tar", "files", &mut shell.files),
                ("files_once.tar", "files_once", &mut shell.files_once),
            ] {
                let path = dir.join(file);
                if path.is_file() {
                    *target =
                        Archive::read_tar(&fs_err::read(&path)?, &path.display().to_string())?
                            .subtree(prefix)
                            .files;
                }
            }
        } else {
            if let Some(piral_json) = manifest::read_object(&dir.join("piral.json"))?
                && let Some(Value::Object(pilets)) = piral_json.get("pilets")
            {
                let mut merged = pilets.clone();
                merged.extend(shell.pilets);
                shell.pilets = merged;
            }
            let (files, once) =
                collect_pilet_files(dir, shell.pilets.get("files").cloned(), &mut shell.pilets)?;
            shell.files = files;
            shell.files_once = once;
        }
        if let Some(typings) =
            str_field(&shell.package, "typings").or_else(|| str_field(&shell.package, "types"))
        {
            shell.typings = fs_err::read_to_string(dir.join(typings)).ok();
        }
        shell.node_modules = dir
            .ancestors()
            .map(|d| d.join("node_modules"))
            .filter(|d| d.is_dir())
            .collect();
        shell
            .node_modules
            .insert(0, pilet_root.join("node_modules"));
        Ok(shell)
    }

    /// A shell from a git repository (`git+https://…`, `github:o/r`), installed as a
    /// devDependency by the npm client and read from where it landed: the devDependency the
    /// install added (its name is the repository's package name, which the URL does not tell).
    /// The URL stays its devDependency spec.
    pub(crate) fn from_git(
        reporter: &dyn crate::ui::Reporter,
        client: crate::npm::NpmClient,
        root: &Path,
        url: &str,
        options: &crate::npm::NpmOptions,
    ) -> anyhow::Result<Shell> {
        let dev_names = || -> anyhow::Result<Vec<String>> {
            Ok(manifest::read_object(&root.join("package.json"))?
                .and_then(|pkg| match pkg.get("devDependencies") {
                    Some(Value::Object(dev)) => Some(dev.keys().cloned().collect()),
                    _ => None,
                })
                .unwrap_or_default())
        };
        reporter.status(
            "Installing",
            format_args!("app shell `{url}` with {}", client.name()),
        );
        let before = dev_names()?;
        crate::npm::add_dev(reporter, client, root, url, options)?;
        let added: Vec<String> = dev_names()?
            .into_iter()
            .filter(|name| !before.contains(name))
            .collect();
        let [name] = added.as_slice() else {
            bail_code!(
                Code::InvalidPiralReference,
                "installing `{url}` added no single package to devDependencies"
            );
        };
        let mut shell = Shell::from_folder(
            &root.join("node_modules").join(name),
            Some(String::new()),
            root,
        )?;
        shell.dev_spec = url.to_string();
        Ok(shell)
    }

    /// A shell as an emulator `.tgz`, read without unpacking it to disk.
    pub(crate) fn from_tgz(path: &Path, pilet_root: &Path) -> anyhow::Result<Shell> {
        let archive = Archive::read_tgz(path)?;
        // npm packs under `package/`; other packers use the package's name. Take the folder
        // that holds a package.json.
        let prefix = archive
            .files
            .keys()
            .filter_map(|p| p.strip_suffix("/package.json"))
            .filter(|p| !p.contains('/'))
            .min()
            .map(String::from)
            .ok_or_else(|| {
                CodedError::new(
                    Code::InvalidPiralReference,
                    format!("`{}` holds no package.json", path.display()),
                )
            })?;
        let package_files = archive.subtree(&prefix);
        let package_path = path.join("package.json");
        let package = match manifest::parse_json(
            &package_path,
            &String::from_utf8_lossy(&package_files.files["package.json"]),
        )? {
            Value::Object(map) => map,
            _ => bail_code!(
                Code::InvalidPiralReference,
                "the package.json in `{}` is not an object",
                path.display()
            ),
        };
        let mut shell = Shell::from_package(package)?;
        shell.dev_spec = format!("file:{}", relative_path(pilet_root, path));
        for (file, sub, target) in [
            ("files.tar", "files", &mut shell.files),
            ("files_once.tar", "files_once", &mut shell.files_once),
        ] {
            if let Some(bytes) = package_files.files.get(file) {
                *target = Archive::read_tar(bytes, &format!("{}:{file}", path.display()))?
                    .subtree(sub)
                    .files;
            }
        }
        if let Some(typings) =
            str_field(&shell.package, "typings").or_else(|| str_field(&shell.package, "types"))
        {
            let key = crate::archive::normalize(typings).unwrap_or_default();
            shell.typings = package_files
                .files
                .get(&key)
                .map(|b| String::from_utf8_lossy(b).into_owned());
        }
        shell.node_modules = vec![pilet_root.join("node_modules")];
        Ok(shell)
    }

    pub(crate) fn from_package(package: Map<String, Value>) -> anyhow::Result<Shell> {
        let Some(name) = str_field(&package, "name").map(String::from) else {
            bail_code!(
                Code::InvalidPiralReference,
                "the app shell's package.json has no `name`"
            );
        };
        let version = str_field(&package, "version")
            .unwrap_or("0.0.0")
            .to_string();
        let pilets = match package.get("pilets") {
            Some(Value::Object(pilets)) => pilets.clone(),
            _ => Map::new(),
        };
        Ok(Shell {
            name,
            version,
            package,
            pilets,
            ..Shell::default()
        })
    }

    /// What a pilet of this shell gets in devDependencies besides the shell: every shared
    /// dependency at the shell's version (`[0053]` and `latest` when none is known) and the
    /// shell's `pilets.devDependencies` (`true`: the shell's version, else `[0052]` and `latest`).
    pub(crate) fn pilet_dev_dependencies(
        &self,
        reporter: &dyn crate::ui::Reporter,
    ) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (name, version) in self.shared_dependencies() {
            let version = version
                .or_else(|| self.declared(&name))
                .or_else(|| self.installed(&name))
                .unwrap_or_else(|| {
                    reporter.warn(
                        Code::CannotResolveDependency,
                        format!("could not find a version of `{name}`; using `latest`"),
                    );
                    "latest".to_string()
                });
            out.push((name, version));
        }
        if let Some(Value::Object(extra)) = self.pilets.get("devDependencies") {
            for (name, value) in extra {
                let version = match value {
                    Value::String(version) => version.clone(),
                    Value::Bool(true) => self.declared(name).unwrap_or_else(|| {
                        reporter.warn(
                            Code::CannotResolveVersion,
                            format!("the shell declares no version of `{name}`; using `latest`"),
                        );
                        "latest".to_string()
                    }),
                    _ => continue,
                };
                out.push((name.clone(), version));
            }
        }
        out
    }

    /// The version the shell declares for a package (dependencies, then devDependencies).
    pub(crate) fn declared(&self, name: &str) -> Option<String> {
        ["dependencies", "devDependencies", "peerDependencies"]
            .iter()
            .find_map(|section| {
                self.package
                    .get(*section)
                    .and_then(|deps| deps.get(name))
                    .and_then(Value::as_str)
                    .map(String::from)
            })
    }

    /// The version of a package installed next to the shell or the pilet.
    pub(crate) fn installed(&self, name: &str) -> Option<String> {
        self.node_modules.iter().find_map(|dir| {
            let package = manifest::read_object(&dir.join(name).join("package.json"))
                .ok()
                .flatten()?;
            str_field(&package, "version").map(String::from)
        })
    }

    /// The shell's shared dependencies with the version each should have in the pilet.
    pub(crate) fn shared_dependencies(&self) -> Vec<(String, Option<String>)> {
        let mut names: Vec<(String, Option<String>)> = Vec::new();
        let mut add = |name: &str, version: Option<&str>| {
            if name != self.name && !names.iter().any(|(n, _)| n == name) {
                names.push((name.to_string(), version.map(String::from)));
            }
        };
        let importmap = self.package.get("importmap");
        if let Some(Value::Object(imports)) = importmap.and_then(|m| m.get("imports")) {
            for key in imports.keys() {
                let key = key.trim_end_matches('?');
                let (name, version) = split_package_spec(key);
                add(name, version);
            }
        }
        if let Some(Value::Array(shared)) = self.package.get("sharedDependencies") {
            for name in shared.iter().filter_map(Value::as_str) {
                add(name, None);
            }
        }
        if !is_emulator(&self.package) {
            // A source shell also shares what its inherited packages declare as shared.
            if let Some(Value::Array(inherit)) = importmap.and_then(|m| m.get("inherit")) {
                for package in inherit.iter().filter_map(Value::as_str) {
                    let found = self.node_modules.iter().find_map(|dir| {
                        manifest::read_object(&dir.join(package).join("package.json"))
                            .ok()
                            .flatten()
                    });
                    if let Some(Value::Array(shared)) =
                        found.as_ref().and_then(|p| p.get("sharedDependencies"))
                    {
                        for name in shared.iter().filter_map(Value::as_str) {
                            add(name, None);
                        }
                    }
                }
            }
        }
        let excluded: Vec<&str> = importmap
            .and_then(|m| m.get("exclude"))
            .and_then(Value::as_array)
            .map(|list| list.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        names.retain(|(name, _)| !excluded.contains(&name.as_str()));
        names
    }

    /// Which optional plugin APIs the default template may use. Without typings, a shell that
    /// depends on `piral` has them all.
    pub(crate) fn plugins(&self) -> Value {
        let offers = |api: &str| match &self.typings {
            Some(typings) => typings
                .lines()
                .any(|l| l.contains("interface PiletCustomApi") && l.contains(api)),
            None => self.declared("piral").is_some(),
        };
        json!({
            "dashboard": offers("PiletDashboardApi"),
            "menu": offers("PiletMenuApi"),
            "notifications": offers("PiletNotificationsApi"),
        })
    }
}

pub(crate) fn is_emulator(package: &Map<String, Value>) -> bool {
    package
        .get("piralCLI")
        .and_then(|c| c.get("generated"))
        .and_then(Value::as_bool)
        == Some(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_dependencies_of_an_emulator() {
        let package = json!({
            "name": "shell", "version": "1.0.0", "piralCLI": {"generated": true},
            "importmap": {"imports": {"react@18.3.1": "react", "tslib": "tslib", "opt?": "opt"}},
            "sharedDependencies": ["react", "tslib", "opt", "extra"],
            "devDependencies": {"tslib": "2.8.1"}
        });
        let Value::Object(package) = package else {
            unreachable!()
        };
        let shell = Shell::from_package(package).unwrap();
        assert_eq!(
            shell.shared_dependencies(),
            vec![
                ("react".to_string(), Some("18.3.1".to_string())),
                ("tslib".to_string(), None),
                ("opt".to_string(), None),
                ("extra".to_string(), None)
            ]
        );
        assert_eq!(shell.declared("tslib").as_deref(), Some("2.8.1"));
    }

    #[test]
    fn plugins_follow_the_typings() {
        let mut shell = Shell {
            typings: Some("export interface PiletCustomApi extends PiletMenuApi {}".into()),
            ..Shell::default()
        };
        assert_eq!(
            shell.plugins(),
            json!({"dashboard": false, "menu": true, "notifications": false})
        );
        shell.typings = None;
        assert_eq!(
            shell.plugins(),
            json!({"dashboard": false, "menu": false, "notifications": false})
        );
    }
}
