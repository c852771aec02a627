//! The debug server's transform cache on disk. After the first good build of one kind (see
//! `graph::build_key`), once builds of that kind have been quiet for a second, what it
//! transformed is written to
//! `node_modules/.cache/piral/transforms-<key>.bin`; the next server that starts a build of the
//! same kind reads it, so that swc runs only for the files that changed in between (the file's
//! content hash still decides). The key also covers this binary (version, size, modification
//! time): another piral never reads it. A file that cannot be read is ignored, and one that
//! cannot be written is not written: the cache only ever saves time.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::content_hash;
use super::load::{AssetFile, Loaded};
use super::sourcemap::{ModuleMap, Parts};

const MAGIC: &[u8] = b"piral-transforms-2\n";

/// Transformed modules by path: (source hash, module).
pub(super) type Transformed = HashMap<PathBuf, (String, Loaded)>;

/// Where builds of kind `key` under `root` keep their cache; `None` without `node_modules`.
pub(super) fn location(root: &Path, key: &str) -> Option<PathBuf> {
    let folder = root.join("node_modules");
    if !folder.is_dir() {
        return None;
    }
    let binary = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| format!("{}-{:?}", m.len(), m.modified().ok()))
        .unwrap_or_default();
    let name = content_hash(format!("{key}|{}|{binary}", env!("CARGO_PKG_VERSION")).as_bytes());
    Some(
        folder
            .join(".cache/piral")
            .join(format!("transforms-{}.bin", &name[..16])),
    )
}

/// Writes `modules` to `path` (through a temporary file and a rename).
pub(super) fn write(path: &Path, modules: &Transformed) -> std::io::Result<()> {
    let mut out = Writer(Vec::with_capacity(1 << 20));
    out.0.extend_from_slice(MAGIC);
    let kept: Vec<_> = modules
        .iter()
        .filter(|(_, (_, loaded))| loaded.esm.is_none())
        .collect();
    out.len(kept.len());
    for (path, (hash, loaded)) in kept {
        out.bytes(path.as_os_str().as_encoded_bytes());
        out.text(hash);
        out.text(&loaded.code);
        match &loaded.map {
            Some(map) => {
                out.0.push(1);
                let parts = map.parts();
                out.len(parts.sources.len());
                for (name, contents) in &parts.sources {
                    out.text(name);
                    out.text(contents);
                }
                out.texts(&parts.names);
                out.len(parts.tokens.len());
                for token in &parts.tokens {
                    for number in token {
                        out.0.extend_from_slice(&number.to_le_bytes());
                    }
                }
            }
            None => out.0.push(0),
        }
        out.texts(&loaded.requires);
        out.texts(&loaded.dynamic);
        match &loaded.css {
            Some(css) => {
                out.0.push(1);
                out.text(css);
            }
            None => out.0.push(0),
        }
        out.len(loaded.assets.len());
        for asset in &loaded.assets {
            out.text(&asset.name);
            out.bytes(&asset.bytes);
        }
        out.len(loaded.helpers.len());
        for (name, text) in &loaded.helpers {
            out.text(name);
            out.text(text);
        }
        match &loaded.params {
            Some(params) => {
                out.0.push(1);
                out.text(params);
            }
            None => out.0.push(0),
        }
    }
    if let Some(folder) = path.parent() {
        fs_err::create_dir_all(folder)?;
    }
    let temporary = path.with_extension(format!("{}.tmp", std::process::id()));
    fs_err::write(&temporary, &out.0)?;
    fs_err::rename(&temporary, path)?;
    forget_old(path);
    Ok(())
}

/// How many cache files a folder keeps: every other binary and every other kind of build
/// writes its own, so the oldest go.
const KEPT: usize = 8;

/// Removes all but the [`KEPT`] newest cache files beside `path`.
fn forget_old(path: &Path) {
    let Some(folder) = path.parent() else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|file| {
            file.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("transforms-") && n.ends_with(".bin"))
        })
        .filter_map(|file| Some((std::fs::metadata(&file).ok()?.modified().ok()?, file)))
        .collect();
    files.sort_by_key(|(time, _)| std::cmp::Reverse(*time));
    for (_, file) in files.into_iter().skip(KEPT) {
        let _ = std::fs::remove_file(file);
    }
}

/// The modules written to `path`, or `None` when there are none that this binary can read.
pub(super) fn read(path: &Path) -> Option<Transformed> {
    let bytes = std::fs::read(path).ok()?;
    let mut input = Reader(bytes.strip_prefix(MAGIC)?);
    let count = input.len()?;
    let mut modules = HashMap::with_capacity(count);
    for _ in 0..count {
        let path = PathBuf::from(String::from_utf8(input.bytes()?.to_vec()).ok()?);
        let hash = input.text()?;
        let code = input.text()?;
        let map = match input.byte()? {
            1 => {
                let sources = (0..input.len()?)
                    .map(|_| Some((input.text()?, input.text()?)))
                    .collect::<Option<Vec<_>>>()?;
                let names = input.texts()?;
                let tokens = (0..input.len()?)
                    .map(|_| {
                        let mut token = [0u32; 6];
                        for number in &mut token {
                            *number = input.u32()?;
                        }
                        Some(token)
                    })
                    .collect::<Option<Vec<_>>>()?;
                Some(ModuleMap::from_parts(Parts {
                    sources,
                    names,
                    tokens,
                }))
            }
            _ => None,
        };
        let requires = input.texts()?;
        let dynamic = input.texts()?;
        let css = match input.byte()? {
            1 => Some(input.text()?),
            _ => None,
        };
        let assets = (0..input.len()?)
            .map(|_| {
                Some(AssetFile {
                    name: input.text()?,
                    bytes: input.bytes()?.to_vec(),
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let helpers = (0..input.len()?)
            .map(|_| Some((input.text()?, Arc::from(input.text()?.as_str()))))
            .collect::<Option<Vec<_>>>()?;
        let params = match input.byte()? {
            0 => None,
            _ => Some(Arc::from(input.text()?.as_str())),
        };
        let loaded = Loaded {
            code,
            map,
            requires,
            dynamic,
            css,
            assets,
            esm: None,
            helpers,
            params,
        };
        modules.insert(path, (hash, loaded));
    }
    input.0.is_empty().then_some(modules)
}

struct Writer(Vec<u8>);

impl Writer {
    fn len(&mut self, len: usize) {
        self.0
            .extend_from_slice(&u32::try_from(len).unwrap_or(u32::MAX).to_le_bytes());
    }

    fn bytes(&mut self, bytes: &[u8]) {
        self.len(bytes.len());
        self.0.extend_from_slice(bytes);
    }

    fn text(&mut self, text: &str) {
        self.bytes(text.as_bytes());
    }

    fn texts(&mut self, texts: &[String]) {
        self.len(texts.len());
        for text in texts {
            self.text(text);
        }
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, count: usize) -> Option<&'a [u8]> {
        if self.0.len() < count {
            return None;
        }
        let (head, rest) = self.0.split_at(count);
        self.0 = rest;
        Some(head)
    }

    fn byte(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn len(&mut self) -> Option<usize> {
        usize::try_from(self.u32()?).ok()
    }

    fn bytes(&mut self) -> Option<&'a [u8]> {
        let len = self.len()?;
        self.take(len)
    }

    fn text(&mut self) -> Option<String> {
        String::from_utf8(self.bytes()?.to_vec()).ok()
    }

    fn texts(&mut self) -> Option<Vec<String>> {
        (0..self.len()?).map(|_| self.text()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modules_read_back_as_they_were_written() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("cache/transforms.bin");
        let loaded = Loaded {
            code: "module.exports = 1;\n".into(),
            map: Some(ModuleMap::from_parts(Parts {
                sources: vec![("piral:///src/a.ts".into(), "\"export default 1;\"".into())],
                names: vec!["a".into()],
                tokens: vec![[0, 0, 0, 0, 0, u32::MAX], [0, 7, 0, 0, 15, 0]],
            })),
            requires: vec!["react".into(), "\0helpers".into()],
            dynamic: vec!["./page".into()],
            css: Some(".a { color: red }".into()),
            assets: vec![AssetFile {
                name: "logo.12345678.png".into(),
                bytes: vec![0, 1, 2, 255],
            }],
            esm: None,
            helpers: vec![("_x".into(), Arc::from("function _x() {}"))],
            params: Some(Arc::from("e,t,n")),
        };
        let modules = Transformed::from([(PathBuf::from("/p/src/a.ts"), ("abc".into(), loaded))]);
        write(&file, &modules).unwrap();
        let read = read(&file).expect("readable");
        let (hash, again) = &read[Path::new("/p/src/a.ts")];
        assert_eq!(hash, "abc");
        let original = &modules[Path::new("/p/src/a.ts")].1;
        assert_eq!(again.code, original.code);
        assert_eq!(
            again.map.as_ref().map(ModuleMap::parts),
            original.map.as_ref().map(ModuleMap::parts)
        );
        assert_eq!(again.requires, original.requires);
        assert_eq!(again.dynamic, original.dynamic);
        assert_eq!(again.css, original.css);
        assert_eq!(again.assets[0].bytes, original.assets[0].bytes);
        assert_eq!(again.helpers, original.helpers);
        assert_eq!(again.params, original.params);

        // A folder keeps the newest files only.
        for index in 0..KEPT + 2 {
            let other = dir.path().join(format!("cache/transforms-{index}.bin"));
            write(&other, &modules).unwrap();
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        let left = std::fs::read_dir(dir.path().join("cache")).unwrap().count();
        assert_eq!(
            left,
            KEPT + 1,
            "the newest and `transforms.bin`, which is not one of ours"
        );
        assert!(!dir.path().join("cache/transforms-0.bin").exists());
        assert!(
            dir.path()
                .join(format!("cache/transforms-{}.bin", KEPT + 1))
                .exists()
        );

        // Anything else is no cache at all.
        fs_err::write(&file, b"piral-transforms-1\n\x05").unwrap();
        assert!(super::read(&file).is_none());
        fs_err::write(&file, b"something else").unwrap();
        assert!(super::read(&file).is_none());
    }
}
