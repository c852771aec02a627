//! The `piral` executable: every command of the Piral CLI.

fn main() -> std::process::ExitCode {
    piral::main(piral::Flavor::Piral)
}
