//! One module per command. Each exposes one function taking its arguments and the
//! [`Context`]; it sequences domain calls and reports progress, nothing more.

mod build_common;
mod build_emulator;
mod build_env;
mod build_manifest;
mod build_pilet;
mod build_piral;
pub(crate) mod completions;
mod debug_pilet;
mod debug_piral;
mod emulator_website;
mod explain;
mod new_pilet;
mod new_piral;
mod pack_pilet;
mod publish_pilet;
mod publish_piral;
mod publish_store;
mod run_emulator;
mod scaffold;
mod serve_common;
mod validate_pilet;
mod validate_piral;
mod validate_report;

use crate::app::{Context, Outcome};
use crate::cli::object_flags::ObjectFlags;
use crate::cli::{
    Command, CompletionsArgs, ExplainArgs, NewPiletArgs, NewPiralArgs, PackPiletArgs, PiletCommand,
    ValidatePiletArgs, ValidatePiralArgs,
};

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
    ValidatePiral(ValidatePiralArgs),
    ValidatePilet(ValidatePiletArgs),
    Completions(CompletionsArgs),
    Explain(ExplainArgs),
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
            Command::Build(args) => Action::BuildPiral(args),
            Command::Publish(args) => Action::PublishPiral(args),
            Command::Debug(args) => Action::DebugPiral(args),
            Command::RunEmulator(args) => Action::RunEmulator(args),
            Command::ValidatePilet(args) => Action::ValidatePilet(args),
            Command::Completions(args) => Action::Completions(args),
            Command::Explain(args) => Action::Explain(args),
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
            Action::BuildPiral(_) => "build",
            Action::ValidatePiral(_) => "validate",
            Action::ValidatePilet(_) => "pilet validate",
            Action::Completions(_) => "completions",
            Action::Explain(_) => "explain",
        }
    }

    /// Hands the dotted object flags (`--vars.*`) to the commands that take them; whatever is
    /// left is an unknown argument.
    pub(crate) fn take_object_flags(&mut self, flags: &mut ObjectFlags) {
        match self {
            Action::NewPiral(args) => args.vars = flags.take("vars"),
            Action::NewPilet(args) => args.vars = flags.take("vars"),
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
            | Action::BuildPiral(_)
            | Action::ValidatePiral(_)
            | Action::ValidatePilet(_)
            | Action::Completions(_)
            | Action::Explain(_) => {}
        }
    }
}

/// Runs one command.
pub(crate) fn dispatch(action: Action, ctx: &Context) -> anyhow::Result<Outcome> {
    match action {
        Action::NewPiral(args) => new_piral::new_piral(args, ctx),
        Action::NewPilet(args) => new_pilet::new_pilet(args, ctx),
        Action::PackPilet(args) => pack_pilet::pack_pilet(&args, ctx),
        Action::PublishPilet(args) => publish_pilet::publish_pilet(&args, ctx),
        Action::PublishPiral(args) => publish_piral::publish_piral(&args, ctx),
        Action::BuildPilet(args) => build_pilet::build_pilet(&args, ctx),
        Action::DebugPilet(args) => debug_pilet::debug_pilet(&args, ctx),
        Action::DebugPiral(args) => debug_piral::debug_piral(&args, ctx),
        Action::RunEmulator(args) => run_emulator::run_emulator(&args, ctx),
        Action::BuildPiral(args) => build_piral::build_piral(&args, ctx),
        Action::ValidatePiral(args) => validate_piral::validate_piral(&args, ctx),
        Action::ValidatePilet(args) => validate_pilet::validate_pilet(&args, ctx),
        Action::Completions(args) => completions::completions(&args, ctx),
        Action::Explain(args) => explain::explain(&args, ctx),
    }
}
