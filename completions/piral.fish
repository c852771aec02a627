# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_piral_global_optspecs
    string join \n base= log-level= q/quiet v/verbose color= no-progress json h/help V/version
end

function __fish_piral_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_piral_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_piral_using_subcommand
    set -l cmd (__fish_piral_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c piral -n "__fish_piral_needs_command" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_needs_command" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_needs_command" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_needs_command" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_needs_command" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_needs_command" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_needs_command" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_needs_command" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_needs_command" -f -a "new" -d 'Scaffold a new app shell (a Piral instance)'
complete -c piral -n "__fish_piral_needs_command" -f -a "create" -d 'Scaffold a new app shell (a Piral instance)'
complete -c piral -n "__fish_piral_needs_command" -f -a "scaffold" -d 'Scaffold a new app shell (a Piral instance)'
complete -c piral -n "__fish_piral_needs_command" -f -a "setup" -d 'Scaffold a new app shell (a Piral instance)'
complete -c piral -n "__fish_piral_needs_command" -f -a "debug" -d 'Serve an app shell while you develop it, rebuilding and reloading on changes'
complete -c piral -n "__fish_piral_needs_command" -f -a "watch" -d 'Serve an app shell while you develop it, rebuilding and reloading on changes'
complete -c piral -n "__fish_piral_needs_command" -f -a "run-emulator" -d 'Serve an emulator package with the pilets of a feed'
complete -c piral -n "__fish_piral_needs_command" -f -a "start-emulator" -d 'Serve an emulator package with the pilets of a feed'
complete -c piral -n "__fish_piral_needs_command" -f -a "build" -d 'Bundle an app shell: the release site and the emulator package'
complete -c piral -n "__fish_piral_needs_command" -f -a "bundle" -d 'Bundle an app shell: the release site and the emulator package'
complete -c piral -n "__fish_piral_needs_command" -f -a "publish" -d 'Publish an app shell: its emulator to an npm registry, or its release files'
complete -c piral -n "__fish_piral_needs_command" -f -a "release" -d 'Publish an app shell: its emulator to an npm registry, or its release files'
complete -c piral -n "__fish_piral_needs_command" -f -a "validate" -d 'Check an app shell\'s manifests against the rules of the Piral CLI'
complete -c piral -n "__fish_piral_needs_command" -f -a "verify" -d 'Check an app shell\'s manifests against the rules of the Piral CLI'
complete -c piral -n "__fish_piral_needs_command" -f -a "check" -d 'Check an app shell\'s manifests against the rules of the Piral CLI'
complete -c piral -n "__fish_piral_needs_command" -f -a "upgrade" -d 'Move the app shell\'s Piral packages to one release'
complete -c piral -n "__fish_piral_needs_command" -f -a "patch" -d 'Move the app shell\'s Piral packages to one release'
complete -c piral -n "__fish_piral_needs_command" -f -a "declaration" -d 'Write the app shell\'s declaration: its Pilet API with every type it references'
complete -c piral -n "__fish_piral_needs_command" -f -a "declare" -d 'Write the app shell\'s declaration: its Pilet API with every type it references'
complete -c piral -n "__fish_piral_needs_command" -f -a "feed" -d 'Manage the releases of a feed in blob storage: list, promote, roll back, verify'
complete -c piral -n "__fish_piral_needs_command" -f -a "pilet" -d 'Commands for pilets (also available as the `pilet` program)'
complete -c piral -n "__fish_piral_needs_command" -f -a "new-pilet" -d 'Scaffold a new pilet (same as `piral pilet new`)'
complete -c piral -n "__fish_piral_needs_command" -f -a "debug-pilet" -d 'Debug pilets (same as `piral pilet debug`)'
complete -c piral -n "__fish_piral_needs_command" -f -a "build-pilet" -d 'Bundle a pilet (same as `piral pilet build`)'
complete -c piral -n "__fish_piral_needs_command" -f -a "upgrade-pilet" -d 'Upgrade a pilet\'s app shell (same as `piral pilet upgrade`)'
complete -c piral -n "__fish_piral_needs_command" -f -a "declaration-pilet" -d 'Write a pilet\'s declaration (same as `piral pilet declaration`)'
complete -c piral -n "__fish_piral_needs_command" -f -a "validate-pilet" -d 'Check a pilet (same as `piral pilet validate`)'
complete -c piral -n "__fish_piral_needs_command" -f -a "publish-pilet" -d 'Publish pilets (same as `piral pilet publish`)'
complete -c piral -n "__fish_piral_needs_command" -f -a "pack-pilet" -d 'Pack a pilet into an npm-compatible `.tgz` (same as `piral pilet pack`)'
complete -c piral -n "__fish_piral_needs_command" -f -a "completions" -d 'Print the shell completion script for bash, zsh, fish, powershell or elvish'
complete -c piral -n "__fish_piral_needs_command" -f -a "explain" -d 'Explain a message code, such as `0045`'
complete -c piral -n "__fish_piral_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c piral -n "__fish_piral_using_subcommand new" -l target -d 'The folder to create the app shell in (same as the positional TARGET)' -r -F
complete -c piral -n "__fish_piral_using_subcommand new" -l app -d 'The app\'s HTML entry, relative to the project' -r
complete -c piral -n "__fish_piral_using_subcommand new" -l framework -d 'The Piral package to build on' -r -f -a "piral\t'piral: piral-core plus the standard plugins (menu, dashboard, notifications, ...)'
piral-core\t'piral-core: the React core without plugins'
piral-base\t'piral-base: the framework-independent pilet loader'"
complete -c piral -n "__fish_piral_using_subcommand new" -l language -d 'The language of the sources [default: `language` from .piralrc, else ts]' -r -f -a "ts\t'TypeScript (`.ts`, `.tsx`)'
js\t'JavaScript (`.js`, `.jsx`)'"
complete -c piral -n "__fish_piral_using_subcommand new" -l template -d 'The built-in template: `default` or `empty`' -r
complete -c piral -n "__fish_piral_using_subcommand new" -l name -d 'The package name [default: the folder\'s name]' -r
complete -c piral -n "__fish_piral_using_subcommand new" -l tag -d 'The version of the Piral packages to depend on [default: the Piral release this CLI targets]' -r
complete -c piral -n "__fish_piral_using_subcommand new" -l force-overwrite -d 'What to do with files that exist already' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c piral -n "__fish_piral_using_subcommand new" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c piral -n "__fish_piral_using_subcommand new" -l install -d 'Install the dependencies after scaffolding (`--no-install` to skip)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand new" -l registry -d 'The npm registry to install from [default: `registry` from .piralrc, else your npm\'s]' -r
complete -c piral -n "__fish_piral_using_subcommand new" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand new" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand new" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand new" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand new" -l no-install
complete -c piral -n "__fish_piral_using_subcommand new" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand new" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand new" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand new" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand new" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand create" -l target -d 'The folder to create the app shell in (same as the positional TARGET)' -r -F
complete -c piral -n "__fish_piral_using_subcommand create" -l app -d 'The app\'s HTML entry, relative to the project' -r
complete -c piral -n "__fish_piral_using_subcommand create" -l framework -d 'The Piral package to build on' -r -f -a "piral\t'piral: piral-core plus the standard plugins (menu, dashboard, notifications, ...)'
piral-core\t'piral-core: the React core without plugins'
piral-base\t'piral-base: the framework-independent pilet loader'"
complete -c piral -n "__fish_piral_using_subcommand create" -l language -d 'The language of the sources [default: `language` from .piralrc, else ts]' -r -f -a "ts\t'TypeScript (`.ts`, `.tsx`)'
js\t'JavaScript (`.js`, `.jsx`)'"
complete -c piral -n "__fish_piral_using_subcommand create" -l template -d 'The built-in template: `default` or `empty`' -r
complete -c piral -n "__fish_piral_using_subcommand create" -l name -d 'The package name [default: the folder\'s name]' -r
complete -c piral -n "__fish_piral_using_subcommand create" -l tag -d 'The version of the Piral packages to depend on [default: the Piral release this CLI targets]' -r
complete -c piral -n "__fish_piral_using_subcommand create" -l force-overwrite -d 'What to do with files that exist already' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c piral -n "__fish_piral_using_subcommand create" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c piral -n "__fish_piral_using_subcommand create" -l install -d 'Install the dependencies after scaffolding (`--no-install` to skip)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand create" -l registry -d 'The npm registry to install from [default: `registry` from .piralrc, else your npm\'s]' -r
complete -c piral -n "__fish_piral_using_subcommand create" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand create" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand create" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand create" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand create" -l no-install
complete -c piral -n "__fish_piral_using_subcommand create" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand create" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand create" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand create" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand create" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l target -d 'The folder to create the app shell in (same as the positional TARGET)' -r -F
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l app -d 'The app\'s HTML entry, relative to the project' -r
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l framework -d 'The Piral package to build on' -r -f -a "piral\t'piral: piral-core plus the standard plugins (menu, dashboard, notifications, ...)'
piral-core\t'piral-core: the React core without plugins'
piral-base\t'piral-base: the framework-independent pilet loader'"
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l language -d 'The language of the sources [default: `language` from .piralrc, else ts]' -r -f -a "ts\t'TypeScript (`.ts`, `.tsx`)'
js\t'JavaScript (`.js`, `.jsx`)'"
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l template -d 'The built-in template: `default` or `empty`' -r
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l name -d 'The package name [default: the folder\'s name]' -r
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l tag -d 'The version of the Piral packages to depend on [default: the Piral release this CLI targets]' -r
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l force-overwrite -d 'What to do with files that exist already' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l install -d 'Install the dependencies after scaffolding (`--no-install` to skip)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l registry -d 'The npm registry to install from [default: `registry` from .piralrc, else your npm\'s]' -r
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l no-install
complete -c piral -n "__fish_piral_using_subcommand scaffold" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand scaffold" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand scaffold" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand scaffold" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand scaffold" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand setup" -l target -d 'The folder to create the app shell in (same as the positional TARGET)' -r -F
complete -c piral -n "__fish_piral_using_subcommand setup" -l app -d 'The app\'s HTML entry, relative to the project' -r
complete -c piral -n "__fish_piral_using_subcommand setup" -l framework -d 'The Piral package to build on' -r -f -a "piral\t'piral: piral-core plus the standard plugins (menu, dashboard, notifications, ...)'
piral-core\t'piral-core: the React core without plugins'
piral-base\t'piral-base: the framework-independent pilet loader'"
complete -c piral -n "__fish_piral_using_subcommand setup" -l language -d 'The language of the sources [default: `language` from .piralrc, else ts]' -r -f -a "ts\t'TypeScript (`.ts`, `.tsx`)'
js\t'JavaScript (`.js`, `.jsx`)'"
complete -c piral -n "__fish_piral_using_subcommand setup" -l template -d 'The built-in template: `default` or `empty`' -r
complete -c piral -n "__fish_piral_using_subcommand setup" -l name -d 'The package name [default: the folder\'s name]' -r
complete -c piral -n "__fish_piral_using_subcommand setup" -l tag -d 'The version of the Piral packages to depend on [default: the Piral release this CLI targets]' -r
complete -c piral -n "__fish_piral_using_subcommand setup" -l force-overwrite -d 'What to do with files that exist already' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c piral -n "__fish_piral_using_subcommand setup" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c piral -n "__fish_piral_using_subcommand setup" -l install -d 'Install the dependencies after scaffolding (`--no-install` to skip)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand setup" -l registry -d 'The npm registry to install from [default: `registry` from .piralrc, else your npm\'s]' -r
complete -c piral -n "__fish_piral_using_subcommand setup" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand setup" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand setup" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand setup" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand setup" -l no-install
complete -c piral -n "__fish_piral_using_subcommand setup" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand setup" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand setup" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand setup" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand setup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand setup" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand debug" -l port -d 'The port to serve on; the next free one is taken when it is busy' -r
complete -c piral -n "__fish_piral_using_subcommand debug" -l strict-port -d 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand debug" -l host -d 'The address to listen on; anything but loopback makes the server reachable from other machines' -r
complete -c piral -n "__fish_piral_using_subcommand debug" -l open -d 'Open the browser once the server runs' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand debug" -l krasrc -d 'A kras configuration merged over the project\'s `.krasrc` files (mock folders, `map`, injectors)' -r -F
complete -c piral -n "__fish_piral_using_subcommand debug" -l proxy -d 'Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)' -r
complete -c piral -n "__fish_piral_using_subcommand debug" -l public-url -d 'The public URL the app is served under; the feed is `<public url>$pilet-api`' -r
complete -c piral -n "__fish_piral_using_subcommand debug" -l feed -d 'A pilet feed for the shell to load instead of its own' -r
complete -c piral -n "__fish_piral_using_subcommand debug" -l debounce -d 'Milliseconds to wait for more changes before rebuilding' -r
complete -c piral -n "__fish_piral_using_subcommand debug" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand debug" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand debug" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand debug" -l no-strict-port
complete -c piral -n "__fish_piral_using_subcommand debug" -l no-open
complete -c piral -n "__fish_piral_using_subcommand debug" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand debug" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand debug" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand debug" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand debug" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand debug" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand watch" -l port -d 'The port to serve on; the next free one is taken when it is busy' -r
complete -c piral -n "__fish_piral_using_subcommand watch" -l strict-port -d 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand watch" -l host -d 'The address to listen on; anything but loopback makes the server reachable from other machines' -r
complete -c piral -n "__fish_piral_using_subcommand watch" -l open -d 'Open the browser once the server runs' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand watch" -l krasrc -d 'A kras configuration merged over the project\'s `.krasrc` files (mock folders, `map`, injectors)' -r -F
complete -c piral -n "__fish_piral_using_subcommand watch" -l proxy -d 'Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)' -r
complete -c piral -n "__fish_piral_using_subcommand watch" -l public-url -d 'The public URL the app is served under; the feed is `<public url>$pilet-api`' -r
complete -c piral -n "__fish_piral_using_subcommand watch" -l feed -d 'A pilet feed for the shell to load instead of its own' -r
complete -c piral -n "__fish_piral_using_subcommand watch" -l debounce -d 'Milliseconds to wait for more changes before rebuilding' -r
complete -c piral -n "__fish_piral_using_subcommand watch" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand watch" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand watch" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand watch" -l no-strict-port
complete -c piral -n "__fish_piral_using_subcommand watch" -l no-open
complete -c piral -n "__fish_piral_using_subcommand watch" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand watch" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand watch" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand watch" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand watch" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l port -d 'The port to serve on; the next free one is taken when it is busy' -r
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l strict-port -d 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l host -d 'The address to listen on; anything but loopback makes the server reachable from other machines' -r
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l open -d 'Open the browser once the server runs' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l krasrc -d 'A kras configuration merged over the project\'s `.krasrc` files (mock folders, `map`, injectors)' -r -F
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l proxy -d 'Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)' -r
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l feed -d 'A pilet feed whose pilets the emulator shows' -r
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l registry -d 'The npm registry to install the emulator from' -r
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l npm-client -d 'The npm client to install the emulator with [default: npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l no-strict-port
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l no-open
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand run-emulator" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l port -d 'The port to serve on; the next free one is taken when it is busy' -r
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l strict-port -d 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l host -d 'The address to listen on; anything but loopback makes the server reachable from other machines' -r
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l open -d 'Open the browser once the server runs' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l krasrc -d 'A kras configuration merged over the project\'s `.krasrc` files (mock folders, `map`, injectors)' -r -F
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l proxy -d 'Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)' -r
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l feed -d 'A pilet feed whose pilets the emulator shows' -r
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l registry -d 'The npm registry to install the emulator from' -r
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l npm-client -d 'The npm client to install the emulator with [default: npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l no-strict-port
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l no-open
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand start-emulator" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand build" -l target -d 'The output folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand build" -l type -d 'What to produce' -r -f -a "all\t'The release and the emulator (as piral.json `emulator` says, default `package`)'
release\t'The site to deploy: `<target>/release`'
emulator\t'The emulator as piral.json `emulator` says (default `package`)'
emulator-package\t'The emulator as an npm package `.tgz`: `<target>/emulator`'
emulator-sources\t'The emulator package\'s files, not packed: `<target>/emulator`'
emulator-website\t'The emulator as a website (`emulator.json` and the app): `<target>/emulator`'"
complete -c piral -n "__fish_piral_using_subcommand build" -l subdir -d 'Write into `<target>/release` and `<target>/emulator` (`--no-subdir`: straight into the target)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand build" -l watch -d 'After the first build, keep watching: rebuild into the output on every change of a file the build read (a failed rebuild leaves the output as it was); Ctrl-C stops' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand build" -l public-url -d 'The public URL the files are served from' -r
complete -c piral -n "__fish_piral_using_subcommand build" -l minify -d 'Minify the output (`--no-minify` to keep it readable)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand build" -l source-maps -d 'Write source maps (`--no-source-maps` to skip them)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand build" -l content-hash -d 'Put content hashes into file names (`--no-content-hash` to keep plain names)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand build" -l fresh -d 'Empty the output folder first (after a successful build)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand build" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c piral -n "__fish_piral_using_subcommand build" -l optimize-modules -d 'Accepted for compatibility and ignored: modules are never patched' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand build" -l concurrency -d 'Accepted for compatibility and ignored: modules are transformed on every core' -r
complete -c piral -n "__fish_piral_using_subcommand build" -l report -d 'Write a self-contained bundle report: a treemap of files, packages and modules with raw and gzip sizes [default file: report.html in the project folder]' -r -F
complete -c piral -n "__fish_piral_using_subcommand build" -l metafile -d 'Write esbuild\'s metafile JSON (inputs, outputs, bytes per module), which esbuild\'s analyzer and other tools read [relative to the project folder]' -r -F
complete -c piral -n "__fish_piral_using_subcommand build" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand build" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand build" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand build" -l no-subdir
complete -c piral -n "__fish_piral_using_subcommand build" -l no-watch
complete -c piral -n "__fish_piral_using_subcommand build" -l service-worker -d 'Give the release a service worker that keeps the shell, its feed and its pilets for offline use [default: `serviceWorker` of piral.json]'
complete -c piral -n "__fish_piral_using_subcommand build" -l no-minify
complete -c piral -n "__fish_piral_using_subcommand build" -l no-source-maps
complete -c piral -n "__fish_piral_using_subcommand build" -l no-content-hash
complete -c piral -n "__fish_piral_using_subcommand build" -l no-fresh
complete -c piral -n "__fish_piral_using_subcommand build" -l no-optimize-modules
complete -c piral -n "__fish_piral_using_subcommand build" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand build" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand build" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand build" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand build" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand bundle" -l target -d 'The output folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand bundle" -l type -d 'What to produce' -r -f -a "all\t'The release and the emulator (as piral.json `emulator` says, default `package`)'
release\t'The site to deploy: `<target>/release`'
emulator\t'The emulator as piral.json `emulator` says (default `package`)'
emulator-package\t'The emulator as an npm package `.tgz`: `<target>/emulator`'
emulator-sources\t'The emulator package\'s files, not packed: `<target>/emulator`'
emulator-website\t'The emulator as a website (`emulator.json` and the app): `<target>/emulator`'"
complete -c piral -n "__fish_piral_using_subcommand bundle" -l subdir -d 'Write into `<target>/release` and `<target>/emulator` (`--no-subdir`: straight into the target)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand bundle" -l watch -d 'After the first build, keep watching: rebuild into the output on every change of a file the build read (a failed rebuild leaves the output as it was); Ctrl-C stops' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand bundle" -l public-url -d 'The public URL the files are served from' -r
complete -c piral -n "__fish_piral_using_subcommand bundle" -l minify -d 'Minify the output (`--no-minify` to keep it readable)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand bundle" -l source-maps -d 'Write source maps (`--no-source-maps` to skip them)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand bundle" -l content-hash -d 'Put content hashes into file names (`--no-content-hash` to keep plain names)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand bundle" -l fresh -d 'Empty the output folder first (after a successful build)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand bundle" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c piral -n "__fish_piral_using_subcommand bundle" -l optimize-modules -d 'Accepted for compatibility and ignored: modules are never patched' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand bundle" -l concurrency -d 'Accepted for compatibility and ignored: modules are transformed on every core' -r
complete -c piral -n "__fish_piral_using_subcommand bundle" -l report -d 'Write a self-contained bundle report: a treemap of files, packages and modules with raw and gzip sizes [default file: report.html in the project folder]' -r -F
complete -c piral -n "__fish_piral_using_subcommand bundle" -l metafile -d 'Write esbuild\'s metafile JSON (inputs, outputs, bytes per module), which esbuild\'s analyzer and other tools read [relative to the project folder]' -r -F
complete -c piral -n "__fish_piral_using_subcommand bundle" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand bundle" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand bundle" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand bundle" -l no-subdir
complete -c piral -n "__fish_piral_using_subcommand bundle" -l no-watch
complete -c piral -n "__fish_piral_using_subcommand bundle" -l service-worker -d 'Give the release a service worker that keeps the shell, its feed and its pilets for offline use [default: `serviceWorker` of piral.json]'
complete -c piral -n "__fish_piral_using_subcommand bundle" -l no-minify
complete -c piral -n "__fish_piral_using_subcommand bundle" -l no-source-maps
complete -c piral -n "__fish_piral_using_subcommand bundle" -l no-content-hash
complete -c piral -n "__fish_piral_using_subcommand bundle" -l no-fresh
complete -c piral -n "__fish_piral_using_subcommand bundle" -l no-optimize-modules
complete -c piral -n "__fish_piral_using_subcommand bundle" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand bundle" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand bundle" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand bundle" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand bundle" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand bundle" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand publish" -l type -d 'What to publish' -r -f -a "emulator\t'The emulator package, to an npm registry'
release\t'The release files, as one multipart POST'"
complete -c piral -n "__fish_piral_using_subcommand publish" -l url -d 'The npm registry (emulator) or the upload URL (release) [default: `url` from .piralrc]' -r
complete -c piral -n "__fish_piral_using_subcommand publish" -l api-key -d 'The registry token (emulator) or API key (release) [default: from .piralrc]; never printed' -r
complete -c piral -n "__fish_piral_using_subcommand publish" -l mode -d 'How the key is sent in `authorization` (release)' -r -f -a "none\t'The raw key, with no scheme'
basic\t'`Basic <key>` (the key as it is, not base64)'
bearer\t'`Bearer <key>`'
digest\t'`Digest <key>`'"
complete -c piral -n "__fish_piral_using_subcommand publish" -l ca-cert -d 'A CA certificate (PEM) to trust' -r -F
complete -c piral -n "__fish_piral_using_subcommand publish" -l allow-self-signed -d 'Accept self-signed certificates' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand publish" -l fresh -d 'Build first' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand publish" -l retries -d 'Extra attempts after connection errors, timeouts and 502/503/504 (release)' -r
complete -c piral -n "__fish_piral_using_subcommand publish" -l to -d 'Publish to blob storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder> (credentials from AZURE_STORAGE_*, AWS_*, GOOGLE_* and `storage` in .piralrc); twice for a primary and a secondary region' -r
complete -c piral -n "__fish_piral_using_subcommand publish" -l env -d 'The feed environment to publish to: its document is feed.<env>.json (`default`: feed.json); the files are shared by every environment' -r
complete -c piral -n "__fish_piral_using_subcommand publish" -l public-url -d 'The public URL the stored files are served from (for example a CDN): the links in feed.json, the release\'s page URL [default: the storage\'s own URL; relative for file://]' -r
complete -c piral -n "__fish_piral_using_subcommand publish" -l concurrency -d 'How many files are uploaded at once' -r
complete -c piral -n "__fish_piral_using_subcommand publish" -l feed-url -d 'With `--env`: the feed the environment\'s pages name in their `piral-feed` meta tag [default: the environment\'s feed document in the same storage]' -r
complete -c piral -n "__fish_piral_using_subcommand publish" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand publish" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand publish" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand publish" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand publish" -l no-fresh
complete -c piral -n "__fish_piral_using_subcommand publish" -l dry-run -d 'Do everything but the upload, and show what would be sent'
complete -c piral -n "__fish_piral_using_subcommand publish" -l create-container -d 'Create the container or bucket first (Azure, Azurite, S3 and folders)'
complete -c piral -n "__fish_piral_using_subcommand publish" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand publish" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand publish" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand publish" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand publish" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand release" -l type -d 'What to publish' -r -f -a "emulator\t'The emulator package, to an npm registry'
release\t'The release files, as one multipart POST'"
complete -c piral -n "__fish_piral_using_subcommand release" -l url -d 'The npm registry (emulator) or the upload URL (release) [default: `url` from .piralrc]' -r
complete -c piral -n "__fish_piral_using_subcommand release" -l api-key -d 'The registry token (emulator) or API key (release) [default: from .piralrc]; never printed' -r
complete -c piral -n "__fish_piral_using_subcommand release" -l mode -d 'How the key is sent in `authorization` (release)' -r -f -a "none\t'The raw key, with no scheme'
basic\t'`Basic <key>` (the key as it is, not base64)'
bearer\t'`Bearer <key>`'
digest\t'`Digest <key>`'"
complete -c piral -n "__fish_piral_using_subcommand release" -l ca-cert -d 'A CA certificate (PEM) to trust' -r -F
complete -c piral -n "__fish_piral_using_subcommand release" -l allow-self-signed -d 'Accept self-signed certificates' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand release" -l fresh -d 'Build first' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand release" -l retries -d 'Extra attempts after connection errors, timeouts and 502/503/504 (release)' -r
complete -c piral -n "__fish_piral_using_subcommand release" -l to -d 'Publish to blob storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder> (credentials from AZURE_STORAGE_*, AWS_*, GOOGLE_* and `storage` in .piralrc); twice for a primary and a secondary region' -r
complete -c piral -n "__fish_piral_using_subcommand release" -l env -d 'The feed environment to publish to: its document is feed.<env>.json (`default`: feed.json); the files are shared by every environment' -r
complete -c piral -n "__fish_piral_using_subcommand release" -l public-url -d 'The public URL the stored files are served from (for example a CDN): the links in feed.json, the release\'s page URL [default: the storage\'s own URL; relative for file://]' -r
complete -c piral -n "__fish_piral_using_subcommand release" -l concurrency -d 'How many files are uploaded at once' -r
complete -c piral -n "__fish_piral_using_subcommand release" -l feed-url -d 'With `--env`: the feed the environment\'s pages name in their `piral-feed` meta tag [default: the environment\'s feed document in the same storage]' -r
complete -c piral -n "__fish_piral_using_subcommand release" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand release" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand release" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand release" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand release" -l no-fresh
complete -c piral -n "__fish_piral_using_subcommand release" -l dry-run -d 'Do everything but the upload, and show what would be sent'
complete -c piral -n "__fish_piral_using_subcommand release" -l create-container -d 'Create the container or bucket first (Azure, Azurite, S3 and folders)'
complete -c piral -n "__fish_piral_using_subcommand release" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand release" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand release" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand release" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand release" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand release" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand validate" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand validate" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand validate" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand validate" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand validate" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand validate" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand validate" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand validate" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand verify" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand verify" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand verify" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand verify" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand verify" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand verify" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand verify" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand verify" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand check" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand check" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand check" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand check" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand check" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand check" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand check" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand check" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand upgrade" -l target -d 'The shell\'s folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand upgrade" -l install -d 'Install the dependencies after scaffolding (`--no-install` to skip)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand upgrade" -l registry -d 'The npm registry to install from [default: `registry` from .piralrc, else your npm\'s]' -r
complete -c piral -n "__fish_piral_using_subcommand upgrade" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand upgrade" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand upgrade" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand upgrade" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand upgrade" -l no-install
complete -c piral -n "__fish_piral_using_subcommand upgrade" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand upgrade" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand upgrade" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand upgrade" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand upgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand upgrade" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand patch" -l target -d 'The shell\'s folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand patch" -l install -d 'Install the dependencies after scaffolding (`--no-install` to skip)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand patch" -l registry -d 'The npm registry to install from [default: `registry` from .piralrc, else your npm\'s]' -r
complete -c piral -n "__fish_piral_using_subcommand patch" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand patch" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand patch" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand patch" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand patch" -l no-install
complete -c piral -n "__fish_piral_using_subcommand patch" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand patch" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand patch" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand patch" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand patch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand patch" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand declaration" -l target -d 'The folder that gets `index.d.ts`, relative to the shell\'s folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand declaration" -l force-overwrite -d 'What to do when `index.d.ts` exists with other content' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c piral -n "__fish_piral_using_subcommand declaration" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand declaration" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand declaration" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand declaration" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand declaration" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand declaration" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand declaration" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand declaration" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand declaration" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand declare" -l target -d 'The folder that gets `index.d.ts`, relative to the shell\'s folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand declare" -l force-overwrite -d 'What to do when `index.d.ts` exists with other content' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c piral -n "__fish_piral_using_subcommand declare" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand declare" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand declare" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand declare" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand declare" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand declare" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand declare" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand declare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand declare" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -l to -d 'The feed\'s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -l env -d 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -f -a "list" -d 'List the pilets of an environment'
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -f -a "ls" -d 'List the pilets of an environment'
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -f -a "promote" -d 'Move a pilet\'s version from one environment to another, without building or uploading'
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -f -a "rollback" -d 'List the version a pilet had before in an environment again'
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -f -a "remove" -d 'Take a pilet out of an environment (its files stay)'
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -f -a "rm" -d 'Take a pilet out of an environment (its files stay)'
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -f -a "history" -d 'Show an environment\'s changes: who, when, what'
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -f -a "log" -d 'Show an environment\'s changes: who, when, what'
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -f -a "verify" -d 'Check that every link answers, its bytes match its integrity and shared dependencies are provided'
complete -c piral -n "__fish_piral_using_subcommand feed; and not __fish_seen_subcommand_from list ls promote rollback remove rm history log verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from list" -l to -d 'The feed\'s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from list" -l env -d 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from list" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from list" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from list" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from list" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from ls" -l to -d 'The feed\'s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from ls" -l env -d 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from ls" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from ls" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from ls" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from ls" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from ls" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from promote" -l from -d 'The environment to take it from' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from promote" -l to -d 'The feed\'s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from promote" -l env -d 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from promote" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from promote" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from promote" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from promote" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from promote" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from promote" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from promote" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from promote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from promote" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rollback" -l to -d 'The feed\'s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rollback" -l env -d 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rollback" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rollback" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rollback" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rollback" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rollback" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rollback" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rollback" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rollback" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from remove" -l to -d 'The feed\'s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from remove" -l env -d 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from remove" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from remove" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from remove" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from remove" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rm" -l to -d 'The feed\'s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rm" -l env -d 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rm" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rm" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rm" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rm" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rm" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from history" -l to -d 'The feed\'s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from history" -l env -d 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from history" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from history" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from history" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from history" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from history" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from log" -l to -d 'The feed\'s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from log" -l env -d 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from log" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from log" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from log" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from log" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from log" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from log" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from verify" -l to -d 'The feed\'s storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder>; twice for a primary and a secondary region [default: `url` from .piralrc when it is such a URL]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from verify" -l env -d 'The environment: its document is feed.<env>.json (`default`: feed.json) [`verify`: every environment]' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from verify" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from verify" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from verify" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from verify" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from verify" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the pilets of an environment'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "promote" -d 'Move a pilet\'s version from one environment to another, without building or uploading'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'List the version a pilet had before in an environment again'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Take a pilet out of an environment (its files stay)'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show an environment\'s changes: who, when, what'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check that every link answers, its bytes match its integrity and shared dependencies are provided'
complete -c piral -n "__fish_piral_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "new" -d 'Scaffold a new pilet for an app shell'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "create" -d 'Scaffold a new pilet for an app shell'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "scaffold" -d 'Scaffold a new pilet for an app shell'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "debug" -d 'Serve pilets in their app shell, rebuilding them as you edit'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "watch" -d 'Serve pilets in their app shell, rebuilding them as you edit'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "build" -d 'Bundle a pilet for the Piral runtime'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "bundle" -d 'Bundle a pilet for the Piral runtime'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "upgrade" -d 'Move the pilet to a new version of its app shell'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "declaration" -d 'Write the pilet\'s declaration (`index.d.ts`) without building it'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "declare" -d 'Write the pilet\'s declaration (`index.d.ts`) without building it'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "validate" -d 'Check a pilet against the rules of its app shells'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "verify" -d 'Check a pilet against the rules of its app shells'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "check" -d 'Check a pilet against the rules of its app shells'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "lint" -d 'Check a pilet against the rules of its app shells'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "assert" -d 'Check a pilet against the rules of its app shells'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "publish" -d 'Publish pilet tarballs to a feed service'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "post" -d 'Publish pilet tarballs to a feed service'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "pack" -d 'Pack a pilet into an npm-compatible `.tgz`'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "package" -d 'Pack a pilet into an npm-compatible `.tgz`'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "add-piral-instance" -d 'Add an app shell to debug and build the pilet with'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "add-shell" -d 'Add an app shell to debug and build the pilet with'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "install-shell" -d 'Add an app shell to debug and build the pilet with'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "add-app" -d 'Add an app shell to debug and build the pilet with'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "with-app" -d 'Add an app shell to debug and build the pilet with'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "remove-piral-instance" -d 'Remove an app shell from the pilet'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "remove-shell" -d 'Remove an app shell from the pilet'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "uninstall-shell" -d 'Remove an app shell from the pilet'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "remove-app" -d 'Remove an app shell from the pilet'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "without-app" -d 'Remove an app shell from the pilet'
complete -c piral -n "__fish_piral_using_subcommand pilet; and not __fish_seen_subcommand_from new create scaffold debug watch build bundle upgrade declaration declare validate verify check lint assert publish post pack package add-piral-instance add-shell install-shell add-app with-app remove-piral-instance remove-shell uninstall-shell remove-app without-app help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l target -d 'The folder to create the pilet in' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l language -d 'The language of the sources [default: `language` from .piralrc, else ts]' -r -f -a "ts\t'TypeScript (`.ts`, `.tsx`)'
js\t'JavaScript (`.js`, `.jsx`)'"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l template -d 'The built-in template: `default` or `empty` [default: the shell\'s `pilets.template`, else default]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l name -d 'The package name [default: the folder\'s name]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l force-overwrite -d 'What to do with files that exist already' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l install -d 'Install the dependencies after scaffolding (`--no-install` to skip)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l registry -d 'The npm registry to install from [default: `registry` from .piralrc, else your npm\'s]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l no-install
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from new" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l target -d 'The folder to create the pilet in' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l language -d 'The language of the sources [default: `language` from .piralrc, else ts]' -r -f -a "ts\t'TypeScript (`.ts`, `.tsx`)'
js\t'JavaScript (`.js`, `.jsx`)'"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l template -d 'The built-in template: `default` or `empty` [default: the shell\'s `pilets.template`, else default]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l name -d 'The package name [default: the folder\'s name]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l force-overwrite -d 'What to do with files that exist already' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l install -d 'Install the dependencies after scaffolding (`--no-install` to skip)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l registry -d 'The npm registry to install from [default: `registry` from .piralrc, else your npm\'s]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l no-install
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l target -d 'The folder to create the pilet in' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l language -d 'The language of the sources [default: `language` from .piralrc, else ts]' -r -f -a "ts\t'TypeScript (`.ts`, `.tsx`)'
js\t'JavaScript (`.js`, `.jsx`)'"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l template -d 'The built-in template: `default` or `empty` [default: the shell\'s `pilets.template`, else default]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l name -d 'The package name [default: the folder\'s name]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l force-overwrite -d 'What to do with files that exist already' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l install -d 'Install the dependencies after scaffolding (`--no-install` to skip)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l registry -d 'The npm registry to install from [default: `registry` from .piralrc, else your npm\'s]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l no-install
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from scaffold" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l port -d 'The port to serve on; the next free one is taken when it is busy' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l strict-port -d 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l host -d 'The address to listen on; anything but loopback makes the server reachable from other machines' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l open -d 'Open the browser once the server runs' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l krasrc -d 'A kras configuration merged over the project\'s `.krasrc` files (mock folders, `map`, injectors)' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l proxy -d 'Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l public-url -d 'The public URL the app is served under; the feed is `<public url>$pilet-api`' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l app -d 'The app shell to debug in [default: the one selected in pilet.json]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l app-dir -d 'A folder with the app shell\'s files to serve instead of the emulator\'s `app/`' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l schema -d 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]' -r -f -a "v0\t''
v1\t''
v2\t''
v3\t''
mf\t''
none\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l feed -d 'A pilet feed whose pilets are listed after the local ones (local names win)' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l debounce -d 'Milliseconds to wait for more changes before rebuilding' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l no-strict-port
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l no-open
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from debug" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l port -d 'The port to serve on; the next free one is taken when it is busy' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l strict-port -d 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l host -d 'The address to listen on; anything but loopback makes the server reachable from other machines' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l open -d 'Open the browser once the server runs' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l krasrc -d 'A kras configuration merged over the project\'s `.krasrc` files (mock folders, `map`, injectors)' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l proxy -d 'Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l public-url -d 'The public URL the app is served under; the feed is `<public url>$pilet-api`' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l app -d 'The app shell to debug in [default: the one selected in pilet.json]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l app-dir -d 'A folder with the app shell\'s files to serve instead of the emulator\'s `app/`' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l schema -d 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]' -r -f -a "v0\t''
v1\t''
v2\t''
v3\t''
mf\t''
none\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l feed -d 'A pilet feed whose pilets are listed after the local ones (local names win)' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l debounce -d 'Milliseconds to wait for more changes before rebuilding' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l no-strict-port
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l no-open
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from watch" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l target -d 'The main file to write; its folder receives every output' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l schema -d 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]' -r -f -a "v0\t''
v1\t''
v2\t''
v3\t''
mf\t''
none\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l type -d 'What to produce' -r -f -a "default\t'The pilet\'s files in the target folder'
standalone\t'The pilets, a pilets.json and the app shell, ready to serve together'
manifest\t'The pilets in folders of their own, with a pilets.json'"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l app -d 'The app shell for `--type standalone` [default: the ones selected in pilet.json]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l declaration -d 'Write `index.d.ts`: the entry\'s declarations and those of the local modules they use (TypeScript\'s isolated declarations) [default: true]' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l watch -d 'After the first build, keep watching: rebuild into the output on every change of a file the build read (a failed rebuild leaves the output as it was); Ctrl-C stops' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l public-url -d 'The public URL the files are served from' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l minify -d 'Minify the output (`--no-minify` to keep it readable)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l source-maps -d 'Write source maps (`--no-source-maps` to skip them)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l content-hash -d 'Put content hashes into file names (`--no-content-hash` to keep plain names)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l fresh -d 'Empty the output folder first (after a successful build)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l optimize-modules -d 'Accepted for compatibility and ignored: modules are never patched' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l concurrency -d 'Accepted for compatibility and ignored: modules are transformed on every core' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l report -d 'Write a self-contained bundle report: a treemap of files, packages and modules with raw and gzip sizes [default file: report.html in the project folder]' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l metafile -d 'Write esbuild\'s metafile JSON (inputs, outputs, bytes per module), which esbuild\'s analyzer and other tools read [relative to the project folder]' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l no-declaration
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l no-watch
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l no-minify
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l no-source-maps
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l no-content-hash
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l no-fresh
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l no-optimize-modules
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from build" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l target -d 'The main file to write; its folder receives every output' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l schema -d 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]' -r -f -a "v0\t''
v1\t''
v2\t''
v3\t''
mf\t''
none\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l type -d 'What to produce' -r -f -a "default\t'The pilet\'s files in the target folder'
standalone\t'The pilets, a pilets.json and the app shell, ready to serve together'
manifest\t'The pilets in folders of their own, with a pilets.json'"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l app -d 'The app shell for `--type standalone` [default: the ones selected in pilet.json]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l declaration -d 'Write `index.d.ts`: the entry\'s declarations and those of the local modules they use (TypeScript\'s isolated declarations) [default: true]' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l watch -d 'After the first build, keep watching: rebuild into the output on every change of a file the build read (a failed rebuild leaves the output as it was); Ctrl-C stops' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l public-url -d 'The public URL the files are served from' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l minify -d 'Minify the output (`--no-minify` to keep it readable)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l source-maps -d 'Write source maps (`--no-source-maps` to skip them)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l content-hash -d 'Put content hashes into file names (`--no-content-hash` to keep plain names)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l fresh -d 'Empty the output folder first (after a successful build)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l optimize-modules -d 'Accepted for compatibility and ignored: modules are never patched' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l concurrency -d 'Accepted for compatibility and ignored: modules are transformed on every core' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l report -d 'Write a self-contained bundle report: a treemap of files, packages and modules with raw and gzip sizes [default file: report.html in the project folder]' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l metafile -d 'Write esbuild\'s metafile JSON (inputs, outputs, bytes per module), which esbuild\'s analyzer and other tools read [relative to the project folder]' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l no-declaration
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l no-watch
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l no-minify
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l no-source-maps
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l no-content-hash
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l no-fresh
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l no-optimize-modules
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from bundle" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -l target -d 'The pilet\'s folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -l force-overwrite -d 'What to do with scaffold files you changed since the last scaffold' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -l install -d 'Install the dependencies after scaffolding (`--no-install` to skip)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -l registry -d 'The npm registry to install from [default: `registry` from .piralrc, else your npm\'s]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -l no-install
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from upgrade" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declaration" -l target -d 'The folder that gets `index.d.ts`, relative to the pilet\'s folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declaration" -l force-overwrite -d 'What to do when `index.d.ts` exists with other content' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declaration" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declaration" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declaration" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declaration" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declaration" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declaration" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declaration" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declaration" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declaration" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declare" -l target -d 'The folder that gets `index.d.ts`, relative to the pilet\'s folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declare" -l force-overwrite -d 'What to do when `index.d.ts` exists with other content' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declare" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declare" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declare" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declare" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declare" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declare" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declare" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from declare" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from validate" -l app -d 'Validate against this app shell instead of the ones selected in pilet.json' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from validate" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from validate" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from validate" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from validate" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from validate" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from validate" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from validate" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from verify" -l app -d 'Validate against this app shell instead of the ones selected in pilet.json' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from verify" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from verify" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from verify" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from verify" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from verify" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from check" -l app -d 'Validate against this app shell instead of the ones selected in pilet.json' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from check" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from check" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from check" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from check" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from check" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from lint" -l app -d 'Validate against this app shell instead of the ones selected in pilet.json' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from lint" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from lint" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from lint" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from lint" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from lint" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from lint" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from lint" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from lint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from lint" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from assert" -l app -d 'Validate against this app shell instead of the ones selected in pilet.json' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from assert" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from assert" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from assert" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from assert" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from assert" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from assert" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from assert" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from assert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from assert" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l url -d 'The feed service\'s publish URL [default: `url` from .piralrc]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l api-key -d 'The API key [default: `apiKeys[url]`, else `apiKey` from .piralrc]; never printed' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l mode -d 'How the key is sent in `authorization`' -r -f -a "none\t'The raw key, with no scheme'
basic\t'`Basic <key>` (the key as it is, not base64)'
bearer\t'`Bearer <key>`'
digest\t'`Digest <key>`'"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l ca-cert -d 'A CA certificate (PEM) to trust for the feed service' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l allow-self-signed -d 'Accept the feed service\'s self-signed certificate' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l from -d 'Where the tarballs come from' -r -f -a "local\t'Files matching SOURCE (a glob, default `*.tgz`)'
remote\t'A URL to download'
npm\t'An npm package (`name@version`), downloaded from the registry'"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l fresh -d 'Build and pack the pilets first' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l schema -d 'The pilet format for `--fresh`' -r -f -a "v0\t''
v1\t''
v2\t''
v3\t''
mf\t''
none\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l retries -d 'Extra attempts after connection errors, timeouts and 502/503/504' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l to -d 'Publish to blob storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder> (credentials from AZURE_STORAGE_*, AWS_*, GOOGLE_* and `storage` in .piralrc); twice for a primary and a secondary region' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l env -d 'The feed environment to publish to: its document is feed.<env>.json (`default`: feed.json); the files are shared by every environment' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l public-url -d 'The public URL the stored files are served from (for example a CDN): the links in feed.json, the release\'s page URL [default: the storage\'s own URL; relative for file://]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l concurrency -d 'How many files are uploaded at once' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l interactive -d 'When the feed refuses the key but offers a login, log in (the link is printed) and retry' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l open -d 'With `--interactive`: also open the login link in the browser' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l login-poll-ms -d 'How often to ask whether the login finished, in milliseconds' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l no-fresh
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l dry-run -d 'Do everything but the upload, and show what would be sent'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l force -d 'Publish a version that feed.json already lists again (blob storage only)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l create-container -d 'Create the container or bucket first (Azure, Azurite, S3 and folders)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l no-interactive
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l no-open
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from publish" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l url -d 'The feed service\'s publish URL [default: `url` from .piralrc]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l api-key -d 'The API key [default: `apiKeys[url]`, else `apiKey` from .piralrc]; never printed' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l mode -d 'How the key is sent in `authorization`' -r -f -a "none\t'The raw key, with no scheme'
basic\t'`Basic <key>` (the key as it is, not base64)'
bearer\t'`Bearer <key>`'
digest\t'`Digest <key>`'"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l ca-cert -d 'A CA certificate (PEM) to trust for the feed service' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l allow-self-signed -d 'Accept the feed service\'s self-signed certificate' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l from -d 'Where the tarballs come from' -r -f -a "local\t'Files matching SOURCE (a glob, default `*.tgz`)'
remote\t'A URL to download'
npm\t'An npm package (`name@version`), downloaded from the registry'"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l fresh -d 'Build and pack the pilets first' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l schema -d 'The pilet format for `--fresh`' -r -f -a "v0\t''
v1\t''
v2\t''
v3\t''
mf\t''
none\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l retries -d 'Extra attempts after connection errors, timeouts and 502/503/504' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l to -d 'Publish to blob storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder> (credentials from AZURE_STORAGE_*, AWS_*, GOOGLE_* and `storage` in .piralrc); twice for a primary and a secondary region' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l env -d 'The feed environment to publish to: its document is feed.<env>.json (`default`: feed.json); the files are shared by every environment' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l public-url -d 'The public URL the stored files are served from (for example a CDN): the links in feed.json, the release\'s page URL [default: the storage\'s own URL; relative for file://]' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l concurrency -d 'How many files are uploaded at once' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l interactive -d 'When the feed refuses the key but offers a login, log in (the link is printed) and retry' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l open -d 'With `--interactive`: also open the login link in the browser' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l login-poll-ms -d 'How often to ask whether the login finished, in milliseconds' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l no-fresh
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l dry-run -d 'Do everything but the upload, and show what would be sent'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l force -d 'Publish a version that feed.json already lists again (blob storage only)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l create-container -d 'Create the container or bucket first (Azure, Azurite, S3 and folders)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l no-interactive
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l no-open
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from post" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from pack" -l target -d 'Where to write the tarball: a folder, or a path ending in `.tgz`' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from pack" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from pack" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from pack" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from pack" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from pack" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from pack" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from pack" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from pack" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from pack" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from package" -l target -d 'Where to write the tarball: a folder, or a path ending in `.tgz`' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from package" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from package" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from package" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from package" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from package" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from package" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from package" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from package" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from package" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-piral-instance" -l selected -d 'Make it the shell that `pilet debug` and `pilet build` use (the others are unselected)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-piral-instance" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-piral-instance" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-piral-instance" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-piral-instance" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-piral-instance" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-piral-instance" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-piral-instance" -l no-selected
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-piral-instance" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-piral-instance" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-piral-instance" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-piral-instance" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-piral-instance" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-piral-instance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-piral-instance" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-shell" -l selected -d 'Make it the shell that `pilet debug` and `pilet build` use (the others are unselected)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-shell" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-shell" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-shell" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-shell" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-shell" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-shell" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-shell" -l no-selected
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-shell" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-shell" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-shell" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-shell" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-shell" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-shell" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-shell" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from install-shell" -l selected -d 'Make it the shell that `pilet debug` and `pilet build` use (the others are unselected)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from install-shell" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from install-shell" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from install-shell" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from install-shell" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from install-shell" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from install-shell" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from install-shell" -l no-selected
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from install-shell" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from install-shell" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from install-shell" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from install-shell" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from install-shell" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from install-shell" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from install-shell" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-app" -l selected -d 'Make it the shell that `pilet debug` and `pilet build` use (the others are unselected)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-app" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-app" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-app" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-app" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-app" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-app" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-app" -l no-selected
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-app" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-app" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-app" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-app" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-app" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-app" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from add-app" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from with-app" -l selected -d 'Make it the shell that `pilet debug` and `pilet build` use (the others are unselected)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from with-app" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from with-app" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from with-app" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from with-app" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from with-app" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from with-app" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from with-app" -l no-selected
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from with-app" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from with-app" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from with-app" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from with-app" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from with-app" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from with-app" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from with-app" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-piral-instance" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-piral-instance" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-piral-instance" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-piral-instance" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-piral-instance" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-piral-instance" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-piral-instance" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-piral-instance" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-piral-instance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-piral-instance" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-shell" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-shell" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-shell" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-shell" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-shell" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-shell" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-shell" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-shell" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-shell" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-shell" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from uninstall-shell" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from uninstall-shell" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from uninstall-shell" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from uninstall-shell" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from uninstall-shell" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from uninstall-shell" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from uninstall-shell" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from uninstall-shell" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from uninstall-shell" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from uninstall-shell" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-app" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-app" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-app" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-app" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-app" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-app" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-app" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-app" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-app" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from remove-app" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from without-app" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from without-app" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from without-app" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from without-app" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from without-app" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from without-app" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from without-app" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from without-app" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from without-app" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from without-app" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from help" -f -a "new" -d 'Scaffold a new pilet for an app shell'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from help" -f -a "debug" -d 'Serve pilets in their app shell, rebuilding them as you edit'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from help" -f -a "build" -d 'Bundle a pilet for the Piral runtime'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from help" -f -a "upgrade" -d 'Move the pilet to a new version of its app shell'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from help" -f -a "declaration" -d 'Write the pilet\'s declaration (`index.d.ts`) without building it'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check a pilet against the rules of its app shells'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Publish pilet tarballs to a feed service'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from help" -f -a "pack" -d 'Pack a pilet into an npm-compatible `.tgz`'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from help" -f -a "add-piral-instance" -d 'Add an app shell to debug and build the pilet with'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from help" -f -a "remove-piral-instance" -d 'Remove an app shell from the pilet'
complete -c piral -n "__fish_piral_using_subcommand pilet; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l target -d 'The folder to create the pilet in' -r -F
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l language -d 'The language of the sources [default: `language` from .piralrc, else ts]' -r -f -a "ts\t'TypeScript (`.ts`, `.tsx`)'
js\t'JavaScript (`.js`, `.jsx`)'"
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l template -d 'The built-in template: `default` or `empty` [default: the shell\'s `pilets.template`, else default]' -r
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l name -d 'The package name [default: the folder\'s name]' -r
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l force-overwrite -d 'What to do with files that exist already' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l install -d 'Install the dependencies after scaffolding (`--no-install` to skip)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l registry -d 'The npm registry to install from [default: `registry` from .piralrc, else your npm\'s]' -r
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l no-install
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand new-pilet" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l port -d 'The port to serve on; the next free one is taken when it is busy' -r
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l strict-port -d 'Fail when the port is busy instead of taking the next free one [default: `strictPort` from .piralrc]' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l host -d 'The address to listen on; anything but loopback makes the server reachable from other machines' -r
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l open -d 'Open the browser once the server runs' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l krasrc -d 'A kras configuration merged over the project\'s `.krasrc` files (mock folders, `map`, injectors)' -r -F
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l proxy -d 'Forward requests below a path to a backend, WebSockets included (`/api=https://host`; repeatable)' -r
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l public-url -d 'The public URL the app is served under; the feed is `<public url>$pilet-api`' -r
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l app -d 'The app shell to debug in [default: the one selected in pilet.json]' -r
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l app-dir -d 'A folder with the app shell\'s files to serve instead of the emulator\'s `app/`' -r -F
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l schema -d 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]' -r -f -a "v0\t''
v1\t''
v2\t''
v3\t''
mf\t''
none\t''"
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l feed -d 'A pilet feed whose pilets are listed after the local ones (local names win)' -r
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l debounce -d 'Milliseconds to wait for more changes before rebuilding' -r
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l no-strict-port
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l no-open
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand debug-pilet" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l target -d 'The main file to write; its folder receives every output' -r -F
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l schema -d 'The pilet format [default: pilet.json `schemaVersion`, else `schemaVersion` from .piralrc, else v2]' -r -f -a "v0\t''
v1\t''
v2\t''
v3\t''
mf\t''
none\t''"
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l type -d 'What to produce' -r -f -a "default\t'The pilet\'s files in the target folder'
standalone\t'The pilets, a pilets.json and the app shell, ready to serve together'
manifest\t'The pilets in folders of their own, with a pilets.json'"
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l app -d 'The app shell for `--type standalone` [default: the ones selected in pilet.json]' -r
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l declaration -d 'Write `index.d.ts`: the entry\'s declarations and those of the local modules they use (TypeScript\'s isolated declarations) [default: true]' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l watch -d 'After the first build, keep watching: rebuild into the output on every change of a file the build read (a failed rebuild leaves the output as it was); Ctrl-C stops' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l public-url -d 'The public URL the files are served from' -r
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l minify -d 'Minify the output (`--no-minify` to keep it readable)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l source-maps -d 'Write source maps (`--no-source-maps` to skip them)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l content-hash -d 'Put content hashes into file names (`--no-content-hash` to keep plain names)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l fresh -d 'Empty the output folder first (after a successful build)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l bundler -d 'Accepted for compatibility and ignored: the bundler is built in' -r
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l optimize-modules -d 'Accepted for compatibility and ignored: modules are never patched' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l concurrency -d 'Accepted for compatibility and ignored: modules are transformed on every core' -r
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l report -d 'Write a self-contained bundle report: a treemap of files, packages and modules with raw and gzip sizes [default file: report.html in the project folder]' -r -F
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l metafile -d 'Write esbuild\'s metafile JSON (inputs, outputs, bytes per module), which esbuild\'s analyzer and other tools read [relative to the project folder]' -r -F
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l no-declaration
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l no-watch
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l no-minify
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l no-source-maps
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l no-content-hash
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l no-fresh
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l no-optimize-modules
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand build-pilet" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -l target -d 'The pilet\'s folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -l force-overwrite -d 'What to do with scaffold files you changed since the last scaffold' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -l ca-cert -d 'A CA certificate file for the registry (passed to the npm client)' -r -F
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -l allow-self-signed -d 'Accept self-signed certificates from the registry (passed to the npm client)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -l install -d 'Install the dependencies after scaffolding (`--no-install` to skip)' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -l registry -d 'The npm registry to install from [default: `registry` from .piralrc, else your npm\'s]' -r
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -l npm-client -d 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]' -r -f -a "npm\t''
pnpm\t''
pnp\t''
yarn\t''
lerna\t''
rush\t''
bun\t''"
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -l no-install
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand upgrade-pilet" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand declaration-pilet" -l target -d 'The folder that gets `index.d.ts`, relative to the pilet\'s folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand declaration-pilet" -l force-overwrite -d 'What to do when `index.d.ts` exists with other content' -r -f -a "no\t'Keep the existing file and warn ([0045])'
prompt\t'Ask for each file; without a terminal, keep it as with `no`'
yes\t'Replace the existing file'"
complete -c piral -n "__fish_piral_using_subcommand declaration-pilet" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand declaration-pilet" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand declaration-pilet" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand declaration-pilet" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand declaration-pilet" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand declaration-pilet" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand declaration-pilet" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand declaration-pilet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand declaration-pilet" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand validate-pilet" -l app -d 'Validate against this app shell instead of the ones selected in pilet.json' -r
complete -c piral -n "__fish_piral_using_subcommand validate-pilet" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand validate-pilet" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand validate-pilet" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand validate-pilet" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand validate-pilet" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand validate-pilet" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand validate-pilet" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand validate-pilet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand validate-pilet" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l url -d 'The feed service\'s publish URL [default: `url` from .piralrc]' -r
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l api-key -d 'The API key [default: `apiKeys[url]`, else `apiKey` from .piralrc]; never printed' -r
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l mode -d 'How the key is sent in `authorization`' -r -f -a "none\t'The raw key, with no scheme'
basic\t'`Basic <key>` (the key as it is, not base64)'
bearer\t'`Bearer <key>`'
digest\t'`Digest <key>`'"
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l ca-cert -d 'A CA certificate (PEM) to trust for the feed service' -r -F
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l allow-self-signed -d 'Accept the feed service\'s self-signed certificate' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l from -d 'Where the tarballs come from' -r -f -a "local\t'Files matching SOURCE (a glob, default `*.tgz`)'
remote\t'A URL to download'
npm\t'An npm package (`name@version`), downloaded from the registry'"
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l fresh -d 'Build and pack the pilets first' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l schema -d 'The pilet format for `--fresh`' -r -f -a "v0\t''
v1\t''
v2\t''
v3\t''
mf\t''
none\t''"
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l retries -d 'Extra attempts after connection errors, timeouts and 502/503/504' -r
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l to -d 'Publish to blob storage: az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<folder> (credentials from AZURE_STORAGE_*, AWS_*, GOOGLE_* and `storage` in .piralrc); twice for a primary and a secondary region' -r
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l env -d 'The feed environment to publish to: its document is feed.<env>.json (`default`: feed.json); the files are shared by every environment' -r
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l public-url -d 'The public URL the stored files are served from (for example a CDN): the links in feed.json, the release\'s page URL [default: the storage\'s own URL; relative for file://]' -r
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l concurrency -d 'How many files are uploaded at once' -r
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l interactive -d 'When the feed refuses the key but offers a login, log in (the link is printed) and retry' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l open -d 'With `--interactive`: also open the login link in the browser' -r -f -a "true\t''
false\t''"
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l login-poll-ms -d 'How often to ask whether the login finished, in milliseconds' -r
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l no-allow-self-signed
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l no-fresh
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l dry-run -d 'Do everything but the upload, and show what would be sent'
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l force -d 'Publish a version that feed.json already lists again (blob storage only)'
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l create-container -d 'Create the container or bucket first (Azure, Azurite, S3 and folders)'
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l no-interactive
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l no-open
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand publish-pilet" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand pack-pilet" -l target -d 'Where to write the tarball: a folder, or a path ending in `.tgz`' -r -F
complete -c piral -n "__fish_piral_using_subcommand pack-pilet" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand pack-pilet" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand pack-pilet" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand pack-pilet" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand pack-pilet" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand pack-pilet" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand pack-pilet" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand pack-pilet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand pack-pilet" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand completions" -l bin -d 'The program to complete: `piral` or `pilet`' -r -f -a "piral\t''
pilet\t''"
complete -c piral -n "__fish_piral_using_subcommand completions" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand completions" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand completions" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand completions" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand completions" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand completions" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand completions" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand completions" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand explain" -l base -d 'Run as if started in this folder' -r -F
complete -c piral -n "__fish_piral_using_subcommand explain" -l log-level -d 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug' -r
complete -c piral -n "__fish_piral_using_subcommand explain" -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c piral -n "__fish_piral_using_subcommand explain" -l all -d 'List every code with its title'
complete -c piral -n "__fish_piral_using_subcommand explain" -s q -l quiet -d 'Print less: only warnings and errors'
complete -c piral -n "__fish_piral_using_subcommand explain" -s v -l verbose -d 'Print more: commands run, files read (`-vv` for even more)'
complete -c piral -n "__fish_piral_using_subcommand explain" -l no-progress -d 'Never draw progress bars or spinners'
complete -c piral -n "__fish_piral_using_subcommand explain" -l json -d 'Print one JSON document on stdout describing what was done'
complete -c piral -n "__fish_piral_using_subcommand explain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c piral -n "__fish_piral_using_subcommand explain" -s V -l version -d 'Print version'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "new" -d 'Scaffold a new app shell (a Piral instance)'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "debug" -d 'Serve an app shell while you develop it, rebuilding and reloading on changes'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "run-emulator" -d 'Serve an emulator package with the pilets of a feed'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "build" -d 'Bundle an app shell: the release site and the emulator package'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "publish" -d 'Publish an app shell: its emulator to an npm registry, or its release files'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "validate" -d 'Check an app shell\'s manifests against the rules of the Piral CLI'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "upgrade" -d 'Move the app shell\'s Piral packages to one release'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "declaration" -d 'Write the app shell\'s declaration: its Pilet API with every type it references'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "feed" -d 'Manage the releases of a feed in blob storage: list, promote, roll back, verify'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "pilet" -d 'Commands for pilets (also available as the `pilet` program)'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "new-pilet" -d 'Scaffold a new pilet (same as `piral pilet new`)'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "debug-pilet" -d 'Debug pilets (same as `piral pilet debug`)'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "build-pilet" -d 'Bundle a pilet (same as `piral pilet build`)'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "upgrade-pilet" -d 'Upgrade a pilet\'s app shell (same as `piral pilet upgrade`)'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "declaration-pilet" -d 'Write a pilet\'s declaration (same as `piral pilet declaration`)'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "validate-pilet" -d 'Check a pilet (same as `piral pilet validate`)'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "publish-pilet" -d 'Publish pilets (same as `piral pilet publish`)'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "pack-pilet" -d 'Pack a pilet into an npm-compatible `.tgz` (same as `piral pilet pack`)'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "completions" -d 'Print the shell completion script for bash, zsh, fish, powershell or elvish'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "explain" -d 'Explain a message code, such as `0045`'
complete -c piral -n "__fish_piral_using_subcommand help; and not __fish_seen_subcommand_from new debug run-emulator build publish validate upgrade declaration feed pilet new-pilet debug-pilet build-pilet upgrade-pilet declaration-pilet validate-pilet publish-pilet pack-pilet completions explain help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c piral -n "__fish_piral_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "list" -d 'List the pilets of an environment'
complete -c piral -n "__fish_piral_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "promote" -d 'Move a pilet\'s version from one environment to another, without building or uploading'
complete -c piral -n "__fish_piral_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "rollback" -d 'List the version a pilet had before in an environment again'
complete -c piral -n "__fish_piral_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "remove" -d 'Take a pilet out of an environment (its files stay)'
complete -c piral -n "__fish_piral_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "history" -d 'Show an environment\'s changes: who, when, what'
complete -c piral -n "__fish_piral_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "verify" -d 'Check that every link answers, its bytes match its integrity and shared dependencies are provided'
complete -c piral -n "__fish_piral_using_subcommand help; and __fish_seen_subcommand_from pilet" -f -a "new" -d 'Scaffold a new pilet for an app shell'
complete -c piral -n "__fish_piral_using_subcommand help; and __fish_seen_subcommand_from pilet" -f -a "debug" -d 'Serve pilets in their app shell, rebuilding them as you edit'
complete -c piral -n "__fish_piral_using_subcommand help; and __fish_seen_subcommand_from pilet" -f -a "build" -d 'Bundle a pilet for the Piral runtime'
complete -c piral -n "__fish_piral_using_subcommand help; and __fish_seen_subcommand_from pilet" -f -a "upgrade" -d 'Move the pilet to a new version of its app shell'
complete -c piral -n "__fish_piral_using_subcommand help; and __fish_seen_subcommand_from pilet" -f -a "declaration" -d 'Write the pilet\'s declaration (`index.d.ts`) without building it'
complete -c piral -n "__fish_piral_using_subcommand help; and __fish_seen_subcommand_from pilet" -f -a "validate" -d 'Check a pilet against the rules of its app shells'
complete -c piral -n "__fish_piral_using_subcommand help; and __fish_seen_subcommand_from pilet" -f -a "publish" -d 'Publish pilet tarballs to a feed service'
complete -c piral -n "__fish_piral_using_subcommand help; and __fish_seen_subcommand_from pilet" -f -a "pack" -d 'Pack a pilet into an npm-compatible `.tgz`'
complete -c piral -n "__fish_piral_using_subcommand help; and __fish_seen_subcommand_from pilet" -f -a "add-piral-instance" -d 'Add an app shell to debug and build the pilet with'
complete -c piral -n "__fish_piral_using_subcommand help; and __fish_seen_subcommand_from pilet" -f -a "remove-piral-instance" -d 'Remove an app shell from the pilet'
