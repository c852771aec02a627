
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'piral' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'piral'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'piral' {
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Scaffold a new app shell (a Piral instance)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Scaffold a new app shell (a Piral instance)')
            [CompletionResult]::new('scaffold', 'scaffold', [CompletionResultType]::ParameterValue, 'Scaffold a new app shell (a Piral instance)')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Scaffold a new app shell (a Piral instance)')
            [CompletionResult]::new('debug', 'debug', [CompletionResultType]::ParameterValue, 'Serve an app shell while you develop it, rebuilding and reloading on changes')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Serve an app shell while you develop it, rebuilding and reloading on changes')
            [CompletionResult]::new('run-emulator', 'run-emulator', [CompletionResultType]::ParameterValue, 'Serve an emulator package with the pilets of a feed')
            [CompletionResult]::new('start-emulator', 'start-emulator', [CompletionResultType]::ParameterValue, 'Serve an emulator package with the pilets of a feed')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Bundle an app shell: the release site and the emulator package')
            [CompletionResult]::new('bundle', 'bundle', [CompletionResultType]::ParameterValue, 'Bundle an app shell: the release site and the emulator package')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish an app shell: its emulator to an npm registry, or its release files')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Publish an app shell: its emulator to an npm registry, or its release files')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check an app shell''s manifests against the rules of the Piral CLI')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an app shell''s manifests against the rules of the Piral CLI')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check an app shell''s manifests against the rules of the Piral CLI')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Move the app shell''s Piral packages to one release')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Move the app shell''s Piral packages to one release')
            [CompletionResult]::new('declaration', 'declaration', [CompletionResultType]::ParameterValue, 'Write the app shell''s declaration: its Pilet API with every type it references')
            [CompletionResult]::new('declare', 'declare', [CompletionResultType]::ParameterValue, 'Write the app shell''s declaration: its Pilet API with every type it references')
            [CompletionResult]::new('feed', 'feed', [CompletionResultType]::ParameterValue, 'Manage the releases of a feed in blob storage: list, promote, roll back, verify')
            [CompletionResult]::new('pilet', 'pilet', [CompletionResultType]::ParameterValue, 'Commands for pilets (also available as the `pilet` program)')
            [CompletionResult]::new('new-pilet', 'new-pilet', [CompletionResultType]::ParameterValue, 'Scaffold a new pilet (same as `piral pilet new`)')
            [CompletionResult]::new('debug-pilet', 'debug-pilet', [CompletionResultType]::ParameterValue, 'Debug pilets (same as `piral pilet debug`)')
            [CompletionResult]::new('build-pilet', 'build-pilet', [CompletionResultType]::ParameterValue, 'Bundle a pilet (same as `piral pilet build`)')
            [CompletionResult]::new('upgrade-pilet', 'upgrade-pilet', [CompletionResultType]::ParameterValue, 'Upgrade a pilet''s app shell (same as `piral pilet upgrade`)')
            [CompletionResult]::new('declaration-pilet', 'declaration-pilet', [CompletionResultType]::ParameterValue, 'Write a pilet''s declaration (same as `piral pilet declaration`)')
            [CompletionResult]::new('validate-pilet', 'validate-pilet', [CompletionResultType]::ParameterValue, 'Check a pilet (same as `piral pilet validate`)')
            [CompletionResult]::new('publish-pilet', 'publish-pilet', [CompletionResultType]::ParameterValue, 'Publish pilets (same as `piral pilet publish`)')
            [CompletionResult]::new('pack-pilet', 'pack-pilet', [CompletionResultType]::ParameterValue, 'Pack a pilet into an npm-compatible `.tgz` (same as `piral pilet pack`)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script for bash, zsh, fish, powershell or elvish')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain a message code, such as `0045`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'piral;new' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The folder to create the app shell in (same as the positional TARGET)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app''s HTML entry, relative to the project')
            [CompletionResult]::new('--framework', '--framework', [CompletionResultType]::ParameterName, 'The Piral package to build on')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'The language of the sources [default: `language` from .piralrc, else ts]')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The built-in template: `default` or `empty`')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The package name [default: the folder''s name]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'The version of the Piral packages to depend on [default: the Piral release this CLI targets]')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'What to do with files that exist already')
            [CompletionResult]::new('--bundler', '--bundler', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: the bundler is built in')
            [CompletionResult]::new('--install', '--install', [CompletionResultType]::ParameterName, 'Install the dependencies after scaffolding (`--no-install` to skip)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'The npm registry to install from [default: `registry` from .piralrc, else your npm''s]')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-install', '--no-install', [CompletionResultType]::ParameterName, 'no-install')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;create' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The folder to create the app shell in (same as the positional TARGET)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app''s HTML entry, relative to the project')
            [CompletionResult]::new('--framework', '--framework', [CompletionResultType]::ParameterName, 'The Piral package to build on')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'The language of the sources [default: `language` from .piralrc, else ts]')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The built-in template: `default` or `empty`')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The package name [default: the folder''s name]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'The version of the Piral packages to depend on [default: the Piral release this CLI targets]')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'What to do with files that exist already')
            [CompletionResult]::new('--bundler', '--bundler', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: the bundler is built in')
            [CompletionResult]::new('--install', '--install', [CompletionResultType]::ParameterName, 'Install the dependencies after scaffolding (`--no-install` to skip)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'The npm registry to install from [default: `registry` from .piralrc, else your npm''s]')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-install', '--no-install', [CompletionResultType]::ParameterName, 'no-install')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;scaffold' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The folder to create the app shell in (same as the positional TARGET)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app''s HTML entry, relative to the project')
            [CompletionResult]::new('--framework', '--framework', [CompletionResultType]::ParameterName, 'The Piral package to build on')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'The language of the sources [default: `language` from .piralrc, else ts]')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The built-in template: `default` or `empty`')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The package name [default: the folder''s name]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'The version of the Piral packages to depend on [default: the Piral release this CLI targets]')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'What to do with files that exist already')
            [CompletionResult]::new('--bundler', '--bundler', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: the bundler is built in')
            [CompletionResult]::new('--install', '--install', [CompletionResultType]::ParameterName, 'Install the dependencies after scaffolding (`--no-install` to skip)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'The npm registry to install from [default: `registry` from .piralrc, else your npm''s]')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-install', '--no-install', [CompletionResultType]::ParameterName, 'no-install')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;setup' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The folder to create the app shell in (same as the positional TARGET)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app''s HTML entry, relative to the project')
            [CompletionResult]::new('--framework', '--framework', [CompletionResultType]::ParameterName, 'The Piral package to build on')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'The language of the sources [default: `language` from .piralrc, else ts]')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The built-in template: `default` or `empty`')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The package name [default: the folder''s name]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'The version of the Piral packages to depend on [default: the Piral release this CLI targets]')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'What to do with files that exist already')
            [CompletionResult]::new('--bundler', '--bundler', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: the bundler is built in')
            [CompletionResult]::new('--install', '--install', [CompletionResultType]::ParameterName, 'Install the dependencies after scaffolding (`--no-install` to skip)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'The npm registry to install from [default: `registry` from .piralrc, else your npm''s]')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-install', '--no-install', [CompletionResultType]::ParameterName, 'no-install')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;debug' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port to serve on; the next free one is taken when it is busy')
            [CompletionResult]::new('--strict-port', '--strict-port', [CompletionResultType]::ParameterName, 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The address to listen on; anything but loopback makes the server reachable from other machines')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the browser once the server runs')
            [CompletionResult]::new('--krasrc', '--krasrc', [CompletionResultType]::ParameterName, 'A kras configuration merged over the project''s `.krasrc` files (mock folders, `map`, injectors)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the app is served under; the feed is `<public url>$pilet-api`')
            [CompletionResult]::new('--feed', '--feed', [CompletionResultType]::ParameterName, 'A pilet feed for the shell to load instead of its own')
            [CompletionResult]::new('--debounce', '--debounce', [CompletionResultType]::ParameterName, 'Milliseconds to wait for more changes before rebuilding')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-strict-port', '--no-strict-port', [CompletionResultType]::ParameterName, 'no-strict-port')
            [CompletionResult]::new('--no-open', '--no-open', [CompletionResultType]::ParameterName, 'no-open')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;watch' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port to serve on; the next free one is taken when it is busy')
            [CompletionResult]::new('--strict-port', '--strict-port', [CompletionResultType]::ParameterName, 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The address to listen on; anything but loopback makes the server reachable from other machines')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the browser once the server runs')
            [CompletionResult]::new('--krasrc', '--krasrc', [CompletionResultType]::ParameterName, 'A kras configuration merged over the project''s `.krasrc` files (mock folders, `map`, injectors)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the app is served under; the feed is `<public url>$pilet-api`')
            [CompletionResult]::new('--feed', '--feed', [CompletionResultType]::ParameterName, 'A pilet feed for the shell to load instead of its own')
            [CompletionResult]::new('--debounce', '--debounce', [CompletionResultType]::ParameterName, 'Milliseconds to wait for more changes before rebuilding')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-strict-port', '--no-strict-port', [CompletionResultType]::ParameterName, 'no-strict-port')
            [CompletionResult]::new('--no-open', '--no-open', [CompletionResultType]::ParameterName, 'no-open')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;run-emulator' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port to serve on; the next free one is taken when it is busy')
            [CompletionResult]::new('--strict-port', '--strict-port', [CompletionResultType]::ParameterName, 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The address to listen on; anything but loopback makes the server reachable from other machines')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the browser once the server runs')
            [CompletionResult]::new('--krasrc', '--krasrc', [CompletionResultType]::ParameterName, 'A kras configuration merged over the project''s `.krasrc` files (mock folders, `map`, injectors)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)')
            [CompletionResult]::new('--feed', '--feed', [CompletionResultType]::ParameterName, 'A pilet feed whose pilets the emulator shows')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'The npm registry to install the emulator from')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client to install the emulator with [default: npm]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate file for the registry (passed to the npm client)')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept self-signed certificates from the registry (passed to the npm client)')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-strict-port', '--no-strict-port', [CompletionResultType]::ParameterName, 'no-strict-port')
            [CompletionResult]::new('--no-open', '--no-open', [CompletionResultType]::ParameterName, 'no-open')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;start-emulator' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port to serve on; the next free one is taken when it is busy')
            [CompletionResult]::new('--strict-port', '--strict-port', [CompletionResultType]::ParameterName, 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The address to listen on; anything but loopback makes the server reachable from other machines')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the browser once the server runs')
            [CompletionResult]::new('--krasrc', '--krasrc', [CompletionResultType]::ParameterName, 'A kras configuration merged over the project''s `.krasrc` files (mock folders, `map`, injectors)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)')
            [CompletionResult]::new('--feed', '--feed', [CompletionResultType]::ParameterName, 'A pilet feed whose pilets the emulator shows')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'The npm registry to install the emulator from')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client to install the emulator with [default: npm]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate file for the registry (passed to the npm client)')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept self-signed certificates from the registry (passed to the npm client)')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-strict-port', '--no-strict-port', [CompletionResultType]::ParameterName, 'no-strict-port')
            [CompletionResult]::new('--no-open', '--no-open', [CompletionResultType]::ParameterName, 'no-open')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;build' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The output folder')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'What to produce')
            [CompletionResult]::new('--subdir', '--subdir', [CompletionResultType]::ParameterName, 'Write into `<target>/release` and `<target>/emulator` (`--no-subdir`: straight into the target)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After the first build, keep watching: rebuild into the output on every change of a file the build read (a failed rebuild leaves the output as it was); Ctrl-C stops')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the files are served from')
            [CompletionResult]::new('--minify', '--minify', [CompletionResultType]::ParameterName, 'Minify the output (`--no-minify` to keep it readable)')
            [CompletionResult]::new('--source-maps', '--source-maps', [CompletionResultType]::ParameterName, 'Write source maps (`--no-source-maps` to skip them)')
            [CompletionResult]::new('--content-hash', '--content-hash', [CompletionResultType]::ParameterName, 'Put content hashes into file names (`--no-content-hash` to keep plain names)')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Empty the output folder first (after a successful build)')
            [CompletionResult]::new('--bundler', '--bundler', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: the bundler is built in')
            [CompletionResult]::new('--optimize-modules', '--optimize-modules', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: modules are never patched')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: modules are transformed on every core')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write a self-contained bundle report: a treemap of files, packages and modules with raw and gzip sizes [default file: report.html in the project folder]')
            [CompletionResult]::new('--metafile', '--metafile', [CompletionResultType]::ParameterName, 'Write esbuild''s metafile JSON (inputs, outputs, bytes per module), which esbuild''s analyzer and other tools read [relative to the project folder]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-subdir', '--no-subdir', [CompletionResultType]::ParameterName, 'no-subdir')
            [CompletionResult]::new('--no-watch', '--no-watch', [CompletionResultType]::ParameterName, 'no-watch')
            [CompletionResult]::new('--service-worker', '--service-worker', [CompletionResultType]::ParameterName, 'Give the release a service worker that keeps the shell, its feed and its pilets for offline use [default: `serviceWorker` of piral.json]')
            [CompletionResult]::new('--no-minify', '--no-minify', [CompletionResultType]::ParameterName, 'no-minify')
            [CompletionResult]::new('--no-source-maps', '--no-source-maps', [CompletionResultType]::ParameterName, 'no-source-maps')
            [CompletionResult]::new('--no-content-hash', '--no-content-hash', [CompletionResultType]::ParameterName, 'no-content-hash')
            [CompletionResult]::new('--no-fresh', '--no-fresh', [CompletionResultType]::ParameterName, 'no-fresh')
            [CompletionResult]::new('--no-optimize-modules', '--no-optimize-modules', [CompletionResultType]::ParameterName, 'no-optimize-modules')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;bundle' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The output folder')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'What to produce')
            [CompletionResult]::new('--subdir', '--subdir', [CompletionResultType]::ParameterName, 'Write into `<target>/release` and `<target>/emulator` (`--no-subdir`: straight into the target)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After the first build, keep watching: rebuild into the output on every change of a file the build read (a failed rebuild leaves the output as it was); Ctrl-C stops')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the files are served from')
            [CompletionResult]::new('--minify', '--minify', [CompletionResultType]::ParameterName, 'Minify the output (`--no-minify` to keep it readable)')
            [CompletionResult]::new('--source-maps', '--source-maps', [CompletionResultType]::ParameterName, 'Write source maps (`--no-source-maps` to skip them)')
            [CompletionResult]::new('--content-hash', '--content-hash', [CompletionResultType]::ParameterName, 'Put content hashes into file names (`--no-content-hash` to keep plain names)')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Empty the output folder first (after a successful build)')
            [CompletionResult]::new('--bundler', '--bundler', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: the bundler is built in')
            [CompletionResult]::new('--optimize-modules', '--optimize-modules', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: modules are never patched')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: modules are transformed on every core')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write a self-contained bundle report: a treemap of files, packages and modules with raw and gzip sizes [default file: report.html in the project folder]')
            [CompletionResult]::new('--metafile', '--metafile', [CompletionResultType]::ParameterName, 'Write esbuild''s metafile JSON (inputs, outputs, bytes per module), which esbuild''s analyzer and other tools read [relative to the project folder]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-subdir', '--no-subdir', [CompletionResultType]::ParameterName, 'no-subdir')
            [CompletionResult]::new('--no-watch', '--no-watch', [CompletionResultType]::ParameterName, 'no-watch')
            [CompletionResult]::new('--service-worker', '--service-worker', [CompletionResultType]::ParameterName, 'Give the release a service worker that keeps the shell, its feed and its pilets for offline use [default: `serviceWorker` of piral.json]')
            [CompletionResult]::new('--no-minify', '--no-minify', [CompletionResultType]::ParameterName, 'no-minify')
            [CompletionResult]::new('--no-source-maps', '--no-source-maps', [CompletionResultType]::ParameterName, 'no-source-maps')
            [CompletionResult]::new('--no-content-hash', '--no-content-hash', [CompletionResultType]::ParameterName, 'no-content-hash')
            [CompletionResult]::new('--no-fresh', '--no-fresh', [CompletionResultType]::ParameterName, 'no-fresh')
            [CompletionResult]::new('--no-optimize-modules', '--no-optimize-modules', [CompletionResultType]::ParameterName, 'no-optimize-modules')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;publish' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'What to publish')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The npm registry (emulator) or the upload URL (release) [default: `url` from .piralrc]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'The registry token (emulator) or API key (release) [default: from .piralrc]; never printed')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'How the key is sent in `authorization` (release)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate (PEM) to trust')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept self-signed certificates')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Build first')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Extra attempts after connection errors, timeouts and 502/503/504 (release)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Publish to blob storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder> (credentials from AZURE_STORAGE_*, AWS_*, GOOGLE_* and `storage` in .piralrc); twice for a primary and a secondary region')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The feed environment to publish to: its document is feed.<env>.json (`default`: feed.json); the files are shared by every environment')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the stored files are served from (for example a CDN): the links in feed.json, the release''s page URL [default: the storage''s own URL; relative for file://]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many files are uploaded at once')
            [CompletionResult]::new('--feed-url', '--feed-url', [CompletionResultType]::ParameterName, 'With `--env`: the feed the environment''s pages name in their `piral-feed` meta tag [default: the environment''s feed document in the same storage]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('--no-fresh', '--no-fresh', [CompletionResultType]::ParameterName, 'no-fresh')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything but the upload, and show what would be sent')
            [CompletionResult]::new('--create-container', '--create-container', [CompletionResultType]::ParameterName, 'Create the container or bucket first (Azure, Azurite, S3 and folders)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;release' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'What to publish')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The npm registry (emulator) or the upload URL (release) [default: `url` from .piralrc]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'The registry token (emulator) or API key (release) [default: from .piralrc]; never printed')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'How the key is sent in `authorization` (release)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate (PEM) to trust')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept self-signed certificates')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Build first')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Extra attempts after connection errors, timeouts and 502/503/504 (release)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Publish to blob storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder> (credentials from AZURE_STORAGE_*, AWS_*, GOOGLE_* and `storage` in .piralrc); twice for a primary and a secondary region')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The feed environment to publish to: its document is feed.<env>.json (`default`: feed.json); the files are shared by every environment')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the stored files are served from (for example a CDN): the links in feed.json, the release''s page URL [default: the storage''s own URL; relative for file://]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many files are uploaded at once')
            [CompletionResult]::new('--feed-url', '--feed-url', [CompletionResultType]::ParameterName, 'With `--env`: the feed the environment''s pages name in their `piral-feed` meta tag [default: the environment''s feed document in the same storage]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('--no-fresh', '--no-fresh', [CompletionResultType]::ParameterName, 'no-fresh')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything but the upload, and show what would be sent')
            [CompletionResult]::new('--create-container', '--create-container', [CompletionResultType]::ParameterName, 'Create the container or bucket first (Azure, Azurite, S3 and folders)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;validate' {
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;verify' {
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;check' {
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;upgrade' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The shell''s folder')
            [CompletionResult]::new('--install', '--install', [CompletionResultType]::ParameterName, 'Install the dependencies after scaffolding (`--no-install` to skip)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'The npm registry to install from [default: `registry` from .piralrc, else your npm''s]')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-install', '--no-install', [CompletionResultType]::ParameterName, 'no-install')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;patch' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The shell''s folder')
            [CompletionResult]::new('--install', '--install', [CompletionResultType]::ParameterName, 'Install the dependencies after scaffolding (`--no-install` to skip)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'The npm registry to install from [default: `registry` from .piralrc, else your npm''s]')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-install', '--no-install', [CompletionResultType]::ParameterName, 'no-install')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;declaration' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The folder that gets `index.d.ts`, relative to the shell''s folder')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'What to do when `index.d.ts` exists with other content')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;declare' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The folder that gets `index.d.ts`, relative to the shell''s folder')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'What to do when `index.d.ts` exists with other content')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;feed' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The feed''s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the pilets of an environment')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the pilets of an environment')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Move a pilet''s version from one environment to another, without building or uploading')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'List the version a pilet had before in an environment again')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a pilet out of an environment (its files stay)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Take a pilet out of an environment (its files stay)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show an environment''s changes: who, when, what')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show an environment''s changes: who, when, what')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check that every link answers, its bytes match its integrity and shared dependencies are provided')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'piral;feed;list' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The feed''s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;feed;ls' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The feed''s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;feed;promote' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The environment to take it from')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The feed''s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;feed;rollback' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The feed''s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;feed;remove' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The feed''s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;feed;rm' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The feed''s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;feed;history' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The feed''s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;feed;log' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The feed''s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;feed;verify' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The feed''s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;feed;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the pilets of an environment')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Move a pilet''s version from one environment to another, without building or uploading')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'List the version a pilet had before in an environment again')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a pilet out of an environment (its files stay)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show an environment''s changes: who, when, what')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check that every link answers, its bytes match its integrity and shared dependencies are provided')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'piral;feed;help;list' {
            break
        }
        'piral;feed;help;promote' {
            break
        }
        'piral;feed;help;rollback' {
            break
        }
        'piral;feed;help;remove' {
            break
        }
        'piral;feed;help;history' {
            break
        }
        'piral;feed;help;verify' {
            break
        }
        'piral;feed;help;help' {
            break
        }
        'piral;pilet' {
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Scaffold a new pilet for an app shell')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Scaffold a new pilet for an app shell')
            [CompletionResult]::new('scaffold', 'scaffold', [CompletionResultType]::ParameterValue, 'Scaffold a new pilet for an app shell')
            [CompletionResult]::new('debug', 'debug', [CompletionResultType]::ParameterValue, 'Serve pilets in their app shell, rebuilding them as you edit')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Serve pilets in their app shell, rebuilding them as you edit')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Bundle a pilet for the Piral runtime')
            [CompletionResult]::new('bundle', 'bundle', [CompletionResultType]::ParameterValue, 'Bundle a pilet for the Piral runtime')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Move the pilet to a new version of its app shell')
            [CompletionResult]::new('declaration', 'declaration', [CompletionResultType]::ParameterValue, 'Write the pilet''s declaration (`index.d.ts`) without building it')
            [CompletionResult]::new('declare', 'declare', [CompletionResultType]::ParameterValue, 'Write the pilet''s declaration (`index.d.ts`) without building it')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a pilet against the rules of its app shells')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a pilet against the rules of its app shells')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a pilet against the rules of its app shells')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check a pilet against the rules of its app shells')
            [CompletionResult]::new('assert', 'assert', [CompletionResultType]::ParameterValue, 'Check a pilet against the rules of its app shells')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish pilet tarballs to a feed service')
            [CompletionResult]::new('post', 'post', [CompletionResultType]::ParameterValue, 'Publish pilet tarballs to a feed service')
            [CompletionResult]::new('pack', 'pack', [CompletionResultType]::ParameterValue, 'Pack a pilet into an npm-compatible `.tgz`')
            [CompletionResult]::new('package', 'package', [CompletionResultType]::ParameterValue, 'Pack a pilet into an npm-compatible `.tgz`')
            [CompletionResult]::new('add-piral-instance', 'add-piral-instance', [CompletionResultType]::ParameterValue, 'Add an app shell to debug and build the pilet with')
            [CompletionResult]::new('add-shell', 'add-shell', [CompletionResultType]::ParameterValue, 'Add an app shell to debug and build the pilet with')
            [CompletionResult]::new('install-shell', 'install-shell', [CompletionResultType]::ParameterValue, 'Add an app shell to debug and build the pilet with')
            [CompletionResult]::new('add-app', 'add-app', [CompletionResultType]::ParameterValue, 'Add an app shell to debug and build the pilet with')
            [CompletionResult]::new('with-app', 'with-app', [CompletionResultType]::ParameterValue, 'Add an app shell to debug and build the pilet with')
            [CompletionResult]::new('remove-piral-instance', 'remove-piral-instance', [CompletionResultType]::ParameterValue, 'Remove an app shell from the pilet')
            [CompletionResult]::new('remove-shell', 'remove-shell', [CompletionResultType]::ParameterValue, 'Remove an app shell from the pilet')
            [CompletionResult]::new('uninstall-shell', 'uninstall-shell', [CompletionResultType]::ParameterValue, 'Remove an app shell from the pilet')
            [CompletionResult]::new('remove-app', 'remove-app', [CompletionResultType]::ParameterValue, 'Remove an app shell from the pilet')
            [CompletionResult]::new('without-app', 'without-app', [CompletionResultType]::ParameterValue, 'Remove an app shell from the pilet')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'piral;pilet;new' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The folder to create the pilet in')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'The language of the sources [default: `language` from .piralrc, else ts]')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The built-in template: `default` or `empty` [default: the shell''s `pilets.template`, else default]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The package name [default: the folder''s name]')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'What to do with files that exist already')
            [CompletionResult]::new('--bundler', '--bundler', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: the bundler is built in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate file for the registry (passed to the npm client)')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept self-signed certificates from the registry (passed to the npm client)')
            [CompletionResult]::new('--install', '--install', [CompletionResultType]::ParameterName, 'Install the dependencies after scaffolding (`--no-install` to skip)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'The npm registry to install from [default: `registry` from .piralrc, else your npm''s]')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('--no-install', '--no-install', [CompletionResultType]::ParameterName, 'no-install')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;create' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The folder to create the pilet in')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'The language of the sources [default: `language` from .piralrc, else ts]')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The built-in template: `default` or `empty` [default: the shell''s `pilets.template`, else default]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The package name [default: the folder''s name]')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'What to do with files that exist already')
            [CompletionResult]::new('--bundler', '--bundler', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: the bundler is built in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate file for the registry (passed to the npm client)')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept self-signed certificates from the registry (passed to the npm client)')
            [CompletionResult]::new('--install', '--install', [CompletionResultType]::ParameterName, 'Install the dependencies after scaffolding (`--no-install` to skip)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'The npm registry to install from [default: `registry` from .piralrc, else your npm''s]')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('--no-install', '--no-install', [CompletionResultType]::ParameterName, 'no-install')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;scaffold' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The folder to create the pilet in')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'The language of the sources [default: `language` from .piralrc, else ts]')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The built-in template: `default` or `empty` [default: the shell''s `pilets.template`, else default]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The package name [default: the folder''s name]')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'What to do with files that exist already')
            [CompletionResult]::new('--bundler', '--bundler', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: the bundler is built in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate file for the registry (passed to the npm client)')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept self-signed certificates from the registry (passed to the npm client)')
            [CompletionResult]::new('--install', '--install', [CompletionResultType]::ParameterName, 'Install the dependencies after scaffolding (`--no-install` to skip)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'The npm registry to install from [default: `registry` from .piralrc, else your npm''s]')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('--no-install', '--no-install', [CompletionResultType]::ParameterName, 'no-install')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;debug' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port to serve on; the next free one is taken when it is busy')
            [CompletionResult]::new('--strict-port', '--strict-port', [CompletionResultType]::ParameterName, 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The address to listen on; anything but loopback makes the server reachable from other machines')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the browser once the server runs')
            [CompletionResult]::new('--krasrc', '--krasrc', [CompletionResultType]::ParameterName, 'A kras configuration merged over the project''s `.krasrc` files (mock folders, `map`, injectors)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the app is served under; the feed is `<public url>$pilet-api`')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app shell to debug in [default: the one selected in pilet.json]')
            [CompletionResult]::new('--app-dir', '--app-dir', [CompletionResultType]::ParameterName, 'A folder with the app shell''s files to serve instead of the emulator''s `app/`')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]')
            [CompletionResult]::new('--feed', '--feed', [CompletionResultType]::ParameterName, 'A pilet feed whose pilets are listed after the local ones (local names win)')
            [CompletionResult]::new('--debounce', '--debounce', [CompletionResultType]::ParameterName, 'Milliseconds to wait for more changes before rebuilding')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-strict-port', '--no-strict-port', [CompletionResultType]::ParameterName, 'no-strict-port')
            [CompletionResult]::new('--no-open', '--no-open', [CompletionResultType]::ParameterName, 'no-open')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;watch' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port to serve on; the next free one is taken when it is busy')
            [CompletionResult]::new('--strict-port', '--strict-port', [CompletionResultType]::ParameterName, 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The address to listen on; anything but loopback makes the server reachable from other machines')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the browser once the server runs')
            [CompletionResult]::new('--krasrc', '--krasrc', [CompletionResultType]::ParameterName, 'A kras configuration merged over the project''s `.krasrc` files (mock folders, `map`, injectors)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the app is served under; the feed is `<public url>$pilet-api`')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app shell to debug in [default: the one selected in pilet.json]')
            [CompletionResult]::new('--app-dir', '--app-dir', [CompletionResultType]::ParameterName, 'A folder with the app shell''s files to serve instead of the emulator''s `app/`')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]')
            [CompletionResult]::new('--feed', '--feed', [CompletionResultType]::ParameterName, 'A pilet feed whose pilets are listed after the local ones (local names win)')
            [CompletionResult]::new('--debounce', '--debounce', [CompletionResultType]::ParameterName, 'Milliseconds to wait for more changes before rebuilding')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-strict-port', '--no-strict-port', [CompletionResultType]::ParameterName, 'no-strict-port')
            [CompletionResult]::new('--no-open', '--no-open', [CompletionResultType]::ParameterName, 'no-open')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;build' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The main file to write; its folder receives every output')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'What to produce')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app shell for `--type standalone` [default: the ones selected in pilet.json]')
            [CompletionResult]::new('--declaration', '--declaration', [CompletionResultType]::ParameterName, 'Write `index.d.ts`: the entry''s declarations and those of the local modules they use (TypeScript''s isolated declarations) [default: true]')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After the first build, keep watching: rebuild into the output on every change of a file the build read (a failed rebuild leaves the output as it was); Ctrl-C stops')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the files are served from')
            [CompletionResult]::new('--minify', '--minify', [CompletionResultType]::ParameterName, 'Minify the output (`--no-minify` to keep it readable)')
            [CompletionResult]::new('--source-maps', '--source-maps', [CompletionResultType]::ParameterName, 'Write source maps (`--no-source-maps` to skip them)')
            [CompletionResult]::new('--content-hash', '--content-hash', [CompletionResultType]::ParameterName, 'Put content hashes into file names (`--no-content-hash` to keep plain names)')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Empty the output folder first (after a successful build)')
            [CompletionResult]::new('--bundler', '--bundler', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: the bundler is built in')
            [CompletionResult]::new('--optimize-modules', '--optimize-modules', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: modules are never patched')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: modules are transformed on every core')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write a self-contained bundle report: a treemap of files, packages and modules with raw and gzip sizes [default file: report.html in the project folder]')
            [CompletionResult]::new('--metafile', '--metafile', [CompletionResultType]::ParameterName, 'Write esbuild''s metafile JSON (inputs, outputs, bytes per module), which esbuild''s analyzer and other tools read [relative to the project folder]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-declaration', '--no-declaration', [CompletionResultType]::ParameterName, 'no-declaration')
            [CompletionResult]::new('--no-watch', '--no-watch', [CompletionResultType]::ParameterName, 'no-watch')
            [CompletionResult]::new('--no-minify', '--no-minify', [CompletionResultType]::ParameterName, 'no-minify')
            [CompletionResult]::new('--no-source-maps', '--no-source-maps', [CompletionResultType]::ParameterName, 'no-source-maps')
            [CompletionResult]::new('--no-content-hash', '--no-content-hash', [CompletionResultType]::ParameterName, 'no-content-hash')
            [CompletionResult]::new('--no-fresh', '--no-fresh', [CompletionResultType]::ParameterName, 'no-fresh')
            [CompletionResult]::new('--no-optimize-modules', '--no-optimize-modules', [CompletionResultType]::ParameterName, 'no-optimize-modules')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;bundle' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The main file to write; its folder receives every output')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'What to produce')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app shell for `--type standalone` [default: the ones selected in pilet.json]')
            [CompletionResult]::new('--declaration', '--declaration', [CompletionResultType]::ParameterName, 'Write `index.d.ts`: the entry''s declarations and those of the local modules they use (TypeScript''s isolated declarations) [default: true]')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After the first build, keep watching: rebuild into the output on every change of a file the build read (a failed rebuild leaves the output as it was); Ctrl-C stops')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the files are served from')
            [CompletionResult]::new('--minify', '--minify', [CompletionResultType]::ParameterName, 'Minify the output (`--no-minify` to keep it readable)')
            [CompletionResult]::new('--source-maps', '--source-maps', [CompletionResultType]::ParameterName, 'Write source maps (`--no-source-maps` to skip them)')
            [CompletionResult]::new('--content-hash', '--content-hash', [CompletionResultType]::ParameterName, 'Put content hashes into file names (`--no-content-hash` to keep plain names)')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Empty the output folder first (after a successful build)')
            [CompletionResult]::new('--bundler', '--bundler', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: the bundler is built in')
            [CompletionResult]::new('--optimize-modules', '--optimize-modules', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: modules are never patched')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: modules are transformed on every core')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write a self-contained bundle report: a treemap of files, packages and modules with raw and gzip sizes [default file: report.html in the project folder]')
            [CompletionResult]::new('--metafile', '--metafile', [CompletionResultType]::ParameterName, 'Write esbuild''s metafile JSON (inputs, outputs, bytes per module), which esbuild''s analyzer and other tools read [relative to the project folder]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-declaration', '--no-declaration', [CompletionResultType]::ParameterName, 'no-declaration')
            [CompletionResult]::new('--no-watch', '--no-watch', [CompletionResultType]::ParameterName, 'no-watch')
            [CompletionResult]::new('--no-minify', '--no-minify', [CompletionResultType]::ParameterName, 'no-minify')
            [CompletionResult]::new('--no-source-maps', '--no-source-maps', [CompletionResultType]::ParameterName, 'no-source-maps')
            [CompletionResult]::new('--no-content-hash', '--no-content-hash', [CompletionResultType]::ParameterName, 'no-content-hash')
            [CompletionResult]::new('--no-fresh', '--no-fresh', [CompletionResultType]::ParameterName, 'no-fresh')
            [CompletionResult]::new('--no-optimize-modules', '--no-optimize-modules', [CompletionResultType]::ParameterName, 'no-optimize-modules')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;upgrade' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The pilet''s folder')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'What to do with scaffold files you changed since the last scaffold')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate file for the registry (passed to the npm client)')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept self-signed certificates from the registry (passed to the npm client)')
            [CompletionResult]::new('--install', '--install', [CompletionResultType]::ParameterName, 'Install the dependencies after scaffolding (`--no-install` to skip)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'The npm registry to install from [default: `registry` from .piralrc, else your npm''s]')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('--no-install', '--no-install', [CompletionResultType]::ParameterName, 'no-install')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;declaration' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The folder that gets `index.d.ts`, relative to the pilet''s folder')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'What to do when `index.d.ts` exists with other content')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;declare' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The folder that gets `index.d.ts`, relative to the pilet''s folder')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'What to do when `index.d.ts` exists with other content')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;validate' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Validate against this app shell instead of the ones selected in pilet.json')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;verify' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Validate against this app shell instead of the ones selected in pilet.json')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;check' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Validate against this app shell instead of the ones selected in pilet.json')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;lint' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Validate against this app shell instead of the ones selected in pilet.json')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;assert' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Validate against this app shell instead of the ones selected in pilet.json')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;publish' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The feed service''s publish URL [default: `url` from .piralrc]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'The API key [default: `apiKeys[url]`, else `apiKey` from .piralrc]; never printed')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'How the key is sent in `authorization`')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate (PEM) to trust for the feed service')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept the feed service''s self-signed certificate')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Where the tarballs come from')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Build and pack the pilets first')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The pilet format for `--fresh`')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Extra attempts after connection errors, timeouts and 502/503/504')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Publish to blob storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder> (credentials from AZURE_STORAGE_*, AWS_*, GOOGLE_* and `storage` in .piralrc); twice for a primary and a secondary region')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The feed environment to publish to: its document is feed.<env>.json (`default`: feed.json); the files are shared by every environment')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the stored files are served from (for example a CDN): the links in feed.json, the release''s page URL [default: the storage''s own URL; relative for file://]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many files are uploaded at once')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'When the feed refuses the key but offers a login, log in (the link is printed) and retry')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'With `--interactive`: also open the login link in the browser')
            [CompletionResult]::new('--login-poll-ms', '--login-poll-ms', [CompletionResultType]::ParameterName, 'How often to ask whether the login finished, in milliseconds')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('--no-fresh', '--no-fresh', [CompletionResultType]::ParameterName, 'no-fresh')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything but the upload, and show what would be sent')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Publish a version that feed.json already lists again (blob storage only)')
            [CompletionResult]::new('--create-container', '--create-container', [CompletionResultType]::ParameterName, 'Create the container or bucket first (Azure, Azurite, S3 and folders)')
            [CompletionResult]::new('--no-interactive', '--no-interactive', [CompletionResultType]::ParameterName, 'no-interactive')
            [CompletionResult]::new('--no-open', '--no-open', [CompletionResultType]::ParameterName, 'no-open')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;post' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The feed service''s publish URL [default: `url` from .piralrc]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'The API key [default: `apiKeys[url]`, else `apiKey` from .piralrc]; never printed')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'How the key is sent in `authorization`')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate (PEM) to trust for the feed service')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept the feed service''s self-signed certificate')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Where the tarballs come from')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Build and pack the pilets first')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The pilet format for `--fresh`')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Extra attempts after connection errors, timeouts and 502/503/504')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Publish to blob storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder> (credentials from AZURE_STORAGE_*, AWS_*, GOOGLE_* and `storage` in .piralrc); twice for a primary and a secondary region')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The feed environment to publish to: its document is feed.<env>.json (`default`: feed.json); the files are shared by every environment')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the stored files are served from (for example a CDN): the links in feed.json, the release''s page URL [default: the storage''s own URL; relative for file://]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many files are uploaded at once')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'When the feed refuses the key but offers a login, log in (the link is printed) and retry')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'With `--interactive`: also open the login link in the browser')
            [CompletionResult]::new('--login-poll-ms', '--login-poll-ms', [CompletionResultType]::ParameterName, 'How often to ask whether the login finished, in milliseconds')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('--no-fresh', '--no-fresh', [CompletionResultType]::ParameterName, 'no-fresh')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything but the upload, and show what would be sent')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Publish a version that feed.json already lists again (blob storage only)')
            [CompletionResult]::new('--create-container', '--create-container', [CompletionResultType]::ParameterName, 'Create the container or bucket first (Azure, Azurite, S3 and folders)')
            [CompletionResult]::new('--no-interactive', '--no-interactive', [CompletionResultType]::ParameterName, 'no-interactive')
            [CompletionResult]::new('--no-open', '--no-open', [CompletionResultType]::ParameterName, 'no-open')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;pack' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Where to write the tarball: a folder, or a path ending in `.tgz`')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;package' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Where to write the tarball: a folder, or a path ending in `.tgz`')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;add-piral-instance' {
            [CompletionResult]::new('--selected', '--selected', [CompletionResultType]::ParameterName, 'Make it the shell that `pilet debug` and `pilet build` use (the others are unselected)')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate file for the registry (passed to the npm client)')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept self-signed certificates from the registry (passed to the npm client)')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-selected', '--no-selected', [CompletionResultType]::ParameterName, 'no-selected')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;add-shell' {
            [CompletionResult]::new('--selected', '--selected', [CompletionResultType]::ParameterName, 'Make it the shell that `pilet debug` and `pilet build` use (the others are unselected)')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate file for the registry (passed to the npm client)')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept self-signed certificates from the registry (passed to the npm client)')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-selected', '--no-selected', [CompletionResultType]::ParameterName, 'no-selected')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;install-shell' {
            [CompletionResult]::new('--selected', '--selected', [CompletionResultType]::ParameterName, 'Make it the shell that `pilet debug` and `pilet build` use (the others are unselected)')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate file for the registry (passed to the npm client)')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept self-signed certificates from the registry (passed to the npm client)')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-selected', '--no-selected', [CompletionResultType]::ParameterName, 'no-selected')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;add-app' {
            [CompletionResult]::new('--selected', '--selected', [CompletionResultType]::ParameterName, 'Make it the shell that `pilet debug` and `pilet build` use (the others are unselected)')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate file for the registry (passed to the npm client)')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept self-signed certificates from the registry (passed to the npm client)')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-selected', '--no-selected', [CompletionResultType]::ParameterName, 'no-selected')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;with-app' {
            [CompletionResult]::new('--selected', '--selected', [CompletionResultType]::ParameterName, 'Make it the shell that `pilet debug` and `pilet build` use (the others are unselected)')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate file for the registry (passed to the npm client)')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept self-signed certificates from the registry (passed to the npm client)')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-selected', '--no-selected', [CompletionResultType]::ParameterName, 'no-selected')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;remove-piral-instance' {
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;remove-shell' {
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;uninstall-shell' {
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;remove-app' {
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;without-app' {
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pilet;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Scaffold a new pilet for an app shell')
            [CompletionResult]::new('debug', 'debug', [CompletionResultType]::ParameterValue, 'Serve pilets in their app shell, rebuilding them as you edit')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Bundle a pilet for the Piral runtime')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Move the pilet to a new version of its app shell')
            [CompletionResult]::new('declaration', 'declaration', [CompletionResultType]::ParameterValue, 'Write the pilet''s declaration (`index.d.ts`) without building it')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a pilet against the rules of its app shells')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish pilet tarballs to a feed service')
            [CompletionResult]::new('pack', 'pack', [CompletionResultType]::ParameterValue, 'Pack a pilet into an npm-compatible `.tgz`')
            [CompletionResult]::new('add-piral-instance', 'add-piral-instance', [CompletionResultType]::ParameterValue, 'Add an app shell to debug and build the pilet with')
            [CompletionResult]::new('remove-piral-instance', 'remove-piral-instance', [CompletionResultType]::ParameterValue, 'Remove an app shell from the pilet')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'piral;pilet;help;new' {
            break
        }
        'piral;pilet;help;debug' {
            break
        }
        'piral;pilet;help;build' {
            break
        }
        'piral;pilet;help;upgrade' {
            break
        }
        'piral;pilet;help;declaration' {
            break
        }
        'piral;pilet;help;validate' {
            break
        }
        'piral;pilet;help;publish' {
            break
        }
        'piral;pilet;help;pack' {
            break
        }
        'piral;pilet;help;add-piral-instance' {
            break
        }
        'piral;pilet;help;remove-piral-instance' {
            break
        }
        'piral;pilet;help;help' {
            break
        }
        'piral;new-pilet' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The folder to create the pilet in')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'The language of the sources [default: `language` from .piralrc, else ts]')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The built-in template: `default` or `empty` [default: the shell''s `pilets.template`, else default]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The package name [default: the folder''s name]')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'What to do with files that exist already')
            [CompletionResult]::new('--bundler', '--bundler', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: the bundler is built in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate file for the registry (passed to the npm client)')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept self-signed certificates from the registry (passed to the npm client)')
            [CompletionResult]::new('--install', '--install', [CompletionResultType]::ParameterName, 'Install the dependencies after scaffolding (`--no-install` to skip)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'The npm registry to install from [default: `registry` from .piralrc, else your npm''s]')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('--no-install', '--no-install', [CompletionResultType]::ParameterName, 'no-install')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;debug-pilet' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port to serve on; the next free one is taken when it is busy')
            [CompletionResult]::new('--strict-port', '--strict-port', [CompletionResultType]::ParameterName, 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The address to listen on; anything but loopback makes the server reachable from other machines')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the browser once the server runs')
            [CompletionResult]::new('--krasrc', '--krasrc', [CompletionResultType]::ParameterName, 'A kras configuration merged over the project''s `.krasrc` files (mock folders, `map`, injectors)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the app is served under; the feed is `<public url>$pilet-api`')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app shell to debug in [default: the one selected in pilet.json]')
            [CompletionResult]::new('--app-dir', '--app-dir', [CompletionResultType]::ParameterName, 'A folder with the app shell''s files to serve instead of the emulator''s `app/`')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]')
            [CompletionResult]::new('--feed', '--feed', [CompletionResultType]::ParameterName, 'A pilet feed whose pilets are listed after the local ones (local names win)')
            [CompletionResult]::new('--debounce', '--debounce', [CompletionResultType]::ParameterName, 'Milliseconds to wait for more changes before rebuilding')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-strict-port', '--no-strict-port', [CompletionResultType]::ParameterName, 'no-strict-port')
            [CompletionResult]::new('--no-open', '--no-open', [CompletionResultType]::ParameterName, 'no-open')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;build-pilet' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The main file to write; its folder receives every output')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'What to produce')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app shell for `--type standalone` [default: the ones selected in pilet.json]')
            [CompletionResult]::new('--declaration', '--declaration', [CompletionResultType]::ParameterName, 'Write `index.d.ts`: the entry''s declarations and those of the local modules they use (TypeScript''s isolated declarations) [default: true]')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After the first build, keep watching: rebuild into the output on every change of a file the build read (a failed rebuild leaves the output as it was); Ctrl-C stops')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the files are served from')
            [CompletionResult]::new('--minify', '--minify', [CompletionResultType]::ParameterName, 'Minify the output (`--no-minify` to keep it readable)')
            [CompletionResult]::new('--source-maps', '--source-maps', [CompletionResultType]::ParameterName, 'Write source maps (`--no-source-maps` to skip them)')
            [CompletionResult]::new('--content-hash', '--content-hash', [CompletionResultType]::ParameterName, 'Put content hashes into file names (`--no-content-hash` to keep plain names)')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Empty the output folder first (after a successful build)')
            [CompletionResult]::new('--bundler', '--bundler', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: the bundler is built in')
            [CompletionResult]::new('--optimize-modules', '--optimize-modules', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: modules are never patched')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: modules are transformed on every core')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write a self-contained bundle report: a treemap of files, packages and modules with raw and gzip sizes [default file: report.html in the project folder]')
            [CompletionResult]::new('--metafile', '--metafile', [CompletionResultType]::ParameterName, 'Write esbuild''s metafile JSON (inputs, outputs, bytes per module), which esbuild''s analyzer and other tools read [relative to the project folder]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-declaration', '--no-declaration', [CompletionResultType]::ParameterName, 'no-declaration')
            [CompletionResult]::new('--no-watch', '--no-watch', [CompletionResultType]::ParameterName, 'no-watch')
            [CompletionResult]::new('--no-minify', '--no-minify', [CompletionResultType]::ParameterName, 'no-minify')
            [CompletionResult]::new('--no-source-maps', '--no-source-maps', [CompletionResultType]::ParameterName, 'no-source-maps')
            [CompletionResult]::new('--no-content-hash', '--no-content-hash', [CompletionResultType]::ParameterName, 'no-content-hash')
            [CompletionResult]::new('--no-fresh', '--no-fresh', [CompletionResultType]::ParameterName, 'no-fresh')
            [CompletionResult]::new('--no-optimize-modules', '--no-optimize-modules', [CompletionResultType]::ParameterName, 'no-optimize-modules')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;upgrade-pilet' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The pilet''s folder')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'What to do with scaffold files you changed since the last scaffold')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate file for the registry (passed to the npm client)')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept self-signed certificates from the registry (passed to the npm client)')
            [CompletionResult]::new('--install', '--install', [CompletionResultType]::ParameterName, 'Install the dependencies after scaffolding (`--no-install` to skip)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'The npm registry to install from [default: `registry` from .piralrc, else your npm''s]')
            [CompletionResult]::new('--npm-client', '--npm-client', [CompletionResultType]::ParameterName, 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('--no-install', '--no-install', [CompletionResultType]::ParameterName, 'no-install')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;declaration-pilet' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The folder that gets `index.d.ts`, relative to the pilet''s folder')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'What to do when `index.d.ts` exists with other content')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;validate-pilet' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Validate against this app shell instead of the ones selected in pilet.json')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;publish-pilet' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The feed service''s publish URL [default: `url` from .piralrc]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'The API key [default: `apiKeys[url]`, else `apiKey` from .piralrc]; never printed')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'How the key is sent in `authorization`')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate (PEM) to trust for the feed service')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept the feed service''s self-signed certificate')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Where the tarballs come from')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Build and pack the pilets first')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The pilet format for `--fresh`')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Extra attempts after connection errors, timeouts and 502/503/504')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Publish to blob storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder> (credentials from AZURE_STORAGE_*, AWS_*, GOOGLE_* and `storage` in .piralrc); twice for a primary and a secondary region')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The feed environment to publish to: its document is feed.<env>.json (`default`: feed.json); the files are shared by every environment')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the stored files are served from (for example a CDN): the links in feed.json, the release''s page URL [default: the storage''s own URL; relative for file://]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many files are uploaded at once')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'When the feed refuses the key but offers a login, log in (the link is printed) and retry')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'With `--interactive`: also open the login link in the browser')
            [CompletionResult]::new('--login-poll-ms', '--login-poll-ms', [CompletionResultType]::ParameterName, 'How often to ask whether the login finished, in milliseconds')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-allow-self-signed', '--no-allow-self-signed', [CompletionResultType]::ParameterName, 'no-allow-self-signed')
            [CompletionResult]::new('--no-fresh', '--no-fresh', [CompletionResultType]::ParameterName, 'no-fresh')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything but the upload, and show what would be sent')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Publish a version that feed.json already lists again (blob storage only)')
            [CompletionResult]::new('--create-container', '--create-container', [CompletionResultType]::ParameterName, 'Create the container or bucket first (Azure, Azurite, S3 and folders)')
            [CompletionResult]::new('--no-interactive', '--no-interactive', [CompletionResultType]::ParameterName, 'no-interactive')
            [CompletionResult]::new('--no-open', '--no-open', [CompletionResultType]::ParameterName, 'no-open')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;pack-pilet' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Where to write the tarball: a folder, or a path ending in `.tgz`')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;completions' {
            [CompletionResult]::new('--bin', '--bin', [CompletionResultType]::ParameterName, 'The program to complete: `piral` or `pilet`')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;explain' {
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every code with its title')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: only warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: commands run, files read (`-vv` for even more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars or spinners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout describing what was done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'piral;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Scaffold a new app shell (a Piral instance)')
            [CompletionResult]::new('debug', 'debug', [CompletionResultType]::ParameterValue, 'Serve an app shell while you develop it, rebuilding and reloading on changes')
            [CompletionResult]::new('run-emulator', 'run-emulator', [CompletionResultType]::ParameterValue, 'Serve an emulator package with the pilets of a feed')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Bundle an app shell: the release site and the emulator package')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish an app shell: its emulator to an npm registry, or its release files')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check an app shell''s manifests against the rules of the Piral CLI')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Move the app shell''s Piral packages to one release')
            [CompletionResult]::new('declaration', 'declaration', [CompletionResultType]::ParameterValue, 'Write the app shell''s declaration: its Pilet API with every type it references')
            [CompletionResult]::new('feed', 'feed', [CompletionResultType]::ParameterValue, 'Manage the releases of a feed in blob storage: list, promote, roll back, verify')
            [CompletionResult]::new('pilet', 'pilet', [CompletionResultType]::ParameterValue, 'Commands for pilets (also available as the `pilet` program)')
            [CompletionResult]::new('new-pilet', 'new-pilet', [CompletionResultType]::ParameterValue, 'Scaffold a new pilet (same as `piral pilet new`)')
            [CompletionResult]::new('debug-pilet', 'debug-pilet', [CompletionResultType]::ParameterValue, 'Debug pilets (same as `piral pilet debug`)')
            [CompletionResult]::new('build-pilet', 'build-pilet', [CompletionResultType]::ParameterValue, 'Bundle a pilet (same as `piral pilet build`)')
            [CompletionResult]::new('upgrade-pilet', 'upgrade-pilet', [CompletionResultType]::ParameterValue, 'Upgrade a pilet''s app shell (same as `piral pilet upgrade`)')
            [CompletionResult]::new('declaration-pilet', 'declaration-pilet', [CompletionResultType]::ParameterValue, 'Write a pilet''s declaration (same as `piral pilet declaration`)')
            [CompletionResult]::new('validate-pilet', 'validate-pilet', [CompletionResultType]::ParameterValue, 'Check a pilet (same as `piral pilet validate`)')
            [CompletionResult]::new('publish-pilet', 'publish-pilet', [CompletionResultType]::ParameterValue, 'Publish pilets (same as `piral pilet publish`)')
            [CompletionResult]::new('pack-pilet', 'pack-pilet', [CompletionResultType]::ParameterValue, 'Pack a pilet into an npm-compatible `.tgz` (same as `piral pilet pack`)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script for bash, zsh, fish, powershell or elvish')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain a message code, such as `0045`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'piral;help;new' {
            break
        }
        'piral;help;debug' {
            break
        }
        'piral;help;run-emulator' {
            break
        }
        'piral;help;build' {
            break
        }
        'piral;help;publish' {
            break
        }
        'piral;help;validate' {
            break
        }
        'piral;help;upgrade' {
            break
        }
        'piral;help;declaration' {
            break
        }
        'piral;help;feed' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the pilets of an environment')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Move a pilet''s version from one environment to another, without building or uploading')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'List the version a pilet had before in an environment again')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a pilet out of an environment (its files stay)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show an environment''s changes: who, when, what')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check that every link answers, its bytes match its integrity and shared dependencies are provided')
            break
        }
        'piral;help;feed;list' {
            break
        }
        'piral;help;feed;promote' {
            break
        }
        'piral;help;feed;rollback' {
            break
        }
        'piral;help;feed;remove' {
            break
        }
        'piral;help;feed;history' {
            break
        }
        'piral;help;feed;verify' {
            break
        }
        'piral;help;pilet' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Scaffold a new pilet for an app shell')
            [CompletionResult]::new('debug', 'debug', [CompletionResultType]::ParameterValue, 'Serve pilets in their app shell, rebuilding them as you edit')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Bundle a pilet for the Piral runtime')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Move the pilet to a new version of its app shell')
            [CompletionResult]::new('declaration', 'declaration', [CompletionResultType]::ParameterValue, 'Write the pilet''s declaration (`index.d.ts`) without building it')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a pilet against the rules of its app shells')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish pilet tarballs to a feed service')
            [CompletionResult]::new('pack', 'pack', [CompletionResultType]::ParameterValue, 'Pack a pilet into an npm-compatible `.tgz`')
            [CompletionResult]::new('add-piral-instance', 'add-piral-instance', [CompletionResultType]::ParameterValue, 'Add an app shell to debug and build the pilet with')
            [CompletionResult]::new('remove-piral-instance', 'remove-piral-instance', [CompletionResultType]::ParameterValue, 'Remove an app shell from the pilet')
            break
        }
        'piral;help;pilet;new' {
            break
        }
        'piral;help;pilet;debug' {
            break
        }
        'piral;help;pilet;build' {
            break
        }
        'piral;help;pilet;upgrade' {
            break
        }
        'piral;help;pilet;declaration' {
            break
        }
        'piral;help;pilet;validate' {
            break
        }
        'piral;help;pilet;publish' {
            break
        }
        'piral;help;pilet;pack' {
            break
        }
        'piral;help;pilet;add-piral-instance' {
            break
        }
        'piral;help;pilet;remove-piral-instance' {
            break
        }
        'piral;help;new-pilet' {
            break
        }
        'piral;help;debug-pilet' {
            break
        }
        'piral;help;build-pilet' {
            break
        }
        'piral;help;upgrade-pilet' {
            break
        }
        'piral;help;declaration-pilet' {
            break
        }
        'piral;help;validate-pilet' {
            break
        }
        'piral;help;publish-pilet' {
            break
        }
        'piral;help;pack-pilet' {
            break
        }
        'piral;help;completions' {
            break
        }
        'piral;help;explain' {
            break
        }
        'piral;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
