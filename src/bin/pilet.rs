//! The `pilet` executable: the same program as `piral`, answering as `piral pilet`.

fn main() -> std::process::ExitCode {
    piral::main(piral::Flavor::Pilet)
}
