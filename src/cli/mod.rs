//! The command line, as clap definitions only: no logic, no I/O.
//!
//! Two entry shapes share the same argument structs: `piral <command>` ([`Cli`]) and the same
//! program invoked as `pilet` ([`PiletCli`]), which is `piral pilet <command>`. Old spellings
//! (`create`, `scaffold`, `new-piral`, `new-pilet`, ...) are aliases. Dotted object flags
//! (`--vars.title Foo`) are taken out of argv before clap runs; see [`object_flags`].

pub(crate) mod build;
pub(crate) mod debug;
pub(crate) mod declaration;
pub(crate) mod feed;
pub(crate) mod new;
pub(crate) mod object_flags;
pub(crate) mod pack;
pub(crate) mod publish;
pub(crate) mod validate;

use std::path::PathBuf;

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

pub(crate) use new::{NewPiletArgs, NewPiralArgs};
pub(crate) use pack::PackPiletArgs;
pub(crate) use validate::{ValidatePiletArgs, ValidatePiralArgs};

const EXIT_STATUS_HELP: &str = "\
Exit status:
  0    Success
  1    The command failed: bad input, a failed install, validation errors
  2    The command line is invalid: an unknown command, flag or value
  101  Internal error: a bug in piral";

const GLOBAL: &str = "Global options";

const VARS_HELP: &str = "\
Template variables:
  --vars.<name> <value>  Set a template variable, for example `--vars.title \"My Shell\"`
                         (piral: title, feedUrl; pilet: title)";

/// Build, debug, validate and publish Piral app shells and pilets
#[derive(Debug, Parser)]
#[command(
    name = "piral",
    version,
    about = "Build, debug, validate and publish Piral app shells and pilets",
    long_about = "Build, debug, validate and publish Piral app shells and pilets.\n\n\
The same program answers as `pilet` for the pilet commands: `pilet new` is `piral pilet new`.",
    after_help = EXIT_STATUS_HELP,
    propagate_version = true,
    max_term_width = 100
)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub(crate) global: GlobalArgs,
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Scaffold, build, debug and publish pilets
#[derive(Debug, Parser)]
#[command(
    name = "pilet",
    version,
    about = "Scaffold, build, debug and publish pilets (the same as `piral pilet`)",
    after_help = EXIT_STATUS_HELP,
    propagate_version = true,
    max_term_width = 100
)]
pub(crate) struct PiletCli {
    #[command(flatten)]
    pub(crate) global: GlobalArgs,
    #[command(subcommand)]
    pub(crate) command: PiletCommand,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub(crate) struct GlobalArgs {
    /// Run as if started in this folder
    #[arg(long, global = true, value_name = "DIR", help_heading = GLOBAL)]
    pub(crate) base: Option<PathBuf>,

    /// Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug
    #[arg(long, global = true, value_name = "LEVEL", value_parser = clap::value_parser!(u8).range(0..=5),
          hide_short_help = true, help_heading = GLOBAL)]
    pub(crate) log_level: Option<u8>,

    /// Print less: only warnings and errors
    #[arg(short, long, global = true, action = ArgAction::Count, help_heading = GLOBAL)]
    pub(crate) quiet: u8,

    /// Print more: commands run, files read (`-vv` for even more)
    #[arg(short, long, global = true, action = ArgAction::Count, help_heading = GLOBAL)]
    pub(crate) verbose: u8,

    /// When to use colours
    #[arg(long, global = true, value_enum, value_name = "WHEN", env = "PIRAL_COLOR", hide_env_values = true,
          default_value_t = ColorChoice::Auto, help_heading = GLOBAL)]
    pub(crate) color: ColorChoice,

    /// Never draw progress bars or spinners
    #[arg(long, global = true, env = "PIRAL_NO_PROGRESS", hide_env_values = true, value_parser = clap::builder::BoolishValueParser::new(),
          help_heading = GLOBAL)]
    pub(crate) no_progress: bool,

    /// Print one JSON document on stdout describing what was done
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub(crate) json: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The `piral` commands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Scaffold a new app shell (a Piral instance)
    #[command(
        visible_aliases = ["create", "scaffold", "setup"],
        aliases = ["new-piral", "create-piral", "scaffold-piral", "setup-piral"],
        after_help = VARS_HELP,
        long_about = "Scaffold a new app shell (a Piral instance).\n\n\
Writes package.json, piral.json, tsconfig.json and src/ from a built-in template, then installs \
the dependencies with your npm client.\n\n\
Examples:\n  $ piral new my-shell\n  $ piral new my-shell --language js --template empty --no-install\n  \
$ piral new --framework piral-core --vars.title \"My Shell\""
    )]
    New(NewPiralArgs),

    /// Serve an app shell while you develop it, rebuilding and reloading on changes
    #[command(
        visible_aliases = ["watch"],
        aliases = ["debug-piral", "watch-piral", "debug-portal", "watch-portal"],
        long_about = "Serve an app shell while you develop it, rebuilding and reloading on changes.\n\n\
Builds the shell as its emulator is built (unminified, with source maps and the debug tools), serves \
it from memory, and rebuilds after every change: the page reloads itself, or shows the error in an \
overlay and keeps the last good build. Listens on 127.0.0.1 unless `--host` says otherwise.\n\n\
Examples:\n  $ piral debug\n  $ piral debug --port 8080 --feed http://127.0.0.1:9000/api/v1/pilet"
    )]
    Debug(crate::cli::debug::DebugPiralArgs),

    /// Serve an emulator package with the pilets of a feed
    #[command(
        visible_aliases = ["start-emulator"],
        long_about = "Serve an emulator package with the pilets of a feed.\n\n\
Installs the emulator (an npm package, a `.tgz` or a folder) into a temporary folder and serves its \
app on 127.0.0.1, with `/$pilet-api` listing the pilets of every `--feed`.\n\n\
Examples:\n  $ piral run-emulator sample-piral --feed http://127.0.0.1:9000/api/v1/pilet"
    )]
    RunEmulator(crate::cli::debug::RunEmulatorArgs),

    /// Bundle an app shell: the release site and the emulator package
    #[command(
        visible_aliases = ["bundle"],
        aliases = ["build-piral", "bundle-piral"],
        long_about = "Bundle an app shell: the release site and the emulator package.\n\n\
Reads the shell's HTML entry (`app` in package.json), bundles every local script with what it \
imports and every local stylesheet, and rewrites the HTML to the hashed files under `--public-url`. \
The release goes to `<target>/release`; the emulator (a debug build that pilets are developed \
against) to `<target>/emulator`, packed as an npm `.tgz`.\n\n\
Examples:\n  $ piral build\n  $ piral build --type release --public-url /portal/\n  $ piral build --type emulator-sources"
    )]
    Build(crate::cli::build::BuildPiralArgs),

    /// Publish an app shell: its emulator to an npm registry, or its release files
    #[command(
        visible_aliases = ["release"],
        aliases = ["publish-piral"],
        long_about = "Publish an app shell: its emulator to an npm registry, or its release files.\n\n\
`--type emulator` (the default) publishes `<source>/emulator/*.tgz` with `npm publish` to `--url`, \
the token from `--api-key` given to npm for this call only. `--type release` sends every file of \
`<source>/release` as one multipart POST to `--url` (fields `version` and `type`, one part per file).\n\n\
Examples:\n  $ piral publish --type emulator --url http://127.0.0.1:4873/ --api-key $TOKEN\n  \
$ piral publish --type release --url https://upload.example/api --fresh"
    )]
    Publish(crate::cli::publish::PublishPiralArgs),

    /// Check an app shell's manifests against the rules of the Piral CLI
    #[command(
        visible_aliases = ["verify", "check"],
        aliases = ["validate-piral", "verify-piral", "check-piral"],
        long_about = "Check an app shell's manifests against the rules of the Piral CLI.\n\n\
Every rule runs and every finding is printed; the command fails (exit 1) only when there are errors. \
Rules take options from `validators` in .piralrc, for example `{\"validators\": {\"entry-ends-with-html\": false}}`.\n\n\
Examples:\n  $ piral validate\n  $ piral validate ./my-shell --json"
    )]
    Validate(ValidatePiralArgs),

    /// Move the app shell's Piral packages to one release
    #[command(
        visible_aliases = ["patch"],
        aliases = ["upgrade-piral"],
        long_about = "Move the app shell's Piral packages to one release.\n\n\
Every dependency whose installed package comes from the Piral repository (`piral`, `piral-core`, \
`piral-base`, the `piral-*` plugins) gets the version, which must exist in the registry (`[0024]` \
otherwise); then the project is installed with its npm client.\n\n\
Examples:\n  $ piral upgrade\n  $ piral upgrade 1.10.3 --no-install"
    )]
    Upgrade(crate::cli::new::UpgradePiralArgs),

    /// Write the app shell's declaration: its Pilet API with every type it references
    #[command(
        visible_aliases = ["declare"],
        aliases = ["declaration-piral", "declare-piral"],
        long_about = "Write the app shell's declaration: its Pilet API with every type it references.\n\n\
Writes `<target>/index.d.ts` (default `dist/index.d.ts`, which `types` of a new shell names): the \
framework's `PiletApi` with the extensions of the shell's plugins and of its own sources, and the \
declarations they reference, as ambient modules that need nothing but the shell's shared \
dependencies. Emulators carry the same file as `app/index.d.ts`.\n\n\
Examples:\n  $ piral declaration\n  $ piral declaration ./my-shell --target ./types"
    )]
    Declaration(crate::cli::declaration::DeclarationPiralArgs),

    /// Manage the releases of a feed in blob storage: list, promote, roll back, verify
    #[command(
        long_about = "Manage the releases of a feed in blob storage: list, promote, roll back, verify.\n\n\
A feed that `pilet publish --to` writes has environments (`--env`, one feed document each: \
feed.json, feed.<env>.json) that share the pilets' immutable files. These commands change which \
version an environment lists without building or uploading, each change a conditional write \
recorded in the environment's history (feed.<env>.log.jsonl).\n\n\
Examples:\n  $ piral feed list --to az://pilets/feed --env staging\n  \
$ piral feed promote my-pilet@1.2.0 --from staging --env production --to az://pilets/feed\n  \
$ piral feed rollback my-pilet --env production --to az://pilets/feed\n  \
$ piral feed verify --to az://pilets/feed --to az://pilets-west/feed"
    )]
    Feed(crate::cli::feed::FeedArgs),

    /// Commands for pilets (also available as the `pilet` program)
    Pilet {
        #[command(subcommand)]
        command: PiletCommand,
    },

    /// Scaffold a new pilet (same as `piral pilet new`)
    #[command(name = "new-pilet", hide = true, aliases = ["create-pilet", "scaffold-pilet"], after_help = VARS_HELP)]
    NewPilet(NewPiletArgs),

    /// Debug pilets (same as `piral pilet debug`)
    #[command(name = "debug-pilet", hide = true, aliases = ["watch-pilet"])]
    DebugPilet(crate::cli::debug::DebugPiletArgs),

    /// Bundle a pilet (same as `piral pilet build`)
    #[command(name = "build-pilet", hide = true, aliases = ["bundle-pilet"])]
    BuildPilet(crate::cli::build::BuildPiletArgs),

    /// Upgrade a pilet's app shell (same as `piral pilet upgrade`)
    #[command(name = "upgrade-pilet", hide = true, after_help = VARS_HELP)]
    UpgradePilet(crate::cli::new::UpgradePiletArgs),

    /// Write a pilet's declaration (same as `piral pilet declaration`)
    #[command(name = "declaration-pilet", hide = true, aliases = ["declare-pilet"])]
    DeclarationPilet(crate::cli::declaration::DeclarationPiletArgs),

    /// Check a pilet (same as `piral pilet validate`)
    #[command(name = "validate-pilet", hide = true, aliases = ["verify-pilet", "check-pilet", "lint-pilet", "assert-pilet"])]
    ValidatePilet(ValidatePiletArgs),

    /// Publish pilets (same as `piral pilet publish`)
    #[command(name = "publish-pilet", hide = true, aliases = ["post-pilet"])]
    PublishPilet(crate::cli::publish::PublishPiletArgs),

    /// Pack a pilet into an npm-compatible `.tgz` (same as `piral pilet pack`)
    #[command(name = "pack-pilet", hide = true, aliases = ["package-pilet"])]
    PackPilet(PackPiletArgs),

    /// Print the shell completion script for bash, zsh, fish, powershell or elvish
    #[command(
        long_about = "Print the shell completion script for bash, zsh, fish, powershell or elvish.\n\n\
Examples:\n  $ piral completions bash > ~/.local/share/bash-completion/completions/piral\n  \
$ piral completions zsh --bin pilet > ~/.zfunc/_pilet"
    )]
    Completions(CompletionsArgs),

    /// Explain a message code, such as `0045`
    #[command(long_about = "Explain a message code, such as `0045`.\n\n\
Every coded message prints as `[NNNN] text`; the numbers are those of the npm piral-cli.\n\n\
Examples:\n  $ piral explain 0045\n  $ piral explain --all")]
    Explain(ExplainArgs),
}

/// The `pilet` commands (`piral pilet <command>`).
#[derive(Debug, Subcommand)]
pub(crate) enum PiletCommand {
    /// Scaffold a new pilet for an app shell
    #[command(
        visible_aliases = ["create", "scaffold"],
        aliases = ["new-pilet", "create-pilet", "scaffold-pilet"],
        after_help = VARS_HELP,
        long_about = "Scaffold a new pilet for an app shell.\n\n\
The source is the app shell: an npm package (an emulator such as `sample-piral@1.11.0`), a local \
shell folder, or an emulator `.tgz`. Writes package.json, pilet.json, tsconfig.json and src/, \
installs the shell and its shared dependencies, and copies the shell's scaffolding files.\n\n\
Examples:\n  $ pilet new sample-piral --target my-pilet\n  \
$ pilet new ../my-shell/dist/emulator/my-shell-1.0.0.tgz --target my-pilet --no-install"
    )]
    New(NewPiletArgs),

    /// Serve pilets in their app shell, rebuilding them as you edit
    #[command(
        visible_aliases = ["watch"],
        aliases = ["debug-pilet", "watch-pilet"],
        long_about = "Serve pilets in their app shell, rebuilding them as you edit.\n\n\
Builds each pilet for development and serves the shell's emulator with a local feed at \
`/$pilet-api`. After a change, only the pilet that changed is rebuilt and announced on the \
feed's WebSocket: the page swaps it in without reloading. A failed rebuild keeps the last good \
one and shows the error in the page. Listens on 127.0.0.1 unless `--host` says otherwise.\n\n\
Examples:\n  $ pilet debug\n  $ pilet debug --port 8080\n  $ pilet debug ./packages/*/src/index.tsx"
    )]
    Debug(crate::cli::debug::DebugPiletArgs),

    /// Bundle a pilet for the Piral runtime
    #[command(
        visible_aliases = ["bundle"],
        aliases = ["build-pilet", "bundle-pilet"],
        long_about = "Bundle a pilet for the Piral runtime.\n\n\
Writes a SystemJS module in the pilet format (`--schema v2` or `v3`) with one chunk per `import()`, \
its styles and assets. The app shell's shared dependencies stay imports of the shell; the pilet's \
own importmap entries become side bundles. The previous output stays untouched when a build fails.\n\n\
Examples:\n  $ pilet build\n  $ pilet build --schema v3 --no-minify\n  $ pilet build --type standalone"
    )]
    Build(crate::cli::build::BuildPiletArgs),

    /// Move the pilet to a new version of its app shell
    #[command(
        aliases = ["upgrade-pilet"],
        after_help = VARS_HELP,
        long_about = "Move the pilet to a new version of its app shell.\n\n\
For each selected shell of pilet.json: installs `<shell>@<version>` (`latest` without; an emulator \
`.tgz` or folder linked with `file:` is read again where it lies), runs its `preUpgrade` hook, copies \
its scaffold files again (a file you have not changed since the last scaffold is replaced, a changed \
one follows `--force-overwrite`, once-files are left alone), updates package.json (shared \
dependencies, `pilets.devDependencies`, `pilets.scripts`, `packageOverrides`), installs and runs \
`postUpgrade`.\n\n\
Examples:\n  $ pilet upgrade\n  $ pilet upgrade 1.2.0 --force-overwrite yes"
    )]
    Upgrade(crate::cli::new::UpgradePiletArgs),

    /// Write the pilet's declaration (`index.d.ts`) without building it
    #[command(
        visible_aliases = ["declare"],
        long_about = "Write the pilet's declaration (`index.d.ts`) without building it.\n\n\
The isolated declarations of the pilet's TypeScript entry and the local modules they import, as \
`pilet build` writes them beside `index.js`, into `<target>` (default `dist`).\n\n\
Examples:\n  $ pilet declaration\n  $ pilet declaration --target ./types"
    )]
    Declaration(crate::cli::declaration::DeclarationPiletArgs),

    /// Check a pilet against the rules of its app shells
    #[command(
        visible_aliases = ["verify", "check", "lint", "assert"],
        aliases = ["validate-pilet", "verify-pilet", "check-pilet", "lint-pilet", "assert-pilet"],
        long_about = "Check a pilet against the rules of its app shells.\n\n\
The rules run once for each shell selected in pilet.json (or given with `--app`), with the options \
of that shell's `pilets.validators`. The command fails (exit 1) only when there are errors.\n\n\
Examples:\n  $ pilet validate\n  $ pilet validate ./src/index.tsx --app my-shell --json"
    )]
    Validate(ValidatePiletArgs),

    /// Publish pilet tarballs to a feed service
    #[command(
        visible_aliases = ["post"],
        aliases = ["publish-pilet", "post-pilet"],
        long_about = "Publish pilet tarballs to a feed service.\n\n\
Sends each tarball as a multipart POST (`file`, named `pilet.tgz`) to `--url`, with the API key in \
`authorization` as `--mode` says; `--fields.<name>` add form fields, `--headers.<name>` headers. \
Connection errors, timeouts and 502/503/504 are retried with backoff; other answers are final. The \
command fails (exit 1, [0064]) when any upload failed. The key is never printed.\n\n\
Examples:\n  $ pilet publish --url https://feed.example/api/v1/pilet --api-key $KEY\n  \
$ pilet publish --fresh --fields.tag next\n  $ pilet publish my-pilet-1.0.0.tgz --dry-run"
    )]
    Publish(crate::cli::publish::PublishPiletArgs),

    /// Pack a pilet into an npm-compatible `.tgz`
    #[command(
        visible_aliases = ["package"],
        aliases = ["pack-pilet", "package-pilet"],
        long_about = "Pack a pilet into an npm-compatible `.tgz`.\n\n\
The tarball holds package.json, the folder of the main file (usually dist/), the entries of \
`files` and README.md, under `package/` with npm's fixed timestamps: packing twice gives the same \
bytes. It is named like npm names it: `@org/a` 1.0.0 becomes `org-a-1.0.0.tgz`.\n\n\
Examples:\n  $ pilet pack\n  $ pilet pack ./my-pilet --target ./out\n  $ pilet pack --target ./release/pilet.tgz"
    )]
    Pack(PackPiletArgs),

    /// Add an app shell to debug and build the pilet with
    #[command(
        visible_aliases = ["add-shell", "install-shell", "add-app", "with-app"],
        long_about = "Add an app shell to debug and build the pilet with.\n\n\
Installs the shell as an exact devDependency (an npm package, an emulator `.tgz` or a shell folder) \
or downloads a website emulator (its URL), names it in pilet.json `piralInstances` and in \
package.json `importmap.inherit`, and copies the shell's scaffold files over the pilet's. With \
`--selected`, it is the one `pilet debug` and `pilet build` use.\n\n\
Examples:\n  $ pilet add-piral-instance sample-piral@1.11.0 --selected\n  \
$ pilet add-piral-instance ../shell/dist/emulator/shell-1.0.0.tgz"
    )]
    AddPiralInstance(crate::cli::new::AddPiralInstanceArgs),

    /// Remove an app shell from the pilet
    #[command(
        visible_aliases = ["remove-shell", "uninstall-shell", "remove-app", "without-app"],
        long_about = "Remove an app shell from the pilet.\n\n\
Takes it out of pilet.json `piralInstances` and package.json `importmap.inherit`, and uninstalls \
its package.\n\n\
Examples:\n  $ pilet remove-piral-instance sample-piral"
    )]
    RemovePiralInstance(crate::cli::new::RemovePiralInstanceArgs),
}

/// Arguments of `piral completions`.
#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell to generate the script for
    #[arg(value_enum)]
    pub(crate) shell: clap_complete::Shell,

    /// The program to complete: `piral` or `pilet`
    #[arg(long, value_name = "NAME", default_value = "piral", value_parser = ["piral", "pilet"])]
    pub(crate) bin: String,
}

/// Arguments of `piral explain`.
#[derive(Debug, Args)]
pub(crate) struct ExplainArgs {
    /// The code, such as `0045` or `45`
    #[arg(required_unless_present = "all")]
    pub(crate) code: Option<String>,

    /// List every code with its title
    #[arg(long, conflicts_with = "code")]
    pub(crate) all: bool,
}

/// A boolean flag with an old-style negation: `--install`, `--install false`, `--no-install`.
/// Returns `None` when neither was given.
pub(crate) fn negatable(positive: Option<bool>, negative: bool) -> Option<bool> {
    if negative { Some(false) } else { positive }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory as _;

    #[test]
    fn definitions_are_consistent() {
        Cli::command().debug_assert();
        PiletCli::command().debug_assert();
    }

    #[test]
    fn old_spellings_parse_to_the_same_command() {
        for spelling in [
            "new",
            "create",
            "scaffold",
            "setup",
            "new-piral",
            "create-piral",
        ] {
            let cli = Cli::try_parse_from(["piral", spelling, "shell"]).unwrap();
            assert!(matches!(cli.command, Command::New(_)), "{spelling}");
        }
        for spelling in ["new-pilet", "create-pilet", "scaffold-pilet"] {
            let cli = Cli::try_parse_from(["piral", spelling, "sample-piral"]).unwrap();
            assert!(matches!(cli.command, Command::NewPilet(_)), "{spelling}");
        }
        for spelling in ["new", "create", "scaffold", "new-pilet"] {
            let cli = PiletCli::try_parse_from(["pilet", spelling, "sample-piral"]).unwrap();
            assert!(matches!(cli.command, PiletCommand::New(_)), "{spelling}");
        }
    }

    #[test]
    fn global_flags_go_anywhere() {
        let cli =
            Cli::try_parse_from(["piral", "new", "--json", "-q", "x", "--base", "/tmp"]).unwrap();
        assert!(cli.global.json);
        assert_eq!(cli.global.quiet, 1);
        assert_eq!(
            cli.global.base.as_deref(),
            Some(std::path::Path::new("/tmp"))
        );
    }

    #[test]
    fn unknown_flags_are_errors() {
        let error = Cli::try_parse_from(["piral", "new", "--no-such-flag"]).unwrap_err();
        assert_eq!(error.kind(), clap::error::ErrorKind::UnknownArgument);
    }
}
