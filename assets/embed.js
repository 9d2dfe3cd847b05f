/* careplanner embed (docs/embedding.md): the host page learns nothing of the answers. */
(function () {
  var all = function (s) { return [].slice.call(document.querySelectorAll(s)); };
  var script = document.currentScript || all("script[data-careplanner]").pop();
  var spots = all("div[data-careplanner]");
  // A locked share link (#~…) goes to the frame.
  var hash = location.hash.slice(0, 2) == "#~" && location.hash;
  if (hash) history.replaceState(history.state, "", location.pathname + location.search);
  if (!spots.length && script) spots = [script];

  spots.forEach(function (spot, i) {
    if (spot.careplanner) return;
    spot.careplanner = 1;
    var url, connected, timer, tries;
    try {
      url = new URL(spot.getAttribute("data-careplanner"), location.href);
    } catch (e) {
      return;
    }
    if (!/^https?:$/.test(url.protocol)) return;
    if (hash && !i) url.hash = hash;
    var frame = document.createElement("iframe"), st = frame.style;
    frame.src = url.href;
    frame.title = spot.getAttribute("data-title") || "Microneedling care planner";
    frame.allow = "clipboard-write";
    frame.referrerPolicy = "no-referrer";
    // The window's height, whatever it shows.
    st.display = "block";
    st.width = "100%";
    st.height = "100vh";
    st.height = "100dvh";
    st.minHeight = "480px";
    st.border = "0";

    // Hello until the app answers (30 s).
    function hello() {
      var channel = new MessageChannel(), w = frame.contentWindow;
      if (connected || ++tries > 150) return clearInterval(timer);
      channel.port1.onmessage = function (e) {
        if (e.data && e.data.type === "careplanner:ready") connected = 1;
      };
      w.postMessage({ type: "careplanner:hello" }, url.origin, [channel.port2]);
    }
    frame.addEventListener("load", function () {
      tries = connected = 0;
      clearInterval(timer);
      hello();
      timer = setInterval(hello, 200);
    });

    if (spot == script) spot.after(frame);
    else spot.appendChild(frame);
  });
})();
