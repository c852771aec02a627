//! Settings: each command's arguments resolved once, before the command runs.
//!
//! The settings types that a domain module takes are defined there (`build::BuildPiletSettings`,
//! `scaffold::NewPiletSettings`, `publish::PublishPiletSettings`, …), so that the domain never
//! depends on this layer; their `resolve` lives here, beside the ones only commands use.
//!
//! Every option with more than one source is decided here, and only here, in one order:
//! the flag, then a `piral_*` environment variable, then the nearest `.piralrc`, then the
//! user's `.piralrc`, then the default. [`Config`] already holds the last three merged in that
//! order (see `config::Config::load`), so each resolver only puts the flag in front and the
//! default behind. Commands receive an `XSettings` and never look at flags or `.piralrc`.
//!
//! One value has a source between the flag and `.piralrc`: a pilet's format, which pilet.json
//! names per pilet ([`SchemaSetting::resolve`]).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::build::{BuildPiletSettings, BuildPiralSettings, BundleSettings, SchemaSetting};
use crate::cli::build::{BuildPiletArgs, BuildPiralArgs, BundleArgs, PiralBuildType, Schema};
use crate::cli::debug::{DebugPiletArgs, DebugPiralArgs, RunEmulatorArgs, ServeArgs};
use crate::cli::negatable;
use crate::cli::new::{
    AddPiralInstanceArgs, InstallArgs, Language, NewPiletArgs, NewPiralArgs, RegistryTlsArgs,
    RemovePiralInstanceArgs,
};
use crate::cli::publish::{PublishPiletArgs, PublishPiralArgs, StorageArgs};
use crate::cli::{PackPiletArgs, ValidatePiletArgs, ValidatePiralArgs};
use crate::npm::{self, NpmClient};
use crate::publish::{
    FeedSettings, PublishPiletSettings, PublishPiralSettings, StorageSettings, UploadSettings,
};
use crate::scaffold::instance::{AddInstance, RemoveInstance};
use crate::scaffold::{CliPackage, NewPiletSettings, NewPiralSettings, ScaffoldSettings};
use crate::templates::ForceOverwrite;
use crate::validate::project::{ValidatePiletSettings, ValidatePiralSettings};

use super::Config;

/// Public URLs start and end with `/` (spec §1.1; absolute URLs are kept as they are).
pub(crate) fn normalize_public_url(url: &str) -> String {
    if url.starts_with("http://") || url.starts_with("https://") {
        return if url.ends_with('/') {
            url.to_string()
        } else {
            format!("{url}/")
        };
    }
    let trimmed = url.trim_matches('/');
    if trimmed.is_empty() {
        "/".to_string()
    } else {
        format!("/{trimmed}/")
    }
}

impl SchemaSetting {
    pub(crate) fn resolve_flag(flag: Option<Option<Schema>>, config: &Config) -> Self {
        Self {
            flag: flag
                .flatten()
                .map(|schema| format!("{schema:?}").to_ascii_lowercase()),
            config: config.string("schemaVersion"),
        }
    }
}

impl BundleSettings {
    fn resolve(args: &BundleArgs) -> Self {
        let mut ignored = Vec::new();
        if args.bundler.is_some() {
            ignored
                .push("`--bundler` is ignored: piral bundles natively and needs no bundler plugin");
        }
        if args.optimize_modules.is_some() || args.no_optimize_modules {
            ignored.push("`--optimize-modules` is ignored: installed packages are never patched");
        }
        if args.concurrency.is_some() {
            ignored.push("`--concurrency` is ignored: modules are transformed on every core");
        }
        Self {
            public_url: normalize_public_url(&args.public_url),
            minify: negatable(args.minify, args.no_minify).unwrap_or(true),
            source_maps: negatable(args.source_maps, args.no_source_maps).unwrap_or(true),
            content_hash: negatable(args.content_hash, args.no_content_hash).unwrap_or(true),
            fresh: negatable(args.fresh, args.no_fresh).unwrap_or(false),
            ignored,
            report: args.report.clone(),
            metafile: args.metafile.clone(),
        }
    }
}

impl BuildPiletSettings {
    pub(crate) fn resolve(args: &BuildPiletArgs, config: &Config, cwd: &Path) -> Self {
        Self {
            cwd: cwd.to_path_buf(),
            source: args.source.clone(),
            target: args.target.clone(),
            schema: SchemaSetting::resolve_flag(args.schema, config),
            build_type: args.build_type,
            app: args.app.clone().flatten(),
            declaration: negatable(args.declaration, args.no_declaration).unwrap_or(true),
            watch: negatable(args.watch, args.no_watch) == Some(true),
            bundle: BundleSettings::resolve(&args.bundle),
        }
    }
}

impl BuildPiralSettings {
    pub(crate) fn resolve(args: &BuildPiralArgs, cwd: &Path) -> Self {
        Self {
            source: cwd.join(&args.source),
            target: cwd.join(&args.target),
            build_type: args.build_type,
            subdir: args.build_type == PiralBuildType::All
                || negatable(args.subdir, args.no_subdir).unwrap_or(true),
            watch: negatable(args.watch, args.no_watch) == Some(true),
            service_worker: args.service_worker,
            bundle: BundleSettings::resolve(&args.bundle),
        }
    }
}

/// How a debug server listens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ServeSettings {
    /// `localhost` becomes `127.0.0.1`.
    pub(crate) host: String,
    pub(crate) port: u16,
    /// `--strict-port`, else `strictPort` of `.piralrc`, else `false`.
    pub(crate) strict_port: bool,
    pub(crate) open: bool,
    /// The host is not a loopback address: other machines can reach the server.
    pub(crate) exposed: bool,
    /// `--krasrc`, against the working folder.
    pub(crate) krasrc: Option<PathBuf>,
    /// The working folder: its `.krasrc` counts, its `mocks` is the fallback mock folder.
    pub(crate) cwd: PathBuf,
    /// `--proxy` entries as given (`/api=https://host`).
    pub(crate) proxies: Vec<String>,
}

impl ServeSettings {
    fn resolve(args: &ServeArgs, config: &Config, cwd: &Path) -> Self {
        let exposed = !matches!(args.host.as_str(), "127.0.0.1" | "localhost" | "::1");
        let host = if args.host == "localhost" {
            "127.0.0.1".to_string()
        } else {
            args.host.clone()
        };
        Self {
            host,
            port: args.port,
            strict_port: negatable(args.strict_port, args.no_strict_port)
                .unwrap_or_else(|| config.bool("strictPort").unwrap_or(false)),
            open: negatable(args.open, args.no_open) == Some(true),
            exposed,
            krasrc: args.krasrc.as_ref().map(|file| cwd.join(file)),
            cwd: cwd.to_path_buf(),
            proxies: args.proxy.clone(),
        }
    }
}

/// `pilet debug`.
#[derive(Debug)]
pub(crate) struct DebugPiletSettings {
    pub(crate) cwd: PathBuf,
    pub(crate) sources: Vec<String>,
    pub(crate) serve: ServeSettings,
    pub(crate) public_url: String,
    pub(crate) app: Option<String>,
    pub(crate) app_dir: Option<PathBuf>,
    pub(crate) schema: SchemaSetting,
    pub(crate) feeds: Vec<String>,
    pub(crate) debounce: std::time::Duration,
}

impl DebugPiletSettings {
    pub(crate) fn resolve(args: &DebugPiletArgs, config: &Config, cwd: &Path) -> Self {
        Self {
            cwd: cwd.to_path_buf(),
            sources: args.sources.clone(),
            serve: ServeSettings::resolve(&args.serve, config, cwd),
            public_url: normalize_public_url(&args.public_url),
            app: args.app.clone().flatten(),
            app_dir: args.app_dir.clone().flatten().map(|dir| cwd.join(dir)),
            schema: SchemaSetting::resolve_flag(args.schema, config),
            feeds: args.feed.clone(),
            debounce: std::time::Duration::from_millis(args.debounce),
        }
    }
}

/// `piral debug`.
#[derive(Debug)]
pub(crate) struct DebugPiralSettings {
    pub(crate) source: PathBuf,
    pub(crate) serve: ServeSettings,
    pub(crate) public_url: String,
    pub(crate) feed: Option<String>,
    pub(crate) debounce: std::time::Duration,
}

impl DebugPiralSettings {
    pub(crate) fn resolve(args: &DebugPiralArgs, config: &Config, cwd: &Path) -> Self {
        Self {
            source: cwd.join(&args.source),
            serve: ServeSettings::resolve(&args.serve, config, cwd),
            public_url: normalize_public_url(&args.public_url),
            feed: args.feed.clone(),
            debounce: std::time::Duration::from_millis(args.debounce),
        }
    }
}

/// `piral run-emulator`.
#[derive(Debug)]
pub(crate) struct RunEmulatorSettings {
    /// As given, for messages.
    pub(crate) source: String,
    /// What to install: a package name, or the absolute path of a `.tgz` or folder.
    pub(crate) spec: String,
    pub(crate) serve: ServeSettings,
    pub(crate) feeds: Vec<String>,
    /// `--registry` (else `registry` of `.piralrc`), `--ca-cert`, `--allow-self-signed`.
    pub(crate) npm: npm::NpmOptions,
    pub(crate) npm_client: NpmClient,
}

/// `--ca-cert` and `--allow-self-signed` as the npm client's arguments.
fn npm_tls_args(tls: &RegistryTlsArgs, cwd: &Path) -> Vec<String> {
    let mut args = Vec::new();
    if let Some(Some(cert)) = &tls.ca_cert {
        args.push("--cafile".to_string());
        args.push(cwd.join(cert).display().to_string());
    }
    if negatable(tls.allow_self_signed, tls.no_allow_self_signed) == Some(true) {
        args.push("--strict-ssl=false".to_string());
    }
    args
}

impl RunEmulatorSettings {
    pub(crate) fn resolve(args: &RunEmulatorArgs, config: &Config, cwd: &Path) -> Self {
        let is_path = ["./", "../", "/", "~/", "file:"]
            .iter()
            .any(|p| args.source.starts_with(p))
            || args.source.ends_with(".tgz");
        let spec = if is_path {
            let raw = args.source.strip_prefix("file:").unwrap_or(&args.source);
            cwd.join(raw).display().to_string()
        } else {
            args.source.clone()
        };
        Self {
            source: args.source.clone(),
            spec,
            serve: ServeSettings::resolve(&args.serve, config, cwd),
            feeds: args.feed.clone(),
            npm: npm::NpmOptions {
                registry: args
                    .registry
                    .clone()
                    .flatten()
                    .or_else(|| config.string("registry")),
                extra_args: npm_tls_args(&args.tls, cwd),
            },
            npm_client: args.npm_client.flatten().unwrap_or(NpmClient::Npm),
        }
    }
}

struct ScaffoldArgs<'a> {
    target: &'a Path,
    name: &'a Option<Option<String>>,
    language: Option<Option<Language>>,
    force_overwrite: ForceOverwrite,
    install: &'a InstallArgs,
    bundler: &'a Option<Option<String>>,
    vars: &'a BTreeMap<String, String>,
}

impl ScaffoldSettings {
    fn resolve(args: ScaffoldArgs<'_>, config: &Config, cwd: &Path) -> Self {
        let root = crate::manifest::project::lexical(&cwd.join(args.target));
        let name = match args.name.clone().flatten() {
            Some(name) => name,
            None => crate::scaffold::package_name_for(&root),
        };
        let language =
            args.language
                .flatten()
                .unwrap_or(match config.string("language").as_deref() {
                    Some("js") => Language::Js,
                    _ => Language::Ts,
                });
        let registry = args
            .install
            .registry
            .clone()
            .flatten()
            .or_else(|| config.string("registry"));
        let npm_client = npm_client(args.install.npm_client, &root, config);
        Self {
            root,
            name,
            language,
            force_overwrite: args.force_overwrite,
            registry,
            npm_client,
            install: negatable(args.install.install, args.install.no_install).unwrap_or(true),
            vars: args.vars.clone(),
            bundler: args
                .bundler
                .as_ref()
                .map(|b| b.clone().unwrap_or_else(|| "(default)".to_string())),
            cli_package: match config.get("cliPackage") {
                None | Some(Value::Null) => Some(CliPackage::running()),
                Some(Value::Bool(false)) => None,
                Some(_) => {
                    CliPackage::from_setting(&config.string("cliPackage").unwrap_or_default())
                }
            },
        }
    }
}

impl NewPiralSettings {
    pub(crate) fn resolve(args: &NewPiralArgs, config: &Config, cwd: &Path) -> Self {
        let target = args
            .target
            .clone()
            .or(args.target_flag.clone())
            .unwrap_or_else(|| ".".into());
        let common = ScaffoldSettings::resolve(
            ScaffoldArgs {
                target: &target,
                name: &args.name,
                language: args.language,
                force_overwrite: args.force_overwrite,
                install: &args.install,
                bundler: &args.bundler,
                vars: &args.vars,
            },
            config,
            cwd,
        );
        Self {
            common,
            tag: args
                .tag
                .clone()
                .flatten()
                .unwrap_or_else(|| crate::manifest::PIRAL_VERSION.to_string()),
            framework: args.framework,
            app: args.app.clone(),
            template: args.template.clone(),
        }
    }
}

impl NewPiletSettings {
    pub(crate) fn resolve(args: &NewPiletArgs, config: &Config, cwd: &Path) -> Self {
        let common = ScaffoldSettings::resolve(
            ScaffoldArgs {
                target: &args.target,
                name: &args.name,
                language: args.language,
                force_overwrite: args.force_overwrite,
                install: &args.install,
                bundler: &args.bundler,
                vars: &args.vars,
            },
            config,
            cwd,
        );
        let npm_tls_args = npm_tls_args(&args.tls, cwd);
        Self {
            cwd: cwd.to_path_buf(),
            common,
            source: args.source.clone(),
            template: args.template.clone().flatten(),
            npm_tls_args,
        }
    }
}

/// The npm client of the project at `root`: the flag, else its lock files, else `npmClient`
/// of .piralrc, else npm.
fn npm_client(flag: Option<Option<NpmClient>>, root: &Path, config: &Config) -> NpmClient {
    match flag.flatten() {
        Some(client) => client,
        None => npm::detect(root)
            .or_else(|| {
                config
                    .string("npmClient")
                    .as_deref()
                    .and_then(NpmClient::parse)
            })
            .unwrap_or(NpmClient::Npm),
    }
}

/// `pilet add-piral-instance`.
pub(crate) fn add_instance(
    args: &AddPiralInstanceArgs,
    config: &Config,
    cwd: &Path,
) -> AddInstance {
    let root = cwd.join(&args.source);
    let extra_args = npm_tls_args(&args.tls, cwd);
    AddInstance {
        cwd: cwd.to_path_buf(),
        app: args.app.clone(),
        selected: negatable(args.selected, args.no_selected) == Some(true),
        npm_client: npm_client(args.npm_client, &root, config),
        npm: npm::NpmOptions {
            registry: config.string("registry"),
            extra_args,
        },
        root,
    }
}

/// `--install`, the npm client and the npm options (registry, TLS flags) of a command that
/// installs into `root`.
fn install_settings(
    args: &crate::cli::new::InstallArgs,
    root: &Path,
    config: &Config,
    extra_args: Vec<String>,
) -> (bool, NpmClient, npm::NpmOptions) {
    (
        negatable(args.install, args.no_install).unwrap_or(true),
        npm_client(args.npm_client, root, config),
        npm::NpmOptions {
            registry: args
                .registry
                .clone()
                .flatten()
                .or_else(|| config.string("registry")),
            extra_args,
        },
    )
}

/// `piral upgrade`: the target relative to the working folder.
pub(crate) fn upgrade_piral(
    args: &crate::cli::new::UpgradePiralArgs,
    config: &Config,
    cwd: &Path,
) -> crate::scaffold::upgrade::UpgradePiralSettings {
    let root = crate::manifest::project::lexical(&cwd.join(&args.target));
    let (install, npm_client, npm) = install_settings(&args.install, &root, config, Vec::new());
    crate::scaffold::upgrade::UpgradePiralSettings {
        version: args.version.clone(),
        install,
        npm_client,
        npm,
        root,
    }
}

/// `pilet upgrade`: the target relative to the working folder.
pub(crate) fn upgrade_pilet(
    args: &crate::cli::new::UpgradePiletArgs,
    config: &Config,
    cwd: &Path,
) -> crate::scaffold::upgrade::UpgradePiletSettings {
    let root = crate::manifest::project::lexical(&cwd.join(&args.target));
    let (install, npm_client, npm) =
        install_settings(&args.install, &root, config, npm_tls_args(&args.tls, cwd));
    crate::scaffold::upgrade::UpgradePiletSettings {
        version: args.version.clone(),
        install,
        force_overwrite: args.force_overwrite,
        npm_client,
        npm,
        root,
    }
}

/// `piral feed`: the targets from `--to`, else `url` of `.piralrc` when it names a storage; the
/// `storage` options of `.piralrc`.
pub(crate) fn manage_feed(
    args: &crate::cli::feed::FeedArgs,
    config: &Config,
) -> crate::publish::manage::ManageSettings {
    use crate::cli::feed::FeedCommand;
    use crate::publish::manage::{Operation, split_spec};
    let mut to = args.target.to.clone();
    if to.is_empty()
        && let Some(url) = config.string("url")
    {
        let storage = ["az://", "azure://", "s3://", "s3a://", "gs://", "file://"];
        if storage.iter().any(|scheme| url.starts_with(scheme)) {
            to.push(url);
        }
    }
    let operation = match &args.command {
        FeedCommand::List => Operation::List,
        FeedCommand::Promote { spec, from } => {
            let (name, version) = split_spec(spec);
            Operation::Promote {
                name,
                version,
                from: from.clone(),
            }
        }
        FeedCommand::Rollback { spec } => {
            let (name, version) = split_spec(spec);
            Operation::Rollback { name, version }
        }
        FeedCommand::Remove { name } => Operation::Remove { name: name.clone() },
        FeedCommand::History { name } => Operation::History { name: name.clone() },
        FeedCommand::Verify => Operation::Verify,
    };
    crate::publish::manage::ManageSettings {
        to,
        options: storage_options(config),
        env: args.target.env.clone(),
        operation,
    }
}

/// `pilet remove-piral-instance`.
pub(crate) fn remove_instance(
    args: &RemovePiralInstanceArgs,
    config: &Config,
    cwd: &Path,
) -> RemoveInstance {
    let root = cwd.join(&args.source);
    RemoveInstance {
        app: args.app.clone(),
        npm_client: npm_client(args.npm_client, &root, config),
        npm: npm::NpmOptions {
            registry: config.string("registry"),
            extra_args: Vec::new(),
        },
        root,
    }
}

impl ValidatePiralSettings {
    pub(crate) fn resolve(args: &ValidatePiralArgs, config: &Config, cwd: &Path) -> Self {
        Self {
            source: cwd.join(&args.source),
            validators: match config.get("validators") {
                Some(Value::Object(map)) => map.clone(),
                _ => Map::new(),
            },
        }
    }
}

impl ValidatePiletSettings {
    pub(crate) fn resolve(args: &ValidatePiletArgs, cwd: &Path) -> Self {
        Self {
            cwd: cwd.to_path_buf(),
            source: args.source.clone(),
            app: args.app.clone().flatten(),
        }
    }
}

/// `piral declaration`: the source relative to the working folder, the target to the shell's.
pub(crate) fn declaration_piral(
    args: &crate::cli::declaration::DeclarationPiralArgs,
    cwd: &Path,
) -> crate::build::declaration::DeclarationSettings {
    crate::build::declaration::DeclarationSettings {
        cwd: cwd.to_path_buf(),
        source: args.source.to_string_lossy().into_owned(),
        target: args.target.clone(),
        force_overwrite: args.force_overwrite,
    }
}

/// `pilet declaration`: the source relative to the working folder, the target to the pilet's.
pub(crate) fn declaration_pilet(
    args: &crate::cli::declaration::DeclarationPiletArgs,
    cwd: &Path,
) -> crate::build::declaration::DeclarationSettings {
    crate::build::declaration::DeclarationSettings {
        cwd: cwd.to_path_buf(),
        source: args.source.clone(),
        target: args.target.clone(),
        force_overwrite: args.force_overwrite,
    }
}

/// `pilet pack`: both paths relative to the working folder, as in the old CLI.
#[derive(Debug)]
pub(crate) struct PackPiletSettings {
    pub(crate) source: PathBuf,
    pub(crate) target: PathBuf,
}

impl PackPiletSettings {
    pub(crate) fn resolve(args: &PackPiletArgs, cwd: &Path) -> Self {
        Self {
            source: cwd.join(&args.source),
            target: cwd.join(&args.target),
        }
    }
}

impl StorageSettings {
    fn resolve(args: &StorageArgs, feed_url: Option<&String>, config: &Config) -> Option<Self> {
        if args.to.is_empty() {
            return None;
        }
        let to = args.to.clone();
        Some(Self {
            to,
            env: args.env.clone(),
            feed_url: feed_url.cloned(),
            public_url: args.public_url.clone(),
            create_container: args.create_container,
            concurrency: args.concurrency,
            options: storage_options(config),
        })
    }
}

/// The `storage` object of `.piralrc`: object_store's options, as strings.
fn storage_options(config: &Config) -> BTreeMap<String, String> {
    config
        .get("storage")
        .and_then(Value::as_object)
        .map(|options| {
            options
                .iter()
                .map(|(key, value)| {
                    let value = match value {
                        Value::String(text) => text.clone(),
                        other => other.to_string(),
                    };
                    (key.clone(), value)
                })
                .collect()
        })
        .unwrap_or_default()
}

impl PublishPiletSettings {
    pub(crate) fn resolve(args: &PublishPiletArgs, config: &Config, cwd: &Path) -> Self {
        Self {
            cwd: cwd.to_path_buf(),
            source: args.source.clone(),
            from: args.from,
            fresh: negatable(args.fresh, args.no_fresh) == Some(true),
            schema: SchemaSetting::resolve_flag(args.schema, config),
            storage: StorageSettings::resolve(&args.storage, None, config),
            feed: FeedSettings::resolve(
                args.url.as_ref(),
                args.api_key.as_ref(),
                args.ca_cert.as_ref(),
                negatable(args.allow_self_signed, args.no_allow_self_signed),
                config,
                cwd,
            ),
            upload: UploadSettings {
                mode: args.mode,
                retries: args.retries,
                dry_run: args.dry_run,
                headers: args.headers.clone(),
            },
            fields: args.fields.clone(),
            force: args.force,
            interactive: negatable(args.interactive, args.no_interactive) == Some(true),
            open: negatable(args.open, args.no_open) == Some(true),
            login_poll: std::time::Duration::from_millis(args.login_poll_ms),
        }
    }
}

impl FeedSettings {
    fn resolve(
        url: Option<&String>,
        api_key: Option<&String>,
        ca_cert: Option<&PathBuf>,
        allow_self_signed: Option<bool>,
        config: &Config,
        cwd: &Path,
    ) -> Self {
        let url = url.cloned().or_else(|| config.string("url"));
        let api_key = api_key.cloned().or_else(|| {
            url.as_ref()
                .and_then(|url| config.get("apiKeys").and_then(|keys| keys.get(url)))
                .and_then(Value::as_str)
                .map(String::from)
                .or_else(|| config.string("apiKey"))
        });
        Self {
            url,
            api_key,
            ca_cert: ca_cert.map(|cert| cwd.join(cert)),
            allow_self_signed: allow_self_signed
                .unwrap_or_else(|| config.bool("allowSelfSigned").unwrap_or(false)),
        }
    }
}

impl PublishPiralSettings {
    pub(crate) fn resolve(args: &PublishPiralArgs, config: &Config, cwd: &Path) -> Self {
        Self {
            cwd: cwd.to_path_buf(),
            source: cwd.join(&args.source),
            publish_type: args.publish_type,
            fresh: negatable(args.fresh, args.no_fresh) == Some(true),
            storage: StorageSettings::resolve(&args.storage, args.feed_url.as_ref(), config),
            feed: FeedSettings::resolve(
                args.url.as_ref(),
                args.api_key.as_ref(),
                args.ca_cert.as_ref(),
                negatable(args.allow_self_signed, args.no_allow_self_signed),
                config,
                cwd,
            ),
            npm_token: args.api_key.clone(),
            upload: UploadSettings {
                mode: args.mode,
                retries: args.retries,
                dry_run: args.dry_run,
                headers: args.headers.clone(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser as _;
    use serde_json::json;

    use super::*;
    use crate::bundler::emit::PiletSchema;
    use crate::cli::{Cli, Command, PiletCli, PiletCommand};
    use crate::errors::Code;

    /// The merged configuration of `.piralrc` files and `piral_*` variables.
    fn config(values: Value) -> Config {
        let Value::Object(values) = values else {
            panic!("an object")
        };
        Config::from_values(values)
    }

    fn pilet(args: &[&str]) -> PiletCommand {
        let mut argv = vec!["pilet"];
        argv.extend_from_slice(args);
        PiletCli::try_parse_from(argv).unwrap().command
    }

    fn piral(args: &[&str]) -> Command {
        let mut argv = vec!["piral"];
        argv.extend_from_slice(args);
        Cli::try_parse_from(argv).unwrap().command
    }

    fn build_pilet(args: &[&str], config: &Config) -> BuildPiletSettings {
        let mut argv = vec!["build"];
        argv.extend_from_slice(args);
        let PiletCommand::Build(args) = pilet(&argv) else {
            unreachable!()
        };
        BuildPiletSettings::resolve(&args, config, Path::new("/work"))
    }

    #[test]
    fn schema_flag_beats_pilet_json_beats_rc_beats_v2() {
        let rc = config(json!({ "schemaVersion": "v3" }));
        let none = config(json!({}));
        let schema = |args: &[&str], config: &Config, pilet_json: Option<&str>| {
            build_pilet(args, config)
                .schema
                .resolve(pilet_json)
                .unwrap()
        };
        assert_eq!(
            schema(&["--schema", "v0"], &rc, Some("v1")),
            PiletSchema::V0
        );
        assert_eq!(schema(&[], &rc, Some("v1")), PiletSchema::V1);
        assert_eq!(schema(&[], &rc, None), PiletSchema::V3);
        assert_eq!(schema(&[], &none, None), PiletSchema::V2);
        let error = build_pilet(&["--schema", "mf"], &none)
            .schema
            .resolve(None)
            .unwrap_err();
        assert_eq!(error.code, Code::InvalidSchemaVersion);
    }

    #[test]
    fn the_same_schema_chain_for_debug_and_publish() {
        let rc = config(json!({ "schemaVersion": "v1" }));
        let PiletCommand::Debug(args) = pilet(&["debug", "--schema", "v3"]) else {
            unreachable!()
        };
        let debug = DebugPiletSettings::resolve(&args, &rc, Path::new("/work"));
        assert_eq!(debug.schema.resolve(Some("v0")).unwrap(), PiletSchema::V3);
        let PiletCommand::Publish(args) = pilet(&["publish", "--fresh"]) else {
            unreachable!()
        };
        let publish = PublishPiletSettings::resolve(&args, &rc, Path::new("/work"));
        assert_eq!(publish.schema.resolve(None).unwrap(), PiletSchema::V1);
        assert_eq!(publish.schema.resolve(Some("v2")).unwrap(), PiletSchema::V2);
    }

    #[test]
    fn strict_port_flag_beats_rc_beats_false() {
        let serve = |args: &[&str], config: &Config| {
            let mut argv = vec!["debug"];
            argv.extend_from_slice(args);
            let PiletCommand::Debug(args) = pilet(&argv) else {
                unreachable!()
            };
            DebugPiletSettings::resolve(&args, config, Path::new("/work")).serve
        };
        let rc = config(json!({ "strictPort": "true" }));
        assert!(serve(&[], &rc).strict_port);
        assert!(!serve(&["--strict-port", "false"], &rc).strict_port);
        assert!(serve(&["--strict-port"], &config(json!({}))).strict_port);
        assert!(!serve(&[], &config(json!({}))).strict_port);
        let exposed = serve(&["--host", "0.0.0.0"], &rc);
        assert!(exposed.exposed);
        let local = serve(&["--host", "localhost"], &rc);
        assert_eq!((local.host.as_str(), local.exposed), ("127.0.0.1", false));
    }

    #[test]
    fn feed_url_and_key_flag_beats_rc_and_keys_follow_the_url() {
        let rc = config(json!({
            "url": "https://feed.example/api",
            "apiKey": "general",
            "apiKeys": { "https://feed.example/api": "for-this-feed" },
            "allowSelfSigned": true,
        }));
        let publish = |args: &[&str], config: &Config| {
            let mut argv = vec!["publish"];
            argv.extend_from_slice(args);
            let PiletCommand::Publish(args) = pilet(&argv) else {
                unreachable!()
            };
            PublishPiletSettings::resolve(&args, config, Path::new("/work")).feed
        };
        let from_rc = publish(&[], &rc);
        assert_eq!(from_rc.url.as_deref(), Some("https://feed.example/api"));
        assert_eq!(from_rc.api_key.as_deref(), Some("for-this-feed"));
        assert!(from_rc.allow_self_signed);
        let other = publish(&["--url", "https://other.example"], &rc);
        assert_eq!(other.url.as_deref(), Some("https://other.example"));
        assert_eq!(other.api_key.as_deref(), Some("general"));
        let flags = publish(
            &[
                "--api-key",
                "flag",
                "--allow-self-signed",
                "false",
                "--ca-cert",
                "ca.pem",
            ],
            &rc,
        );
        assert_eq!(flags.api_key.as_deref(), Some("flag"));
        assert!(!flags.allow_self_signed);
        assert_eq!(flags.ca_cert, Some(PathBuf::from("/work/ca.pem")));
        assert!(
            !format!("{flags:?}").contains("flag\""),
            "the key is never shown"
        );
        let none = publish(&[], &config(json!({})));
        assert_eq!(
            none.require_url().unwrap_err().code,
            Code::MissingPiletFeedUrl
        );
    }

    #[test]
    fn release_upload_url_flag_beats_rc() {
        let rc = config(json!({ "url": "http://registry.example" }));
        let Command::Publish(args) = piral(&["publish", "--type", "release"]) else {
            unreachable!()
        };
        let settings = PublishPiralSettings::resolve(&args, &rc, Path::new("/work"));
        assert_eq!(
            settings.feed.url.as_deref(),
            Some("http://registry.example")
        );
        assert_eq!(settings.npm_token, None);
        let Command::Publish(args) = piral(&["publish", "--url", "http://flag.example"]) else {
            unreachable!()
        };
        let settings = PublishPiralSettings::resolve(&args, &rc, Path::new("/work"));
        assert_eq!(settings.feed.url.as_deref(), Some("http://flag.example"));
        let build = settings.fresh_build();
        assert_eq!(build.build_type, PiralBuildType::Emulator);
        assert_eq!(build.target, PathBuf::from("/work/./dist"));
    }

    #[test]
    fn scaffold_flags_beat_rc_beats_defaults() {
        let rc = config(json!({
            "language": "js",
            "registry": "http://rc-registry.example",
            "npmClient": "yarn",
        }));
        let scaffold = |args: &[&str], config: &Config| {
            let mut argv = vec!["new", "/nonexistent/shell"];
            argv.extend_from_slice(args);
            let Command::New(args) = piral(&argv) else {
                unreachable!()
            };
            NewPiralSettings::resolve(&args, config, Path::new("/work")).common
        };
        let from_rc = scaffold(&[], &rc);
        assert_eq!(from_rc.language, Language::Js);
        assert_eq!(
            from_rc.registry.as_deref(),
            Some("http://rc-registry.example")
        );
        assert_eq!(from_rc.npm_client, NpmClient::Yarn);
        let flags = scaffold(
            &[
                "--language",
                "ts",
                "--registry",
                "http://flag.example",
                "--npm-client",
                "pnpm",
            ],
            &rc,
        );
        assert_eq!(flags.language, Language::Ts);
        assert_eq!(flags.registry.as_deref(), Some("http://flag.example"));
        assert_eq!(flags.npm_client, NpmClient::Pnpm);
        let defaults = scaffold(&[], &config(json!({})));
        assert_eq!(defaults.language, Language::Ts);
        assert_eq!(defaults.registry, None);
        assert_eq!(defaults.npm_client, NpmClient::Npm);
        assert_eq!(defaults.name, "shell");
        assert!(defaults.install);
    }

    #[test]
    fn run_emulator_registry_flag_beats_rc() {
        let rc = config(json!({ "registry": "http://rc.example" }));
        let Command::RunEmulator(args) = piral(&["run-emulator", "./shell.tgz"]) else {
            unreachable!()
        };
        let settings = RunEmulatorSettings::resolve(&args, &rc, Path::new("/work"));
        assert_eq!(settings.npm.registry.as_deref(), Some("http://rc.example"));
        assert!(settings.npm.extra_args.is_empty());
        assert_eq!(settings.spec, "/work/./shell.tgz");
        let Command::RunEmulator(args) = piral(&[
            "run-emulator",
            "shell@1.0.0",
            "--registry",
            "http://flag.example",
            "--ca-cert",
            "certs/ca.pem",
            "--allow-self-signed",
        ]) else {
            unreachable!()
        };
        let settings = RunEmulatorSettings::resolve(&args, &rc, Path::new("/work"));
        assert_eq!(
            settings.npm.registry.as_deref(),
            Some("http://flag.example")
        );
        assert_eq!(
            settings.npm.extra_args,
            ["--cafile", "/work/certs/ca.pem", "--strict-ssl=false"]
        );
        assert_eq!(settings.spec, "shell@1.0.0");
    }

    #[test]
    fn feed_commands_take_their_storage_from_the_rc_url() {
        use crate::publish::manage::Operation;
        let Command::Feed(args) = piral(&["feed", "rollback", "@s/a@1.0.0", "--env", "prod"])
        else {
            unreachable!()
        };
        let rc = config(
            json!({ "url": "az://pilets/feed", "storage": { "azure_storage_use_emulator": true } }),
        );
        let settings = manage_feed(&args, &rc);
        assert_eq!(settings.to, ["az://pilets/feed"]);
        assert_eq!(settings.env.as_deref(), Some("prod"));
        assert_eq!(settings.options["azure_storage_use_emulator"], "true");
        assert!(matches!(
            settings.operation,
            Operation::Rollback { ref name, version: Some(ref v) } if name == "@s/a" && v == "1.0.0"
        ));
        // A feed service URL is not a storage; `--to` (twice: two regions) beats the rc.
        let service = config(json!({ "url": "https://feed.example/api/v1/pilet" }));
        assert!(manage_feed(&args, &service).to.is_empty());
        let Command::Feed(args) =
            piral(&["feed", "verify", "--to", "s3://a/x", "--to", "s3://b/x"])
        else {
            unreachable!()
        };
        assert_eq!(manage_feed(&args, &rc).to, ["s3://a/x", "s3://b/x"]);
    }

    #[test]
    fn storage_options_come_from_the_rc() {
        let rc = config(
            json!({ "storage": { "aws_endpoint": "http://127.0.0.1:5055", "aws_allow_http": true } }),
        );
        let PiletCommand::Publish(args) = pilet(&["publish", "--to", "s3://b/p"]) else {
            unreachable!()
        };
        let storage = PublishPiletSettings::resolve(&args, &rc, Path::new("/work"))
            .storage
            .unwrap();
        assert_eq!(storage.to, ["s3://b/p"]);
        assert_eq!(storage.options["aws_allow_http"], "true");
        assert_eq!(storage.options["aws_endpoint"], "http://127.0.0.1:5055");
        assert_eq!(storage.concurrency, 16);
    }

    #[test]
    fn bundle_defaults_and_ignored_flags() {
        let settings = build_pilet(
            &["--no-minify", "--bundler", "esbuild", "--public-url", "app"],
            &config(json!({})),
        );
        let bundle = settings.bundle;
        assert!(!bundle.minify && bundle.source_maps && bundle.content_hash && !bundle.fresh);
        assert_eq!(bundle.public_url, "/app/");
        assert_eq!(bundle.ignored.len(), 1);
        assert!(settings.declaration);
    }

    /// yargs took `--no-X` and `--X false` for every boolean; so does every boolean here.
    #[test]
    fn booleans_take_no_x_and_x_false() {
        let none = config(json!({ "strictPort": true, "allowSelfSigned": true }));
        for spelling in [
            &["--no-strict-port", "--no-open"][..],
            &["--strict-port", "false", "--open", "false"],
        ] {
            let mut argv = vec!["debug"];
            argv.extend_from_slice(spelling);
            let PiletCommand::Debug(args) = pilet(&argv) else {
                unreachable!()
            };
            let serve = DebugPiletSettings::resolve(&args, &none, Path::new("/w")).serve;
            assert!(!serve.strict_port && !serve.open, "{spelling:?}");
        }
        for spelling in [
            &[
                "--no-fresh",
                "--no-allow-self-signed",
                "--no-interactive",
                "--no-open",
            ][..],
            &[
                "--fresh",
                "false",
                "--allow-self-signed",
                "false",
                "--interactive",
                "false",
                "--open",
                "false",
            ],
        ] {
            let mut argv = vec!["publish"];
            argv.extend_from_slice(spelling);
            let PiletCommand::Publish(args) = pilet(&argv) else {
                unreachable!()
            };
            let settings = PublishPiletSettings::resolve(&args, &none, Path::new("/w"));
            assert!(
                !settings.fresh && !settings.feed.allow_self_signed,
                "{spelling:?}"
            );
            assert!(!settings.interactive && !settings.open, "{spelling:?}");
        }
        let PiletCommand::Publish(args) = pilet(&["publish", "--interactive", "--open", "--fresh"])
        else {
            unreachable!()
        };
        let settings = PublishPiletSettings::resolve(&args, &none, Path::new("/w"));
        assert!(settings.interactive && settings.open && settings.fresh);
        let Command::Publish(args) = piral(&["publish", "--no-fresh", "--no-allow-self-signed"])
        else {
            unreachable!()
        };
        let settings = PublishPiralSettings::resolve(&args, &none, Path::new("/w"));
        assert!(!settings.fresh && !settings.feed.allow_self_signed);
        let build = build_pilet(&["--no-optimize-modules"], &none);
        assert_eq!(build.bundle.ignored.len(), 1);
    }

    #[test]
    fn public_urls_are_normalised() {
        assert_eq!(normalize_public_url(""), "/");
        assert_eq!(normalize_public_url("app"), "/app/");
        assert_eq!(normalize_public_url("/app/"), "/app/");
        assert_eq!(
            normalize_public_url("https://cdn.example/x"),
            "https://cdn.example/x/"
        );
    }
}
