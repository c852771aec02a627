//! An app shell's build: its release site and its emulator package (spec §1.1, §8.2). Reads
//! the shell's HTML entry, bundles each local `<script src>` with everything it
//! imports (React, Piral, the `.codegen` modules evaluated by Node) into one script, compiles
//! local stylesheets, and rewrites the HTML to the hashed files under `--public-url`. Remote
//! URLs stay as written.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::BuildPiralSettings;
use super::PiralBuildType;
use crate::bundler::BundleDiagnostic;
use crate::bundler::emit::{OutputFile, ShellFormat, emit_shell};
use crate::bundler::{BundleOptions, build_graph, content_hash};
use crate::devserver::{BuiltShell, ShellSource};
use crate::errors::{Code, bail_code};
use crate::manifest::importmap;
use crate::manifest::project::{Package, resolve_app};
use crate::ui::{Reporter, display_path};

/// The compatibility version the emulator reports (`DEBUG_PIRAL`, `piralCLI.version`).
pub(crate) const COMPAT_VERSION: &str = "1";

/// One shell build: release, emulator, or the debug server's.
pub(crate) struct ShellBuild {
    pub(crate) minify: bool,
    pub(crate) source_maps: bool,
    pub(crate) content_hash: bool,
    pub(crate) public_url: String,
    pub(crate) development: bool,
    /// `DEBUG_PIRAL`: the shell runs with piral-debug-utils (emulators, `piral debug`).
    pub(crate) debug_piral: bool,
    /// `DEBUG_PILET`: piral-debug-utils replaces the shell's own feed with the debug
    /// server's (emulators, and a monorepo shell under `pilet debug`; never `piral debug`,
    /// whose shell loads its own feed, as the old CLI's does).
    pub(crate) debug_pilet: bool,
    /// Kept across the debug server's rebuilds.
    pub(crate) cache: Option<crate::bundler::TransformCache>,
    /// Work out what the files hold (`--report`, `--metafile`).
    pub(crate) analyse: bool,
}

/// `piral build`: the release and/or the emulator of the shell at `settings.source`, as
/// `settings.build_type` says. Returns the `--json` report.
pub(crate) fn build(
    settings: &BuildPiralSettings,
    reporter: &dyn Reporter,
    cwd: &Path,
) -> anyhow::Result<Value> {
    build_reading(settings, reporter, cwd).map(|built| built.0)
}

/// [`build`], with the shell's folder (what `--watch` watches) and the files the builds read.
pub(crate) fn build_reading(
    settings: &BuildPiralSettings,
    reporter: &dyn Reporter,
    cwd: &Path,
) -> anyhow::Result<(Value, PathBuf, BTreeSet<PathBuf>)> {
    let mut read = BTreeSet::new();
    let app = resolve_app(&settings.source)?;
    let root = app.package.root.clone();
    let piral_json = crate::manifest::read_object(&root.join("piral.json"))?.unwrap_or_default();
    let emulator_kind = piral_json
        .get("emulator")
        .and_then(Value::as_str)
        .unwrap_or("package")
        .to_string();
    let (release, emulator) = match settings.build_type {
        PiralBuildType::All => (true, Some(emulator_kind.as_str())),
        PiralBuildType::Release => (true, None),
        PiralBuildType::Emulator => (false, Some(emulator_kind.as_str())),
        PiralBuildType::EmulatorPackage => (false, Some("package")),
        PiralBuildType::EmulatorSources => (false, Some("sources")),
        PiralBuildType::EmulatorWebsite => (false, Some("website")),
    };
    let emulator = emulator.filter(|kind| *kind != "none");
    if let Some(kind) = emulator
        && !matches!(kind, "package" | "sources" | "website")
    {
        bail_code!(
            Code::GeneralError,
            "the emulator type `{kind}` in piral.json is unknown (known: package, sources, website, none)"
        );
    }
    let subdir = settings.subdir;
    let target = settings.target.clone();
    let bundle = &settings.bundle;
    let fresh = bundle.fresh;
    let mut report =
        json!({ "name": app.package.name(), "version": app.package.version(), "root": root });

    if release {
        reporter.status(
            "Bundling",
            format_args!(
                "app shell `{}` v{} (release)",
                app.package.name(),
                app.package.version()
            ),
        );
        let shell_build = ShellBuild {
            minify: bundle.minify,
            source_maps: bundle.source_maps,
            content_hash: bundle.content_hash,
            public_url: bundle.public_url.clone(),
            development: false,
            debug_piral: false,
            debug_pilet: false,
            cache: None,
            analyse: bundle.report.is_some() || bundle.metafile.is_some(),
        };
        let out_dir = if subdir {
            target.join("release")
        } else {
            target.clone()
        };
        let (mut files, warnings, release_read, analysis) =
            bundle_shell(&app.entry, &app.package, &shell_build, &out_dir)?;
        read.extend(release_read);
        let piral_json =
            crate::manifest::read_object(&app.package.root.join("piral.json"))?.unwrap_or_default();
        let service_worker = settings.service_worker
            || piral_json.get("serviceWorker").and_then(Value::as_bool) == Some(true);
        if service_worker {
            super::offline::apply(
                &mut files,
                &shell_build.public_url,
                shell_build.content_hash,
            );
        }
        // The policy the release needs, unless piral.json says `"csp": false`.
        if let Some(csp) = super::csp::CspConfig::from_piral_json(&piral_json) {
            super::csp::apply(&mut files, &shell_build.public_url, &csp);
        }
        super::report_warnings(reporter, &warnings);
        let written = super::write_outputs(&out_dir, &files, fresh)?;
        let analysed =
            super::report::write_requested(&analysis, bundle, &files, &out_dir, reporter, cwd)?;
        reporter.status(
            "Bundled",
            format_args!(
                "release ({} files) into `{}`",
                written.len(),
                display_path(cwd, &out_dir)
            ),
        );
        report["release"] = json!({ "outDir": out_dir, "files": written });
        if let Value::Object(analysed) = analysed {
            for (key, value) in analysed {
                report["release"][key] = value;
            }
        }
        postbuild(reporter, &app.package, "piral:postbuild-release")?;
    }
    if let Some(kind) = emulator {
        reporter.status(
            "Bundling",
            format_args!(
                "app shell `{}` v{} (emulator)",
                app.package.name(),
                app.package.version()
            ),
        );
        let shell_build = ShellBuild {
            minify: false,
            source_maps: true,
            content_hash: true,
            public_url: "/".to_string(),
            development: true,
            debug_piral: true,
            debug_pilet: true,
            cache: None,
            analyse: false,
        };
        let out_dir = if subdir {
            target.join("emulator")
        } else {
            target.clone()
        };
        let (app_files, warnings, emulator_read) =
            bundle_shell(&app.entry, &app.package, &shell_build, &out_dir.join("app"))
                .map(|(files, warnings, read, _)| (files, warnings, read))?;
        read.extend(emulator_read);
        super::report_warnings(reporter, &warnings);
        let files = crate::emulator::package::package_files(&app, app_files, COMPAT_VERSION)?;
        let written = match kind {
            "package" => {
                let tarball = crate::emulator::package::tarball(&app.package, &files)?;
                super::write_outputs(&out_dir, &[tarball], fresh)?
            }
            "website" => {
                let (_, timestamp) = super::env::build_times();
                let files = crate::emulator::package::website_files(files, &timestamp)?;
                super::write_outputs(&out_dir, &files, fresh)?
            }
            _ => super::write_outputs(&out_dir, &files, fresh)?,
        };
        reporter.status(
            "Bundled",
            format_args!(
                "emulator ({}) into `{}`",
                written.join(", "),
                display_path(cwd, &out_dir)
            ),
        );
        report["emulator"] = json!({ "outDir": out_dir, "files": written, "type": kind });
        postbuild(reporter, &app.package, "piral:postbuild-emulator")?;
    }
    Ok((report, root, read))
}

/// After each bundle, as the old CLI: the shell's `piral:postbuild` script, then `specific`
/// (`piral:postbuild-release` or `piral:postbuild-emulator`), each when package.json has it.
fn postbuild(reporter: &dyn Reporter, package: &Package, specific: &str) -> anyhow::Result<()> {
    for name in ["piral:postbuild", specific] {
        let command = package
            .manifest
            .get("scripts")
            .and_then(|scripts| scripts.get(name))
            .and_then(Value::as_str)
            .filter(|command| !command.trim().is_empty());
        if let Some(command) = command {
            crate::npm::run_script(reporter, &package.root, name, command)?;
        }
    }
    Ok(())
}

/// The shell at `source` (a folder or its HTML entry) for the debug server, built for
/// development on every call. Each build resolves the app again: edits to package.json or
/// piral.json apply at once. `for_pilets`: the shell lists the feed the debug server names
/// (`DEBUG_PILET`): a monorepo shell under `pilet debug`, or `piral debug --feed`; otherwise
/// the shell loads its own feed.
pub(crate) fn dev_source(
    root: PathBuf,
    source: PathBuf,
    public_url: String,
    for_pilets: bool,
) -> ShellSource {
    let cache = crate::bundler::new_cache();
    let build = move || -> anyhow::Result<BuiltShell> {
        let app = resolve_app(&source)?;
        let settings = ShellBuild {
            minify: false,
            source_maps: true,
            content_hash: false,
            public_url: public_url.clone(),
            development: true,
            debug_piral: true,
            debug_pilet: for_pilets,
            cache: Some(cache.clone()),
            analyse: false,
        };
        let out_dir = app.package.root.join("dist");
        let (files, warnings, read, _) =
            bundle_shell(&app.entry, &app.package, &settings, &out_dir)?;
        Ok(BuiltShell {
            files: files.into_iter().map(|f| (f.name, f.bytes)).collect(),
            warnings,
            read,
        })
    };
    ShellSource {
        root,
        build: Box::new(build),
    }
}

/// The names shared with pilets, for `SHARED_DEPENDENCIES`: the resolved importmap without the
/// Piral packages themselves; lazily loaded ones end in `?`.
fn shared_dependencies(package: &Package) -> anyhow::Result<String> {
    let names: Vec<String> = importmap::shared_with_pilets(package)?
        .into_iter()
        .map(|d| {
            if d.is_async {
                format!("{}?", d.name)
            } else {
                d.name
            }
        })
        .collect();
    Ok(names.join(","))
}

/// A shell bundled in memory: its files, the bundler's warnings, the files the build read, and
/// (when asked) what the files hold.
pub(crate) type BundledShell = (
    Vec<OutputFile>,
    Vec<BundleDiagnostic>,
    BTreeSet<PathBuf>,
    super::report::Analysis,
);

/// Bundles the shell into files for `out_dir` (names relative to it), with the bundler's
/// warnings and the files the build read (the HTML entry, its stylesheets, every module and the
/// configuration files that apply).
pub(crate) fn bundle_shell(
    entry: &Path,
    package: &Package,
    settings: &ShellBuild,
    out_dir: &Path,
) -> anyhow::Result<BundledShell> {
    let html_path = entry;
    if html_path.extension().is_none_or(|e| e != "html") {
        bail_code!(
            Code::EntryPointMissing,
            "the app entry `{}` is not an HTML file; `app` in package.json should name one",
            entry.display()
        );
    }
    let html = fs_err::read_to_string(html_path)?;
    let html_dir = html_path.parent().unwrap_or(&package.root);
    let node_env = if settings.development {
        "development"
    } else {
        "production"
    };
    let mut env = super::env::variables(package.name(), package.version(), node_env);
    env.insert("SHARED_DEPENDENCIES".into(), shared_dependencies(package)?);
    env.insert("PIRAL_PUBLIC_PATH".into(), settings.public_url.clone());
    env.insert("PIRAL_INSTANCE".into(), package.name().to_string());
    if settings.debug_piral {
        env.insert("DEBUG_PIRAL".into(), COMPAT_VERSION.into());
    }
    if settings.debug_pilet {
        env.insert("DEBUG_PILET".into(), "on".into());
    }

    let mut files: Vec<OutputFile> = Vec::new();
    let source = crate::bundler::load_settings(&package.root, settings.development)?;
    let mut warnings = source.warnings;
    let source = std::sync::Arc::new(source.settings);
    let mut read = BTreeSet::from([html_path.to_path_buf(), package.root.join("package.json")]);
    if package.root.join("piral.json").is_file() {
        read.insert(package.root.join("piral.json"));
    }
    // Releases carry subresource integrity on every script and stylesheet they emit.
    let integrity = !settings.development;
    let mut analysis = super::report::Analysis::new(
        &package.root,
        format!("{} {}", package.name(), package.version()),
    );
    if settings.analyse {
        analysis.share(
            importmap::shared_with_pilets(package)?
                .into_iter()
                .map(|d| d.name),
        );
    }
    let mut rewritten = html.clone();
    for tag in find_tags(&html) {
        let reference = match &tag {
            Tag::Script { src, .. } => src,
            Tag::Stylesheet { href, .. } => href,
        };
        if is_remote(reference) {
            continue;
        }
        let path = html_dir.join(reference.split(['?', '#']).next().unwrap_or(reference));
        if !path.is_file() {
            bail_code!(
                Code::EntryPointDoesNotExist,
                "`{}` references `{reference}`, which does not exist",
                html_path.display()
            );
        }
        let replacement = match &tag {
            Tag::Script { whole, .. } => {
                let options = BundleOptions {
                    root: package.root.clone(),
                    entry: path.clone(),
                    externals: BTreeMap::new(),
                    defines: env.clone(),
                    minify: settings.minify,
                    source_maps: settings.source_maps,
                    development: settings.development,
                    source: source.clone(),
                    codegen_env: env.clone(),
                    out_dir: out_dir.to_path_buf(),
                    cache: settings.cache.clone(),
                    prefetched: crate::bundler::Prefetched::default(),
                };
                // The Piral packages the shell inherits from carry `.codegen` modules (piral-core's
                // `app.codegen`): start them now, while the rest of the graph is transformed.
                let frameworks: Vec<std::path::PathBuf> = ["piral-core", "piral", "piral-base"]
                    .iter()
                    .filter_map(|name| importmap::find_package(&package.root, name))
                    .collect();
                crate::bundler::prefetch_codegen(&options, &frameworks);
                let graph = build_graph(&options)?;
                warnings.extend(graph.warnings.iter().cloned());
                read.extend(graph.read.iter().cloned());
                let stem = path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or("index")
                    .to_string();
                let mut output = emit_shell(
                    &graph,
                    &ShellFormat {
                        stem,
                        content_hash: settings.content_hash,
                        source_maps: settings.source_maps,
                        minify: settings.minify,
                        integrity,
                    },
                )?;
                let sri = |name: &str| {
                    output
                        .files
                        .iter()
                        .find(|file| file.name == name)
                        .filter(|_| integrity)
                        .map(|file| crate::digest::sri_sha384(&file.bytes))
                };
                if settings.analyse {
                    analysis.add(&graph, std::mem::take(&mut output.contents), &output.script);
                }
                crate::bundler::drop_in_background(graph);
                let mut tags = String::new();
                if let Some(css) = &output.stylesheet {
                    let link = format!(
                        "<link href=\"{}{css}\" rel=\"stylesheet\">",
                        settings.public_url
                    );
                    tags.push_str(&with_integrity(&link, sri(css)));
                }
                let script = whole.replace(
                    reference.as_str(),
                    &format!("{}{}", settings.public_url, output.script),
                );
                tags.push_str(&with_integrity(&script, sri(&output.script)));
                files.extend(output.files);
                tags
            }
            Tag::Stylesheet { whole, .. } => {
                read.insert(path.clone());
                let (css, assets) = crate::bundler::css_file(&path, settings.minify)?;
                for asset in assets {
                    if !files.iter().any(|f: &OutputFile| f.name == asset.name) {
                        files.push(OutputFile {
                            name: asset.name,
                            bytes: asset.bytes,
                        });
                    }
                }
                let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("style");
                let name = if settings.content_hash {
                    format!("{stem}.{}.css", &content_hash(css.as_bytes())[..8])
                } else {
                    format!("{stem}.css")
                };
                let hash = integrity.then(|| crate::digest::sri_sha384(css.as_bytes()));
                files.push(OutputFile {
                    name: name.clone(),
                    bytes: css.into_bytes(),
                });
                with_integrity(
                    &whole.replace(
                        reference.as_str(),
                        &format!("{}{name}", settings.public_url),
                    ),
                    hash,
                )
            }
        };
        let whole = match &tag {
            Tag::Script { whole, .. } | Tag::Stylesheet { whole, .. } => whole,
        };
        rewritten = rewritten.replacen(whole.as_str(), &replacement, 1);
    }
    files.push(OutputFile {
        name: "index.html".to_string(),
        bytes: rewritten.into_bytes(),
    });
    Ok((files, warnings, read, analysis))
}

/// `tag` (a `<script …>` or `<link …>` element) with `integrity` and, unless it has one,
/// `crossorigin="anonymous"` (the browser checks integrity only with CORS).
fn with_integrity(tag: &str, integrity: Option<String>) -> String {
    let Some(integrity) = integrity else {
        return tag.to_string();
    };
    // At the end of the opening tag (before `>` or `/>`).
    let Some(mut end) = tag.find('>') else {
        return tag.to_string();
    };
    if tag[..end].ends_with('/') {
        end -= 1;
    }
    let crossorigin = if tag[..end].to_ascii_lowercase().contains("crossorigin") {
        ""
    } else {
        " crossorigin=\"anonymous\""
    };
    format!(
        "{} integrity=\"{integrity}\"{crossorigin}{}",
        tag[..end].trim_end(),
        &tag[end..]
    )
}

fn is_remote(reference: &str) -> bool {
    reference.starts_with("http://")
        || reference.starts_with("https://")
        || reference.starts_with("//")
        || reference.starts_with("data:")
}

/// A tag of the HTML entry that names a file to build.
#[derive(Debug, PartialEq)]
enum Tag {
    /// `<script src="…">…</script>`, the whole element.
    Script { whole: String, src: String },
    /// `<link rel="stylesheet" href="…">`.
    Stylesheet { whole: String, href: String },
}

/// Finds `<script src>` elements and stylesheet `<link>`s, in document order.
fn find_tags(html: &str) -> Vec<Tag> {
    let lower = html.to_ascii_lowercase();
    let mut tags = Vec::new();
    let mut from = 0;
    while let Some(offset) = lower[from..].find('<') {
        let start = from + offset;
        let Some(end) = lower[start..].find('>').map(|e| start + e + 1) else {
            break;
        };
        let open = &html[start..end];
        let open_lower = &lower[start..end];
        from = end;
        if open_lower.starts_with("<script") {
            let close = lower[end..]
                .find("</script>")
                .map_or(end, |c| end + c + "</script>".len());
            if let Some(src) = attribute(open, "src") {
                tags.push(Tag::Script {
                    whole: html[start..close].to_string(),
                    src,
                });
            }
            from = close;
        } else if open_lower.starts_with("<link") {
            let is_stylesheet =
                attribute(open, "rel").is_some_and(|r| r.eq_ignore_ascii_case("stylesheet"));
            if let (true, Some(href)) = (is_stylesheet, attribute(open, "href")) {
                tags.push(Tag::Stylesheet {
                    whole: open.to_string(),
                    href,
                });
            }
        }
    }
    tags
}

/// The value of an attribute in an opening tag (quoted or not).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(offset) = lower[from..].find(name) {
        let at = from + offset;
        from = at + name.len();
        let before_ok = lower[..at].ends_with(|c: char| c.is_whitespace());
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let value_start = tag.len() - rest.len() + 1;
        let value = tag[value_start..].trim_start();
        return Some(match value.chars().next() {
            Some(quote @ ('"' | '\'')) => value[1..].split(quote).next().unwrap_or("").to_string(),
            _ => value
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or("")
                .to_string(),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_tags_carry_their_integrity() {
        assert_eq!(
            with_integrity(
                r#"<script src="/index.1a2b3c4d.js"></script>"#,
                Some("sha384-abc".into())
            ),
            r#"<script src="/index.1a2b3c4d.js" integrity="sha384-abc" crossorigin="anonymous"></script>"#
        );
        assert_eq!(
            with_integrity(
                r#"<link rel="stylesheet" crossorigin="use-credentials" href="/s.css">"#,
                Some("sha384-x".into())
            ),
            r#"<link rel="stylesheet" crossorigin="use-credentials" href="/s.css" integrity="sha384-x">"#,
            "a crossorigin of its own stays"
        );
        assert_eq!(
            with_integrity("<script src=a.js></script>", None),
            "<script src=a.js></script>"
        );
    }

    #[test]
    fn finds_scripts_and_stylesheets() {
        let html = r#"<html><head><link rel="stylesheet" href="./style.scss"><link href="https://cdn/x.css" rel=stylesheet><link rel="icon" href="f.ico"></head>
<body><script src="./index.tsx"></script><script>inline()</script><script type="module" src='a.js' defer></script></body></html>"#;
        let tags = find_tags(html);
        assert_eq!(
            tags,
            vec![
                Tag::Stylesheet {
                    whole: r#"<link rel="stylesheet" href="./style.scss">"#.into(),
                    href: "./style.scss".into()
                },
                Tag::Stylesheet {
                    whole: "<link href=\"https://cdn/x.css\" rel=stylesheet>".into(),
                    href: "https://cdn/x.css".into()
                },
                Tag::Script {
                    whole: r#"<script src="./index.tsx"></script>"#.into(),
                    src: "./index.tsx".into()
                },
                Tag::Script {
                    whole: r#"<script type="module" src='a.js' defer></script>"#.into(),
                    src: "a.js".into()
                },
            ]
        );
    }
}
