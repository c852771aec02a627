//! `pilet new`: from a real npm emulator, from an emulator `.tgz`, from a shell folder, and
//! refusing hostile archives.

use crate::common::{TestContext, assert_exit, run, stderr, tar, tgz};

/// An emulator package like `piral build --type emulator` makes, with scaffold files.
fn emulator_tgz(files_tar: &[u8], once_tar: &[u8]) -> Vec<u8> {
    emulator_tgz_of(
        files_tar,
        once_tar,
        "1.2.3",
        serde_json::json!({
            "scripts": { "lint": "eslint src" },
            "devDependencies": { "eslint": "^9.0.0", "react": true },
            "packageOverrides": { "license": "MIT" },
            "template": "default"
        }),
    )
}

/// An emulator package of `my-shell` at `version` with these `pilets` settings.
fn emulator_tgz_of(
    files_tar: &[u8],
    once_tar: &[u8],
    version: &str,
    pilets: serde_json::Value,
) -> Vec<u8> {
    let package = serde_json::json!({
        "name": "my-shell",
        "version": version,
        "app": "./app/index.html",
        "main": "./app/index.js",
        "typings": "./app/index.d.ts",
        "piralCLI": { "version": "1.10.3", "generated": true },
        "importmap": { "imports": { "react@18.3.1": "react", "tslib": "tslib" } },
        "sharedDependencies": ["react", "tslib"],
        "devDependencies": { "react": "18.3.1", "tslib": "2.8.1", "@types/react": "^18.0.0", "piral-cli": "1.10.3" },
        "pilets": pilets
    });
    tgz(&[
        ("package/package.json", package.to_string().as_bytes()),
        (
            "package/app/index.html",
            b"<html><body><div id=\"app\"></div></body></html>",
        ),
        (
            "package/app/index.d.ts",
            b"export interface PiletCustomApi extends PiletMenuApi {}\n",
        ),
        ("package/files.tar", files_tar),
        ("package/files_once.tar", once_tar),
    ])
}

#[test]
fn from_an_emulator_tgz_without_network() {
    let ctx = TestContext::new();
    let files = tar(&[
        ("files/.editorconfig", b"root = true\n"),
        ("files/src/shared/util.ts", b"export const x = 1;\n"),
    ]);
    let once = tar(&[("files_once/README.md", b"# my pilet\n")]);
    ctx.write("shell/my-shell-1.2.3.tgz", emulator_tgz(&files, &once));
    let output = run(ctx
        .pilet(&[
            "new",
            "./shell/my-shell-1.2.3.tgz",
            "--target",
            "pilets/one",
            "--no-install",
        ])
        .env_remove("PIRAL_CLIPACKAGE"));
    assert_exit(&output, 0);

    let pkg = ctx.json("pilets/one/package.json");
    assert_eq!(pkg["name"], "one");
    assert_eq!(pkg["version"], "1.0.0");
    assert_eq!(pkg["main"], "dist/index.js");
    assert_eq!(pkg["source"], "src/index.tsx");
    assert_eq!(pkg["license"], "MIT", "packageOverrides are merged");
    assert_eq!(
        pkg["importmap"],
        serde_json::json!({"imports": {}, "inherit": ["my-shell"]})
    );
    assert_eq!(pkg["scripts"]["start"], "pilet debug");
    assert_eq!(pkg["scripts"]["lint"], "eslint src");
    let dev = &pkg["devDependencies"];
    assert_eq!(dev["my-shell"], "file:../../shell/my-shell-1.2.3.tgz");
    assert_eq!(dev["react"], "18.3.1");
    assert_eq!(dev["tslib"], "2.8.1");
    assert_eq!(dev["eslint"], "^9.0.0");
    assert_eq!(dev["@types/react"], "^18.0.0");
    // This CLI under the old CLI's name (the shell's `piral-cli` 1.10.3 replaced).
    assert_eq!(
        dev["piral-cli"],
        format!("npm:@piral-rs/cli@{}", env!("CARGO_PKG_VERSION"))
    );
    assert!(dev.get("@piral-rs/cli").is_none());
    assert_eq!(pkg["scripts"]["postinstall"], "pilet declaration");
    assert_eq!(pkg["scripts"]["upgrade"], "pilet upgrade");

    let pilet = ctx.json("pilets/one/pilet.json");
    assert_eq!(pilet["schemaVersion"], "v2");
    assert_eq!(
        pilet["piralInstances"],
        serde_json::json!({"my-shell": {"selected": true}})
    );

    let index = ctx.read("pilets/one/src/index.tsx");
    assert!(index.contains("import type { PiletApi } from 'my-shell';"));
    assert!(
        index.contains("app.registerMenu("),
        "the shell's typings offer the menu API"
    );
    assert!(
        !index.contains("app.registerTile("),
        "but not the dashboard API"
    );
    assert!(ctx.path().join("pilets/one/src/Page.tsx").is_file());
    assert_eq!(ctx.read("pilets/one/.editorconfig"), "root = true\n");
    assert_eq!(
        ctx.read("pilets/one/src/shared/util.ts"),
        "export const x = 1;\n"
    );
    assert_eq!(ctx.read("pilets/one/README.md"), "# my pilet\n");
    assert!(!ctx.path().join("pilets/one/node_modules").exists());
}

#[test]
fn hostile_archives_are_refused_and_nothing_is_written() {
    let ctx = TestContext::new();
    for (index, files) in [
        tar(&[
            ("files/ok.txt", b"ok"),
            ("files/../../../evil.txt", b"evil"),
        ]),
        tar(&[("/tmp/evil-absolute.txt", b"evil")]),
    ]
    .iter()
    .enumerate()
    {
        let archive = format!("evil-{index}.tgz");
        ctx.write(&archive, emulator_tgz(files, &tar(&[])));
        let target = format!("victim-{index}");
        let output = run(&mut ctx.pilet(&[
            "new",
            &format!("./{archive}"),
            "--target",
            &target,
            "--no-install",
        ]));
        assert_exit(&output, 1);
        assert!(stderr(&output).contains("[0033]"), "{}", stderr(&output));
        assert!(
            !ctx.path().join(&target).exists(),
            "nothing is written for a refused archive"
        );
    }
    assert!(!ctx.path().join("evil.txt").exists());
    assert!(!ctx.path().parent().unwrap().join("evil.txt").exists());
    assert!(!std::path::Path::new("/tmp/evil-absolute.txt").exists());

    // A tgz whose own entries climb out is refused just the same.
    ctx.write(
        "evil-outer.tgz",
        tgz(&[
            ("package/package.json", b"{\"name\":\"x\"}"),
            ("package/../../x.txt", b"x"),
        ]),
    );
    let output = run(&mut ctx.pilet(&[
        "new",
        "./evil-outer.tgz",
        "--target",
        "victim-outer",
        "--no-install",
    ]));
    assert_exit(&output, 1);
    assert!(stderr(&output).contains("[0033]"));
}

/// A shell's source folder at `shell/` (no emulator): react shared, piral 1.10.3.
fn write_source_shell(ctx: &TestContext) {
    ctx.write(
        "shell/package.json",
        r#"{"name":"src-shell","version":"0.1.0","app":"./src/index.html",
            "dependencies":{"piral":"1.10.3","react":"^18.0.0"},
            "importmap":{"imports":{"react":"react"},"inherit":[]}}"#,
    );
}

#[test]
fn from_a_source_shell_folder() {
    let ctx = TestContext::new();
    write_source_shell(&ctx);
    ctx.write(
        "shell/piral.json",
        r#"{"pilets":{"files":["scaffold/.eslintrc",{"from":"scaffold/docs","to":"docs"},{"from":"scaffold/pkg.json","to":"package.json"}],
            "template":"empty","preScaffold":"echo pre > pre.txt","postScaffold":"echo post > post.txt"}}"#,
    );
    ctx.write("shell/scaffold/.eslintrc", "{}");
    ctx.write("shell/scaffold/docs/a.md", "a");
    ctx.write("shell/scaffold/docs/deep/b.md", "b");
    ctx.write("shell/scaffold/pkg.json", r#"{"author":"shell team"}"#);
    let output = run(ctx
        .pilet(&["new", "../shell", "--no-install", "--language", "js"])
        .current_dir(ctx.path().join("shell"))
        .arg("--target")
        .arg("../p"));
    assert_exit(&output, 0);
    let pkg = ctx.json("p/package.json");
    assert_eq!(pkg["devDependencies"]["src-shell"], "file:../shell");
    assert_eq!(pkg["devDependencies"]["react"], "^18.0.0");
    assert_eq!(pkg["author"], "shell team");
    assert_eq!(
        ctx.read("p/src/index.jsx"),
        "export function setup(app) {}\n",
        "the shell's template `empty`"
    );
    assert_eq!(
        ctx.read("p/scaffold/.eslintrc"),
        "{}",
        "a plain entry keeps its path"
    );
    assert_eq!(ctx.read("p/docs/deep/b.md"), "b");
    assert_eq!(ctx.read("p/pre.txt").trim(), "pre");
    assert_eq!(ctx.read("p/post.txt").trim(), "post");
}

#[test]
fn without_a_source_it_names_the_argument() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.pilet(&["new", "--no-install"]));
    assert_exit(&output, 1);
    assert!(
        stderr(&output).contains("[0035] no app shell given"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("hint: name it as the first argument"));
    assert!(!ctx.path().join("package.json").exists());
}

#[test]
fn from_the_real_sample_piral_emulator() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.pilet(&[
        "new",
        "sample-piral@1.11.0",
        "--target",
        "my-pilet",
        "--npm-client",
        "npm",
    ]));
    assert_exit(&output, 0);
    let pkg = ctx.json("my-pilet/package.json");
    assert_eq!(pkg["devDependencies"]["sample-piral"], "1.11.0");
    for shared in [
        "react",
        "react-dom",
        "react-router",
        "react-router-dom",
        "tslib",
        "reactstrap",
    ] {
        assert!(
            pkg["devDependencies"].get(shared).is_some(),
            "{shared} in {pkg}"
        );
    }
    assert!(pkg["devDependencies"].get("piral-cli").is_none());
    assert!(pkg["devDependencies"].get("piral-cli-webpack5").is_none());
    assert_eq!(
        pkg["importmap"]["inherit"],
        serde_json::json!(["sample-piral"])
    );
    assert_eq!(
        pkg["scripts"]["upgrade-pilet"], "pilet upgrade --force-overwrite yes",
        "the shell's pilet scripts"
    );
    let pilet = ctx.json("my-pilet/pilet.json");
    assert_eq!(pilet["piralInstances"]["sample-piral"]["selected"], true);
    let index = ctx.read("my-pilet/src/index.tsx");
    assert!(index.contains("import type { PiletApi } from 'sample-piral';"));
    assert!(index.contains("app.registerTile("));
    assert!(index.contains("app.registerMenu("));
    assert!(index.contains("app.showNotification("));
    assert!(index.contains("React.lazy(() => import('./Page'))"));
    assert!(
        ctx.path()
            .join("my-pilet/node_modules/sample-piral/app/index.html")
            .is_file()
    );
    assert!(
        ctx.path()
            .join("my-pilet/node_modules/react/package.json")
            .is_file(),
        "shared dependencies installed"
    );

    // (d) Built by this CLI, the pilet renders inside the real emulator's app in Chromium.
    let root = ctx.path().join("my-pilet");
    let output = run(ctx
        .pilet(&["build", "--type", "standalone"])
        .current_dir(&root));
    assert_exit(&output, 0);
    let report = crate::common::render(
        &root.join("dist/standalone"),
        &[
            "--expect",
            "Welcome to Piral!",
            "--click",
            "Page",
            "--expect-after",
            "This page is loaded on demand",
        ],
    );
    assert_eq!(report["ok"], true, "{report:#}");

    // The scaffolded pilet packs with its build output: no sources, no node_modules.
    let output = run(&mut ctx.pilet(&["pack", "my-pilet", "--target", "my-pilet"]));
    assert_exit(&output, 0);
    let listing = std::process::Command::new("tar")
        .arg("tzf")
        .arg(root.join("my-pilet-1.0.0.tgz"))
        .output()
        .unwrap();
    let listing = String::from_utf8_lossy(&listing.stdout).into_owned();
    assert!(
        listing
            .lines()
            .all(|l| l.starts_with("package/dist/") || l == "package/package.json"),
        "{listing}"
    );
    assert!(
        listing.contains("package/dist/index.js\n")
            && listing.contains("package/dist/standalone/pilets.json"),
        "{listing}"
    );
}

#[test]
fn shells_are_added_to_and_removed_from_a_pilet() {
    let ctx = TestContext::new();
    let files = tar(&[("files/.editorconfig", b"root = true\n")]);
    let once = tar(&[("files_once/README.md", b"# from the other shell\n")]);
    let tgz = emulator_tgz(&files, &once);
    // The same emulator under another name (its package.json is the first entry's text).
    let other = {
        let unpacked = ctx.path().join("unpacked");
        std::fs::create_dir_all(&unpacked).unwrap();
        ctx.write("my-shell.tgz", &tgz);
        let status = std::process::Command::new("tar")
            .arg("-xzf")
            .arg(ctx.path().join("my-shell.tgz"))
            .arg("-C")
            .arg(&unpacked)
            .status()
            .unwrap();
        assert!(status.success());
        let package = unpacked.join("package/package.json");
        let text = std::fs::read_to_string(&package)
            .unwrap()
            .replace("\"my-shell\"", "\"other-shell\"")
            .replace("1.2.3", "2.0.0");
        std::fs::write(&package, text).unwrap();
        std::fs::create_dir_all(ctx.path().join("shells")).unwrap();
        let status = std::process::Command::new("tar")
            .arg("-czf")
            .arg(ctx.path().join("shells/other-shell-2.0.0.tgz"))
            .arg("-C")
            .arg(&unpacked)
            .arg("package")
            .status()
            .unwrap();
        assert!(status.success());
        "./shells/other-shell-2.0.0.tgz"
    };
    ctx.write(
        "pilet/package.json",
        r#"{ "name": "pilet", "version": "1.0.0", "devDependencies": {}, "importmap": { "imports": {}, "inherit": ["my-shell"] } }"#,
    );
    ctx.write(
        "pilet/pilet.json",
        r#"{ "schemaVersion": "v2", "piralInstances": { "my-shell": { "selected": true } } }"#,
    );
    ctx.write("pilet/.editorconfig", "root = false\n");

    let output = run(&mut ctx.pilet(&["add-piral-instance", other, "pilet", "--selected"]));
    assert_exit(&output, 0);
    assert_eq!(
        ctx.json("pilet/pilet.json")["piralInstances"],
        serde_json::json!({ "my-shell": { "selected": false }, "other-shell": { "selected": true } })
    );
    let pkg = ctx.json("pilet/package.json");
    assert_eq!(
        pkg["devDependencies"]["other-shell"],
        "file:../shells/other-shell-2.0.0.tgz"
    );
    assert_eq!(
        pkg["importmap"]["inherit"],
        serde_json::json!(["my-shell", "other-shell"])
    );
    assert!(
        ctx.path()
            .join("pilet/node_modules/other-shell/app/index.html")
            .is_file()
    );
    // The shell's scaffold files replace the pilet's.
    assert_eq!(ctx.read("pilet/.editorconfig"), "root = true\n");
    assert_eq!(ctx.read("pilet/README.md"), "# from the other shell\n");

    // Removed again (by an alias of the old CLI): pilet.json, importmap and the package.
    let output = run(&mut ctx.pilet(&["remove-shell", "other-shell", "pilet"]));
    assert_exit(&output, 0);
    assert_eq!(
        ctx.json("pilet/pilet.json")["piralInstances"],
        serde_json::json!({ "my-shell": { "selected": false } })
    );
    let pkg = ctx.json("pilet/package.json");
    assert!(pkg["devDependencies"].get("other-shell").is_none(), "{pkg}");
    assert_eq!(pkg["importmap"]["inherit"], serde_json::json!(["my-shell"]));
    assert!(!ctx.path().join("pilet/node_modules/other-shell").exists());

    // Without a pilet.json the shell is installed with a warning.
    std::fs::remove_file(ctx.path().join("pilet/pilet.json")).unwrap();
    let output = run(&mut ctx.pilet(&["with-app", other, "pilet"]));
    assert_exit(&output, 0);
    assert!(stderr(&output).contains("[0180]"), "{}", stderr(&output));
}

/// `pilet upgrade` against an emulator `.tgz` rebuilt in place with a new version: scaffold files
/// the author left alone follow the shell, changed ones stay (unless `--force-overwrite yes`),
/// once-files are not copied again, and package.json takes the new scripts, devDependencies
/// and overrides.
#[test]
fn upgrade_follows_a_rebuilt_emulator_and_keeps_changed_files() {
    let ctx = TestContext::new();
    let once = tar(&[("files_once/README.md", b"# my pilet\n")]);
    let v1 = emulator_tgz(
        &tar(&[
            ("files/.editorconfig", b"root = true\n"),
            ("files/src/shared/util.ts", b"export const x = 1;\n"),
        ]),
        &once,
    );
    ctx.write("shell/my-shell.tgz", &v1);
    let output = run(&mut ctx.pilet(&[
        "new",
        "./shell/my-shell.tgz",
        "--target",
        "pilet",
        "--no-install",
    ]));
    assert_exit(&output, 0);
    // The shell as `npm install` unpacks it: the copy the pilet was scaffolded from.
    let installed = ctx.path().join("pilet/node_modules/my-shell");
    std::fs::create_dir_all(&installed).unwrap();
    let status = std::process::Command::new("tar")
        .args([
            "-xzf",
            "../../../shell/my-shell.tgz",
            "--strip-components=1",
        ])
        .current_dir(&installed)
        .status()
        .unwrap();
    assert!(status.success());
    // The author changes one scaffold file and removes the once-file.
    ctx.write("pilet/src/shared/util.ts", "export const x = 42; // mine\n");
    std::fs::remove_file(ctx.path().join("pilet/README.md")).unwrap();

    ctx.write(
        "shell/my-shell.tgz",
        emulator_tgz_of(
            &tar(&[
                (
                    "files/.editorconfig",
                    b"root = true\nindent_style = space\n",
                ),
                ("files/src/shared/util.ts", b"export const x = 2;\n"),
                ("files/src/shared/new.ts", b"export const y = 1;\n"),
            ]),
            &once,
            "1.3.0",
            serde_json::json!({
                "scripts": { "lint": "eslint src --fix", "test": "jest" },
                "devDependencies": { "eslint": "^9.1.0" },
                "packageOverrides": { "license": "Apache-2.0" }
            }),
        ),
    );
    let output = run(ctx
        .pilet(&["upgrade", "--no-install", "--json"])
        .current_dir(ctx.path().join("pilet")));
    assert_exit(&output, 0);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["shells"][0]["version"], "1.3.0", "{report}");
    assert_eq!(report["shells"][0]["from"], "1.2.3", "{report}");
    assert_eq!(
        ctx.read("pilet/.editorconfig"),
        "root = true\nindent_style = space\n",
        "an unchanged scaffold file follows the shell"
    );
    assert_eq!(
        ctx.read("pilet/src/shared/util.ts"),
        "export const x = 42; // mine\n",
        "a changed one stays"
    );
    assert!(stderr(&output).contains("[0045]"), "{}", stderr(&output));
    assert_eq!(ctx.read("pilet/src/shared/new.ts"), "export const y = 1;\n");
    assert!(
        !ctx.path().join("pilet/README.md").exists(),
        "once-files are not copied again"
    );
    let pkg = ctx.json("pilet/package.json");
    assert_eq!(pkg["scripts"]["lint"], "eslint src --fix");
    assert_eq!(pkg["scripts"]["test"], "jest");
    assert_eq!(pkg["scripts"]["start"], "pilet debug");
    assert_eq!(pkg["devDependencies"]["eslint"], "^9.1.0");
    assert_eq!(
        pkg["devDependencies"]["my-shell"],
        "file:../shell/my-shell.tgz"
    );
    assert_eq!(pkg["license"], "Apache-2.0");

    let output = run(ctx
        .pilet(&["upgrade", "--no-install", "--force-overwrite", "yes"])
        .current_dir(ctx.path().join("pilet")));
    assert_exit(&output, 0);
    assert_eq!(
        ctx.read("pilet/src/shared/util.ts"),
        "export const x = 2;\n"
    );

    // Without a shell there is nothing to upgrade.
    ctx.write("lonely/package.json", r#"{"name": "lonely"}"#);
    let output = run(ctx
        .pilet(&["upgrade", "--no-install"])
        .current_dir(ctx.path().join("lonely")));
    assert_exit(&output, 1);
    assert!(stderr(&output).contains("[0012]"), "{}", stderr(&output));
}

/// `pilet upgrade 1.11.0` of a pilet made from the real `sample-piral@1.10.3`: npm installs the
/// new version and package.json names it.
#[test]
fn upgrade_moves_to_the_next_sample_piral_release() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.pilet(&[
        "new",
        "sample-piral@1.10.3",
        "--target",
        "pilet",
        "--npm-client",
        "npm",
    ]));
    assert_exit(&output, 0);
    let pilet = ctx.path().join("pilet");
    let output = run(ctx.pilet(&["upgrade", "1.11.0"]).current_dir(&pilet));
    assert_exit(&output, 0);
    assert_eq!(
        ctx.json("pilet/package.json")["devDependencies"]["sample-piral"],
        "1.11.0"
    );
    assert_eq!(
        ctx.json("pilet/node_modules/sample-piral/package.json")["version"],
        "1.11.0"
    );
    assert!(
        stderr(&output).contains("v1.11.0 (was v1.10.3)"),
        "{}",
        stderr(&output)
    );
}

/// `pilet new git+file://…`: the npm client installs the shell from a git repository (here a
/// local one: tests touch no network), and the pilet is scaffolded from what it installed.
#[test]
fn from_a_git_repository_through_the_npm_client() {
    let ctx = TestContext::new();
    let files = tar(&[("files/.editorconfig", b"root = true\n")]);
    let once = tar(&[("files_once/README.md", b"# my pilet\n")]);
    ctx.write("shell.tgz", emulator_tgz(&files, &once));
    let repo = ctx.path().join("shell-repo");
    std::fs::create_dir_all(&repo).unwrap();
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.invalid"])
            .args(args)
            .current_dir(&repo)
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    };
    let status = std::process::Command::new("tar")
        .args(["-xzf", "../shell.tgz", "--strip-components=1"])
        .current_dir(&repo)
        .status()
        .unwrap();
    assert!(status.success());
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "shell"]);
    let url = format!("git+file://{}", repo.display());
    let output = run(&mut ctx.pilet(&[
        "new",
        &url,
        "--target",
        "pilet",
        "--no-install",
        "--npm-client",
        "npm",
    ]));
    assert_exit(&output, 0);
    let pkg = ctx.json("pilet/package.json");
    assert_eq!(pkg["devDependencies"]["my-shell"], url.as_str(), "{pkg}");
    assert_eq!(ctx.read("pilet/.editorconfig"), "root = true\n");
    assert_eq!(ctx.read("pilet/README.md"), "# my pilet\n");
    let pilet = ctx.json("pilet/pilet.json");
    assert_eq!(pilet["piralInstances"]["my-shell"]["selected"], true);
}

/// Template packages as the old CLI ran them: a local module (`./…`) is required as it is, the
/// real `@smapiot/pilet-template-angular` is installed from npm; both are called with the old
/// CLI's `(root, data, details)`, their files written and their package.json merged.
#[test]
fn template_packages_render_as_the_old_cli_ran_them() {
    let ctx = TestContext::new();
    let files = tar(&[("files/.editorconfig", b"root = true\n")]);
    let once = tar(&[("files_once/README.md", b"# my pilet\n")]);
    ctx.write("shell.tgz", emulator_tgz(&files, &once));
    ctx.write(
        "my-template/index.js",
        "const { join } = require('path');\n\
         module.exports = async (root, data, details) => [\n\
         \x20 { path: join(root, 'src', 'index.tsx'), content: Buffer.from('export function setup() {}\\n') },\n\
         \x20 { path: './package.json', content: Buffer.from(JSON.stringify({ source: 'src/index.tsx', scripts: { hello: 'echo hi' } })) },\n\
         \x20 { path: 'seen.json', content: JSON.stringify({ data, details }) },\n\
         ];\n",
    );
    let output = run(&mut ctx.pilet(&[
        "new",
        "./shell.tgz",
        "--target",
        "local",
        "--template",
        "./my-template/index.js",
        "--no-install",
        "--vars.color=teal",
    ]));
    assert_exit(&output, 0);
    assert_eq!(
        ctx.read("local/src/index.tsx"),
        "export function setup() {}\n"
    );
    let pkg = ctx.json("local/package.json");
    assert_eq!(
        pkg["scripts"]["hello"], "echo hi",
        "package.json is merged: {pkg}"
    );
    assert_eq!(pkg["scripts"]["start"], "pilet debug", "{pkg}");
    let seen = ctx.json("local/seen.json");
    assert_eq!(seen["data"]["sourceName"], "my-shell");
    assert_eq!(seen["data"]["language"], "ts");
    assert_eq!(seen["data"]["color"], "teal");
    assert!(
        seen["data"]["src"].as_str().unwrap().ends_with("local/src"),
        "{seen}"
    );
    assert_eq!(seen["details"]["cliVersion"], env!("CARGO_PKG_VERSION"));
    assert_eq!(seen["details"]["forceOverwrite"], 0);

    let output = run(&mut ctx.pilet(&[
        "new",
        "./shell.tgz",
        "--target",
        "ng",
        "--template",
        "angular",
        "--no-install",
    ]));
    assert_exit(&output, 0);
    assert!(ctx.path().join("ng/angular.json").is_file());
    let pkg = ctx.json("ng/package.json");
    assert!(pkg["dependencies"]["@angular/core"].is_string(), "{pkg}");
}

/// The default template as the old CLI's: `--vars.title` is the page's heading, written into the
/// JSX as text (escaped), and the tile is `<div>Welcome to Piral!</div>` (its acceptance suite
/// edits that text).
#[test]
fn the_default_template_takes_the_title_and_writes_the_old_tile() {
    let ctx = TestContext::new();
    write_source_shell(&ctx);
    let output = run(&mut ctx.pilet(&[
        "new",
        "./shell",
        "--no-install",
        "--target",
        "p",
        "--vars.title",
        "A <b> & {c}",
    ]));
    assert_exit(&output, 0);
    let page = ctx.read("p/src/Page.tsx");
    assert!(
        page.contains("<h1>A &lt;b&gt; &amp; &#123;c&#125;</h1>"),
        "{page}"
    );
    let index = ctx.read("p/src/index.tsx");
    assert!(
        index.contains("app.registerPage('/page', Page);")
            && index.contains("app.registerTile(() => <div>Welcome to Piral!</div>, {")
            && index.contains("app.showNotification('Hello from Piral!', {"),
        "{index}"
    );
}
