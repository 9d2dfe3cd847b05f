/* careplanner service worker (docs/offline.md). scripts/precache.py writes the list of the
   build's files and a version into the copy in dist/; this source holds placeholders. */
"use strict";

var PRECACHE = "__CAREPLANNER_PRECACHE__";
var VERSION = "__CAREPLANNER_VERSION__";

// Outside a release build the placeholders are still there: then do nothing at all.
var BUILT = Array.isArray(PRECACHE);

// Cache names carry the scope, so two copies of the app on one site (/north/, /south/) never
// delete each other's caches, and the prefix keeps other apps' caches out of reach.
var SCOPE = self.registration.scope;
var PREFIX = "careplanner " + SCOPE + " ";
var APP_CACHE = PREFIX + "app " + VERSION;
// Same-origin files outside the build, such as clinic.json and the clinic's logo.
var EXTRA_CACHE = PREFIX + "extra";

var PRECACHED = BUILT
  ? PRECACHE.map(function (path) { return new URL(path, SCOPE).href; })
  : [];

self.addEventListener("install", function (event) {
  if (!BUILT) return;
  // No skipWaiting here: a new version waits until every tab of the old one has closed, or
  // until the page asks (below), so an open session never changes under the person's feet.
  event.waitUntil(caches.open(APP_CACHE).then(function (cache) {
    return Promise.all(PRECACHED.map(function (url) {
      // no-cache: revalidate with the server, so a stale HTTP cache never slips into the set.
      return fetch(url, { cache: "no-cache" }).then(function (response) {
        if (!response.ok) throw new Error("precache " + url + ": HTTP " + response.status);
        return clean(response);
      }).then(function (response) { return cache.put(url, response); });
    }));
  }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf(PREFIX + "app ") === 0 && name !== APP_CACHE;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("message", function (event) {
  if (event.data && event.data.type === "careplanner:activate") self.skipWaiting();
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  // Other origins are never touched or cached; the app makes no such request anyway.
  if (!BUILT || request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.href.indexOf(SCOPE) !== 0) return;

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

  if (PRECACHED.indexOf(url.href) >= 0) {
    // Content-hashed files never change under one name: the cache is always right.
    event.respondWith(caches.open(APP_CACHE).then(function (cache) {
      return cache.match(url.href, { ignoreVary: true }).then(function (hit) {
        return hit || fetch(request);
      });
    }));
    return;
  }

  // Anything else on this site (clinic.json, a logo): the network first, so a clinic's edits
  // show at once, and the last copy when offline.
  event.respondWith(caches.open(EXTRA_CACHE).then(function (cache) {
    return fetch(request).then(function (response) {
      if (response.ok && response.type === "basic") cache.put(request, response.clone());
      return response;
    }).catch(function () {
      return cache.match(request).then(function (hit) { return hit || Response.error(); });
    });
  }));
});

// Browsers refuse a redirected response for a navigation, and a host may redirect
// index.html to ./; a fresh copy of the body and headers has no redirect flag.
function clean(response) {
  if (!response.redirected) return Promise.resolve(response);
  return response.blob().then(function (body) {
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  });
}
