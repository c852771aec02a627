
use builtin;
use str;

set edit:completion:arg-completer[pilet] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'pilet'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'pilet'= {
            cand --base 'Run as if started in this folder'
            cand --log-level 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug'
            cand --color 'When to use colours'
            cand -q 'Print less: only warnings and errors'
            cand --quiet 'Print less: only warnings and errors'
            cand -v 'Print more: commands run, files read (`-vv` for even more)'
            cand --verbose 'Print more: commands run, files read (`-vv` for even more)'
            cand --no-progress 'Never draw progress bars or spinners'
            cand --json 'Print one JSON document on stdout describing what was done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand new 'Scaffold a new pilet for an app shell'
            cand create 'Scaffold a new pilet for an app shell'
            cand scaffold 'Scaffold a new pilet for an app shell'
            cand validate 'Check a pilet against the rules of its app shells'
            cand verify 'Check a pilet against the rules of its app shells'
            cand check 'Check a pilet against the rules of its app shells'
            cand lint 'Check a pilet against the rules of its app shells'
            cand assert 'Check a pilet against the rules of its app shells'
            cand pack 'Pack a pilet into an npm-compatible `.tgz`'
            cand package 'Pack a pilet into an npm-compatible `.tgz`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pilet;new'= {
            cand --target 'The folder to create the pilet in'
            cand --language 'The language of the sources [default: `language` from .piralrc, else ts]'
            cand --template 'The built-in template: `default` or `empty` [default: the shell''s `pilets.template`, else default]'
            cand --name 'The package name [default: the folder''s name]'
            cand --force-overwrite 'What to do with files that exist already'
            cand --bundler 'Accepted for compatibility and ignored: the bundler is built in'
            cand --ca-cert 'A CA certificate file for the registry (passed to the npm client)'
            cand --allow-self-signed 'Accept self-signed certificates from the registry (passed to the npm client)'
            cand --install 'Install the dependencies after scaffolding (`--no-install` to skip)'
            cand --registry 'The npm registry to install from [default: `registry` from .piralrc, else your npm''s]'
            cand --npm-client 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]'
            cand --base 'Run as if started in this folder'
            cand --log-level 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug'
            cand --color 'When to use colours'
            cand --no-allow-self-signed 'no-allow-self-signed'
            cand --no-install 'no-install'
            cand -q 'Print less: only warnings and errors'
            cand --quiet 'Print less: only warnings and errors'
            cand -v 'Print more: commands run, files read (`-vv` for even more)'
            cand --verbose 'Print more: commands run, files read (`-vv` for even more)'
            cand --no-progress 'Never draw progress bars or spinners'
            cand --json 'Print one JSON document on stdout describing what was done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pilet;create'= {
            cand --target 'The folder to create the pilet in'
            cand --language 'The language of the sources [default: `language` from .piralrc, else ts]'
            cand --template 'The built-in template: `default` or `empty` [default: the shell''s `pilets.template`, else default]'
            cand --name 'The package name [default: the folder''s name]'
            cand --force-overwrite 'What to do with files that exist already'
            cand --bundler 'Accepted for compatibility and ignored: the bundler is built in'
            cand --ca-cert 'A CA certificate file for the registry (passed to the npm client)'
            cand --allow-self-signed 'Accept self-signed certificates from the registry (passed to the npm client)'
            cand --install 'Install the dependencies after scaffolding (`--no-install` to skip)'
            cand --registry 'The npm registry to install from [default: `registry` from .piralrc, else your npm''s]'
            cand --npm-client 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]'
            cand --base 'Run as if started in this folder'
            cand --log-level 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug'
            cand --color 'When to use colours'
            cand --no-allow-self-signed 'no-allow-self-signed'
            cand --no-install 'no-install'
            cand -q 'Print less: only warnings and errors'
            cand --quiet 'Print less: only warnings and errors'
            cand -v 'Print more: commands run, files read (`-vv` for even more)'
            cand --verbose 'Print more: commands run, files read (`-vv` for even more)'
            cand --no-progress 'Never draw progress bars or spinners'
            cand --json 'Print one JSON document on stdout describing what was done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pilet;scaffold'= {
            cand --target 'The folder to create the pilet in'
            cand --language 'The language of the sources [default: `language` from .piralrc, else ts]'
            cand --template 'The built-in template: `default` or `empty` [default: the shell''s `pilets.template`, else default]'
            cand --name 'The package name [default: the folder''s name]'
            cand --force-overwrite 'What to do with files that exist already'
            cand --bundler 'Accepted for compatibility and ignored: the bundler is built in'
            cand --ca-cert 'A CA certificate file for the registry (passed to the npm client)'
            cand --allow-self-signed 'Accept self-signed certificates from the registry (passed to the npm client)'
            cand --install 'Install the dependencies after scaffolding (`--no-install` to skip)'
            cand --registry 'The npm registry to install from [default: `registry` from .piralrc, else your npm''s]'
            cand --npm-client 'The npm client [default: detected from lock files, else `npmClient` from .piralrc, else npm]'
            cand --base 'Run as if started in this folder'
            cand --log-level 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug'
            cand --color 'When to use colours'
            cand --no-allow-self-signed 'no-allow-self-signed'
            cand --no-install 'no-install'
            cand -q 'Print less: only warnings and errors'
            cand --quiet 'Print less: only warnings and errors'
            cand -v 'Print more: commands run, files read (`-vv` for even more)'
            cand --verbose 'Print more: commands run, files read (`-vv` for even more)'
            cand --no-progress 'Never draw progress bars or spinners'
            cand --json 'Print one JSON document on stdout describing what was done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pilet;validate'= {
            cand --app 'Validate against this app shell instead of the ones selected in pilet.json'
            cand --base 'Run as if started in this folder'
            cand --log-level 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug'
            cand --color 'When to use colours'
            cand -q 'Print less: only warnings and errors'
            cand --quiet 'Print less: only warnings and errors'
            cand -v 'Print more: commands run, files read (`-vv` for even more)'
            cand --verbose 'Print more: commands run, files read (`-vv` for even more)'
            cand --no-progress 'Never draw progress bars or spinners'
            cand --json 'Print one JSON document on stdout describing what was done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pilet;verify'= {
            cand --app 'Validate against this app shell instead of the ones selected in pilet.json'
            cand --base 'Run as if started in this folder'
            cand --log-level 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug'
            cand --color 'When to use colours'
            cand -q 'Print less: only warnings and errors'
            cand --quiet 'Print less: only warnings and errors'
            cand -v 'Print more: commands run, files read (`-vv` for even more)'
            cand --verbose 'Print more: commands run, files read (`-vv` for even more)'
            cand --no-progress 'Never draw progress bars or spinners'
            cand --json 'Print one JSON document on stdout describing what was done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pilet;check'= {
            cand --app 'Validate against this app shell instead of the ones selected in pilet.json'
            cand --base 'Run as if started in this folder'
            cand --log-level 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug'
            cand --color 'When to use colours'
            cand -q 'Print less: only warnings and errors'
            cand --quiet 'Print less: only warnings and errors'
            cand -v 'Print more: commands run, files read (`-vv` for even more)'
            cand --verbose 'Print more: commands run, files read (`-vv` for even more)'
            cand --no-progress 'Never draw progress bars or spinners'
            cand --json 'Print one JSON document on stdout describing what was done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pilet;lint'= {
            cand --app 'Validate against this app shell instead of the ones selected in pilet.json'
            cand --base 'Run as if started in this folder'
            cand --log-level 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug'
            cand --color 'When to use colours'
            cand -q 'Print less: only warnings and errors'
            cand --quiet 'Print less: only warnings and errors'
            cand -v 'Print more: commands run, files read (`-vv` for even more)'
            cand --verbose 'Print more: commands run, files read (`-vv` for even more)'
            cand --no-progress 'Never draw progress bars or spinners'
            cand --json 'Print one JSON document on stdout describing what was done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pilet;assert'= {
            cand --app 'Validate against this app shell instead of the ones selected in pilet.json'
            cand --base 'Run as if started in this folder'
            cand --log-level 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug'
            cand --color 'When to use colours'
            cand -q 'Print less: only warnings and errors'
            cand --quiet 'Print less: only warnings and errors'
            cand -v 'Print more: commands run, files read (`-vv` for even more)'
            cand --verbose 'Print more: commands run, files read (`-vv` for even more)'
            cand --no-progress 'Never draw progress bars or spinners'
            cand --json 'Print one JSON document on stdout describing what was done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pilet;pack'= {
            cand --target 'Where to write the tarball: a folder, or a path ending in `.tgz`'
            cand --base 'Run as if started in this folder'
            cand --log-level 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug'
            cand --color 'When to use colours'
            cand -q 'Print less: only warnings and errors'
            cand --quiet 'Print less: only warnings and errors'
            cand -v 'Print more: commands run, files read (`-vv` for even more)'
            cand --verbose 'Print more: commands run, files read (`-vv` for even more)'
            cand --no-progress 'Never draw progress bars or spinners'
            cand --json 'Print one JSON document on stdout describing what was done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pilet;package'= {
            cand --target 'Where to write the tarball: a folder, or a path ending in `.tgz`'
            cand --base 'Run as if started in this folder'
            cand --log-level 'Old-style log level: 0 silent, 1 errors, 2 warnings, 3 info (default), 4 verbose, 5 debug'
            cand --color 'When to use colours'
            cand -q 'Print less: only warnings and errors'
            cand --quiet 'Print less: only warnings and errors'
            cand -v 'Print more: commands run, files read (`-vv` for even more)'
            cand --verbose 'Print more: commands run, files read (`-vv` for even more)'
            cand --no-progress 'Never draw progress bars or spinners'
            cand --json 'Print one JSON document on stdout describing what was done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pilet;help'= {
            cand new 'Scaffold a new pilet for an app shell'
            cand validate 'Check a pilet against the rules of its app shells'
            cand pack 'Pack a pilet into an npm-compatible `.tgz`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pilet;help;new'= {
        }
        &'pilet;help;validate'= {
        }
        &'pilet;help;pack'= {
        }
        &'pilet;help;help'= {
        }
    ]
    $completions[$command]
}
