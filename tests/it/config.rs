//! Configuration precedence: flag > `piral_*` environment > nearest project `.piralrc` >
//! user `.piralrc` > default.

use crate::common::{TestContext, assert_exit, run, stderr};

fn language_of(ctx: &TestContext, target: &str) -> &'static str {
    if ctx.path().join(target).join("src/index.tsx").is_file() {
        "ts"
    } else {
        "js"
    }
}

#[test]
fn precedence_of_flags_env_project_and_user_config() {
    let ctx = TestContext::new();
    std::fs::write(ctx.home.join(".piralrc"), "language = js\n").unwrap();
    let output = run(&mut ctx.piral(&["new", "a", "--no-install"]));
    assert_exit(&output, 0);
    assert_eq!(language_of(&ctx, "a"), "js", "user rc (INI)");

    ctx.write("work/.piralrc", r#"{ "language": "ts" }"#);
    let output = run(ctx
        .piral(&["new", "b", "--no-install"])
        .current_dir(ctx.path().join("work")));
    assert_exit(&output, 0);
    assert_eq!(
        language_of(&ctx, "work/b"),
        "ts",
        "the project rc beats the user rc"
    );

    let output = run(ctx
        .piral(&["new", "c", "--no-install"])
        .current_dir(ctx.path().join("work"))
        .env("piral_language", "js"));
    assert_exit(&output, 0);
    assert_eq!(
        language_of(&ctx, "work/c"),
        "js",
        "the environment beats the project rc"
    );

    let output = run(ctx
        .piral(&["new", "d", "--no-install", "--language", "ts"])
        .current_dir(ctx.path().join("work"))
        .env("PIRAL_LANGUAGE", "js"));
    assert_exit(&output, 0);
    assert_eq!(
        language_of(&ctx, "work/d"),
        "ts",
        "the flag beats everything"
    );
}

#[test]
fn npm_client_and_registry_from_config() {
    let ctx = TestContext::new();
    ctx.write(
        ".piralrc",
        r#"{ "npmClient": "pnpm", "registry": "http://127.0.0.1:4873/" }"#,
    );
    let output = run(&mut ctx.piral(&["new", "a", "--no-install", "--json"]));
    assert_exit(&output, 0);
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["npmClient"], "pnpm");
    assert_eq!(ctx.read("a/.npmrc"), "registry=http://127.0.0.1:4873/\n");
}

#[test]
fn a_broken_rc_file_is_reported_with_its_position() {
    let ctx = TestContext::new();
    ctx.write(".piralrc", "{\n  \"language\": ts\n}\n");
    let output = run(&mut ctx.piral(&["new", "a", "--no-install"]));
    assert_exit(&output, 1);
    let err = stderr(&output);
    assert!(
        err.contains("[0037]") && err.contains(".piralrc:2:"),
        "{err}"
    );
    // Commands that need no configuration still work.
    let output = run(&mut ctx.piral(&["explain", "0037"]));
    assert_exit(&output, 0);
}
