# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_pilet_global_optspecs
    string join \n base= log-level= q/quiet v/verbose color= no-progress json h/help V/version
end

function __fish_pilet_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_pilet_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_pilet_using_subcommand
    set -l cmd (__fish_pilet_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c pilet -n "__fish_pilet_needs_command" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_needs_command" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_needs_command" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_needs_command" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_needs_command" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_needs_command" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_needs_command" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_needs_command" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "new" -d 'Scaffold a new pilet for an app shell'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "create" -d 'Scaffold a new pilet for an app shell'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "scaffold" -d 'Scaffold a new pilet for an app shell'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "debug" -d 'Serve pilets in their app shell, rebuilding them as you edit'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "watch" -d 'Serve pilets in their app shell, rebuilding them as you edit'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "build" -d 'Bundle a pilet for the Piral runtime'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "bundle" -d 'Bundle a pilet for the Piral runtime'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "upgrade" -d 'Move the pilet to a new version of its app shell'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "declaration" -d 'Write the pilet\'s declaration (`index.d.ts`) without building it'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "declare" -d 'Write the pilet\'s declaration (`index.d.ts`) without building it'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "validate" -d 'Check a pilet against the rules of its app shells'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "verify" -d 'Check a pilet against the rules of its app shells'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "check" -d 'Check a pilet against the rules of its app shells'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "lint" -d 'Check a pilet against the rules of its app shells'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "assert" -d 'Check a pilet against the rules of its app shells'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "publish" -d 'Publish pilet tarballs to a feed service'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "post" -d 'Publish pilet tarballs to a feed service'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "pack" -d 'Pack a pilet into an npm-compatible `.tgz`'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "package" -d 'Pack a pilet into an npm-compatible `.tgz`'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "add-piral-instance" -d 'Add an app shell to debug and build the pilet with'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "add-shell" -d 'Add an app shell to debug and build the pilet with'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "install-shell" -d 'Add an app shell to debug and build the pilet with'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "add-app" -d 'Add an app shell to debug and build the pilet with'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "with-app" -d 'Add an app shell to debug and build the pilet with'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "remove-piral-instance" -d 'Remove an app shell from the pilet'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "remove-shell" -d 'Remove an app shell from the pilet'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "uninstall-shell" -d 'Remove an app shell from the pilet'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "remove-app" -d 'Remove an app shell from the pilet'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "without-app" -d 'Remove an app shell from the pilet'
complete -c pilet -n "__fish_pilet_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pilet -n "__fish_pilet_using_subcommand new" -l target -d 'The folder to create the pilet in' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand new" -l language -d 'The language of the sources [default: `language` from .piralrc, else ts]' -r -f -a "ts\t'TypeScript (`.ts`, `.tsx`)'
js\t'JavaScript (`.js`, `.jsx`)'"
complete -c pilet -n "__fish_pilet_using_subcommand new" -l template -d 'The built-in template: `default` or `empty` [default: the shell\'s `pilets.template`, else default]' -r
complete -c pilet -n "__fish_pilet_using_subcommand new" -l name -d 'The package name [default: the folder\'s name]' -r
complete -c pilet -n "__fish_pilet_using_subcommand new" -l force-overwrite -d 'What to do with files that exist already' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c pilet -n "__fish_pilet_using_subcommand new" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c pilet -n "__fish_pilet_using_subcommand new" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand new" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand new" -l install -d 'Install the dependencies after scaffolding (`--no-install` to skip)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand new" -l registry -d 'The npm registry to install from [default: `registry` from .piralrc, else your npm\'s]' -r
complete -c pilet -n "__fish_pilet_using_subcommand new" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c pilet -n "__fish_pilet_using_subcommand new" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand new" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand new" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand new" -l no-allow-self-signed
complete -c pilet -n "__fish_pilet_using_subcommand new" -l no-install
complete -c pilet -n "__fish_pilet_using_subcommand new" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand new" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand new" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand new" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand new" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand create" -l target -d 'The folder to create the pilet in' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand create" -l language -d 'The language of the sources [default: `language` from .piralrc, else ts]' -r -f -a "ts\t'TypeScript (`.ts`, `.tsx`)'
js\t'JavaScript (`.js`, `.jsx`)'"
complete -c pilet -n "__fish_pilet_using_subcommand create" -l template -d 'The built-in template: `default` or `empty` [default: the shell\'s `pilets.template`, else default]' -r
complete -c pilet -n "__fish_pilet_using_subcommand create" -l name -d 'The package name [default: the folder\'s name]' -r
complete -c pilet -n "__fish_pilet_using_subcommand create" -l force-overwrite -d 'What to do with files that exist already' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c pilet -n "__fish_pilet_using_subcommand create" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c pilet -n "__fish_pilet_using_subcommand create" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand create" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand create" -l install -d 'Install the dependencies after scaffolding (`--no-install` to skip)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand create" -l registry -d 'The npm registry to install from [default: `registry` from .piralrc, else your npm\'s]' -r
complete -c pilet -n "__fish_pilet_using_subcommand create" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c pilet -n "__fish_pilet_using_subcommand create" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand create" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand create" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand create" -l no-allow-self-signed
complete -c pilet -n "__fish_pilet_using_subcommand create" -l no-install
complete -c pilet -n "__fish_pilet_using_subcommand create" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand create" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand create" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand create" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand create" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l target -d 'The folder to create the pilet in' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l language -d 'The language of the sources [default: `language` from .piralrc, else ts]' -r -f -a "ts\t'TypeScript (`.ts`, `.tsx`)'
js\t'JavaScript (`.js`, `.jsx`)'"
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l template -d 'The built-in template: `default` or `empty` [default: the shell\'s `pilets.template`, else default]' -r
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l name -d 'The package name [default: the folder\'s name]' -r
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l force-overwrite -d 'What to do with files that exist already' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l install -d 'Install the dependencies after scaffolding (`--no-install` to skip)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l registry -d 'The npm registry to install from [default: `registry` from .piralrc, else your npm\'s]' -r
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l no-allow-self-signed
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l no-install
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand scaffold" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l port -d 'The port to serve on; the next free one is taken when it is busy' -r
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l strict-port -d 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l host -d 'The address to listen on; anything but loopback makes the server reachable from other machines' -r
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l open -d 'Open the browser once the server runs' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l krasrc -d 'A kras configuration merged over the project\'s `.krasrc` files (mock folders, `map`, injectors)' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l proxy -d 'Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)' -r
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l public-url -d 'The public URL the app is served under; the feed is `<public url>$pilet-api`' -r
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l app -d 'The app shell to debug in [default: the one selected in pilet.json]' -r
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l app-dir -d 'A folder with the app shell\'s files to serve instead of the emulator\'s `app/`' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l schema -d 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]' -r -f -a "v0\t''
v1\t''
v2\t''
v3\t''
mf\t''
none\t''"
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l feed -d 'A pilet feed whose pilets are listed after the local ones (local names win)' -r
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l debounce -d 'Milliseconds to wait for more changes before rebuilding' -r
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l no-strict-port
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l no-open
complete -c pilet -n "__fish_pilet_using_subcommand debug" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand debug" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand debug" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand debug" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand debug" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l port -d 'The port to serve on; the next free one is taken when it is busy' -r
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l strict-port -d 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l host -d 'The address to listen on; anything but loopback makes the server reachable from other machines' -r
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l open -d 'Open the browser once the server runs' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l krasrc -d 'A kras configuration merged over the project\'s `.krasrc` files (mock folders, `map`, injectors)' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l proxy -d 'Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)' -r
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l public-url -d 'The public URL the app is served under; the feed is `<public url>$pilet-api`' -r
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l app -d 'The app shell to debug in [default: the one selected in pilet.json]' -r
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l app-dir -d 'A folder with the app shell\'s files to serve instead of the emulator\'s `app/`' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l schema -d 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]' -r -f -a "v0\t''
v1\t''
v2\t''
v3\t''
mf\t''
none\t''"
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l feed -d 'A pilet feed whose pilets are listed after the local ones (local names win)' -r
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l debounce -d 'Milliseconds to wait for more changes before rebuilding' -r
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l no-strict-port
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l no-open
complete -c pilet -n "__fish_pilet_using_subcommand watch" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand watch" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand watch" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand watch" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand build" -l target -d 'The main file to write; its folder receives every output' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand build" -l schema -d 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]' -r -f -a "v0\t''
v1\t''
v2\t''
v3\t''
mf\t''
none\t''"
complete -c pilet -n "__fish_pilet_using_subcommand build" -l type -d 'What to produce' -r -f -a "default\t'The pilet\'s files in the target folder'
standalone\t'The pilets, a pilets.json and the app shell, ready to serve together'
manifest\t'The pilets in folders of their own, with a pilets.json'"
complete -c pilet -n "__fish_pilet_using_subcommand build" -l app -d 'The app shell for `--type standalone` [default: the ones selected in pilet.json]' -r
complete -c pilet -n "__fish_pilet_using_subcommand build" -l declaration -d 'Write `index.d.ts`: the entry\'s declarations and those of the local modules they use (TypeScript\'s isolated declarations) [default: true]' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand build" -l watch -d 'After the first build, keep watching: rebuild into the output on every change of a file the build read (a failed rebuild leaves the output as it was); Ctrl-C stops' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand build" -l public-url -d 'The public URL the files are served from' -r
complete -c pilet -n "__fish_pilet_using_subcommand build" -l minify -d 'Minify the output (`--no-minify` to keep it readable)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand build" -l source-maps -d 'Write source maps (`--no-source-maps` to skip them)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand build" -l content-hash -d 'Put content hashes into file names (`--no-content-hash` to keep plain names)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand build" -l fresh -d 'Empty the output folder first (after a successful build)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand build" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c pilet -n "__fish_pilet_using_subcommand build" -l optimize-modules -d 'Accepted for compatibility and ignored: modules are never patched' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand build" -l concurrency -d 'Accepted for compatibility and ignored: modules are transformed on every core' -r
complete -c pilet -n "__fish_pilet_using_subcommand build" -l report -d 'Write a self-contained bundle report: a treemap of files, packages and modules with raw and gzip sizes [default file: report.html in the project folder]' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand build" -l metafile -d 'Write esbuild\'s metafile JSON (inputs, outputs, bytes per module), which esbuild\'s analyzer and other tools read [relative to the project folder]' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand build" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand build" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand build" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand build" -l no-declaration
complete -c pilet -n "__fish_pilet_using_subcommand build" -l no-watch
complete -c pilet -n "__fish_pilet_using_subcommand build" -l no-minify
complete -c pilet -n "__fish_pilet_using_subcommand build" -l no-source-maps
complete -c pilet -n "__fish_pilet_using_subcommand build" -l no-content-hash
complete -c pilet -n "__fish_pilet_using_subcommand build" -l no-fresh
complete -c pilet -n "__fish_pilet_using_subcommand build" -l no-optimize-modules
complete -c pilet -n "__fish_pilet_using_subcommand build" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand build" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand build" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand build" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand build" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l target -d 'The main file to write; its folder receives every output' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l schema -d 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]' -r -f -a "v0\t''
v1\t''
v2\t''
v3\t''
mf\t''
none\t''"
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l type -d 'What to produce' -r -f -a "default\t'The pilet\'s files in the target folder'
standalone\t'The pilets, a pilets.json and the app shell, ready to serve together'
manifest\t'The pilets in folders of their own, with a pilets.json'"
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l app -d 'The app shell for `--type standalone` [default: the ones selected in pilet.json]' -r
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l declaration -d 'Write `index.d.ts`: the entry\'s declarations and those of the local modules they use (TypeScript\'s isolated declarations) [default: true]' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l watch -d 'After the first build, keep watching: rebuild into the output on every change of a file the build read (a failed rebuild leaves the output as it was); Ctrl-C stops' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l public-url -d 'The public URL the files are served from' -r
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l minify -d 'Minify the output (`--no-minify` to keep it readable)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l source-maps -d 'Write source maps (`--no-source-maps` to skip them)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l content-hash -d 'Put content hashes into file names (`--no-content-hash` to keep plain names)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l fresh -d 'Empty the output folder first (after a successful build)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l optimize-modules -d 'Accepted for compatibility and ignored: modules are never patched' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l concurrency -d 'Accepted for compatibility and ignored: modules are transformed on every core' -r
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l report -d 'Write a self-contained bundle report: a treemap of files, packages and modules with raw and gzip sizes [default file: report.html in the project folder]' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l metafile -d 'Write esbuild\'s metafile JSON (inputs, outputs, bytes per module), which esbuild\'s analyzer and other tools read [relative to the project folder]' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l no-declaration
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l no-watch
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l no-minify
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l no-source-maps
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l no-content-hash
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l no-fresh
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l no-optimize-modules
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand bundle" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -l target -d 'The pilet\'s folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -l force-overwrite -d 'What to do with scaffold files you changed since the last scaffold' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -l install -d 'Install the dependencies after scaffolding (`--no-install` to skip)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -l registry -d 'The npm registry to install from [default: `registry` from .piralrc, else your npm\'s]' -r
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -l no-allow-self-signed
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -l no-install
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand upgrade" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand declaration" -l target -d 'The folder that gets `index.d.ts`, relative to the pilet\'s folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand declaration" -l force-overwrite -d 'What to do when `index.d.ts` exists with other content' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c pilet -n "__fish_pilet_using_subcommand declaration" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand declaration" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand declaration" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand declaration" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand declaration" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand declaration" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand declaration" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand declaration" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand declaration" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand declare" -l target -d 'The folder that gets `index.d.ts`, relative to the pilet\'s folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand declare" -l force-overwrite -d 'What to do when `index.d.ts` exists with other content' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c pilet -n "__fish_pilet_using_subcommand declare" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand declare" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand declare" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand declare" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand declare" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand declare" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand declare" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand declare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand declare" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand validate" -l app -d 'Validate against this app shell instead of the ones selected in pilet.json' -r
complete -c pilet -n "__fish_pilet_using_subcommand validate" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand validate" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand validate" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand validate" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand validate" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand validate" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand validate" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand validate" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand verify" -l app -d 'Validate against this app shell instead of the ones selected in pilet.json' -r
complete -c pilet -n "__fish_pilet_using_subcommand verify" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand verify" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand verify" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand verify" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand verify" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand verify" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand verify" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand verify" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand check" -l app -d 'Validate against this app shell instead of the ones selected in pilet.json' -r
complete -c pilet -n "__fish_pilet_using_subcommand check" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand check" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand check" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand check" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand check" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand check" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand check" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand check" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand lint" -l app -d 'Validate against this app shell instead of the ones selected in pilet.json' -r
complete -c pilet -n "__fish_pilet_using_subcommand lint" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand lint" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand lint" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand lint" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand lint" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand lint" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand lint" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand lint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand lint" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand assert" -l app -d 'Validate against this app shell instead of the ones selected in pilet.json' -r
complete -c pilet -n "__fish_pilet_using_subcommand assert" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand assert" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand assert" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand assert" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand assert" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand assert" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand assert" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand assert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand assert" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l url -d 'The feed service\'s publish URL [default: `url` from .piralrc]' -r
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l api-key -d 'The API key [default: `apiKeys[url]`, else `apiKey` from .piralrc]; never printed' -r
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l mode -d 'How the key is sent in `authorization`' -r -f -a "none\t'The raw key, with no scheme'
basic\t'`Basic <key>` (the key as it is, not base64)'
bearer\t'`Bearer <key>`'
digest\t'`Digest <key>`'"
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l ca-cert -d 'A CA certificate (PEM) to trust for the feed service' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l allow-self-signed -d 'Accept the feed service\'s self-signed certificate' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l from -d 'Where the tarballs come from' -r -f -a "local\t'Files matching SOURCE (a glob, default `*.tgz`)'
remote\t'A URL to download'
npm\t'An npm package (`name@version`), downloaded from the registry'"
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l fresh -d 'Build and pack the pilets first' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l schema -d 'The pilet format for `--fresh`' -r -f -a "v0\t''
v1\t''
v2\t''
v3\t''
mf\t''
none\t''"
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l retries -d 'Extra attempts after connection errors, timeouts and 502/503/504' -r
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l to -d 'Publish to blob storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder> (credentials from AZURE_STORAGE_*, AWS_*, GOOGLE_* and `storage` in .piralrc); twice for a primary and a secondary region' -r
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l env -d 'The feed environment to publish to: its document is feed.<env>.json (`default`: feed.json); the files are shared by every environment' -r
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l public-url -d 'The public URL the stored files are served from (for example a CDN): the links in feed.json, the release\'s page URL [default: the storage\'s own URL; relative for file://]' -r
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l concurrency -d 'How many files are uploaded at once' -r
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l interactive -d 'When the feed refuses the key but offers a login, log in (the link is printed) and retry' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l open -d 'With `--interactive`: also open the login link in the browser' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l login-poll-ms -d 'How often to ask whether the login finished, in milliseconds' -r
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l no-allow-self-signed
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l no-fresh
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l dry-run -d 'Do everything but the upload, and show what would be sent'
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l force -d 'Publish a version that feed.json already lists again (blob storage only)'
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l create-container -d 'Create the container or bucket first (Azure, Azurite, S3 and folders)'
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l no-interactive
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l no-open
complete -c pilet -n "__fish_pilet_using_subcommand publish" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand publish" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand publish" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand publish" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand post" -l url -d 'The feed service\'s publish URL [default: `url` from .piralrc]' -r
complete -c pilet -n "__fish_pilet_using_subcommand post" -l api-key -d 'The API key [default: `apiKeys[url]`, else `apiKey` from .piralrc]; never printed' -r
complete -c pilet -n "__fish_pilet_using_subcommand post" -l mode -d 'How the key is sent in `authorization`' -r -f -a "none\t'The raw key, with no scheme'
basic\t'`Basic <key>` (the key as it is, not base64)'
bearer\t'`Bearer <key>`'
digest\t'`Digest <key>`'"
complete -c pilet -n "__fish_pilet_using_subcommand post" -l ca-cert -d 'A CA certificate (PEM) to trust for the feed service' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand post" -l allow-self-signed -d 'Accept the feed service\'s self-signed certificate' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand post" -l from -d 'Where the tarballs come from' -r -f -a "local\t'Files matching SOURCE (a glob, default `*.tgz`)'
remote\t'A URL to download'
npm\t'An npm package (`name@version`), downloaded from the registry'"
complete -c pilet -n "__fish_pilet_using_subcommand post" -l fresh -d 'Build and pack the pilets first' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand post" -l schema -d 'The pilet format for `--fresh`' -r -f -a "v0\t''
v1\t''
v2\t''
v3\t''
mf\t''
none\t''"
complete -c pilet -n "__fish_pilet_using_subcommand post" -l retries -d 'Extra attempts after connection errors, timeouts and 502/503/504' -r
complete -c pilet -n "__fish_pilet_using_subcommand post" -l to -d 'Publish to blob storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder> (credentials from AZURE_STORAGE_*, AWS_*, GOOGLE_* and `storage` in .piralrc); twice for a primary and a secondary region' -r
complete -c pilet -n "__fish_pilet_using_subcommand post" -l env -d 'The feed environment to publish to: its document is feed.<env>.json (`default`: feed.json); the files are shared by every environment' -r
complete -c pilet -n "__fish_pilet_using_subcommand post" -l public-url -d 'The public URL the stored files are served from (for example a CDN): the links in feed.json, the release\'s page URL [default: the storage\'s own URL; relative for file://]' -r
complete -c pilet -n "__fish_pilet_using_subcommand post" -l concurrency -d 'How many files are uploaded at once' -r
complete -c pilet -n "__fish_pilet_using_subcommand post" -l interactive -d 'When the feed refuses the key but offers a login, log in (the link is printed) and retry' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand post" -l open -d 'With `--interactive`: also open the login link in the browser' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand post" -l login-poll-ms -d 'How often to ask whether the login finished, in milliseconds' -r
complete -c pilet -n "__fish_pilet_using_subcommand post" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand post" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand post" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand post" -l no-allow-self-signed
complete -c pilet -n "__fish_pilet_using_subcommand post" -l no-fresh
complete -c pilet -n "__fish_pilet_using_subcommand post" -l dry-run -d 'Do everything but the upload, and show what would be sent'
complete -c pilet -n "__fish_pilet_using_subcommand post" -l force -d 'Publish a version that feed.json already lists again (blob storage only)'
complete -c pilet -n "__fish_pilet_using_subcommand post" -l create-container -d 'Create the container or bucket first (Azure, Azurite, S3 and folders)'
complete -c pilet -n "__fish_pilet_using_subcommand post" -l no-interactive
complete -c pilet -n "__fish_pilet_using_subcommand post" -l no-open
complete -c pilet -n "__fish_pilet_using_subcommand post" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand post" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand post" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand post" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand post" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand post" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand pack" -l target -d 'Where to write the tarball: a folder, or a path ending in `.tgz`' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand pack" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand pack" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand pack" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand pack" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand pack" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand pack" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand pack" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand pack" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand pack" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand package" -l target -d 'Where to write the tarball: a folder, or a path ending in `.tgz`' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand package" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand package" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand package" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand package" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand package" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand package" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand package" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand package" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand package" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand add-piral-instance" -l selected -d 'Make it the shell that `pilet debug` and `pilet build` use (the others are unselected)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand add-piral-instance" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c pilet -n "__fish_pilet_using_subcommand add-piral-instance" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand add-piral-instance" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand add-piral-instance" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand add-piral-instance" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand add-piral-instance" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand add-piral-instance" -l no-selected
complete -c pilet -n "__fish_pilet_using_subcommand add-piral-instance" -l no-allow-self-signed
complete -c pilet -n "__fish_pilet_using_subcommand add-piral-instance" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand add-piral-instance" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand add-piral-instance" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand add-piral-instance" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand add-piral-instance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand add-piral-instance" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand add-shell" -l selected -d 'Make it the shell that `pilet debug` and `pilet build` use (the others are unselected)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand add-shell" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c pilet -n "__fish_pilet_using_subcommand add-shell" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand add-shell" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand add-shell" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand add-shell" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand add-shell" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand add-shell" -l no-selected
complete -c pilet -n "__fish_pilet_using_subcommand add-shell" -l no-allow-self-signed
complete -c pilet -n "__fish_pilet_using_subcommand add-shell" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand add-shell" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand add-shell" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand add-shell" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand add-shell" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand add-shell" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand install-shell" -l selected -d 'Make it the shell that `pilet debug` and `pilet build` use (the others are unselected)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand install-shell" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c pilet -n "__fish_pilet_using_subcommand install-shell" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand install-shell" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand install-shell" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand install-shell" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand install-shell" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand install-shell" -l no-selected
complete -c pilet -n "__fish_pilet_using_subcommand install-shell" -l no-allow-self-signed
complete -c pilet -n "__fish_pilet_using_subcommand install-shell" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand install-shell" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand install-shell" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand install-shell" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand install-shell" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand install-shell" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand add-app" -l selected -d 'Make it the shell that `pilet debug` and `pilet build` use (the others are unselected)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand add-app" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c pilet -n "__fish_pilet_using_subcommand add-app" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand add-app" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand add-app" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand add-app" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand add-app" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand add-app" -l no-selected
complete -c pilet -n "__fish_pilet_using_subcommand add-app" -l no-allow-self-signed
complete -c pilet -n "__fish_pilet_using_subcommand add-app" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand add-app" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand add-app" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand add-app" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand add-app" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand add-app" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand with-app" -l selected -d 'Make it the shell that `pilet debug` and `pilet build` use (the others are unselected)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand with-app" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c pilet -n "__fish_pilet_using_subcommand with-app" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand with-app" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c pilet -n "__fish_pilet_using_subcommand with-app" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand with-app" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand with-app" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand with-app" -l no-selected
complete -c pilet -n "__fish_pilet_using_subcommand with-app" -l no-allow-self-signed
complete -c pilet -n "__fish_pilet_using_subcommand with-app" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand with-app" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand with-app" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand with-app" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand with-app" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand with-app" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand remove-piral-instance" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c pilet -n "__fish_pilet_using_subcommand remove-piral-instance" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand remove-piral-instance" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand remove-piral-instance" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand remove-piral-instance" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand remove-piral-instance" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand remove-piral-instance" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand remove-piral-instance" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand remove-piral-instance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand remove-piral-instance" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand remove-shell" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c pilet -n "__fish_pilet_using_subcommand remove-shell" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand remove-shell" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand remove-shell" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand remove-shell" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand remove-shell" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand remove-shell" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand remove-shell" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand remove-shell" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand remove-shell" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand uninstall-shell" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c pilet -n "__fish_pilet_using_subcommand uninstall-shell" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand uninstall-shell" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand uninstall-shell" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand uninstall-shell" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand uninstall-shell" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand uninstall-shell" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand uninstall-shell" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand uninstall-shell" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand uninstall-shell" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand remove-app" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c pilet -n "__fish_pilet_using_subcommand remove-app" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand remove-app" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand remove-app" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand remove-app" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand remove-app" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand remove-app" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand remove-app" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand remove-app" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand remove-app" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand without-app" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c pilet -n "__fish_pilet_using_subcommand without-app" -l base -d 'Run as if started in this folder' -r -F
complete -c pilet -n "__fish_pilet_using_subcommand without-app" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c pilet -n "__fish_pilet_using_subcommand without-app" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pilet -n "__fish_pilet_using_subcommand without-app" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c pilet -n "__fish_pilet_using_subcommand without-app" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c pilet -n "__fish_pilet_using_subcommand without-app" -l no-progress -d 'Never draw progress bars or spinners'
complete -c pilet -n "__fish_pilet_using_subcommand without-app" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c pilet -n "__fish_pilet_using_subcommand without-app" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pilet -n "__fish_pilet_using_subcommand without-app" -s V -l version -d 'Print version'
complete -c pilet -n "__fish_pilet_using_subcommand help; and not __fish_seen_subcommand_from new debug build upgrade declaration validate publish pack add-piral-instance remove-piral-instance help" -f -a "new" -d 'Scaffold a new pilet for an app shell'
complete -c pilet -n "__fish_pilet_using_subcommand help; and not __fish_seen_subcommand_from new debug build upgrade declaration validate publish pack add-piral-instance remove-piral-instance help" -f -a "debug" -d 'Serve pilets in their app shell, rebuilding them as you edit'
complete -c pilet -n "__fish_pilet_using_subcommand help; and not __fish_seen_subcommand_from new debug build upgrade declaration validate publish pack add-piral-instance remove-piral-instance help" -f -a "build" -d 'Bundle a pilet for the Piral runtime'
complete -c pilet -n "__fish_pilet_using_subcommand help; and not __fish_seen_subcommand_from new debug build upgrade declaration validate publish pack add-piral-instance remove-piral-instance help" -f -a "upgrade" -d 'Move the pilet to a new version of its app shell'
complete -c pilet -n "__fish_pilet_using_subcommand help; and not __fish_seen_subcommand_from new debug build upgrade declaration validate publish pack add-piral-instance remove-piral-instance help" -f -a "declaration" -d 'Write the pilet\'s declaration (`index.d.ts`) without building it'
complete -c pilet -n "__fish_pilet_using_subcommand help; and not __fish_seen_subcommand_from new debug build upgrade declaration validate publish pack add-piral-instance remove-piral-instance help" -f -a "validate" -d 'Check a pilet against the rules of its app shells'
complete -c pilet -n "__fish_pilet_using_subcommand help; and not __fish_seen_subcommand_from new debug build upgrade declaration validate publish pack add-piral-instance remove-piral-instance help" -f -a "publish" -d 'Publish pilet tarballs to a feed service'
complete -c pilet -n "__fish_pilet_using_subcommand help; and not __fish_seen_subcommand_from new debug build upgrade declaration validate publish pack add-piral-instance remove-piral-instance help" -f -a "pack" -d 'Pack a pilet into an npm-compatible `.tgz`'
complete -c pilet -n "__fish_pilet_using_subcommand help; and not __fish_seen_subcommand_from new debug build upgrade declaration validate publish pack add-piral-instance remove-piral-instance help" -f -a "add-piral-instance" -d 'Add an app shell to debug and build the pilet with'
complete -c pilet -n "__fish_pilet_using_subcommand help; and not __fish_seen_subcommand_from new debug build upgrade declaration validate publish pack add-piral-instance remove-piral-instance help" -f -a "remove-piral-instance" -d 'Remove an app shell from the pilet'
complete -c pilet -n "__fish_pilet_using_subcommand help; and not __fish_seen_subcommand_from new debug build upgrade declaration validate publish pack add-piral-instance remove-piral-instance help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
