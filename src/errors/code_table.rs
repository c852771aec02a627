// Message codes of the Piral CLI. Numbers and meanings are those of piral-cli's messages.ts.
// `docs/codes.md` and `piral explain` are generated from this table.
codes! {
    0000 GeneralInfo "generalInfo" Info {
        title: "General information",
        description: "A free-text progress message without a dedicated code. It reports what the current command is doing and needs no action.",
        fix: "Nothing to fix; the message is for information only.",
    }
    0001 GeneralWarning "generalWarning" Warning {
        title: "General warning",
        description: "A free-text warning without a dedicated code, for example a validation rule that found a potential problem. The command continues, but the project may need a change.",
        fix: "Read the message text and adjust the project if the warning applies to it. Validation warnings come from the rules configured in `validators` of `.piralrc` or the shell's `pilets.validators`.",
    }
    0002 GeneralError "generalError" Error {
        title: "General error",
        description: "A free-text error without a dedicated code, for example a validation rule that found a real problem. The project needs a change before the command can succeed.",
        fix: "Read the message text and fix the named file or setting, then run the command again.",
    }
    0003 GeneralDebug "generalDebug" Debug {
        title: "General debug message",
        description: "A free-text message that shows internal state or progress. It is only printed at the debug log level (`--log-level 5`) and is meant for troubleshooting.",
        fix: "Nothing to fix. Include these lines when you report a bug.",
    }
    0004 GeneralVerbose "generalVerbose" Verbose {
        title: "General verbose message",
        description: "A free-text message with fine-grained detail about the progress of a command. It is only printed at the verbose log level (`--log-level 4`) or higher.",
        fix: "Nothing to fix. Use a log level below 4 to hide these messages.",
    }
    0010 AppInstanceNotFound "appInstanceNotFound" Error {
        title: "The Piral instance could not be found",
        description: "The pilet names a Piral instance (app shell) in its `package.json` or `pilet.json`, but the package cannot be resolved from the pilet's directory and no `url` was given for it. Without the shell the pilet cannot be built or debugged.",
        fix: "Install the dependencies of the pilet, for example with `npm install`, so that the shell ends up in `node_modules`. Otherwise check the shell's name for typos or add it with `pilet add-piral-instance <name>`.",
    }
    0011 AppInstanceInvalid "appInstanceInvalid" Error {
        title: "The Piral instance is not valid",
        description: "A package was found for the Piral instance, but it does not look like a shell: its `package.json` has no `app` field, or the package root could not be determined. The CLI needs the `app` entry to know what to bundle and serve.",
        fix: "Make sure the shell's `package.json` contains an `app` field pointing to its HTML entry, for example `\"app\": \"src/index.html\"`. If the shell comes from npm, reinstall it or use an emulator package built with `piral build --type emulator`.",
    }
    0012 AppInstancesNotGiven "appInstancesNotGiven" Error {
        title: "No Piral instance was provided",
        description: "The command needs at least one Piral instance, but neither `package.json` nor `pilet.json` declares one and none was given on the command line. This happens for example with `pilet upgrade` or a standalone build.",
        fix: "Add a shell to `piralInstances` in `pilet.json`, for example with `pilet add-piral-instance my-app-shell`, or pass the instance on the command line with `--app`.",
    }
    0020 PackageJsonNotFound "packageJsonNotFound" Error {
        title: "No valid package.json was found",
        description: "The command needs data from the project's `package.json`, but none was found or its content is not usable. Commands such as `pilet pack` and `pilet upgrade` must run inside a Node.js project.",
        fix: "Change to the project's root directory, which contains `package.json`. To start a new pilet instead, run `pilet new <shell>`.",
    }
    0021 PackageJsonMissingName "packageJsonMissingName" Error {
        title: "The pilet has no name",
        description: "Packing a pilet needs its name, which comes from the `name` field of its `package.json`. The field is missing or empty, so no tarball name can be formed.",
        fix: "Add a `name` that follows npm's naming rules to the pilet's `package.json`, for example `\"name\": \"my-pilet\"`.",
    }
    0022 PackageJsonMissingVersion "packageJsonMissingVersion" Error {
        title: "The pilet has no version",
        description: "Packing a pilet needs its version, which comes from the `version` field of its `package.json`. The field is missing or empty, so the pilet cannot be versioned.",
        fix: "Add a semver `version` to the pilet's `package.json`, for example `\"version\": \"1.0.0\"`, or run `npm version 1.0.0`.",
    }
    0023 PackageNotInstalled "packageNotInstalled" Warning {
        title: "A package is not installed and was skipped",
        description: "While upgrading, the CLI looks at the installed packages to decide what must change. A package it expected is not installed, so it cannot be compared and is skipped.",
        fix: "Install the project's dependencies, for example with `npm install`, and run the upgrade again.",
    }
    0024 PackageVersionInvalid "packageVersionInvalid" Error {
        title: "The requested package version does not exist",
        description: "The version or tag given for an upgrade does not match any release in the registry. The upgrade is stopped because there is nothing to upgrade to.",
        fix: "Check which versions exist, for example with `npm view <package> versions`, and pass one of them or a tag such as `latest`.",
    }
    0025 ImportMapVersionSpecNotSatisfied "importMapVersionSpecNotSatisfied" Error {
        title: "A shared dependency does not satisfy its version spec",
        description: "An importmap key has the form `name@spec`, but the locally installed version of `name` does not satisfy `spec`. Sharing it anyway could make the pilet load a version at runtime that it was not built against.",
        fix: "Install a version that satisfies the spec, or correct the spec in the importmap. Removing the `@spec` part shares the exact installed version.",
    }
    0026 ImportMapVersionSpecInvalid "importMapVersionSpecInvalid" Error {
        title: "An importmap version spec is not valid semver",
        description: "An importmap key has the form `name@spec`, but `spec` is not a valid semver range. The CLI cannot check the installed version against it.",
        fix: "Use a valid range such as `^1.2.3`, `1.x` or `3`, or remove the `@spec` part to share the exact installed version.",
    }
    0027 ImportMapReferenceNotFound "importMapReferenceNotFound" Error {
        title: "An importmap reference could not be resolved",
        description: "An importmap value that is not a URL must name an installed package or a file that exists. The reference could not be resolved from the directory of the manifest that declares it, so the shared dependency cannot be bundled.",
        fix: "Check the value for typos and make sure the package is installed, for example with `npm install`. Paths are resolved relative to the `package.json` that contains the importmap.",
    }
    0028 ImportMapFileNotFound "importMapFileNotFound" Error {
        title: "The importmap file could not be found",
        description: "The `importmap` field is a path to a separate JSON file, but that file does not exist. The build stops because the shared dependencies are unknown.",
        fix: "Create the file or correct the path. The path is relative to the `package.json` that references it, for example `\"importmap\": \"./src/import-map.json\"`.",
    }
    0029 InvalidSharedDependency "invalidSharedDependency" Warning {
        title: "A Piral plugin should not be shared",
        description: "The importmap shares a `piral-*` package, which is a plugin meant only for the app shell. Sharing it rarely makes sense, because pilets cannot use the plugin itself; `piral-ng-common` is the one exception.",
        fix: "Remove the plugin from the importmap. If pilets need part of it, share only that submodule, for example `piral-ng/common`.",
    }
    0030 ScaffoldPathDoesNotExist "scaffoldPathDoesNotExist" Error {
        title: "The local Piral instance for scaffolding could not be found",
        description: "The Piral instance given to `pilet new` points to a local file, but that file does not exist relative to the current directory. The pilet cannot be scaffolded without the shell.",
        fix: "Pass an absolute path, or a path that is correct relative to the current directory, for example `pilet new ../my-shell/dist/emulator/my-shell-1.0.0.tgz`.",
    }
    0031 UpgradePathDoesNotExist "upgradePathDoesNotExist" Error {
        title: "The local Piral instance for upgrading could not be found",
        description: "The Piral instance given to `pilet upgrade` points to a local file, but that file does not exist relative to the current directory. The upgrade is stopped because the new shell cannot be read.",
        fix: "Pass an absolute path, or a path that is correct relative to the current directory, for example `pilet upgrade ../my-shell/dist/emulator/my-shell-1.1.0.tgz`.",
    }
    0032 ProjectReferenceNotSupported "projectReferenceNotSupported" Error {
        title: "A project directory was given where a tarball is expected",
        description: "The Piral instance resolves to a local project directory, but the command needs an already built emulator tarball. Building the shell implicitly is not supported, because the CLI cannot know which build options to use.",
        fix: "Build the shell first with `piral build --type emulator` and pass the resulting `.tgz` file instead of the project directory.",
    }
    0033 UnsafeArchiveEntry "unsafeArchiveEntry" Error {
        title: "An archive contains an unsafe entry",
        description: "An archive such as an emulator `.tgz` or a `files.tar` contains an entry with `..`, an absolute path, or a link that points outside the target directory. Extracting it could overwrite files elsewhere, so nothing was extracted.",
        fix: "Obtain the archive from a trusted source or rebuild it, for example with `piral build --type emulator`. If you created the archive yourself, pack it with paths relative to its root.",
    }
    0034 TemplateNotFound "templateNotFound" Error {
        title: "The scaffolding template does not exist",
        description: "The requested template is not one of the templates built into the CLI, which are `default` and `empty`, and no template package of that name (`@smapiot/piral-template-<name>`, `@smapiot/pilet-template-<name>`, or the package named) could be installed and run. No files were scaffolded.",
        fix: "Pass one of the built-in templates, for example `--template default` or `--template empty`, or check the shell's `pilets.template` setting.",
    }
    0035 PromptNotPossible "promptNotPossible" Error {
        title: "A value is needed but no prompt can be shown",
        description: "The command needs a value that it would normally ask for interactively, but stdin or stderr is not a terminal. This happens in CI jobs and when input or output is redirected.",
        fix: "Pass the flag that supplies the value on the command line; the error's hint names it. For example, pass `--bundler` or `--force-overwrite` explicitly.",
    }
    0036 NpmClientFailed "npmClientFailed" Error {
        title: "The npm client failed",
        description: "The npm client (npm, pnpm, yarn or bun) could not be started or exited with an error while installing or querying packages. Its own output usually explains the cause.",
        fix: "Check that the client is installed and on `PATH`, for example with `npm --version`, and read its output above. Choose another client with `--npm-client` if needed.",
    }
    0037 InvalidManifest "invalidManifest" Error {
        title: "A JSON manifest is malformed",
        description: "A manifest such as `package.json`, `pilet.json`, `piral.json` or `.piralrc` could not be parsed as JSON, or a field has the wrong type. The message points at the offending `file:line:col`.",
        fix: "Open the file at the reported position and fix the syntax, for example a trailing comma or a missing quote.",
    }
    0040 InvalidPiletTarget "invalidPiletTarget" Error {
        title: "The target is not a valid pilet directory",
        description: "The target must be an existing directory that contains a `package.json`, because the CLI reads the pilet's name, version and shell from it. The given directory does not qualify.",
        fix: "Run the command from the pilet's directory or one of its subdirectories, or pass the correct directory with `--target`.",
    }
    0041 InvalidPiletPackage "invalidPiletPackage" Error {
        title: "The pilet's package.json has no piral section",
        description: "A pilet's `package.json` needs a `piral` section that tells the CLI which Piral instance the pilet belongs to. The section is missing, so no shell reference was found. piral-cli used the same name for 0042.",
        fix: "Add a section such as `\"piral\": { \"name\": \"my-app-shell\" }` to the pilet's `package.json`, or scaffold the pilet with `pilet new <shell>`.",
    }
    0042 InvalidPiletPackageName "invalidPiletPackage" Error {
        title: "The pilet's piral section has no shell name",
        description: "The `piral` section of the pilet's `package.json` exists but lacks the `name` field that names the Piral instance. piral-cli reports this under the same name as 0041.",
        fix: "Set the shell's package name in the section, for example `\"piral\": { \"name\": \"my-app-shell\" }`.",
    }
    0043 InvalidPiralReference "invalidPiralReference" Error {
        title: "The reference to the Piral instance is broken",
        description: "The pilet declares a Piral instance, but the reference does not lead to a usable package. Common causes are uninstalled dependencies, a broken `npm link`, or a typo in the shell's name.",
        fix: "Install the dependencies with `npm install` and check the shell's name in the pilet's `package.json`.",
    }
    0044 CannotCreateDirectory "cannotCreateDirectory" Error {
        title: "The target directory could not be created",
        description: "The target directory does not exist and creating it failed. The path may be invalid, the permissions may be missing, or the file system may be read-only.",
        fix: "Choose a target directory you can write to, for example one below your home directory, or fix the permissions of the parent directory.",
    }
    0045 DidNotOverwriteFile "didNotOverWriteFile" Warning {
        title: "An existing file was not overwritten",
        description: "A file that the command wanted to write already exists, and the overwrite mode forbids replacing it. The existing file was kept as it is.",
        fix: "Pass `--force-overwrite yes` to always overwrite, or `--force-overwrite prompt` to be asked for each file.",
    }
    0046 CannotFindFile "cannotFindFile" Error {
        title: "A required file does not exist",
        description: "A file the command depends on, such as a scaffolding file shipped with the Piral instance, is missing. The installation or configuration may be incomplete or corrupted.",
        fix: "Reinstall the project's dependencies, for example by deleting `node_modules` and running `npm install`, and make sure the shell package is complete.",
    }
    0047 PortChanged "portChanged" Warning {
        title: "The port was busy, so another one was chosen",
        description: "The debug server could not use the requested or default port (1234) because another process holds it. A free port was chosen instead and is shown in the output.",
        fix: "Stop the other process, or pick a port yourself with `--port 1235`. Pass `--strict-port` to fail instead of switching ports.",
    }
    0048 PortNotFree "portNotFree" Error {
        title: "The port is already in use",
        description: "The debug server was started with `--strict-port`, and the requested port is held by another process. With a strict port the CLI does not fall back to another port.",
        fix: "Stop the process that uses the port, choose another one with `--port`, or drop `--strict-port` to let the CLI pick a free port.",
    }
    0050 LocalFileForUpgradeMissing "localeFileForUpgradeMissing" Warning {
        title: "No local file was given for the upgrade",
        description: "The Piral instance was installed from a local file (`file:`), but `pilet upgrade` was called without a new file. The CLI falls back to looking up the shell by name on npm.",
        fix: "Pass the new shell tarball explicitly, for example `pilet upgrade ../my-shell/dist/emulator/my-shell-1.1.0.tgz`.",
    }
    0051 GitLatestForUpgradeMissing "gitLatestForUpgradeMissing" Warning {
        title: "Only latest is supported for a Git-based Piral instance",
        description: "The Piral instance was installed from a Git repository (`git+`), and upgrading such a shell only works with `latest`, which takes the head of the default branch. Another version was given, so the CLI falls back to looking up the shell on npm.",
        fix: "Run `pilet upgrade latest`, or `pilet upgrade` without a version, since `latest` is the default.",
    }
    0052 CannotResolveVersion "cannotResolveVersion" Warning {
        title: "The version of a dependency could not be resolved",
        description: "The shell's `pilets.devDependencies` lists a package to install into new pilets, but no version for it could be determined from the shell's own `devDependencies`. The CLI uses `latest` instead.",
        fix: "Add the package with a version to the shell's `devDependencies`, or give the version directly in `pilets.devDependencies`.",
    }
    0053 CannotResolveDependency "cannotResolveDependency" Warning {
        title: "A dependency could not be resolved",
        description: "None of the candidate packages could be resolved from the project's directory while looking up a version. The CLI uses the `latest` version instead.",
        fix: "Install the package in the shell project, for example with `npm install --save-dev <package>`, so its version can be read.",
    }
    0054 SkipUnresolvedDependency "skipUnresolvedDependency" Info {
        title: "An inherited shared dependency is not installed",
        description: "The shell shares a dependency with its pilets, but the pilet has not installed it, so it is skipped while building. The dependency is still provided by the shell at runtime.",
        fix: "Install the dependency in the pilet, for example with `npm install --save-dev <package>`, if the pilet uses it; otherwise ignore this message.",
    }
    0060 MissingPiletFeedUrl "missingPiletFeedUrl" Error {
        title: "The feed URL is missing",
        description: "Publishing needs the URL of a feed service, but none was passed and none is configured. The CLI does not know where to upload to.",
        fix: "Pass the feed with `--url`, for example `pilet publish --url https://feed.piral.cloud/api/v1/pilet/sample`, or set `url` in `.piralrc`.",
    }
    0061 MissingPiletTarball "missingPiletTarball" Error {
        title: "No pilet package matched the source pattern",
        description: "`pilet publish` uploads already packed `.tgz` files, but no file matched the given source pattern. There is nothing to publish.",
        fix: "Run `pilet build` and `pilet pack` first, pass the tarball explicitly, or use `pilet publish --fresh` to build and pack in one step.",
    }
    0062 FailedToUpload "failedToUpload" Warning {
        title: "A pilet could not be uploaded",
        description: "The feed service rejected the upload of one file, or the request failed. Causes include missing or wrong credentials, a wrong URL, a version that already exists, or a rule of the feed service.",
        fix: "Read the response of the feed service printed above. Check `--url` and `--api-key`, and bump the version with `npm version patch` if it was already published.",
    }
    0063 FailedToRead "failedToRead" Warning {
        title: "A pilet package could not be read",
        description: "A matched `.tgz` file could not be read for upload, because it is empty or not accessible. That file was not published.",
        fix: "Check the file's size and permissions, for example with `ls -la *.tgz`, and recreate it with `pilet pack` if it is empty.",
    }
    0064 FailedUploading "failedUploading" Error {
        title: "Some pilets failed to upload",
        description: "Publishing finished, but at least one of the matched files could not be uploaded. A common cause is a glob that also matches tarballs that were published before.",
        fix: "Look at the earlier messages for each failed file. Pass the exact tarball, for example `pilet publish my-pilet-1.0.0.tgz --url <feed>`, or use `--fresh`.",
    }
    0065 FailedHttpPost "failedHttpPost" Error {
        title: "The HTTP upload failed",
        description: "The upload request could not be completed, or the server answered with an internal error. This usually points to the network: no connection, a wrong host name, a firewall, or an untrusted TLS certificate.",
        fix: "Check that the feed URL is reachable from your machine. For private certificates pass `--ca-cert <file>`, or `--allow-self-signed` for testing.",
    }
    0066 UnsuccessfulHttpPost "unsuccessfulHttpPost" Warning {
        title: "The feed service rejected the upload",
        description: "The feed service was reached but answered with a status that does not indicate success. The status text, status code and response body are printed with this message.",
        fix: "Read the printed status and body; they usually name the problem. Check the URL, the credentials and whether the version was already published.",
    }
    0067 HttpPostResponse "httpPostResponse" Info {
        title: "Response of the feed service",
        description: "The upload succeeded, and the feed service sent a response body. It is printed for information, serialized as JSON.",
        fix: "Nothing to fix.",
    }
    0068 FailedHttpGet "failedHttpGet" Error {
        title: "The HTTP download failed",
        description: "A download, for example of a remote pilet or an emulator website, failed. Causes include no connection, a wrong host name, a firewall, an untrusted TLS certificate, or an endpoint that needs authentication.",
        fix: "Check that the URL is reachable and whether it needs credentials. Configure them under `auth` in `.piralrc` or pass `--interactive` to log in.",
    }
    0070 EntryPointMissing "entryPointMissing" Error {
        title: "No package.json was found for the entry point",
        description: "The Piral instance's entry point is taken from its `package.json`, but the project directory has none. piral-cli also uses this name for 0071.",
        fix: "Run the command in the shell's root directory, which contains `package.json`, or create one with `piral new`.",
    }
    0071 EntryPointAppFieldMissing "entryPointMissing" Error {
        title: "The package.json has no app field",
        description: "The Piral instance's `package.json` lacks the `app` field that names the HTML entry point for bundling. piral-cli reports this under the same name as 0070.",
        fix: "Add the field to `package.json`, for example `\"app\": \"src/index.html\"`.",
    }
    0072 ExpectedArray "expectedArray" Warning {
        title: "A field should be an array",
        description: "A Piral-specific field in `package.json`, such as `pilets.externals` or `preservedDependencies`, has a value that is not an array. The value is ignored.",
        fix: "Write the value as an array, for example `\"externals\": []`, or remove the field.",
    }
    0073 EntryPointDoesNotExist "entryPointDoesNotExist" Error {
        title: "The app entry point does not exist",
        description: "The `app` field of the shell's `package.json` points to a file that does not exist. The path is resolved relative to `package.json`, so the bundler has nothing to start from.",
        fix: "Correct the path, using forward slashes, for example `\"app\": \"./src/index.html\"`.",
    }
    0074 PiralPackageJsonMissing "packageJsonMissing" Error {
        title: "The Piral instance has no package.json",
        description: "The command must run in a Piral instance, but no `package.json` was found. piral-cli uses the same name for 0075, the pilet variant.",
        fix: "Change to the shell's root directory, or create a new Piral instance with `piral new`.",
    }
    0075 PiletPackageJsonMissing "packageJsonMissing" Error {
        title: "The pilet has no package.json",
        description: "The command must run in a pilet, but no `package.json` was found. piral-cli reports this under the same name as 0074.",
        fix: "Change to the pilet's root directory, or create a new pilet with `pilet new <shell>`.",
    }
    0076 DeclarationCouldNotBeGenerated "declarationCouldNotBeGenerated" Error {
        title: "The type declaration could not be generated",
        description: "Generating the `.d.ts` file of the pilet API for the shell failed, for example because the `app` entry or its script references are wrong. The error is logged and the command continues without declarations.",
        fix: "Check that `app` points to an HTML file that references the script entry, and run `piral declaration` on its own to see the full error.",
    }
    0077 EntryFileMissing "entryFileMissing" Error {
        title: "No entry file was found for the pilet",
        description: "The given source path does not match any module that could be the pilet's root module, which exports `setup`. Nothing can be bundled.",
        fix: "Pass the root module with its extension, for example `pilet debug src/index.tsx`.",
    }
    0078 FrameworkLibMissing "frameworkLibMissing" Warning {
        title: "The Piral instance references no framework package",
        description: "The shell depends on none of `piral`, `piral-core` or `piral-base`, so the CLI cannot tell which framework dependencies to share. Nothing framework-related is shared automatically.",
        fix: "Add the framework package you use to the shell's `dependencies`, for example `\"piral\": \"latest\"`.",
    }
    0080 ValidationFailed "validationFailed" Error {
        title: "Validation failed",
        description: "Validation found at least one error; each one was printed above. The command exits with status 1.",
        fix: "Fix the reported errors, or adjust the rules through `validators` in `.piralrc` or the shell's `pilets.validators`.",
    }
    0081 ValidationWarned "validationWarned" Warning {
        title: "Validation succeeded with warnings",
        description: "Validation found no errors but some warnings; each one was printed above. The command still succeeds.",
        fix: "Review the warnings and fix those that matter for your project, or tune the rules through the validator settings.",
    }
    0100 AppShellIncompatible "appShellIncompatible" Warning {
        title: "The emulator was built with an incompatible CLI version",
        description: "The emulator's `piralCLI.version` has a different major version than this CLI. Tooling of shell and pilet should match at least in their major version, otherwise builds may misbehave.",
        fix: "Use a CLI version that matches the shell's tooling, or ask for an emulator rebuilt with the current CLI.",
    }
    0101 ToolingIncompatible "toolingIncompatible" Warning {
        title: "The installed Piral version does not match the CLI",
        description: "The installed `piral`, `piral-core` or `piral-base` has a different major version than this CLI. Framework and tooling should be aligned.",
        fix: "Align the versions, for example by installing a matching framework version with `npm install piral@<version>`.",
    }
    0102 AppShellMaybeIncompatible "appShellMaybeIncompatible" Info {
        title: "The emulator does not state its CLI version",
        description: "The emulator has no `piralCLI.version`, so compatibility with this CLI cannot be checked. piral-cli prints this message with the code 0100.",
        fix: "Rebuild the emulator with a current CLI via `piral build --type emulator`. Until then, watch out for unusual errors.",
    }
    0110 PublishDirectoryMissing "publishDirectoryMissing" Error {
        title: "The output directory to publish was not found",
        description: "`piral publish` needs the output directory of a previous `piral build`, but the given directory does not exist.",
        fix: "Run `piral build` first and pass the same output directory, or use `piral publish --fresh` to build before publishing.",
    }
    0111 PublishEmulatorFilesUnexpected "publishEmulatorFilesUnexpected" Error {
        title: "The emulator directory must contain exactly one tarball",
        description: "Publishing the emulator requires exactly one `*.tgz` file in the `emulator` subdirectory of the output directory. None or several were found.",
        fix: "Remove the output directory and build again, for example `piral build --type emulator`, then publish.",
    }
    0112 PublishXcopyMissingTarget "publishXcopyMissingTarget" Error {
        title: "The xcopy provider needs a target",
        description: "The legacy `xcopy` release provider copies the build output to a directory, which must be given with `--opts.target`. It was not given.",
        fix: "Pass the target directory, for example `--opts.target /srv/www`.",
    }
    0113 PublishProviderMissing "publishProviderMissing" Error {
        title: "The release provider does not exist",
        description: "The legacy `piral publish --type release` was given a `--provider` that is neither built in nor added by an installed plugin. The message lists the available providers.",
        fix: "Choose one of the listed providers, or install the plugin that adds the provider you need.",
    }
    0114 PublishEmulatorSourcesInvalid "publishEmulatorSourcesInvalid" Error {
        title: "Emulator sources cannot be published",
        description: "`piral publish` only handles the release and emulator outputs; the `emulator-sources` type cannot be published.",
        fix: "Publish with another type, for example `--type emulator` or `--type release`.",
    }
    0115 PublishFeedMissingUrl "publishFeedMissingUrl" Error {
        title: "The feed provider needs a URL",
        description: "The legacy `feed` release provider uploads to a feed service, whose URL must be given with `--opts.url`. It was not given.",
        fix: "Pass the feed service URL with `--opts.url`, together with `--opts.apiKey`.",
    }
    0116 PublishFeedMissingVersion "publishFeedMissingVersion" Error {
        title: "The feed provider needs a version",
        description: "The legacy `feed` release provider needs a version, taken from `--opts.version` or from a `package.json` next to the artifacts. Neither was available.",
        fix: "Pass the version, for example `--opts.version 1.2.3`, or publish from a directory whose `package.json` has a version.",
    }
    0117 BlobStorageInvalid "blobStorageInvalid" Error {
        title: "The blob storage target is not valid",
        description: "`--to` names where `pilet publish` or `piral publish` put files: `az://<container>/<prefix>` (Azure Blob Storage or Azurite), `s3://<bucket>/<prefix>`, `gs://<bucket>/<prefix>` or `file:///<folder>`. The URL could not be parsed, uses another scheme, misses the container, or an option in the `storage` object of `.piralrc` is not one the provider knows. Nothing was uploaded. (This code is new in the native CLI.)",
        fix: "Check the URL and the options. Azure needs `AZURE_STORAGE_ACCOUNT_NAME` and a key (or `AZURE_STORAGE_USE_EMULATOR=true` for Azurite); S3 reads `AWS_*`, Google Cloud Storage `GOOGLE_*`. The `storage` object takes object_store's configuration keys, for example `azure_storage_account_name`.",
    }
    0118 BlobStorageFailed "blobStorageFailed" Error {
        title: "The blob storage refused or failed a request",
        description: "A request to the blob storage failed after object_store's own retries: the container does not exist, the credentials are wrong, the service cannot be reached, or a file could not be written. The message names the file and the answer. Files already uploaded stay; the feed document is only written after all files of a pilet are there, so nobody sees a half-published pilet. (This code is new in the native CLI.)",
        fix: "Read the message. Create a missing container with `--create-container`, check the credentials, then run the same command again: files that are already there are not sent again.",
    }
    0120 SkipEmulatorUpdate "skipEmulatorUpdate" Info {
        title: "The remote emulator could not be updated",
        description: "The manifest of a remote emulator website could not be fetched, so the check for updates was skipped. The previously downloaded emulator is used.",
        fix: "Open the manifest URL in a browser to check that it is reachable, and check your proxy settings.",
    }
    0121 RemoteEmulatorNameChanged "remoteEmulatorNameChanged" Warning {
        title: "The remote emulator changed its name",
        description: "The manifest of a remote emulator now names a different shell than the one installed. Updates are blocked because the installed instance would no longer match.",
        fix: "Remove the old instance with `pilet remove-piral-instance <name>` and add the new one with `pilet add-piral-instance <manifest-url>`.",
    }
    0122 OptionalEmulatorAssetUpdateSkipped "optionalEmulatorAssetUpdateSkipped" Info {
        title: "An emulator asset could not be updated",
        description: "The remote emulator's metadata was updated, but one of its asset files could not be downloaded. The previously downloaded copy of that file is used.",
        fix: "Check the network connection and try again later; the old copy may work in the meantime.",
    }
    0123 RequiredEmulatorAssetDownloadSkipped "requiredEmulatorAssetDownloadSkipped" Warning {
        title: "An emulator asset could not be downloaded",
        description: "The remote emulator's metadata was downloaded, but one of its asset files could not be. The debug server serves the fallback `index.html` in its place.",
        fix: "Check the network connection and whether the asset URL needs credentials, then run the command again.",
    }
    0130 MissingEmulatorWebsite "missingEmulatorWebsite" Error {
        title: "No emulator website was found to publish",
        description: "`piral publish` only publishes an emulator website, and the source directory has no `emulator.json` with a version. Other artifacts, such as the emulator tarball, are published with tools like `npm publish`.",
        fix: "Build the website with `piral build --type emulator-website`, or run `piral publish --fresh`.",
    }
    0140 MockFileSkipped "mockFileSkipped" Warning {
        title: "A mock file was skipped",
        description: "A file in a mock folder of the debug server (`src/mocks` by default, or a folder named in `.krasrc`) could not be used: a JSON or HAR file that is not valid JSON, a script that throws while it loads or does not export a function, or a Node process for the scripts that could not start. The other mock files and the server keep working.",
        fix: "Fix the named file: JSON injectors hold `{ \"request\": {...}, \"response\": {...} }` objects, HAR files a `log.entries` array, scripts `module.exports = function (ctx, req, res) { ... }`. Saving the file loads it again.",
    }
    0141 MockScriptFailed "mockScriptFailed" Warning {
        title: "A mock script failed while answering a request",
        description: "A script injector threw an error, or the promise it returned was rejected, while it answered a request. The request got a 500 response with the error message; the server keeps running.",
        fix: "Read the stack trace on the terminal and fix the script in the mock folder. Saving it loads it again; no restart is needed.",
    }
    0142 ProxyTargetFailed "proxyTargetFailed" Warning {
        title: "A proxied request failed",
        description: "A request below a prefix of `map` in `.krasrc` (or of `--proxy`) was forwarded to its backend, but the backend could not be reached or broke off the answer. The browser got a 502 response.",
        fix: "Check that the backend runs and that the address in `.krasrc` or `--proxy` is right, for example `--proxy /api=http://localhost:8080`.",
    }
    0150 FeedPiletMissing "feedPiletMissing" Error {
        title: "The feed environment does not have that pilet",
        description: "`piral feed promote`, `rollback` or `remove` named a pilet (or a version of it) that the environment's feed document does not list, or a rollback found no earlier version in the environment's history. Nothing was changed. (This code is new in the native CLI.)",
        fix: "List what the environment has with `piral feed list --env <env>`, and its changes with `piral feed history <name> --env <env>`; a rollback to a version the history does not know needs it published again.",
    }
    0151 FeedVerifyFailed "feedVerifyFailed" Error {
        title: "A feed in blob storage failed verification",
        description: "`piral feed verify` found a problem: a link of a feed item does not answer, a file's bytes do not match the item's `integrity`, a pilet needs a shared dependency that neither the shell released to the environment nor another pilet provides, an item is not what the environment's history last recorded, or two regions (`--to` given twice) list different pilets. Each problem is printed with this code. (This code is new in the native CLI.)",
        fix: "A tampered or missing file: publish the pilet again with `--force`, or roll the environment back with `piral feed rollback <name>`. Regions that differ: run the publish or promotion again with both `--to` targets; it completes what is missing without uploading twice.",
    }
    0152 RegionIncomplete "regionIncomplete" Error {
        title: "A region was not updated",
        description: "With `--to` given more than once (a primary and a secondary region), one target failed. Files go to every target first and the feed documents are written only when all uploads succeeded, primary first: a failed upload leaves every feed as it was; a failed feed write leaves the regions before it done. (This code is new in the native CLI.)",
        fix: "Fix the named target (credentials, container, network) and run the same command again: files that are there are not sent again, and feeds that already list the pilet are left as they are.",
    }
    0153 FeedEnvironmentInvalid "feedEnvironmentInvalid" Error {
        title: "The environment name is not valid",
        description: "`--env` names an environment of a feed in blob storage; the name becomes part of file names (`feed.<env>.json`), so it may hold only letters, digits, `-` and `_`. `default` is the environment of `feed.json`. (This code is new in the native CLI.)",
        fix: "Use a name such as `staging`, `canary` or `production`.",
    }
    0161 FailedToUploadPayment "failedToUploadPayment" Warning {
        title: "The feed service requires payment",
        description: "The feed service answered with HTTP 402. It will not accept the pilet until a payment or plan requirement is met.",
        fix: "Read the printed response and the feed service's documentation to find out what is required.",
    }
    0162 FailedToUploadVersion "failedToUploadVersion" Warning {
        title: "This version was already published",
        description: "The feed service answered with HTTP 409: the same version of this pilet already exists there. Versions cannot be published twice.",
        fix: "Bump the version, for example with `npm version patch`, then pack and publish again.",
    }
    0163 FailedToUploadSize "failedToUploadSize" Warning {
        title: "The pilet is too large",
        description: "The feed service answered with HTTP 413: the package exceeds its size limit. Large packages usually come from bundled third-party dependencies.",
        fix: "Reduce the bundle size, for example by sharing large dependencies through the shell or dropping unused ones. A bundle analyzer shows what takes up space.",
    }
    0170 FailedToOpenBrowser "failedToOpenBrowser" Error {
        title: "The browser could not be opened",
        description: "`--open` asked to open the debug URL in the default browser, but that failed, for example because no browser is available or permissions are missing. The error is only logged; the server keeps running.",
        fix: "Open the printed URL manually, or drop `--open`.",
    }
    0171 InvalidSchemaVersion "invalidSchemaVersion" Warning {
        title: "The pilet schema version is not valid",
        description: "The requested pilet format is not a known schema version. The schema decides how the shell loads the pilet, for example `v2` uses SystemJS and `mf` uses Module Federation.",
        fix: "Pass one of the listed schemas, for example `pilet build --schema v2`, or fix `schemaVersion` in `pilet.json` or `.piralrc`.",
    }
    0172 BundlerMissing "bundlerMissing" Error {
        title: "The requested bundler is not installed",
        description: "`--bundler` names a bundler that is not among the installed ones. The message lists the installed bundlers.",
        fix: "Install the bundler plugin, for example `npm install --save-dev piral-cli-esbuild`, or pick one of the installed bundlers.",
    }
    0173 DefaultBundlerMissing "defaultBundlerMissing" Error {
        title: "No default bundler is available",
        description: "No bundler is installed, and installing the default bundler failed. The command cannot build without one.",
        fix: "Install a bundler plugin yourself, for example `npm install --save-dev piral-cli-webpack5`.",
    }
    0174 BundlingFailed "bundlingFailed" Error {
        title: "The bundling process failed",
        description: "The bundler reported an error while building the shell or pilet. Its detailed output is printed above, formatted by the bundler.",
        fix: "Read the bundler's output and fix the reported source errors, then build again.",
    }
    0175 BundlerUnspecified "bundlerUnspecified" Warning {
        title: "Several bundlers are installed but none was chosen",
        description: "More than one bundler is available and none was selected, so the first one is used. Which one comes first can depend on the installation.",
        fix: "Choose a bundler explicitly, for example `piral build --bundler esbuild`.",
    }
    0176 BundlerNotInstalled "bundlerNotInstalled" Warning {
        title: "No bundler is installed, installing the default",
        description: "The command needs a bundler, but none is installed, so the default bundler from `.piralrc` is installed automatically.",
        fix: "Install the bundler of your choice explicitly, for example `npm install --save-dev piral-cli-esbuild`.",
    }
    0177 UnresolvedImportEmptyModule "unresolvedImportEmptyModule" Warning {
        title: "An import inside a package cannot be resolved and becomes an empty module",
        description: "A module in `node_modules` imports a specifier that does not resolve, typically an optional dependency that is not installed and that the package guards at run time. The bundler replaces it with an empty module and goes on; the message names the importing file and the position of the import. This code is piral's own; the npm piral-cli has no equivalent.",
        fix: "If the package needs the module, install it (for example `npm install <name>`); if it is optional, nothing needs to change. Mark it as a shared dependency if the app shell provides it.",
    }
    0178 ProjectConfigInvalid "projectConfigInvalid" Warning {
        title: "The project's tsconfig.json or browserslist cannot be used",
        description: "The bundler reads `compilerOptions` from the project's `tsconfig.json` (following `extends`, with comments and trailing commas allowed) and the browsers from `browserslist` in package.json or `.browserslistrc`. One of them is not valid JSON, names a file that does not exist, has a value the bundler does not know, or a query that selects no browsers. What cannot be read is ignored and the build goes on with the defaults (classic JSX, the syntax as written). This code is piral's own; the npm piral-cli has no equivalent.",
        fix: "Fix the file the message names, for example remove the stray character that makes the JSON invalid or correct the browserslist query (`npx browserslist` shows what it selects).",
    }
    0179 JsxPreserveUnsupported "jsxPreserveUnsupported" Error {
        title: "The tsconfig asks to keep JSX, which browsers cannot run",
        description: "`compilerOptions.jsx` is `preserve` (or `react-native`), which tells tsc to leave JSX in its output for a later tool. The bundler is that tool: it must compile JSX, so the mode cannot be honoured. This code is piral's own; the npm piral-cli has no equivalent.",
        fix: "Set `\"jsx\": \"react-jsx\"` (the automatic runtime) or `\"jsx\": \"react\"` (`React.createElement`) in the tsconfig's `compilerOptions`.",
    }
    0180 PiletJsonNotAvailable "piletJsonNotAvailable" Warning {
        title: "No pilet.json was found",
        description: "Some features, such as adding or removing Piral instances for debugging, need a `pilet.json` next to the pilet's `package.json`. None was found.",
        fix: "Create a `pilet.json` with the content `{ \"$schema\": \"https://docs.piral.io/schemas/pilet-v0.json\" }`.",
    }
    0181 CliPackageUnavailable "cliPackageUnavailable" Warning {
        title: "The registry does not have this CLI's npm package",
        description: "New projects depend on this CLI's npm package (`@piral-rs/cli` at the running version, as `\"piral-cli\": \"npm:@piral-rs/cli@<version>\"`), so that `npm ci && npm start` works on a machine without it. The install failed and the registry answered that it has no such version, for example a company mirror that does not carry it or a build of the CLI that was never published. The project was installed without the dependency; its `start` and `build` scripts then need `piral` and `pilet` on the PATH.",
        fix: "Add the package once your registry has it (`npm install --save-dev piral-cli@npm:@piral-rs/cli@<version>`), or choose another package or version with the `cliPackage` setting of `.piralrc` (`PIRAL_CLIPACKAGE`); `cliPackage: false` leaves it out without asking the registry.",
    }
    0182 PlatformPackageMissing "platformPackageMissing" Error {
        title: "The native binary of this platform is missing",
        description: "The `piral` and `pilet` commands of the npm package `@piral-rs/cli` run a native binary from a platform package (`@piral-rs/cli-linux-x64-gnu`, `@piral-rs/cli-darwin-arm64`, ...), which npm installs as an optional dependency for the platform it runs on. That package is not installed, has another version than the main package, or there is none for this platform. `PIRAL_BINARY_PATH` may also name a file that does not exist.",
        fix: "Reinstall the dependencies without `--omit=optional` or `--no-optional`, or install the named platform package at the main package's version. On a platform without a package, build piral from source (`cargo install --path .`) and set `PIRAL_BINARY_PATH` to the binary.",
    }
    0190 PlatformNotSupported "platformNotSupported" Error {
        title: "The target platform is not supported",
        description: "The `target.platform` in `piral.json` is neither `web` nor `node`. The CLI cannot start a server for it.",
        fix: "Set `target.platform` in `piral.json` to `web` or `node`, or remove it to use `web`.",
    }
    0200 ApiCommandNameInvalid "apiCommandNameInvalid" Warning {
        title: "A plugin passed an invalid command name",
        description: "A CLI plugin registered or changed a command without a valid `commandName`, so nothing was added. This points to a bug in the plugin.",
        fix: "Update the plugin, or report the problem to its authors.",
    }
    0201 ApiArgumentInvalid "apiArgumentInvalid" Warning {
        title: "A plugin passed an invalid argument",
        description: "A CLI plugin called the plugin API with an invalid value for an argument, so nothing was added. This points to a bug in the plugin.",
        fix: "Update the plugin, or report the problem to its authors.",
    }
    0202 ApiValidateNameInvalid "apiValidateNameInvalid" Warning {
        title: "A plugin passed an invalid rule name",
        description: "A CLI plugin registered a validation rule without a valid `name`, so the rule was not added. This points to a bug in the plugin.",
        fix: "Update the plugin, or report the problem to its authors.",
    }
    0203 ApiValidateRunInvalid "apiValidateRunInvalid" Warning {
        title: "A plugin passed an invalid rule function",
        description: "A CLI plugin registered a validation rule without a valid `run` function, so the rule was not added. This points to a bug in the plugin.",
        fix: "Update the plugin, or report the problem to its authors.",
    }
    0204 ApiPatchInvalid "apiPatchInvalid" Warning {
        title: "A plugin passed an invalid patcher",
        description: "A CLI plugin registered a package patcher with an invalid argument, so nothing was installed. This points to a bug in the plugin.",
        fix: "Update the plugin, or report the problem to its authors.",
    }
    0205 PluginCouldNotBeLoaded "pluginCouldNotBeLoaded" Warning {
        title: "A plugin could not be loaded",
        description: "A `piral-cli-*` package was found but failed to load, or it does not export a plugin function. The CLI continues without it.",
        fix: "Check that the package is a valid, compatible CLI plugin and reinstall it; contact its authors if the problem persists.",
    }
    0206 ApiBundlerInvalid "apiBundlerInvalid" Warning {
        title: "A bundler plugin passed an invalid argument",
        description: "A bundler plugin registered a bundler with an invalid argument, so the bundler was skipped. This points to a bug in the plugin.",
        fix: "Update the bundler plugin, or report the problem to its authors.",
    }
    0207 ApiReleaseProviderInvalid "apiReleaseProviderInvalid" Warning {
        title: "A plugin passed an invalid release provider",
        description: "A CLI plugin registered a release provider with an invalid argument, so the provider was skipped. This points to a bug in the plugin.",
        fix: "Update the plugin, or report the problem to its authors.",
    }
    0301 PiletMultiDebugAppShellDifferent "piletMultiDebugAppShellDifferent" Warning {
        title: "The debugged pilets use different Piral instances",
        description: "When several pilets are debugged together, they declare different app shells. Only the shell of the first pilet is used.",
        fix: "Compare the pilets' `package.json` files and align their shells, or debug only pilets that share one shell.",
    }
    0302 PiletMultiDebugAppShellVersions "piletMultiDebugAppShellVersions" Warning {
        title: "The debugged pilets use different shell versions",
        description: "When several pilets are debugged together, they use the same app shell but in different versions. Only the version of the first pilet is used.",
        fix: "Install the same shell version in all pilets, for example with `pilet upgrade`.",
    }
    0303 PiletMultiDebugExternalsDifferent "piletMultiDebugExternalsDifferent" Warning {
        title: "The debugged pilets share different dependencies",
        description: "When several pilets are debugged together, they declare different sets of shared dependencies. Only the set of the first pilet is used.",
        fix: "Compare the pilets' `package.json` files and align their shared dependencies, or debug the pilets separately.",
    }
}
