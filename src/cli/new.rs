//! Arguments of `piral new` and `pilet new`.
//!
//! As in the old CLI, a flag given without a value takes its default (`--language` means the
//! configured or default language), booleans have `--no-` forms, and `--vars.<name> <value>`
//! pairs are collected separately (see `object_flags`).

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::Args;

use crate::npm::NpmClient;
pub(crate) use crate::scaffold::{Framework, Language};
use crate::templates::ForceOverwrite;

const SCAFFOLD: &str = "Scaffolding";
const INSTALL: &str = "Installing";

/// Arguments of `piral new`.
#[derive(Debug, Args)]
pub(crate) struct NewPiralArgs {
    /// The folder to create the app shell in
    #[arg(value_name = "TARGET")]
    pub(crate) target: Option<PathBuf>,

    /// The folder to create the app shell in (same as the positional TARGET)
    #[arg(
        long = "target",
        value_name = "DIR",
        conflicts_with = "target",
        hide = true
    )]
    pub(crate) target_flag: Option<PathBuf>,

    /// The app's HTML entry, relative to the project
    #[arg(long, value_name = "PATH", num_args = 0..=1, default_value = "./src/index.html",
          default_missing_value = "./src/index.html", help_heading = SCAFFOLD)]
    pub(crate) app: String,

    /// The Piral package to build on
    #[arg(long, value_enum, num_args = 0..=1, default_value = "piral", default_missing_value = "piral",
          help_heading = SCAFFOLD)]
    pub(crate) framework: Framework,

    /// The language of the sources [default: `language` from .piralrc, else ts]
    #[arg(long, value_enum, num_args = 0..=1, help_heading = SCAFFOLD)]
    pub(crate) language: Option<Option<Language>>,

    /// The built-in template: `default` or `empty`
    #[arg(long, value_name = "NAME", num_args = 0..=1, default_value = "default",
          default_missing_value = "default", help_heading = SCAFFOLD)]
    pub(crate) template: String,

    /// The package name [default: the folder's name]
    #[arg(long, value_name = "NAME", num_args = 0..=1, help_heading = SCAFFOLD)]
    pub(crate) name: Option<Option<String>>,

    /// The version of the Piral packages to depend on [default: the Piral release this CLI targets]
    #[arg(long, alias = "piral-version", value_name = "VERSION", num_args = 0..=1, help_heading = SCAFFOLD)]
    pub(crate) tag: Option<Option<String>>,

    /// What to do with files that exist already
    #[arg(long, value_enum, num_args = 0..=1, default_value = "no", default_missing_value = "no",
          help_heading = SCAFFOLD)]
    pub(crate) force_overwrite: ForceOverwrite,

    /// Accepted for compatibility and ignored: the bundler is built in
    #[arg(long, value_name = "NAME", num_args = 0..=1, help_heading = SCAFFOLD)]
    pub(crate) bundler: Option<Option<String>>,

    #[command(flatten)]
    pub(crate) install: InstallArgs,

    #[arg(skip)]
    pub(crate) vars: BTreeMap<String, String>,
}

/// Arguments of `pilet new`.
#[derive(Debug, Args)]
pub(crate) struct NewPiletArgs {
    /// The app shell: an npm package (`name[@version]`), a shell folder or an emulator `.tgz`
    #[arg(value_name = "SOURCE")]
    pub(crate) source: Option<String>,

    /// The folder to create the pilet in
    #[arg(long, value_name = "DIR", num_args = 0..=1, default_value = ".", default_missing_value = ".",
          help_heading = SCAFFOLD)]
    pub(crate) target: PathBuf,

    /// The language of the sources [default: `language` from .piralrc, else ts]
    #[arg(long, value_enum, num_args = 0..=1, help_heading = SCAFFOLD)]
    pub(crate) language: Option<Option<Language>>,

    /// The built-in template: `default` or `empty` [default: the shell's `pilets.template`, else default]
    #[arg(long, value_name = "NAME", num_args = 0..=1, help_heading = SCAFFOLD)]
    pub(crate) template: Option<Option<String>>,

    /// The package name [default: the folder's name]
    #[arg(long, value_name = "NAME", num_args = 0..=1, help_heading = SCAFFOLD)]
    pub(crate) name: Option<Option<String>>,

    /// What to do with files that exist already
    #[arg(long, value_enum, num_args = 0..=1, default_value = "no", default_missing_value = "no",
          help_heading = SCAFFOLD)]
    pub(crate) force_overwrite: ForceOverwrite,

    /// Accepted for compatibility and ignored: the bundler is built in
    #[arg(long, value_name = "NAME", num_args = 0..=1, help_heading = SCAFFOLD)]
    pub(crate) bundler: Option<Option<String>>,

    #[command(flatten)]
    pub(crate) tls: RegistryTlsArgs,

    #[command(flatten)]
    pub(crate) install: InstallArgs,

    #[arg(skip)]
    pub(crate) vars: BTreeMap<String, String>,
}

/// Arguments of `pilet add-piral-instance`.
#[derive(Debug, Args)]
pub(crate) struct AddPiralInstanceArgs {
    /// The app shell: an npm package, an emulator `.tgz`, a shell folder or a website emulator's URL
    #[arg(value_name = "APP")]
    pub(crate) app: String,

    /// The pilet's folder
    #[arg(value_name = "SOURCE", default_value = ".")]
    pub(crate) source: PathBuf,

    /// Make it the shell that `pilet debug` and `pilet build` use (the others are unselected)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true",
          overrides_with = "no_selected")]
    pub(crate) selected: Option<bool>,

    #[arg(long, hide = true, overrides_with = "selected")]
    pub(crate) no_selected: bool,

    /// The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]
    #[arg(long, value_enum, num_args = 0..=1)]
    pub(crate) npm_client: Option<Option<NpmClient>>,

    #[command(flatten)]
    pub(crate) tls: RegistryTlsArgs,
}

/// Arguments of `pilet remove-piral-instance`.
#[derive(Debug, Args)]
pub(crate) struct RemovePiralInstanceArgs {
    /// The app shell's package name
    #[arg(value_name = "APP")]
    pub(crate) app: String,

    /// The pilet's folder
    #[arg(value_name = "SOURCE", default_value = ".")]
    pub(crate) source: PathBuf,

    /// The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]
    #[arg(long, value_enum, num_args = 0..=1)]
    pub(crate) npm_client: Option<Option<NpmClient>>,
}

/// How the npm client trusts the registry; the same flags on every installing command.
#[derive(Debug, Args)]
pub(crate) struct RegistryTlsArgs {
    /// A CA certificate file for the registry (passed to the npm client)
    #[arg(long, value_name = "FILE", num_args = 0..=1, help_heading = INSTALL)]
    pub(crate) ca_cert: Option<Option<PathBuf>>,

    /// Accept self-signed certificates from the registry (passed to the npm client)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true",
          overrides_with = "no_allow_self_signed", help_heading = INSTALL)]
    pub(crate) allow_self_signed: Option<bool>,

    #[arg(long, hide = true, overrides_with = "allow_self_signed")]
    pub(crate) no_allow_self_signed: bool,
}

/// Arguments of `piral upgrade`.
#[derive(Debug, Args)]
pub(crate) struct UpgradePiralArgs {
    /// The Piral release (version or dist-tag) to move to [default: latest]
    #[arg(id = "target_version", value_name = "VERSION")]
    pub(crate) version: Option<String>,

    /// The shell's folder
    #[arg(long, value_name = "DIR", num_args = 0..=1, default_value = ".", default_missing_value = ".")]
    pub(crate) target: PathBuf,

    #[command(flatten)]
    pub(crate) install: InstallArgs,
}

/// Arguments of `pilet upgrade`.
#[derive(Debug, Args)]
pub(crate) struct UpgradePiletArgs {
    /// The shell version or dist-tag to move to (npm shells) [default: latest]
    #[arg(id = "target_version", value_name = "VERSION")]
    pub(crate) version: Option<String>,

    /// The pilet's folder
    #[arg(long, value_name = "DIR", num_args = 0..=1, default_value = ".", default_missing_value = ".")]
    pub(crate) target: PathBuf,

    /// What to do with scaffold files you changed since the last scaffold
    #[arg(long, value_enum, num_args = 0..=1, default_value = "no", default_missing_value = "no")]
    pub(crate) force_overwrite: ForceOverwrite,

    #[command(flatten)]
    pub(crate) tls: RegistryTlsArgs,

    #[command(flatten)]
    pub(crate) install: InstallArgs,

    #[arg(skip)]
    pub(crate) vars: BTreeMap<String, String>,
}

/// Install options shared by the scaffolding commands.
#[derive(Debug, Args)]
pub(crate) struct InstallArgs {
    /// Install the dependencies after scaffolding (`--no-install` to skip)
    #[arg(long, alias = "package-install", value_name = "BOOL", num_args = 0..=1,
          default_missing_value = "true", overrides_with = "no_install", help_heading = INSTALL)]
    pub(crate) install: Option<bool>,

    #[arg(
        long,
        hide = true,
        alias = "no-package-install",
        overrides_with = "install"
    )]
    pub(crate) no_install: bool,

    /// The npm registry to install from [default: `registry` from .piralrc, else your npm's]
    #[arg(long, alias = "package-registry", value_name = "URL", num_args = 0..=1, help_heading = INSTALL)]
    pub(crate) registry: Option<Option<String>>,

    /// The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]
    #[arg(long, value_enum, num_args = 0..=1, help_heading = INSTALL)]
    pub(crate) npm_client: Option<Option<NpmClient>>,
}

#[cfg(test)]
mod tests {
    use clap::Parser as _;

    use crate::cli::{Cli, Command, PiletCli, PiletCommand, negatable};

    fn new_piral(args: &[&str]) -> super::NewPiralArgs {
        let mut argv = vec!["piral", "new"];
        argv.extend_from_slice(args);
        match Cli::try_parse_from(argv).unwrap().command {
            Command::New(args) => args,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_flag_without_value_takes_its_default() {
        let args = new_piral(&["--force-overwrite", "--template", "--app"]);
        assert_eq!(args.force_overwrite, crate::templates::ForceOverwrite::No);
        assert_eq!(args.template, "default");
        assert_eq!(args.app, "./src/index.html");
        let args = new_piral(&["--language", "--npm-client", "--registry"]);
        assert_eq!(args.language, Some(None));
        assert_eq!(args.install.npm_client, Some(None));
        assert_eq!(args.install.registry, Some(None));
    }

    #[test]
    fn watch_takes_every_yargs_spelling() {
        let watch = |extra: &[&str]| {
            let mut argv = vec!["pilet", "build"];
            argv.extend_from_slice(extra);
            match PiletCli::try_parse_from(argv).unwrap().command {
                PiletCommand::Build(args) => negatable(args.watch, args.no_watch),
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(watch(&["--watch"]), Some(true));
        assert_eq!(watch(&["--watch", "true"]), Some(true));
        assert_eq!(watch(&["--watch", "false"]), Some(false));
        assert_eq!(watch(&["--no-watch"]), Some(false));
        assert_eq!(watch(&[]), None);
        let piral = |extra: &[&str]| {
            let mut argv = vec!["piral", "build"];
            argv.extend_from_slice(extra);
            match Cli::try_parse_from(argv).unwrap().command {
                Command::Build(args) => negatable(args.watch, args.no_watch),
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(piral(&["--watch", "false"]), Some(false));
        assert_eq!(piral(&["--no-watch"]), Some(false));
    }

    #[test]
    fn install_negates_old_style() {
        let args = new_piral(&["--no-install"]);
        assert_eq!(
            negatable(args.install.install, args.install.no_install),
            Some(false)
        );
        let args = new_piral(&["--install", "false"]);
        assert_eq!(
            negatable(args.install.install, args.install.no_install),
            Some(false)
        );
        let args = new_piral(&["--no-install", "--install"]);
        assert_eq!(
            negatable(args.install.install, args.install.no_install),
            Some(true)
        );
        let args = new_piral(&["--package-install"]);
        assert_eq!(
            negatable(args.install.install, args.install.no_install),
            Some(true)
        );
        let args = new_piral(&[]);
        assert_eq!(
            negatable(args.install.install, args.install.no_install),
            None
        );
    }

    #[test]
    fn values_parse() {
        let args = new_piral(&[
            "shell",
            "--framework",
            "piral-base",
            "--language",
            "js",
            "--piral-version",
            "1.9.0",
        ]);
        assert_eq!(args.target.as_deref(), Some(std::path::Path::new("shell")));
        assert_eq!(args.framework, super::Framework::PiralBase);
        assert_eq!(args.language, Some(Some(super::Language::Js)));
        assert_eq!(args.tag, Some(Some("1.9.0".to_string())));
        assert!(Cli::try_parse_from(["piral", "new", "--framework", "vue"]).is_err());
    }

    #[test]
    fn pilet_new_target_defaults_to_here() {
        let PiletCommand::New(args) =
            PiletCli::try_parse_from(["pilet", "new", "sample-piral", "--target"])
                .unwrap()
                .command
        else {
            panic!("not `new`")
        };
        assert_eq!(args.target, std::path::PathBuf::from("."));
        assert_eq!(args.source.as_deref(), Some("sample-piral"));
    }
}
