
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'pilet' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'pilet'
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
        'pilet' {
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
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a pilet against the rules of its app shells')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a pilet against the rules of its app shells')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a pilet against the rules of its app shells')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check a pilet against the rules of its app shells')
            [CompletionResult]::new('assert', 'assert', [CompletionResultType]::ParameterValue, 'Check a pilet against the rules of its app shells')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish pilet tarballs to a feed service')
            [CompletionResult]::new('post', 'post', [CompletionResultType]::ParameterValue, 'Publish pilet tarballs to a feed service')
            [CompletionResult]::new('pack', 'pack', [CompletionResultType]::ParameterValue, 'Pack a pilet into an npm-compatible `.tgz`')
            [CompletionResult]::new('package', 'package', [CompletionResultType]::ParameterValue, 'Pack a pilet into an npm-compatible `.tgz`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pilet;new' {
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
        'pilet;create' {
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
        'pilet;scaffold' {
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
        'pilet;debug' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port to serve on; the next free one is taken when it is busy')
            [CompletionResult]::new('--strict-port', '--strict-port', [CompletionResultType]::ParameterName, 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The address to listen on; anything but loopback makes the server reachable from other machines')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the browser once the server runs')
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
        'pilet;watch' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port to serve on; the next free one is taken when it is busy')
            [CompletionResult]::new('--strict-port', '--strict-port', [CompletionResultType]::ParameterName, 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The address to listen on; anything but loopback makes the server reachable from other machines')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the browser once the server runs')
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
        'pilet;build' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The main file to write; its folder receives every output')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'What to produce')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app shell for `--type standalone` [default: the ones selected in pilet.json]')
            [CompletionResult]::new('--declaration', '--declaration', [CompletionResultType]::ParameterName, 'Write `index.d.ts`: the entry''s declarations and those of the local modules they use (TypeScript''s isolated declarations) [default: true]')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the files are served from')
            [CompletionResult]::new('--minify', '--minify', [CompletionResultType]::ParameterName, 'Minify the output (`--no-minify` to keep it readable)')
            [CompletionResult]::new('--source-maps', '--source-maps', [CompletionResultType]::ParameterName, 'Write source maps (`--no-source-maps` to skip them)')
            [CompletionResult]::new('--content-hash', '--content-hash', [CompletionResultType]::ParameterName, 'Put content hashes into file names (`--no-content-hash` to keep plain names)')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Empty the output folder first (after a successful build)')
            [CompletionResult]::new('--bundler', '--bundler', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: the bundler is built in')
            [CompletionResult]::new('--optimize-modules', '--optimize-modules', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: modules are never patched')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: modules are transformed on every core')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-declaration', '--no-declaration', [CompletionResultType]::ParameterName, 'no-declaration')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After the first build, keep watching: rebuild into the output on every change of a file the build read (a failed rebuild leaves the output as it was); Ctrl-C stops')
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
        'pilet;bundle' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The main file to write; its folder receives every output')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'What to produce')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app shell for `--type standalone` [default: the ones selected in pilet.json]')
            [CompletionResult]::new('--declaration', '--declaration', [CompletionResultType]::ParameterName, 'Write `index.d.ts`: the entry''s declarations and those of the local modules they use (TypeScript''s isolated declarations) [default: true]')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL the files are served from')
            [CompletionResult]::new('--minify', '--minify', [CompletionResultType]::ParameterName, 'Minify the output (`--no-minify` to keep it readable)')
            [CompletionResult]::new('--source-maps', '--source-maps', [CompletionResultType]::ParameterName, 'Write source maps (`--no-source-maps` to skip them)')
            [CompletionResult]::new('--content-hash', '--content-hash', [CompletionResultType]::ParameterName, 'Put content hashes into file names (`--no-content-hash` to keep plain names)')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Empty the output folder first (after a successful build)')
            [CompletionResult]::new('--bundler', '--bundler', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: the bundler is built in')
            [CompletionResult]::new('--optimize-modules', '--optimize-modules', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: modules are never patched')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: modules are transformed on every core')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Run as if started in this folder')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours')
            [CompletionResult]::new('--no-declaration', '--no-declaration', [CompletionResultType]::ParameterName, 'no-declaration')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After the first build, keep watching: rebuild into the output on every change of a file the build read (a failed rebuild leaves the output as it was); Ctrl-C stops')
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
        'pilet;validate' {
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
        'pilet;verify' {
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
        'pilet;check' {
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
        'pilet;lint' {
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
        'pilet;assert' {
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
        'pilet;publish' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The feed service''s publish URL [default: `url` from .piralrc]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'The API key [default: `apiKeys[url]`, else `apiKey` from .piralrc]; never printed')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'How the key is sent in `authorization`')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate (PEM) to trust for the feed service')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept the feed service''s self-signed certificate')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Where the tarballs come from')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Build and pack the pilets first')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The pilet format for `--fresh`')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Extra attempts after connection errors, timeouts and 502/503/504')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Publish to blob storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder> (credentials from AZURE_STORAGE_*, AWS_*, GOOGLE_* and `storage` in .piralrc)')
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
        'pilet;post' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The feed service''s publish URL [default: `url` from .piralrc]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'The API key [default: `apiKeys[url]`, else `apiKey` from .piralrc]; never printed')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'How the key is sent in `authorization`')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'A CA certificate (PEM) to trust for the feed service')
            [CompletionResult]::new('--allow-self-signed', '--allow-self-signed', [CompletionResultType]::ParameterName, 'Accept the feed service''s self-signed certificate')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Where the tarballs come from')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Build and pack the pilets first')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The pilet format for `--fresh`')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Extra attempts after connection errors, timeouts and 502/503/504')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Publish to blob storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder> (credentials from AZURE_STORAGE_*, AWS_*, GOOGLE_* and `storage` in .piralrc)')
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
        'pilet;pack' {
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
        'pilet;package' {
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
        'pilet;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Scaffold a new pilet for an app shell')
            [CompletionResult]::new('debug', 'debug', [CompletionResultType]::ParameterValue, 'Serve pilets in their app shell, rebuilding them as you edit')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Bundle a pilet for the Piral runtime')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a pilet against the rules of its app shells')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish pilet tarballs to a feed service')
            [CompletionResult]::new('pack', 'pack', [CompletionResultType]::ParameterValue, 'Pack a pilet into an npm-compatible `.tgz`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pilet;help;new' {
            break
        }
        'pilet;help;debug' {
            break
        }
        'pilet;help;build' {
            break
        }
        'pilet;help;validate' {
            break
        }
        'pilet;help;publish' {
            break
        }
        'pilet;help;pack' {
            break
        }
        'pilet;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
