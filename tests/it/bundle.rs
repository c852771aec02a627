//! Fixture-driven bundle tests: each folder of `tests/fixtures/bundle` is a small pilet,
//! built with `pilet build` (every set of flags in its `_config.json`) and then *run* in Node
//! with a minimal SystemJS (`tests/e2e/run-pilet.mjs`); what its `setup` reports must equal the
//! expectation. The folders are found at run time: a new folder is a new case. The emitted file
//! names (first run) and the entry file of every run are snapshotted too, and the lines that
//! `stderr` lists must appear in what the build printed.

use std::path::{Path, PathBuf};

use crate::common::{TestContext, assert_exit, run, stderr};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bundle")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn listing(dist: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dist)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn check_case(name: &str) {
    let config: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(fixtures().join(name).join("_config.json")).unwrap(),
    )
    .unwrap();
    for (index, flags) in config["runs"].as_array().unwrap().iter().enumerate() {
        let ctx = TestContext::new();
        let root = ctx.path().join(name);
        copy_dir(&fixtures().join(name), &root);
        let mut args = vec!["build".to_string()];
        args.extend(
            flags
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f.as_str().unwrap().to_string()),
        );
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = run(ctx.pilet(&args).current_dir(&root));
        assert_exit(&output, 0);
        for expected in config["stderr"].as_array().into_iter().flatten() {
            let expected = expected.as_str().unwrap();
            assert!(
                stderr(&output).contains(expected),
                "{name} {flags}: `{expected}` is not in\n{}",
                stderr(&output)
            );
        }
        let dist = root.join("dist");
        if index == 0 {
            insta::assert_snapshot!(format!("bundle_{name}_files"), listing(&dist).join("\n"));
        }
        let main = std::fs::read_to_string(dist.join("index.js")).unwrap();
        insta::with_settings!({ description => format!("pilet build {}", args[1..].join(" ")) }, {
            insta::assert_snapshot!(format!("bundle_{name}_entry_{index}"), main);
        });
        if let Some(header) = config["header"].as_str() {
            assert_eq!(main.lines().next().unwrap(), header, "{name}");
        }
        let absent: Vec<&str> = match &config["absent"] {
            serde_json::Value::String(one) => vec![one.as_str()],
            serde_json::Value::Array(all) => all.iter().filter_map(|a| a.as_str()).collect(),
            _ => Vec::new(),
        };
        // Code only: source maps carry the sources, unused parts included.
        for absent in absent {
            assert!(
                !listing(&dist)
                    .iter()
                    .filter(|f| !f.ends_with(".map"))
                    .any(|f| std::fs::read_to_string(dist.join(f))
                        .unwrap_or_default()
                        .contains(absent)),
                "{name}: `{absent}` is bundled"
            );
        }
        let scripts: Vec<(String, String)> = listing(&dist)
            .into_iter()
            .filter(|f| f.ends_with(".js"))
            .map(|f| {
                let text = std::fs::read_to_string(dist.join(&f)).unwrap_or_default();
                (f, text)
            })
            .collect();
        // Code that must be written once, however many chunks need it.
        for once in config["once"].as_array().into_iter().flatten() {
            let once = once.as_str().unwrap();
            let holders: Vec<&String> = scripts
                .iter()
                .filter(|(_, text)| text.contains(once))
                .map(|(f, _)| f)
                .collect();
            assert_eq!(holders.len(), 1, "{name} {flags}: `{once}` in {holders:?}");
        }
        // Code that must be written once in the whole bundle (a helper several modules need).
        for single in config["single"].as_array().into_iter().flatten() {
            let single = single.as_str().unwrap();
            let count: usize = scripts
                .iter()
                .map(|(_, text)| text.matches(single).count())
                .sum();
            assert_eq!(count, 1, "{name} {flags}: `{single}` written {count} times");
        }
        let mut node = std::process::Command::new("node");
        node.arg(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/run-pilet.mjs"))
            .arg(dist.join("index.js"));
        if let Some(shared) = config["shared"].as_object() {
            for (module, file) in shared {
                node.arg("--shared").arg(format!(
                    "{module}={}",
                    root.join(file.as_str().unwrap()).display()
                ));
            }
        }
        let result = node.output().unwrap();
        assert!(
            result.status.success(),
            "{name} {flags}: {}",
            String::from_utf8_lossy(&result.stderr)
        );
        let report: serde_json::Value = serde_json::from_slice(&result.stdout).unwrap();
        assert_eq!(report["reports"], config["expected"], "{name} with {flags}");
        if config["css"].is_array() || config["cssAbsent"].is_array() {
            // The one stylesheet, compared without whitespace (minified or not).
            let sheets: Vec<String> = listing(&dist)
                .into_iter()
                .filter(|f| f.ends_with(".css"))
                .collect();
            assert_eq!(sheets.len(), 1, "{name} {flags}: {sheets:?}");
            let squeeze = |text: &str| -> String {
                text.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .replace(" {", "{")
                    .replace("{ ", "{")
                    .replace(": ", ":")
            };
            let css = squeeze(&std::fs::read_to_string(dist.join(&sheets[0])).unwrap());
            for present in config["css"].as_array().into_iter().flatten() {
                let present = squeeze(present.as_str().unwrap());
                assert!(
                    css.contains(&present),
                    "{name} {flags}: no `{present}` in\n{css}"
                );
            }
            for absent in config["cssAbsent"].as_array().into_iter().flatten() {
                let absent = absent.as_str().unwrap();
                assert!(
                    !css.contains(absent),
                    "{name} {flags}: `{absent}` in\n{css}"
                );
            }
        }
        if let Some(styles) = config["styles"].as_array() {
            let exported = report["styles"].as_array().expect("v3 exports styles");
            assert_eq!(exported.len(), styles.len(), "{name}");
            let css = std::fs::read_to_string(dist.join(exported[0].as_str().unwrap())).unwrap();
            assert!(
                css.contains("color: rgb(1, 2, 3)") && css.contains(".styles-pilet-box .inner"),
                "{css}"
            );
            // url()s point at hashed copies next to the stylesheet; @import is inlined.
            assert!(!css.contains("@import"), "{css}");
            for (reference, original) in [
                ("url(\"logo.", "src/logo.svg"),
                ("url(\"brand.", "src/fonts/brand.woff2"),
            ] {
                let at = css
                    .find(reference)
                    .unwrap_or_else(|| panic!("{reference}: {css}"));
                let file = css[at + 5..].split(['"', '?']).next().unwrap();
                assert_eq!(
                    std::fs::read(dist.join(file)).unwrap(),
                    std::fs::read(root.join(original)).unwrap(),
                    "{file}"
                );
            }
        }
    }
}

/// Every folder of `tests/fixtures/bundle`, each checked by [`check_case`]; the failures are
/// reported together, by name.
#[test]
fn fixtures_bundle_and_run() {
    let mut names: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().join("_config.json").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no fixtures in {}", fixtures().display());
    let failed: Vec<String> = names
        .iter()
        .filter(|name| std::panic::catch_unwind(|| check_case(name)).is_err())
        .cloned()
        .collect();
    assert!(
        failed.is_empty(),
        "failing bundle fixtures (each one's panic is printed above): {}",
        failed.join(", ")
    );
}

#[test]
fn a_syntax_error_is_coded_and_keeps_the_previous_output() {
    let ctx = TestContext::new();
    let root = ctx.path().join("p");
    copy_dir(&fixtures().join("cycles"), &root);
    assert_exit(&run(ctx.pilet(&["build"]).current_dir(&root)), 0);
    let before = listing(&root.join("dist"));
    let main_before = std::fs::read(root.join("dist/index.js")).unwrap();
    std::fs::write(
        root.join("src/b.ts"),
        "export function b( {\n  return 1;\n}\n",
    )
    .unwrap();
    let output = run(ctx.pilet(&["build"]).current_dir(&root));
    assert_exit(&output, 1);
    let err = stderr(&output);
    assert!(
        err.contains("error: [0174] The bundling process failed:"),
        "{err}"
    );
    assert!(err.contains("src/b.ts:2:10"), "{err}");
    assert!(err.contains(">2 |   return 1;"), "{err}");
    assert_eq!(listing(&root.join("dist")), before);
    assert_eq!(
        std::fs::read(root.join("dist/index.js")).unwrap(),
        main_before
    );

    std::fs::write(root.join("src/b.ts"), "import { gone } from './nowhere';\nexport const b = () => gone;\nexport const both = b, bump = b, lastSeen = b;\n").unwrap();
    let output = run(ctx.pilet(&["build"]).current_dir(&root));
    assert_exit(&output, 1);
    assert!(
        stderr(&output).contains("cannot resolve `./nowhere` from `src/b.ts`"),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("src/b.ts:1:22"),
        "{}",
        stderr(&output)
    );

    let output = run(ctx
        .pilet(&["build", "./src/missing.tsx"])
        .current_dir(&root));
    assert_exit(&output, 1);
    assert!(stderr(&output).contains("[0077]"));
}

/// Hostile or broken sources are coded errors naming the file, and the previous output stays:
/// 100,000 nested brackets (the parser is recursive), a file that is not UTF-8, a module
/// whose one line is 200 kB long (the code frame shows a window of it).
#[test]
fn hostile_sources_are_coded_errors_not_aborts() {
    let ctx = TestContext::new();
    let root = ctx.path().join("p");
    copy_dir(&fixtures().join("cycles"), &root);
    assert_exit(&run(ctx.pilet(&["build"]).current_dir(&root)), 0);
    let main_before = std::fs::read(root.join("dist/index.js")).unwrap();

    let depth = 100_000;
    let nested = format!(
        "export const b = () => {}1{};\nexport const both = b, bump = b, lastSeen = b;\n",
        "(".repeat(depth),
        ")".repeat(depth)
    );
    std::fs::write(root.join("src/b.ts"), nested).unwrap();
    let output = run(ctx.pilet(&["build"]).current_dir(&root));
    assert_exit(&output, 1);
    let err = stderr(&output);
    assert!(err.contains("error: [0174]"), "{err}");
    assert!(err.contains("nests brackets more than"), "{err}");
    assert!(err.contains("src/b.ts:1:"), "{err}");
    assert!(
        err.len() < 4_000,
        "the code frame shows a window: {} bytes",
        err.len()
    );

    std::fs::write(
        root.join("src/b.ts"),
        b"export const b = \"caf\xe9\";\n".as_slice(),
    )
    .unwrap();
    let output = run(ctx.pilet(&["build"]).current_dir(&root));
    assert_exit(&output, 1);
    let err = stderr(&output);
    assert!(err.contains("error: [0174]"), "{err}");
    assert!(err.contains("is not UTF-8 text"), "{err}");
    assert!(err.contains("src/b.ts:1:"), "{err}");

    assert_eq!(
        std::fs::read(root.join("dist/index.js")).unwrap(),
        main_before,
        "a failed build leaves the previous output"
    );
}

#[test]
fn tsconfig_jsx_preserve_is_an_error_and_an_invalid_tsconfig_a_warning() {
    let ctx = TestContext::new();
    let root = ctx.path().join("p");
    copy_dir(&fixtures().join("jsx-automatic"), &root);
    std::fs::write(
        root.join("tsconfig.json"),
        r#"{ "compilerOptions": { "jsx": "preserve" } }"#,
    )
    .unwrap();
    let output = run(ctx.pilet(&["build"]).current_dir(&root));
    assert_exit(&output, 1);
    let err = stderr(&output);
    assert!(err.contains("[0179]") && err.contains("react-jsx"), "{err}");
    assert!(!root.join("dist/index.js").exists());

    // Not JSON: a warning, and the build goes on with the defaults (classic JSX, which the
    // fixture's host React refuses).
    std::fs::write(
        root.join("tsconfig.json"),
        "{ \"compilerOptions\": { \"jsx\" ",
    )
    .unwrap();
    let output = run(ctx.pilet(&["build"]).current_dir(&root));
    assert_exit(&output, 0);
    let err = stderr(&output);
    assert!(
        err.contains("warning: [0178]") && err.contains("tsconfig.json` is not valid JSON"),
        "{err}"
    );
    assert!(
        std::fs::read_to_string(root.join("dist/index.js"))
            .unwrap()
            .contains("createElement")
    );
}

#[test]
fn source_maps_point_at_the_typescript() {
    let ctx = TestContext::new();
    let root = ctx.path().join("p");
    copy_dir(&fixtures().join("cycles"), &root);
    assert_exit(&run(ctx.pilet(&["build"]).current_dir(&root)), 0);
    let main = std::fs::read_to_string(root.join("dist/index.js")).unwrap();
    assert!(
        main.trim_end()
            .ends_with("//# sourceMappingURL=index.js.map")
    );
    let map: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("dist/index.js.map")).unwrap())
            .unwrap();
    let sources: Vec<&str> = map["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert!(
        sources.contains(&"piral:///src/a.ts") && sources.contains(&"piral:///src/index.ts"),
        "{sources:?}"
    );
    let contents: Vec<&str> = map["sourcesContent"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap_or(""))
        .collect();
    assert!(
        contents
            .iter()
            .any(|c| c.contains("export function increment() { value++; bump(); }"))
    );
    assert!(!map["mappings"].as_str().unwrap().is_empty());

    assert_exit(
        &run(ctx
            .pilet(&["build", "--no-source-maps", "--fresh"])
            .current_dir(&root)),
        0,
    );
    assert!(!root.join("dist/index.js.map").exists());
    assert!(
        !std::fs::read_to_string(root.join("dist/index.js"))
            .unwrap()
            .contains("sourceMappingURL")
    );
}

#[test]
fn builds_are_reproducible() {
    // `css-modules`: scoped class names and the stylesheet are the same in every build.
    for fixture in ["dynamic", "css-modules"] {
        let ctx = TestContext::new();
        let root = ctx.path().join("p");
        copy_dir(&fixtures().join(fixture), &root);
        let read_dist = || -> Vec<(String, Vec<u8>)> {
            listing(&root.join("dist"))
                .into_iter()
                .map(|f| {
                    let b = std::fs::read(root.join("dist").join(&f)).unwrap();
                    (f, b)
                })
                .collect()
        };
        assert_exit(&run(ctx.pilet(&["build"]).current_dir(&root)), 0);
        let first = read_dist();
        assert_exit(&run(ctx.pilet(&["build", "--fresh"]).current_dir(&root)), 0);
        assert_eq!(first, read_dist(), "{fixture}");
    }
}

#[test]
fn shells_load_their_dynamic_imports_as_chunks() {
    let ctx = TestContext::new();
    let root = ctx.path().join("shell-lazy");
    copy_dir(&fixtures().join("../shell-lazy"), &root);
    let output = run(ctx
        .piral(&["build", "--type", "release", "--no-minify"])
        .current_dir(&root));
    assert_exit(&output, 0);
    let release = root.join("dist/release");
    let files = listing(&release);
    let chunk = files
        .iter()
        .find(|f| f.starts_with("page.") && f.ends_with(".js"))
        .unwrap_or_else(|| panic!("no chunk for the page: {files:?}"));
    let main = files
        .iter()
        .find(|f| f.starts_with("index.") && f.ends_with(".js"))
        .unwrap();
    let shared = files
        .iter()
        .find(|f| f.starts_with("shared.") && f.ends_with(".js"))
        .unwrap_or_else(|| panic!("no shared chunk: {files:?}"));
    let main_code = std::fs::read_to_string(release.join(main)).unwrap();
    let chunk_code = std::fs::read_to_string(release.join(chunk)).unwrap();
    let shared_code = std::fs::read_to_string(release.join(shared)).unwrap();
    assert!(
        !main_code.contains("lazy page loaded"),
        "the page is not in the main script"
    );
    assert!(chunk_code.contains("lazy page loaded"));
    // The module both lazy chunks import is written once, in the chunk they share.
    let holders: Vec<&String> = files
        .iter()
        .filter(|f| f.ends_with(".js"))
        .filter(|f| {
            std::fs::read_to_string(release.join(f))
                .unwrap()
                .contains("function shout")
        })
        .collect();
    assert_eq!(holders, [shared], "{files:?}");
    // The chunks' script tags get their integrity from a table in the main script; the
    // browser checks it (the render below loads the chunks through it).
    for (file, code) in [(chunk, &chunk_code), (shared, &shared_code)] {
        let integrity = {
            use base64::Engine as _;
            use sha2::Digest as _;
            format!(
                "sha384-{}",
                base64::engine::general_purpose::STANDARD
                    .encode(sha2::Sha384::digest(code.as_bytes()))
            )
        };
        assert!(
            main_code.contains(&format!("\"{file}\":\"{integrity}\"")),
            "{}",
            &main_code[..main_code.len().min(2000)]
        );
    }
    let report = crate::common::render(&release, &["--expect", "lazy page loaded! footer!"]);
    assert_eq!(report["ok"], true, "{report:#}");
    // A chunk changed after the build is refused.
    std::fs::write(
        release.join(chunk),
        chunk_code.replace("lazy page loaded", "tampered page loaded"),
    )
    .unwrap();
    let report = crate::common::render(
        &release,
        &["--expect", "tampered page loaded", "--timeout", "3000"],
    );
    assert_eq!(report["ok"], false, "{report:#}");
}

#[test]
fn a_shell_warns_about_an_unresolved_optional_import_of_a_package() {
    let ctx = TestContext::new();
    let root = ctx.path().join("shell-lazy");
    copy_dir(&fixtures().join("../shell-lazy"), &root);
    copy_dir(
        &fixtures().join("optional/node_modules"),
        &root.join("node_modules"),
    );
    let index = std::fs::read_to_string(root.join("src/index.js")).unwrap();
    std::fs::write(
        root.join("src/index.js"),
        format!("import \"optional-user\";\n{index}"),
    )
    .unwrap();
    let output = run(ctx
        .piral(&["build", "--type", "release"])
        .current_dir(&root));
    assert_exit(&output, 0);
    let err = stderr(&output);
    assert!(
        err.contains("warning: [0177] `not-installed-optional` imported by `node_modules/optional-user/index.js` cannot be resolved")
            && err.contains("node_modules/optional-user/index.js:2:23)"),
        "{err}"
    );
}

#[test]
fn a_shell_scopes_its_css_modules() {
    let ctx = TestContext::new();
    let root = ctx.path().join("shell-lazy");
    copy_dir(&fixtures().join("../shell-lazy"), &root);
    std::fs::write(
        root.join("src/shell.module.css"),
        ".frame { color: red }\n:global(.app) .frame { margin: 0 }\n",
    )
    .unwrap();
    let index = std::fs::read_to_string(root.join("src/index.js")).unwrap();
    std::fs::write(
        root.join("src/index.js"),
        format!("import styles from './shell.module.css';\ndocument.body.className = styles.frame;\n{index}"),
    )
    .unwrap();
    let output = run(ctx
        .piral(&["build", "--type", "release", "--no-minify"])
        .current_dir(&root));
    assert_exit(&output, 0);
    let release = root.join("dist/release");
    let files = listing(&release);
    let read = |prefix: &str, ext: &str| {
        let file = files
            .iter()
            .find(|f| f.starts_with(prefix) && f.ends_with(ext))
            .unwrap_or_else(|| panic!("no {prefix}*{ext}: {files:?}"));
        std::fs::read_to_string(release.join(file)).unwrap()
    };
    let (css, script) = (read("index.", ".css"), read("index.", ".js"));
    // The hash is of `src/shell.module.css`, the same wherever the shell is built.
    assert!(
        css.contains(".frame_0ee9a0 {") && css.contains(".app .frame_0ee9a0 {"),
        "{css}"
    );
    assert!(script.contains("\"frame\": \"frame_0ee9a0\""), "{script}");
}

/// Hoisted output keeps mapping to each module's TypeScript: a position in the minified scope
/// (the string a default-exported function returns) resolves to its file, line and column.
#[test]
fn hoisted_source_maps_open_at_the_typescript_position() {
    let ctx = TestContext::new();
    let root = ctx.path().join("p");
    copy_dir(&fixtures().join("hoisting"), &root);
    for flags in [
        &["build", "--minify"][..],
        &["build", "--no-minify", "--fresh"],
    ] {
        assert_exit(&run(ctx.pilet(flags).current_dir(&root)), 0);
        let main = std::fs::read_to_string(root.join("dist/index.js")).unwrap();
        let (line, column) = main
            .lines()
            .enumerate()
            .find_map(|(line, text)| text.find("\"default-fn\"").map(|column| (line, column)))
            .expect("the string is in the bundle");
        let map = swc_sourcemap::SourceMap::from_slice(
            &std::fs::read(root.join("dist/index.js.map")).unwrap(),
        )
        .unwrap();
        let token = map
            .lookup_token(line as u32, column as u32)
            .expect("a mapped position");
        assert_eq!(
            (
                token.get_source().map(|s| s.to_string()),
                token.get_src_line(),
                token.get_src_col()
            ),
            (Some("piral:///src/default-fn.ts".to_string()), 1, 9),
            "{flags:?}"
        );
    }
}

#[test]
fn postbuild_scripts_run_after_each_shell_bundle() {
    let ctx = TestContext::new();
    let root = ctx.path().join("shell-lazy");
    copy_dir(&fixtures().join("../shell-lazy"), &root);
    let package_path = root.join("package.json");
    let mut package: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&package_path).unwrap()).unwrap();
    package["scripts"] = serde_json::json!({
        "piral:postbuild": "echo post >> hooks.log",
        "piral:postbuild-release": "test -f dist/release/index.html && echo release >> hooks.log",
        "piral:postbuild-emulator": "echo emulator >> hooks.log"
    });
    std::fs::write(&package_path, package.to_string()).unwrap();
    let output = run(ctx
        .piral(&["build", "--type", "release"])
        .current_dir(&root));
    assert_exit(&output, 0);
    assert_eq!(
        std::fs::read_to_string(root.join("hooks.log")).unwrap(),
        "post\nrelease\n"
    );
    // A failing script fails the build.
    package["scripts"]["piral:postbuild-release"] = serde_json::json!("exit 3");
    std::fs::write(&package_path, package.to_string()).unwrap();
    let output = run(ctx
        .piral(&["build", "--type", "release"])
        .current_dir(&root));
    assert_exit(&output, 1);
    assert!(
        stderr(&output).contains("piral:postbuild-release `exit 3` failed"),
        "{}",
        stderr(&output)
    );
}
