//! A pilet's build: bundles a pilet into the formats of the Piral runtime
//! (spec §6, §7). Shared dependencies of the shells (and the pilet's peers) stay imports of
//! the shell's registry; the pilet's own importmap entries become side bundles
//! (`<assetName>.js`) or remote URLs in the header. Nothing is written unless the whole build
//! succeeded, so a failed build leaves the previous output as it was.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};

use super::PiletBuildType;
use super::{BuildPiletSettings, SchemaSetting};
use crate::bundler::emit::{OutputFile, PiletFormat, PiletSchema, emit_pilet};
use crate::bundler::{BundleDiagnostic, BundleOptions, build_graph};
use crate::devserver::{BuiltPilet, PiletSource};
use crate::errors::{Code, CodedError};
use crate::manifest::importmap::{self, DependencyKind, ImportmapOptions, Mode};
use crate::manifest::project::{Package, PiletEntry, PiletJson, match_pilets};
use crate::ui::{Reporter, display_path};

/// The settings of one pilet build, resolved from flags, pilet.json and configuration.
pub(crate) struct PiletBuild {
    pub(crate) schema: PiletSchema,
    pub(crate) minify: bool,
    pub(crate) source_maps: bool,
    pub(crate) content_hash: bool,
    pub(crate) development: bool,
    /// Kept across the debug server's rebuilds.
    pub(crate) cache: Option<crate::bundler::TransformCache>,
    /// Work out what the files hold (`--report`, `--metafile`): a look at every module's file.
    pub(crate) analyse: bool,
}

/// `pilet build`: every pilet that `settings.source` matches, bundled and written beside its
/// target; for `--type manifest|standalone` also the pilets' folders with a `pilets.json`.
/// Returns the `--json` report, the folder to watch for `--watch` (the pilet's, or the working
/// directory for several) and the files the builds read.
pub(crate) fn build_reading(
    settings: &BuildPiletSettings,
    reporter: &dyn Reporter,
) -> anyhow::Result<(Value, PathBuf, std::collections::BTreeSet<PathBuf>)> {
    let mut read = std::collections::BTreeSet::new();
    let mut roots = Vec::new();
    let pilets = match_pilets(&settings.cwd, std::slice::from_ref(&settings.source))?;
    let bundle = &settings.bundle;
    let mut reports = Vec::new();
    let mut built: Vec<(PiletEntry, PathBuf, Value)> = Vec::new();
    for pilet in pilets {
        let root = pilet.package.root.clone();
        roots.push(root.clone());
        let pilet_json = pilet.pilet_json()?;
        crate::emulator::website::ensure(&root, &pilet_json, false, reporter)?;
        let options = PiletBuild {
            schema: settings
                .schema
                .resolve(pilet_json.schema_version.as_deref())?,
            minify: bundle.minify,
            source_maps: bundle.source_maps,
            content_hash: bundle.content_hash,
            development: false,
            cache: None,
            analyse: bundle.report.is_some() || bundle.metafile.is_some(),
        };
        let target = root.join(&settings.target);
        reporter.status(
            "Bundling",
            format_args!(
                "pilet `{}` v{}",
                pilet.package.name(),
                pilet.package.version()
            ),
        );
        let BundledPilet {
            mut files,
            report,
            warnings,
            read: pilet_read,
            analysis,
        } = bundle_pilet(
            &pilet,
            &pilet_json,
            settings.app.as_deref(),
            &target,
            &options,
        )?;
        crate::timing::mark("bundled");
        super::report_warnings(reporter, &warnings);
        read.extend(pilet_read);
        if settings.declaration {
            files.extend(declaration_files(&pilet, &target, reporter));
        }
        let out_dir = target.parent().unwrap_or(&root).to_path_buf();
        let written = super::write_outputs(&out_dir, &files, bundle.fresh)?;
        reporter.status(
            "Bundled",
            format_args!(
                "`{}` ({} files) into `{}`",
                pilet.package.name(),
                written.len(),
                display_path(&settings.cwd, &out_dir)
            ),
        );
        let mut report = report;
        let analysed = super::report::write_requested(
            &analysis,
            bundle,
            &files,
            &out_dir,
            reporter,
            &settings.cwd,
        )?;
        report["files"] = json!(written);
        report["outDir"] = json!(out_dir);
        if let Value::Object(analysed) = analysed {
            for (key, value) in analysed {
                report[key] = value;
            }
        }
        reports.push(report.clone());
        built.push((pilet, out_dir, report));
    }
    let watched = match roots.as_slice() {
        [root] => root.clone(),
        _ => settings.cwd.clone(),
    };
    if settings.build_type != PiletBuildType::Default {
        let manifest_reports = super::manifest::write(settings, &built, reporter)?;
        return Ok((
            json!({ "pilets": reports, "type": format!("{:?}", settings.build_type).to_lowercase(), "outputs": manifest_reports }),
            watched,
            read,
        ));
    }
    Ok((json!({ "pilets": reports }), watched, read))
}

/// `--fresh` of `pilet publish`: each matched pilet built (minified, with source maps and
/// declarations) into its `dist/`, emptied first, and packed. Returns the tarballs' paths.
pub(crate) fn build_and_pack(
    cwd: &Path,
    source: &str,
    schema: &SchemaSetting,
    reporter: &dyn Reporter,
) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for pilet in match_pilets(cwd, &[source.to_string()])? {
        let root = pilet.package.root.clone();
        let pilet_json = pilet.pilet_json()?;
        let options = PiletBuild {
            schema: schema.resolve(pilet_json.schema_version.as_deref())?,
            minify: true,
            source_maps: true,
            content_hash: true,
            development: false,
            cache: None,
            analyse: false,
        };
        let target = root.join("dist/index.js");
        reporter.status(
            "Bundling",
            format_args!(
                "pilet `{}` v{}",
                pilet.package.name(),
                pilet.package.version()
            ),
        );
        let bundled = bundle_pilet(&pilet, &pilet_json, None, &target, &options)?;
        super::report_warnings(reporter, &bundled.warnings);
        let mut files = bundled.files;
        files.extend(declaration_files(&pilet, &target, reporter));
        super::write_outputs(&root.join("dist"), &files, true)?;
        let packed = crate::pack::pack(&root, &root)?;
        reporter.status(
            "Packed",
            format_args!("`{}`", display_path(cwd, &packed.path)),
        );
        out.push(packed.path);
    }
    Ok(out)
}

/// A pilet for the debug server: built for development (no minification, source maps, plain
/// names) on every call, its transformed modules cached between calls. Each build reads
/// package.json and pilet.json again, so edits to them apply at once.
pub(crate) fn dev_source(
    pilet: &PiletEntry,
    schema: SchemaSetting,
    app: Option<String>,
) -> PiletSource {
    let root = pilet.package.root.clone();
    let entry = pilet.entry.clone();
    let source_root = root.clone();
    let cache = crate::bundler::new_cache();
    // Each build reads package.json and pilet.json again: edits to them apply at once.
    let build = move || -> anyhow::Result<BuiltPilet> {
        let package = Package::load(&root)?.ok_or_else(|| {
            CodedError::new(
                Code::PackageJsonNotFound,
                "the pilet's package.json is gone",
            )
        })?;
        let pilet = PiletEntry {
            entry: entry.clone(),
            package,
        };
        let pilet_json = pilet.pilet_json()?;
        let settings = PiletBuild {
            schema: schema.resolve(pilet_json.schema_version.as_deref())?,
            minify: false,
            source_maps: true,
            content_hash: false,
            development: true,
            cache: Some(cache.clone()),
            analyse: false,
        };
        let target = root.join("dist/index.js");
        let BundledPilet {
            files,
            report,
            warnings,
            read,
            ..
        } = bundle_pilet(&pilet, &pilet_json, app.as_deref(), &target, &settings)?;
        let mut meta = Map::new();
        meta.insert("name".into(), report["name"].clone());
        meta.insert("version".into(), report["version"].clone());
        meta.insert("spec".into(), report["schema"].clone());
        meta.insert("requireRef".into(), report["requireRef"].clone());
        meta.insert("dependencies".into(), report["dependencies"].clone());
        meta.insert(
            "custom".into(),
            pilet
                .package
                .manifest
                .get("custom")
                .cloned()
                .unwrap_or(Value::Null),
        );
        meta.insert(
            "config".into(),
            pilet
                .package
                .manifest
                .get("piletConfig")
                .cloned()
                .unwrap_or(Value::Null),
        );
        Ok(BuiltPilet {
            files: files.into_iter().map(|f| (f.name, f.bytes)).collect(),
            main: "index.js".into(),
            meta,
            warnings,
            read,
        })
    };
    PiletSource {
        root: source_root,
        build: Box::new(build),
    }
}

/// Where the shell's files come from.
pub(crate) enum ShellFiles {
    /// An emulator package's `app/` folder.
    Emulator(PathBuf),
    /// A shell's sources (in a monorepo): built by the server.
    Sources(PathBuf),
}

/// The files of the app shell a pilet is debugged in.
pub(crate) fn shell_files(pilet: &PiletEntry, app: Option<&str>) -> anyhow::Result<ShellFiles> {
    let root = &pilet.package.root;
    let pilet_json = pilet.pilet_json()?;
    let Some(shell) = pilet_json
        .selected_shells(app, &pilet.package)
        .into_iter()
        .next()
    else {
        return Err(CodedError::new(Code::AppInstancesNotGiven, "the pilet names no app shell")
            .with_hint("add it to `piralInstances` in pilet.json, or pass `--app <name>` or `--app-dir <folder>`")
            .into());
    };
    let package = crate::manifest::project::installed_shell(root, &shell)?;
    let folder = package.root.clone();
    if !package.is_emulator() {
        // Follow the link into the monorepo, so that watching sees the real files.
        return Ok(ShellFiles::Sources(folder.canonicalize().unwrap_or(folder)));
    }
    Ok(ShellFiles::Emulator(package.app_dir()))
}

/// The pilet's declarations (`index.d.ts` beside `index.js`); what cannot be declared is a
/// `[0076]` warning, and the build goes on.
pub(crate) fn declaration_files(
    pilet: &PiletEntry,
    target: &Path,
    reporter: &dyn Reporter,
) -> Vec<OutputFile> {
    let stem = target
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("index");
    let declarations =
        crate::bundler::declarations::pilet_declarations(&pilet.entry, &format!("{stem}.d.ts"));
    for issue in declarations.issues {
        reporter.warn(Code::DeclarationCouldNotBeGenerated, issue);
    }
    declarations.files
}

/// `pr_` + the pilet's name without non-word characters: the pilet's global name.
pub(crate) fn require_ref(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    format!("pr_{cleaned}")
}

/// Bundles one pilet in memory: its files and a report for `--json`.
pub(crate) fn bundle_pilet(
    pilet: &PiletEntry,
    pilet_json: &PiletJson,
    app: Option<&str>,
    target: &Path,
    settings: &PiletBuild,
) -> anyhow::Result<BundledPilet> {
    let root = &pilet.package.root;
    let versions = pilet_json.importmap_versions.unwrap_or_default();
    let resolved = importmap::resolve(
        root,
        &pilet.package.manifest,
        ImportmapOptions {
            versions,
            mode: Mode::Pilet,
        },
    )?;
    let shells = pilet_json.selected_shells(app, &pilet.package);

    let mut externals: BTreeMap<String, String> = BTreeMap::new();
    let mut header: BTreeMap<String, String> = BTreeMap::new();
    let mut side_bundles = Vec::new();
    for dependency in &resolved.dependencies {
        let inherited_from_all =
            !dependency.parents.is_empty() && shells.iter().all(|s| dependency.parents.contains(s));
        if inherited_from_all {
            externals.insert(dependency.name.clone(), dependency.name.clone());
            continue;
        }
        externals.insert(dependency.name.clone(), dependency.require_id.clone());
        header.insert(dependency.id.clone(), dependency.reference.clone());
        if dependency.kind == DependencyKind::Local {
            side_bundles.push(dependency.clone());
        }
    }
    if !header.is_empty()
        && matches!(
            settings.schema,
            PiletSchema::V0 | PiletSchema::V1 | PiletSchema::Bare
        )
    {
        return Err(CodedError::new(
            Code::InvalidSchemaVersion,
            format!(
                "pilet `{}` has its own importmap dependencies ({}), which the {} format cannot carry",
                pilet.package.name(),
                header.keys().cloned().collect::<Vec<_>>().join(", "),
                settings.schema.as_str()
            ),
        )
        .with_hint("build it with `--schema v2` or `--schema v3`")
        .into());
    }
    for shell in &shells {
        externals.insert(shell.clone(), shell.clone());
        // What an emulator says it shares is shared, installed next to the pilet or not.
        if let Some(folder) = importmap::find_package(root, shell)
            && let Some(package) = Package::load(&folder)?
            && let Some(Value::Array(shared)) = package.manifest.get("sharedDependencies")
        {
            for name in shared.iter().filter_map(Value::as_str) {
                externals
                    .entry(name.to_string())
                    .or_insert_with(|| name.to_string());
            }
        }
    }
    for peer in pilet.package.section("peerDependencies").keys() {
        externals
            .entry(peer.clone())
            .or_insert_with(|| peer.clone());
    }
    if let Some(Value::Array(modules)) = pilet.package.manifest.get("peerModules") {
        for name in modules.iter().filter_map(Value::as_str) {
            externals
                .entry(name.to_string())
                .or_insert_with(|| name.to_string());
        }
    }

    let out_dir = target.parent().unwrap_or(root).to_path_buf();
    let main = target
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("index.js")
        .to_string();
    let node_env = if settings.development {
        "development"
    } else {
        "production"
    };
    let defines = super::env::variables(pilet.package.name(), pilet.package.version(), node_env);
    let source = crate::bundler::load_settings(root, settings.development)?;
    let options = BundleOptions {
        root: root.clone(),
        entry: pilet.entry.clone(),
        externals: externals.clone(),
        defines: defines.clone(),
        minify: settings.minify,
        source_maps: settings.source_maps,
        development: settings.development,
        source: std::sync::Arc::new(source.settings),
        codegen_env: defines,
        out_dir: out_dir.clone(),
        cache: settings.cache.clone(),
        prefetched: crate::bundler::Prefetched::default(),
    };
    let graph = build_graph(&options)?;
    let mut warnings = source.warnings;
    warnings.extend(graph.warnings.iter().cloned());
    let mut read = graph.read.clone();
    let format = PiletFormat {
        schema: settings.schema,
        name: pilet.package.name().to_string(),
        require_ref: require_ref(pilet.package.name()),
        main: main.clone(),
        dependencies: header.clone(),
        externals: externals.clone(),
        content_hash: settings.content_hash,
        source_maps: settings.source_maps,
        minify: settings.minify,
        development: settings.development,
    };
    let (mut files, contents) = emit_pilet(&graph, &format)?;
    let mut analysis = super::report::Analysis::new(
        root,
        format!("{} {}", pilet.package.name(), pilet.package.version()),
    );
    if settings.analyse {
        analysis.add(&graph, contents, &main);
        analysis.share(graph.used_externals.iter().cloned());
    }

    // Side bundles: each local importmap entry as a SystemJS module of its own.
    for dependency in &side_bundles {
        let Some(entry) = &dependency.entry else {
            continue;
        };
        let mut side_externals = externals.clone();
        side_externals.remove(&dependency.name);
        let side_options = BundleOptions {
            entry: entry.clone(),
            externals: side_externals.clone(),
            ..options.clone()
        };
        let side_graph = build_graph(&side_options)?;
        warnings.extend(side_graph.warnings.iter().cloned());
        read.extend(side_graph.read.iter().cloned());
        let side_format = PiletFormat {
            main: dependency.reference.clone(),
            dependencies: BTreeMap::new(),
            externals: side_externals,
            ..format.clone()
        };
        let (side_files, side_contents) = emit_pilet(&side_graph, &side_format)?;
        if settings.analyse {
            analysis.add(&side_graph, side_contents, &dependency.reference);
        }
        files.extend(side_files.into_iter().map(|mut file| {
            if file.name == dependency.reference {
                // Only the pilet's main file carries the marker.
                let text = String::from_utf8_lossy(&file.bytes).into_owned();
                let body = text
                    .split_once('\n')
                    .map_or(text.as_str(), |(_, rest)| rest)
                    .to_string();
                file.bytes = body.into_bytes();
            }
            file
        }));
    }
    let report = json!({
        "name": pilet.package.name(),
        "version": pilet.package.version(),
        "root": root,
        "main": main,
        "schema": settings.schema.spec(),
        "requireRef": format.require_ref,
        "dependencies": header,
        "externals": graph.used_externals,
        "modules": graph.modules.len(),
        "warnings": warnings.iter().map(|w| &w.message).collect::<Vec<_>>(),
    });
    crate::bundler::drop_in_background(graph);
    Ok(BundledPilet {
        files,
        report,
        warnings,
        read,
        analysis,
    })
}

/// One pilet bundled in memory.
pub(crate) struct BundledPilet {
    pub(crate) files: Vec<OutputFile>,
    /// For `--json`: name, version, schema, requireRef, dependencies, externals, ….
    pub(crate) report: Value,
    /// What the bundler warned about.
    pub(crate) warnings: Vec<BundleDiagnostic>,
    /// Every file the build read (the graphs' modules and configuration files).
    pub(crate) read: std::collections::BTreeSet<PathBuf>,
    /// What the files hold, for `--report` and `--metafile`.
    pub(crate) analysis: super::report::Analysis,
}
