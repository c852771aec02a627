//! `piral completions <shell>`: the completion script, generated from the clap definitions.
//! The committed copies in `completions/` are checked against this output by a test.

use clap::CommandFactory as _;
use clap_complete::Shell;

use crate::cli::{Cli, CompletionsArgs, PiletCli};
use crate::context::{Context, Outcome};

pub(crate) fn completions(args: &CompletionsArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    let script = render(args.shell, &args.bin);
    if ctx.printer.json() {
        return Ok(Outcome::success(serde_json::json!({
            "shell": args.shell.to_string(),
            "bin": args.bin,
            "script": script,
        })));
    }
    ctx.printer.data(&script);
    Ok(Outcome::success(serde_json::Value::Null))
}

/// The completion script of `bin` (`piral` or `pilet`) for `shell`.
pub fn render(shell: Shell, bin: &str) -> String {
    let mut command = if bin == "pilet" {
        PiletCli::command()
    } else {
        Cli::command()
    };
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, bin, &mut out);
    String::from_utf8(out).expect("completion scripts are UTF-8")
}
