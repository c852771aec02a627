//! One module per command. Each exposes one function taking its resolved settings and the
//! [`Context`]; it calls the domain modules and reports what they return, nothing more. No
//! command uses another (a test below keeps it so): what two commands share lives in a domain
//! module (`build`, `scaffold`, `emulator`, `publish`, `validate`, `devserver`).
//!
//! [`dispatch`] resolves each command's settings (`config::settings`) and runs it.

mod build_pilet;
mod build_piral;
pub(crate) mod completions;
mod debug_pilet;
mod debug_piral;
mod declaration;
mod explain;
mod feed;
mod new_pilet;
mod new_piral;
mod pack_pilet;
mod piral_instance;
mod publish_pilet;
mod publish_piral;
mod run_emulator;
mod upgrade;
mod validate_pilet;
mod validate_piral;

use crate::build::{BuildPiletSettings, BuildPiralSettings};
use crate::cli::object_flags::ObjectFlags;
use crate::cli::{
    Command, CompletionsArgs, ExplainArgs, NewPiletArgs, NewPiralArgs, PackPiletArgs, PiletCommand,
    ValidatePiletArgs, ValidatePiralArgs,
};
use crate::config::settings::{
    DebugPiletSettings, DebugPiralSettings, PackPiletSettings, RunEmulatorSettings, ServeSettings,
};
use crate::context::{Context, Outcome};
use crate::errors::Code;
use crate::publish::{PublishPiletSettings, PublishPiralSettings};
use crate::scaffold::{NewPiletSettings, NewPiralSettings};
use crate::validate::project::{ValidatePiletSettings, ValidatePiralSettings};

/// A command to run, whichever spelling or program selected it.
#[derive(Debug)]
pub(crate) enum Action {
    NewPiral(NewPiralArgs),
    NewPilet(NewPiletArgs),
    PackPilet(PackPiletArgs),
    PublishPilet(crate::cli::publish::PublishPiletArgs),
    PublishPiral(crate::cli::publish::PublishPiralArgs),
    BuildPiral(crate::cli::build::BuildPiralArgs),
    BuildPilet(crate::cli::build::BuildPiletArgs),
    DebugPilet(crate::cli::debug::DebugPiletArgs),
    DebugPiral(crate::cli::debug::DebugPiralArgs),
    RunEmulator(crate::cli::debug::RunEmulatorArgs),
    DeclarationPiral(crate::cli::declaration::DeclarationPiralArgs),
    DeclarationPilet(crate::cli::declaration::DeclarationPiletArgs),
    UpgradePilet(crate::cli::new::UpgradePiletArgs),
    UpgradePiral(crate::cli::new::UpgradePiralArgs),
    ValidatePiral(ValidatePiralArgs),
    ValidatePilet(ValidatePiletArgs),
    Completions(CompletionsArgs),
    Explain(ExplainArgs),
    Feed(crate::cli::feed::FeedArgs),
    AddPiralInstance(crate::cli::new::AddPiralInstanceArgs),
    RemovePiralInstance(crate::cli::new::RemovePiralInstanceArgs),
}

impl From<Command> for Action {
    fn from(command: Command) -> Self {
        match command {
            Command::New(args) => Action::NewPiral(args),
            Command::Pilet { command } => Action::from(command),
            Command::NewPilet(args) => Action::NewPilet(args),
            Command::PackPilet(args) => Action::PackPilet(args),
            Command::PublishPilet(args) => Action::PublishPilet(args),
            Command::BuildPilet(args) => Action::BuildPilet(args),
            Command::DebugPilet(args) => Action::DebugPilet(args),
            Command::Validate(args) => Action::ValidatePiral(args),
            Command::Declaration(args) => Action::DeclarationPiral(args),
            Command::DeclarationPilet(args) => Action::DeclarationPilet(args),
            Command::UpgradePilet(args) => Action::UpgradePilet(args),
            Command::Upgrade(args) => Action::UpgradePiral(args),
            Command::Build(args) => Action::BuildPiral(args),
            Command::Publish(args) => Action::PublishPiral(args),
            Command::Debug(args) => Action::DebugPiral(args),
            Command::RunEmulator(args) => Action::RunEmulator(args),
            Command::ValidatePilet(args) => Action::ValidatePilet(args),
            Command::Completions(args) => Action::Completions(args),
            Command::Explain(args) => Action::Explain(args),
            Command::Feed(args) => Action::Feed(args),
        }
    }
}

impl From<PiletCommand> for Action {
    fn from(command: PiletCommand) -> Self {
        match command {
            PiletCommand::New(args) => Action::NewPilet(args),
            PiletCommand::Pack(args) => Action::PackPilet(args),
            PiletCommand::Publish(args) => Action::PublishPilet(args),
            PiletCommand::Build(args) => Action::BuildPilet(args),
            PiletCommand::Debug(args) => Action::DebugPilet(args),
            PiletCommand::Validate(args) => Action::ValidatePilet(args),
            PiletCommand::Declaration(args) => Action::DeclarationPilet(args),
            PiletCommand::Upgrade(args) => Action::UpgradePilet(args),
            PiletCommand::AddPiralInstance(args) => Action::AddPiralInstance(args),
            PiletCommand::RemovePiralInstance(args) => Action::RemovePiralInstance(args),
        }
    }
}

impl Action {
    /// The command's name in `--json` output.
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Action::NewPiral(_) => "new",
            Action::NewPilet(_) => "pilet new",
            Action::PackPilet(_) => "pilet pack",
            Action::PublishPilet(_) => "pilet publish",
            Action::PublishPiral(_) => "publish",
            Action::BuildPilet(_) => "pilet build",
            Action::DebugPilet(_) => "pilet debug",
            Action::DebugPiral(_) => "debug",
            Action::RunEmulator(_) => "run-emulator",
            Action::DeclarationPiral(_) => "declaration",
            Action::DeclarationPilet(_) => "pilet declaration",
            Action::UpgradePilet(_) => "pilet upgrade",
            Action::UpgradePiral(_) => "upgrade",
            Action::BuildPiral(_) => "build",
            Action::ValidatePiral(_) => "validate",
            Action::ValidatePilet(_) => "pilet validate",
            Action::Completions(_) => "completions",
            Action::Explain(_) => "explain",
            Action::Feed(_) => "feed",
            Action::AddPiralInstance(_) => "pilet add-piral-instance",
            Action::RemovePiralInstance(_) => "pilet remove-piral-instance",
        }
    }

    /// Whether the command scaffolds a project (and so creates a `--base` folder).
    pub(crate) fn scaffolds(&self) -> bool {
        matches!(self, Action::NewPiral(_) | Action::NewPilet(_))
    }

    /// Hands the dotted object flags (`--vars.*`) to the commands that take them; whatever is
    /// left is an unknown argument.
    pub(crate) fn take_object_flags(&mut self, flags: &mut ObjectFlags) {
        match self {
            Action::NewPiral(args) => args.vars = flags.take("vars"),
            Action::NewPilet(args) => args.vars = flags.take("vars"),
            Action::UpgradePilet(args) => args.vars = flags.take("vars"),
            Action::PublishPiral(args) => args.headers = flags.take("headers"),
            Action::PublishPilet(args) => {
                args.fields = flags.take("fields");
                args.headers = flags.take("headers");
            }
            Action::PackPilet(_)
            | Action::BuildPilet(_)
            | Action::DebugPilet(_)
            | Action::DebugPiral(_)
            | Action::RunEmulator(_)
            | Action::DeclarationPiral(_)
            | Action::DeclarationPilet(_)
            | Action::UpgradePiral(_)
            | Action::BuildPiral(_)
            | Action::ValidatePiral(_)
            | Action::ValidatePilet(_)
            | Action::Completions(_)
            | Action::Explain(_)
            | Action::Feed(_)
            | Action::AddPiralInstance(_)
            | Action::RemovePiralInstance(_) => {}
        }
    }
}

/// Resolves the command's settings and runs it.
pub(crate) fn dispatch(action: Action, ctx: &Context) -> anyhow::Result<Outcome> {
    let cwd = &ctx.cwd;
    match action {
        Action::NewPiral(args) => {
            new_piral::new_piral(NewPiralSettings::resolve(&args, ctx.config()?, cwd), ctx)
        }
        Action::NewPilet(args) => {
            new_pilet::new_pilet(NewPiletSettings::resolve(&args, ctx.config()?, cwd), ctx)
        }
        Action::PackPilet(args) => {
            pack_pilet::pack_pilet(PackPiletSettings::resolve(&args, cwd), ctx)
        }
        Action::PublishPilet(args) => publish_pilet::publish_pilet(
            PublishPiletSettings::resolve(&args, ctx.config()?, cwd),
            ctx,
        ),
        Action::PublishPiral(args) => publish_piral::publish_piral(
            PublishPiralSettings::resolve(&args, ctx.config()?, cwd),
            ctx,
        ),
        Action::BuildPilet(args) => {
            build_pilet::build_pilet(BuildPiletSettings::resolve(&args, ctx.config()?, cwd), ctx)
        }
        Action::DebugPilet(args) => {
            debug_pilet::debug_pilet(DebugPiletSettings::resolve(&args, ctx.config()?, cwd), ctx)
        }
        Action::DebugPiral(args) => {
            debug_piral::debug_piral(DebugPiralSettings::resolve(&args, ctx.config()?, cwd), ctx)
        }
        Action::RunEmulator(args) => {
            run_emulator::run_emulator(RunEmulatorSettings::resolve(&args, ctx.config()?, cwd), ctx)
        }
        Action::BuildPiral(args) => {
            build_piral::build_piral(BuildPiralSettings::resolve(&args, cwd), ctx)
        }
        Action::DeclarationPiral(args) => declaration::declaration_piral(
            crate::config::settings::declaration_piral(&args, cwd),
            ctx,
        ),
        Action::UpgradePiral(args) => upgrade::upgrade_piral(
            crate::config::settings::upgrade_piral(&args, ctx.config()?, cwd),
            ctx,
        ),
        Action::UpgradePilet(args) => upgrade::upgrade_pilet(
            crate::config::settings::upgrade_pilet(&args, ctx.config()?, cwd),
            ctx,
        ),
        Action::DeclarationPilet(args) => declaration::declaration_pilet(
            crate::config::settings::declaration_pilet(&args, cwd),
            ctx,
        ),
        Action::ValidatePiral(args) => validate_piral::validate_piral(
            ValidatePiralSettings::resolve(&args, ctx.config()?, cwd),
            ctx,
        ),
        Action::ValidatePilet(args) => {
            validate_pilet::validate_pilet(ValidatePiletSettings::resolve(&args, cwd), ctx)
        }
        Action::Completions(args) => completions::completions(&args, ctx),
        Action::Explain(args) => explain::explain(&args, ctx),
        Action::Feed(args) => feed::feed(
            crate::config::settings::manage_feed(&args, ctx.config()?),
            ctx,
        ),
        Action::AddPiralInstance(args) => piral_instance::add(
            crate::config::settings::add_instance(&args, ctx.config()?, cwd),
            ctx,
        ),
        Action::RemovePiralInstance(args) => piral_instance::remove(
            crate::config::settings::remove_instance(&args, ctx.config()?, cwd),
            ctx,
        ),
    }
}

/// Serving on anything but loopback makes the server reachable from other machines: say so.
fn warn_if_exposed(serve: &ServeSettings, ctx: &Context) {
    if serve.exposed {
        ctx.printer.warn(
            Code::GeneralWarning,
            format!(
                "serving on `{}`: other machines on the network can reach this server",
                serve.host
            ),
        );
    }
}

/// The mock injectors and proxied targets of a serving command, as the old CLI configured
/// kras: the project's mock folders (`sources`), the `.krasrc` files in `rc_files` then the
/// working folder's, then `--krasrc`, then `--proxy`.
fn mock_config(
    serve: &ServeSettings,
    sources: Vec<std::path::PathBuf>,
    mut rc_files: Vec<std::path::PathBuf>,
    local: &[&str],
) -> anyhow::Result<crate::devserver::mocks::MockConfig> {
    use crate::devserver::mocks::{MockSetup, config};
    rc_files.push(serve.cwd.join(".krasrc"));
    let proxies = serve
        .proxies
        .iter()
        .map(|flag| config::parse_proxy(flag))
        .collect::<anyhow::Result<Vec<_>>>()?;
    config::load(&MockSetup {
        sources: sources.into_iter().filter(|s| s.is_dir()).collect(),
        directory: serve.cwd.join("mocks"),
        local: local.iter().map(|l| (*l).to_string()).collect(),
        rc_files,
        explicit: serve.krasrc.clone(),
        proxies,
    })
}

/// `--open`: the system's browser, or a warning where there is none.
fn open_browser(serve: &ServeSettings, ctx: &Context) {
    if serve.open {
        crate::ui::open_url(&format!("http://localhost:{}/", serve.port), &ctx.printer);
    }
}

#[cfg(test)]
mod tests {
    /// Commands are leaves: a command file that uses another command's internals hides a domain
    /// module in `commands/`. What two commands share belongs below them.
    #[test]
    fn no_command_uses_another() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands");
        let commands: Vec<String> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "rs"))
            .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
            .filter(|name| name != "mod")
            .collect();
        let mut crossings = Vec::new();
        for name in &commands {
            let text = std::fs::read_to_string(folder.join(format!("{name}.rs"))).unwrap();
            for other in commands.iter().filter(|other| *other != name) {
                for prefix in ["super::", "crate::commands::"] {
                    let needle = format!("{prefix}{other}");
                    let found = text.match_indices(&needle).any(|(at, _)| {
                        !text[at + needle.len()..]
                            .starts_with(|c: char| c.is_alphanumeric() || c == '_')
                    });
                    if found {
                        crossings.push(format!("{name} -> {other}"));
                    }
                }
            }
        }
        assert!(
            crossings.is_empty(),
            "commands that use other commands: {crossings:?}"
        );
        assert!(commands.len() >= 14, "found only {commands:?}");
    }
}
