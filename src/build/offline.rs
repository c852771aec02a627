//! An opt-in service worker for release shells (`piral build --service-worker`, or
//! `"serviceWorker": true` in piral.json): the seed's loading strategy ("check cache", "cached
//! pilet list", "store for offline") written for the shell this build made.
//!
//! - `sw.js` (a stable name, served `no-cache`): precaches the release's files on install;
//!   answers them cache-first; pages network-first with the cached page as fallback; the feed
//!   (the page's `piral-feed`, handed over at registration) network-first with the last good
//!   answer as fallback; the files of the pilets that feed lists (their links' folders, which
//!   hold versioned, immutable files) cache-first, stored as they are first fetched and warmed
//!   from the feed when the worker activates. A new release is a new cache name; older ones
//!   are deleted on activation.
//! - `sw-register.<hash>.js`: registers it, a script tag at the end of each page (no inline
//!   script: the Content Security Policy needs no hash for it).
//!
//! Debug servers and emulators never get it: they build for development.

use crate::bundler::emit::OutputFile;

/// What the worker precaches: the release's scripts, styles and assets (not its pages, which
/// may be published elsewhere, as environment pages are: each page is stored when it is
/// visited), as URLs below `public_url`.
fn precache(files: &[OutputFile], public_url: &str) -> Vec<String> {
    let mut urls: Vec<String> = files
        .iter()
        .map(|f| f.name.as_str())
        .filter(|name| {
            !name.ends_with(".map")
                && !name.ends_with(".html")
                && !matches!(*name, "staticwebapp.config.json" | "_headers" | "sw.js")
        })
        .map(|name| format!("{public_url}{name}"))
        .collect();
    urls.sort();
    urls
}

const WORKER: &str = r##"/* The service worker of this Piral shell, written by `piral build --service-worker`. */
var VERSION = __VERSION__;
var PRECACHE = __PRECACHE__;
var SHELL = "piral-shell-" + VERSION;
var PAGES = "piral-pages";
var FEED = "piral-feed";
var PILETS = "piral-pilets";
var feed = new URL(self.location.href).searchParams.get("feed");
var bases = null;

function itemsOf(response) {
  return response.json().then(function (body) { return Array.isArray(body) ? body : (body && body.items) || []; });
}

function folder(url) {
  return url.slice(0, url.lastIndexOf("/") + 1);
}

// The folders the feed's pilets are served from: their files never change (name/version).
function remember(items) {
  var found = [];
  items.forEach(function (item) {
    if (item && typeof item.link === "string") {
      found.push(folder(new URL(item.link, feed).href));
      Object.keys(item.dependencies || {}).forEach(function (key) {
        found.push(folder(new URL(item.dependencies[key], feed).href));
      });
    }
  });
  bases = found;
  return items;
}

function knownBases() {
  if (bases || !feed) return Promise.resolve(bases || []);
  return caches.open(FEED).then(function (cache) { return cache.match(feed); }).then(function (hit) {
    return hit ? itemsOf(hit).then(remember).then(function () { return bases; }) : [];
  });
}

// A response worth keeping: a whole answer (not an error, not an opaque one, which a CORS
// request could not use).
function keep(response) {
  return response && response.ok && response.type !== "opaque";
}

function fromFeed(request) {
  return fetch(request).then(function (response) {
    if (keep(response)) {
      var stored = response.clone(), read = response.clone();
      caches.open(FEED).then(function (cache) { return cache.put(feed, stored); });
      itemsOf(read).then(remember);
    }
    return response;
  }).catch(function () {
    return caches.open(FEED).then(function (cache) { return cache.match(feed); }).then(function (hit) {
      return hit || Response.error();
    });
  });
}

function cacheFirst(request, name) {
  return caches.open(name).then(function (cache) {
    return cache.match(request).then(function (hit) {
      return hit || fetch(request).then(function (response) {
        if (keep(response)) cache.put(request, response.clone());
        return response;
      });
    });
  });
}

// The feed and its pilets' main files, so that the first visit already works offline.
function warm() {
  if (!feed) return Promise.resolve();
  return fetch(feed, { cache: "no-store" }).then(function (response) {
    if (!keep(response)) return;
    var stored = response.clone();
    return caches.open(FEED).then(function (cache) { return cache.put(feed, stored); }).then(function () {
      return itemsOf(response);
    }).then(remember).then(function (items) {
      return caches.open(PILETS).then(function (cache) {
        return Promise.all(items.map(function (item) {
          var link = new URL(item.link, feed).href;
          return cache.match(link).then(function (hit) {
            return hit || fetch(link).then(function (r) { if (keep(r)) return cache.put(link, r); }).catch(function () {});
          });
        }));
      });
    });
  }).catch(function () {});
}

// The pages open while the worker takes over: they were loaded before it could keep them.
function keepPages() {
  return self.clients.matchAll({ type: "window" }).then(function (windows) {
    return caches.open(PAGES).then(function (cache) {
      return Promise.all(windows.map(function (client) {
        var url = client.url.split("#")[0];
        return fetch(url).then(function (r) { if (keep(r)) return cache.put(url, r); }).catch(function () {});
      }));
    });
  });
}

self.addEventListener("install", function (event) {
  // Each file on its own: one that is missing does not keep the others out.
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    return Promise.all(PRECACHE.map(function (url) { return cache.add(url).catch(function () {}); }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) { return key.indexOf("piral-shell-") === 0 && key !== SHELL; })
      .map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }).then(function () {
    return Promise.all([warm(), keepPages()]);
  }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = request.url.split("#")[0];
  if (feed && url === feed) {
    event.respondWith(fromFeed(request));
  } else if (request.mode === "navigate") {
    // Pages: the network first, each page kept as it was last seen for offline use.
    event.respondWith(fetch(request).then(function (response) {
      if (keep(response)) {
        var stored = response.clone();
        caches.open(PAGES).then(function (cache) { return cache.put(request, stored); });
      }
      return response;
    }).catch(function () {
      return caches.open(PAGES).then(function (cache) { return cache.match(request, { ignoreSearch: true }); }).then(function (hit) {
        return hit || Response.error();
      });
    }));
  } else {
    event.respondWith(caches.open(SHELL).then(function (cache) { return cache.match(request); }).then(function (hit) {
      if (hit) return hit;
      return knownBases().then(function (known) {
        var pilet = known.some(function (base) { return url.indexOf(base) === 0; });
        return pilet ? cacheFirst(request, PILETS) : fetch(request);
      });
    }));
  }
});
"##;

const REGISTER: &str = r##"/* Registers the shell's service worker with the feed of this page (`piral-feed`). */
(function () {
  if (!("serviceWorker" in navigator)) return;
  var meta = document.querySelector('meta[name="piral-feed"]');
  var feed = meta && meta.getAttribute("content");
  // Resolved as the page's own fetch resolves it (against its `<base>`, when it has one).
  var url = __WORKER__ + (feed ? "?feed=" + encodeURIComponent(new URL(feed, document.baseURI).href) : "");
  navigator.serviceWorker.register(url, { scope: __SCOPE__ }).catch(function (e) {
    console.warn("The service worker was not registered:", e);
  });
})();
"##;

/// Adds the worker and its registration to a release's `files` (served under `public_url`).
pub(crate) fn apply(files: &mut Vec<OutputFile>, public_url: &str, content_hash: bool) {
    let json = |v: &str| serde_json::Value::from(v).to_string();
    let register = REGISTER
        .replace("__WORKER__", &json(&format!("{public_url}sw.js")))
        .replace("__SCOPE__", &json(public_url));
    let register_name = if content_hash {
        format!(
            "sw-register.{}.js",
            &crate::bundler::content_hash(register.as_bytes())[..8]
        )
    } else {
        "sw-register.js".to_string()
    };
    let tag = format!(
        "<script src=\"{public_url}{register_name}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
        crate::digest::sri_sha384(register.as_bytes())
    );
    for page in files.iter_mut().filter(|f| f.name.ends_with(".html")) {
        let html = String::from_utf8_lossy(&page.bytes).into_owned();
        let html = match html.rfind("</body>") {
            Some(at) => format!("{}{tag}\n{}", &html[..at], &html[at..]),
            None => format!("{html}{tag}\n"),
        };
        page.bytes = html.into_bytes();
    }
    files.push(OutputFile {
        name: register_name,
        bytes: register.into_bytes(),
    });
    let urls = precache(files, public_url);
    // The release's version: a hash of each file's name and content hash (no copy of them all).
    let listing: String = files
        .iter()
        .map(|f| format!("{} {}\n", f.name, crate::bundler::content_hash(&f.bytes)))
        .collect();
    let version = crate::bundler::content_hash(listing.as_bytes());
    let worker = WORKER
        .replace("__VERSION__", &json(&version[..12.min(version.len())]))
        .replace(
            "__PRECACHE__",
            &serde_json::to_string(&urls).unwrap_or_else(|_| "[]".into()),
        );
    files.push(OutputFile {
        name: "sw.js".into(),
        bytes: worker.into_bytes(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_precaches_the_release_and_each_page_registers_it() {
        let mut files = vec![
            OutputFile {
                name: "index.html".into(),
                bytes: b"<html><head></head><body><script src=\"/shell/index.1a2b3c4d.js\"></script></body></html>".to_vec(),
            },
            OutputFile {
                name: "index.1a2b3c4d.js".into(),
                bytes: b"console.log(1)".to_vec(),
            },
            OutputFile {
                name: "index.1a2b3c4d.js.map".into(),
                bytes: b"{}".to_vec(),
            },
        ];
        apply(&mut files, "/shell/", true);
        let page = String::from_utf8(files[0].bytes.clone()).unwrap();
        let register = files
            .iter()
            .find(|f| f.name.starts_with("sw-register."))
            .unwrap();
        assert!(
            page.contains(&format!(
                "<script src=\"/shell/{}\" integrity=\"sha384-",
                register.name
            )) && page.ends_with("</script>\n</body></html>"),
            "{page}"
        );
        let register = String::from_utf8(register.bytes.clone()).unwrap();
        assert!(
            register.contains("var url = \"/shell/sw.js\" +")
                && register.contains("{ scope: \"/shell/\" }"),
            "{register}"
        );
        let worker = String::from_utf8(files.last().unwrap().bytes.clone()).unwrap();
        assert!(
            worker.contains("var PRECACHE = [\"/shell/index.1a2b3c4d.js\",\"/shell/sw-register."),
            "{worker}"
        );
        assert!(!worker.contains(".map\""), "no source maps");
        assert!(
            !worker.contains(".html\""),
            "pages are kept as they are visited"
        );
        assert!(!worker.contains("__"), "every placeholder is filled");
    }
}
