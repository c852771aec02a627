//! `pilet build [source]`: bundles a pilet into the SystemJS formats of the Piral runtime
//! (spec §6, §7). Shared dependencies of the shells (and the pilet's peers) stay imports of
//! the shell's registry; the pilet's own importmap entries become side bundles
//! (`<assetName>.js`) or remote URLs in the header. Nothing is written unless the whole build
//! succeeded, so a failed build leaves the previous output as it was.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::app::{Context, Outcome};
use crate::bundler::emit::{OutputFile, PiletFormat, PiletSchema, emit_pilet};
use crate::bundler::{BundleOptions, build_graph};
use crate::cli::build::{BuildPiletArgs, PiletBuildType};
use crate::cli::negatable;
use crate::errors::{Code, CodedError};
use crate::manifest::importmap::{self, DependencyKind, ImportmapOptions, Mode};
use crate::manifest::project::{Package, PiletEntry, PiletJson, match_pilets};

/// The settings of one pilet build, resolved from flags, pilet.json and configuration.
pub(crate) struct PiletBuild {
    pub(crate) schema: PiletSchema,
    pub(crate) minify: bool,
    pub(crate) source_maps: bool,
    pub(crate) content_hash: bool,
    pub(crate) development: bool,
    /// Kept across the debug server's rebuilds.
    pub(crate) cache: Option<crate::bundler::TransformCache>,
}

pub(crate) fn build_pilet(args: &BuildPiletArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    let config = ctx.config()?;
    let printer = &ctx.printer;
    super::build_common::note_ignored(&args.bundle, ctx);
    let declaration = negatable(args.declaration, args.no_declaration).unwrap_or(true);
    let pilets = match_pilets(&ctx.cwd, std::slice::from_ref(&args.source))?;
    let bundle = &args.bundle;
    let mut reports = Vec::new();
    let mut built: Vec<(PiletEntry, PathBuf, Value)> = Vec::new();
    for pilet in pilets {
        let root = pilet.package.root.clone();
        let pilet_json = PiletJson::find_above(pilet.entry.parent().unwrap_or(&root))?
            .map(|(_, p)| p)
            .unwrap_or_default();
        super::emulator_website::ensure(&root, &pilet_json, false, printer)?;
        let schema_text = match args.schema.flatten() {
            Some(schema) => format!("{schema:?}").to_ascii_lowercase(),
            None => pilet_json
                .schema_version
                .clone()
                .or_else(|| config.string("schemaVersion"))
                .unwrap_or_else(|| "v2".to_string()),
        };
        let schema = parse_schema(&schema_text)?;
        let settings = PiletBuild {
            schema,
            minify: negatable(bundle.minify, bundle.no_minify).unwrap_or(true),
            source_maps: negatable(bundle.source_maps, bundle.no_source_maps).unwrap_or(true),
            content_hash: negatable(bundle.content_hash, bundle.no_content_hash).unwrap_or(true),
            development: false,
            cache: None,
        };
        let target = root.join(&args.target);
        printer.status(
            "Bundling",
            format_args!(
                "pilet `{}` v{}",
                pilet.package.name(),
                pilet.package.version()
            ),
        );
        let (mut files, report) = bundle_pilet(
            &pilet,
            &pilet_json,
            args.app.clone().flatten().as_deref(),
            &target,
            &settings,
            printer,
        )?;
        if declaration {
            files.extend(declaration_files(&pilet, &target, printer));
        }
        let out_dir = target.parent().unwrap_or(&root).to_path_buf();
        let fresh = negatable(bundle.fresh, bundle.no_fresh).unwrap_or(false);
        let written = super::build_common::write_outputs(&out_dir, &files, fresh)?;
        printer.status(
            "Bundled",
            format_args!(
                "`{}` ({} files) into `{}`",
                pilet.package.name(),
                written.len(),
                ctx.display_path(&out_dir)
            ),
        );
        let mut report = report;
        report["files"] = json!(written);
        report["outDir"] = json!(out_dir);
        reports.push(report.clone());
        built.push((pilet, out_dir, report));
    }
    if args.build_type != PiletBuildType::Default {
        let manifest_reports = super::build_manifest::write(args, &built, ctx)?;
        printer.status(
            "Finished",
            format_args!("in {:.2}s", ctx.started.elapsed().as_secs_f64()),
        );
        return Ok(Outcome::success(
            json!({ "pilets": reports, "type": format!("{:?}", args.build_type).to_lowercase(), "outputs": manifest_reports }),
        ));
    }
    printer.status(
        "Finished",
        format_args!("in {:.2}s", ctx.started.elapsed().as_secs_f64()),
    );
    Ok(Outcome::success(json!({ "pilets": reports })))
}

/// The pilet's declarations (`index.d.ts` beside `index.js`); what cannot be declared is a
/// `[0076]` warning, and the build goes on.
pub(crate) fn declaration_files(
    pilet: &PiletEntry,
    target: &Path,
    printer: &crate::ui::Printer,
) -> Vec<OutputFile> {
    let stem = target
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("index");
    let declarations =
        crate::bundler::declarations::pilet_declarations(&pilet.entry, &format!("{stem}.d.ts"));
    for issue in declarations.issues {
        printer.warn(Code::DeclarationCouldNotBeGenerated, issue);
    }
    declarations.files
}

/// The schema named by `--schema`, pilet.json or `.piralrc`, or `[0171]`.
pub(crate) fn parse_schema(text: &str) -> Result<PiletSchema, CodedError> {
    PiletSchema::parse(text).ok_or_else(|| {
        CodedError::new(
            Code::InvalidSchemaVersion,
            format!("the pilet schema `{text}` is not supported by this bundler (supported: v0, v1, v2, v3)"),
        )
        .with_hint("use `--schema v2` or `--schema v3`; `schemaVersion` in pilet.json sets the default")
    })
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
    printer: &crate::ui::Printer,
) -> anyhow::Result<(Vec<OutputFile>, Value)> {
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
    if !header.is_empty() && matches!(settings.schema, PiletSchema::V0 | PiletSchema::V1) {
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
    let defines =
        super::build_env::variables(pilet.package.name(), pilet.package.version(), node_env);
    let options = BundleOptions {
        root: root.clone(),
        entry: pilet.entry.clone(),
        externals: externals.clone(),
        defines: defines.clone(),
        minify: settings.minify,
        source_maps: settings.source_maps,
        development: settings.development,
        codegen_env: defines,
        out_dir: out_dir.clone(),
        cache: settings.cache.clone(),
        prefetched: crate::bundler::Prefetched::default(),
    };
    let graph = build_graph(&options)?;
    super::build_common::print_bundle_warnings(printer, &graph.warnings);
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
    };
    let mut files = emit_pilet(&graph, &format);

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
        super::build_common::print_bundle_warnings(printer, &side_graph.warnings);
        let side_format = PiletFormat {
            main: dependency.reference.clone(),
            dependencies: BTreeMap::new(),
            externals: side_externals,
            ..format.clone()
        };
        let side_files = emit_pilet(&side_graph, &side_format);
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
        "schema": settings.schema.as_str(),
        "requireRef": format.require_ref,
        "dependencies": header,
        "externals": graph.used_externals,
        "modules": graph.modules.len(),
        "warnings": graph.warnings.iter().map(|w| &w.message).collect::<Vec<_>>(),
    });
    Ok((files, report))
}
