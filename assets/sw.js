/* careplanner service worker (docs/offline.md). scripts/precache.py writes the list of the
   build's files and a version into the copy in dist/; this source holds placeholders. */
"use strict";

var PRECACHE = "__CAREPLANNER_PRECACHE__";
var VERSION = "__CAREPLANNER_VERSION__";
// The configurator's files (configure.html and its code): cached when a clinic's staff open
// it, so that it works offline too, and never fetched for a patient.
var CONFIGURATOR = "__CAREPLANNER_CONFIGURATOR__";

// Outside a release build the placeholders are still there: then do nothing at all.
var BUILT = Array.isArray(PRECACHE);

// Cache names carry the scope, so two copies of the app on one site (/north/, /south/) never
// delete each other's caches, and the prefix keeps other apps' caches out of reach.
var SCOPE = self.registration.scope;
var PREFIX = "careplanner " + SCOPE + " ";
var APP_CACHE = PREFIX + "app " + VERSION;
// Same-origin files outside the build, such as clinic.json and the clinic's logo.
var EXTRA_CACHE = PREFIX + "extra";
// The older versions' caches this one has taken over from, and the tabs that may still run
// them: the caches go once all those tabs have closed or reloaded.
var RETIRE_CACHE = PREFIX + "retire";
var RETIRE_KEY = SCOPE + "careplanner-retire.json";

// Each entry is [path, integrity]: the Subresource Integrity hash precache.py computed.
var PRECACHED = BUILT
  ? PRECACHE.map(function (entry) { return new URL(entry[0], SCOPE).href; })
  : [];
var CONFIGURATOR_URLS = BUILT
  ? CONFIGURATOR.map(function (entry) { return new URL(entry[0], SCOPE).href; })
  : [];
var CONFIGURE_PAGE = new URL("configure.html", SCOPE).href;

// Fetches the configurator's files into this version's cache, each checked like the app's.
function cacheConfigurator() {
  return caches.open(APP_CACHE).then(function (cache) {
    return Promise.all(CONFIGURATOR.map(function (entry, i) {
      var url = CONFIGURATOR_URLS[i];
      return cache.match(url, { ignoreVary: true }).then(function (hit) {
        if (hit) return;
        return fetch(url, { cache: "no-cache", integrity: entry[1] }).then(function (response) {
          if (response.ok) return cache.put(url, response);
        });
      });
    }));
  }).catch(function () {});
}

self.addEventListener("install", function (event) {
  if (!BUILT) return;
  // No skipWaiting here: a new version waits until every tab of the old one has closed, or
  // until the page asks (below), so an open session never changes under the person's feet.
  event.waitUntil(caches.open(APP_CACHE).then(function (cache) {
    return Promise.all(PRECACHE.map(function (entry, i) {
      var url = PRECACHED[i];
      // no-cache: revalidate with the server, so a stale HTTP cache never slips into the set;
      // integrity: a file whose bytes are not this build's fails the fetch, and the install.
      return fetch(url, { cache: "no-cache", integrity: entry[1] }).then(function (response) {
        if (!response.ok) throw new Error("precache " + url + ": HTTP " + response.status);
        return clean(response);
      }).then(function (response) { return cache.put(url, response); });
    }));
  }).catch(function (error) {
    // A failed install leaves no half-filled cache behind.
    return caches.delete(APP_CACHE).then(function () { throw error; });
  }).then(function () {
    // The clinic's file, for a first visit that goes offline; its absence is no failure.
    var url = new URL("clinic.json", SCOPE).href;
    return fetch(url, { cache: "no-cache" }).then(function (response) {
      if (response.ok) return caches.open(EXTRA_CACHE).then(function (c) { return c.put(url, response); });
    }, function () {});
  }));
});

self.addEventListener("activate", function (event) {
  // The older versions' caches stay while a tab that started with them is open (it may still
  // ask for a module of its version); retire() deletes them afterwards.
  event.waitUntil(Promise.all([caches.keys(), self.clients.matchAll({ type: "window" })]).then(function (found) {
    var old = found[0].filter(function (name) {
      return name.indexOf(PREFIX + "app ") === 0 && name !== APP_CACHE;
    });
    var tabs = found[1].map(function (client) { return client.id; });
    return caches.open(RETIRE_CACHE).then(function (cache) {
      return cache.put(RETIRE_KEY, new Response(JSON.stringify({ caches: old, tabs: tabs })));
    });
  }).then(retire).then(function () { return self.clients.claim(); }));
});

// Deletes the retired caches once no tab that may use them is left.
var retiring = null;
function retire() {
  if (retiring) return retiring;
  retiring = caches.open(RETIRE_CACHE).then(function (cache) {
    return cache.match(RETIRE_KEY).then(function (hit) { return hit ? hit.json() : null; }).then(function (record) {
      if (!record) return;
      return self.clients.matchAll({ type: "window" }).then(function (open) {
        var waiting = open.some(function (client) { return record.tabs.indexOf(client.id) >= 0; });
        if (waiting) return;
        return Promise.all(record.caches.map(function (name) { return caches.delete(name); }))
          .then(function () { return cache.delete(RETIRE_KEY); });
      });
    });
  }).then(function () { retiring = null; }, function () { retiring = null; });
  return retiring;
}

self.addEventListener("message", function (event) {
  if (event.data && event.data.type === "careplanner:activate") self.skipWaiting();
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  // Other origins are never touched or cached; the app makes no such request anyway.
  if (!BUILT || request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.href.indexOf(SCOPE) !== 0) return;
  event.waitUntil(retire());

  if (request.mode === "navigate" && url.origin + url.pathname === CONFIGURE_PAGE) {
    // The configurator: from this version's cache once it has been opened, else the network.
    event.waitUntil(cacheConfigurator());
    event.respondWith(caches.open(APP_CACHE).then(function (cache) {
      return cache.match(CONFIGURE_PAGE, { ignoreVary: true }).then(function (hit) {
        return hit || fetch(request);
      });
    }));
    return;
  }

  if (request.mode === "navigate") {
    // Any page of the app (with ?config=… or ?check-config) is the cached index.html.
    event.respondWith(caches.open(APP_CACHE).then(function (cache) {
      return cache.match(request, { ignoreSearch: true, ignoreVary: true }).then(function (hit) {
        return hit || fetch(request).catch(function () {
          return cache.match(new URL("index.html", SCOPE).href, { ignoreVary: true });
        });
      });
    }));
    return;
  }

  if (url.origin + url.pathname === MANIFEST && url.search) {
    event.respondWith(branchManifest(url.searchParams.get("config")));
    return;
  }

  if (PRECACHED.indexOf(url.href) >= 0 || CONFIGURATOR_URLS.indexOf(url.href) >= 0) {
    // Content-hashed files never change under one name: the cache is always right.
    event.respondWith(caches.open(APP_CACHE).then(function (cache) {
      return cache.match(url.href, { ignoreVary: true }).then(function (hit) {
        return hit || fetch(request);
      });
    }));
    return;
  }

  event.respondWith(fromNetwork(request));
});

// Anything else on this site (clinic.json, a logo): the network first, so a clinic's edits
// show at once. When the network fails or has no such file: an older version's copy (a tab
// that still runs that version asks for its own modules, which the new deploy removed), or
// the last copy fetched.
function fromNetwork(request) {
  return caches.open(EXTRA_CACHE).then(function (cache) {
    var fallback = function (response) {
      return older(request.url).then(function (hit) {
        return hit || cache.match(request);
      }).then(function (hit) { return hit || response || Response.error(); });
    };
    return fetch(request).then(function (response) {
      if (!response.ok) return fallback(response);
      if (response.type === "basic") cache.put(request, response.clone());
      return response;
    }, function () { return fallback(null); });
  });
}

// The manifest of a branch (manifest.webmanifest?config=clinics/north.json, which the page
// links when it was opened so): the installed app starts on that branch. The path follows the
// app's own rules for ?config= (src/domain/clinic/text.rs); any other is left out.
var MANIFEST = new URL("manifest.webmanifest", SCOPE).href;
function branchManifest(branch) {
  var ok = /^[A-Za-z0-9._~\/-]+\.json$/.test(branch || "") &&
    branch.split("/").every(function (part) { return part && part !== ".."; });
  return caches.open(APP_CACHE).then(function (cache) {
    return cache.match(MANIFEST, { ignoreVary: true });
  }).then(function (hit) { return hit || fetch(MANIFEST); }).then(function (response) {
    return response.json();
  }).then(function (manifest) {
    if (ok) manifest.id = manifest.start_url = "./?config=" + branch;
    return new Response(JSON.stringify(manifest), { headers: { "content-type": "application/manifest+json" } });
  });
}

function older(href) {
  return caches.keys().then(function (names) {
    return names.filter(function (name) { return name.indexOf(PREFIX + "app ") === 0; })
      .reduce(function (found, name) {
        return found.then(function (hit) {
          return hit || caches.open(name).then(function (c) { return c.match(href, { ignoreVary: true }); });
        });
      }, Promise.resolve(undefined));
  });
}

// Browsers refuse a redirected response for a navigation, and a host may redirect
// index.html to ./; a fresh copy of the body and headers has no redirect flag.
function clean(response) {
  if (!response.redirected) return Promise.resolve(response);
  return response.blob().then(function (body) {
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  });
}
