//! `piral run-emulator <source>`: installs an emulator package into a temporary folder and
//! serves its app with the pilets of `--feed`, through the same debug server as `pilet debug`.

use std::time::Duration;

use serde_json::Value;

use crate::app::{Context, Outcome};
use crate::cli::debug::RunEmulatorArgs;
use crate::devserver::{DevServerOptions, Injection, serve};
use crate::errors::{Code, CodedError};
use crate::npm::{NpmClient, NpmOptions};

pub(crate) fn run_emulator(args: &RunEmulatorArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    let config = ctx.config()?;
    let printer = &ctx.printer;
    let folder = tempfile::Builder::new().prefix("piral-cli-").tempdir()?;
    let root = folder.path();
    crate::templates::write_atomic(
        &root.join("package.json"),
        b"{\"name\":\"piral-run-emulator\",\"private\":true}\n",
    )?;
    let is_path = ["./", "../", "/", "~/", "file:"]
        .iter()
        .any(|p| args.source.starts_with(p))
        || args.source.ends_with(".tgz");
    let spec = if is_path {
        let raw = args.source.strip_prefix("file:").unwrap_or(&args.source);
        ctx.cwd.join(raw).display().to_string()
    } else {
        args.source.clone()
    };
    let client = args.npm_client.flatten().unwrap_or(NpmClient::Npm);
    let registry = args
        .registry
        .clone()
        .flatten()
        .or_else(|| config.string("registry"));
    printer.status("Installing", format_args!("emulator `{}`", args.source));
    crate::npm::add_dev(
        printer,
        client,
        root,
        &spec,
        &NpmOptions {
            registry,
            extra_args: Vec::new(),
        },
    )?;
    let manifest = crate::manifest::read_object(&root.join("package.json"))?.unwrap_or_default();
    let name = manifest
        .get("devDependencies")
        .and_then(Value::as_object)
        .and_then(|deps| deps.keys().next().cloned())
        .ok_or_else(|| {
            CodedError::new(
                Code::AppInstanceNotFound,
                format!("installing `{}` added no package", args.source),
            )
        })?;
    let package_root = root.join("node_modules").join(&name);
    let package = crate::manifest::project::Package::load(&package_root)?.ok_or_else(|| {
        CodedError::new(
            Code::AppInstanceInvalid,
            format!("`{name}` has no package.json"),
        )
    })?;
    if !package.is_emulator() {
        return Err(CodedError::new(
            Code::AppInstanceInvalid,
            format!("`{name}` is not an emulator package (no `piralCLI.generated`)"),
        )
        .into());
    }
    let app_dir = package.app_dir();
    let (host, port, strict_port) = super::serve_common::listen(&args.serve, ctx)?;
    let options = DevServerOptions {
        host,
        port,
        strict_port,
        app_dir,
        shell: None,
        public_url: "/".into(),
        injection: Injection::LocalFeed,
        feeds: args.feed.clone(),
        pilets: Vec::new(),
        debounce: Duration::from_millis(20),
    };
    super::serve_common::open_browser(&args.serve, ctx);
    serve(options, &super::serve_common::Report { printer })?;
    printer.status("Stopped", "the emulator");
    Ok(Outcome::success(
        serde_json::json!({ "emulator": name, "version": package.version() }),
    ))
}
