//! Generated files that are committed: completion scripts and `docs/codes.md`. Each test
//! fails when the committed copy is stale; `UPDATE_GENERATED=1` rewrites them.

use std::path::PathBuf;

use clap_complete::Shell;

fn check(relative: &str, expected: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, expected).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "`{relative}` is stale: regenerate it with `UPDATE_GENERATED=1 cargo test --test it generated`"
    );
}

#[test]
fn completions_are_up_to_date() {
    for bin in ["piral", "pilet"] {
        for (shell, file) in [
            (Shell::Bash, format!("{bin}.bash")),
            (Shell::Zsh, format!("_{bin}")),
            (Shell::Fish, format!("{bin}.fish")),
            (Shell::PowerShell, format!("_{bin}.ps1")),
            (Shell::Elvish, format!("{bin}.elv")),
        ] {
            check(
                &format!("completions/{file}"),
                &piral::testing::render_completions(shell, bin),
            );
        }
    }
}

#[test]
fn completions_command_prints_the_same_script() {
    let ctx = crate::common::TestContext::new();
    let output = crate::common::run(&mut ctx.piral(&["completions", "bash"]));
    crate::common::assert_exit(&output, 0);
    assert_eq!(
        crate::common::stdout(&output),
        piral::testing::render_completions(Shell::Bash, "piral")
    );
    let output = crate::common::run(&mut ctx.piral(&["completions", "zsh", "--bin", "pilet"]));
    assert_eq!(
        crate::common::stdout(&output),
        piral::testing::render_completions(Shell::Zsh, "pilet")
    );
}

#[test]
fn codes_document_is_up_to_date() {
    check("docs/codes.md", &piral::testing::render_codes_markdown());
}
