/* careplanner embed (docs/embedding.md): a frame as tall as the window whatever it shows,
   and a private MessageChannel: the host learns nothing of the answers. */
(function () {
  var script = document.currentScript ||
    [].slice.call(document.querySelectorAll("script[data-careplanner]")).pop();
  var spots = [].slice.call(document.querySelectorAll("div[data-careplanner]"));
  if (!spots.length && script) spots = [script];

  spots.forEach(function (spot) {
    if (spot.careplanner) return;
    spot.careplanner = 1;
    var url;
    try {
      url = new URL(spot.getAttribute("data-careplanner"), location.href);
    } catch (e) {
      return;
    }
    // Never javascript: or data:.
    if (!/^https?:$/.test(url.protocol)) return;
    var frame = document.createElement("iframe"), st = frame.style, connected, timer, tries;
    frame.src = url.href;
    frame.title = spot.getAttribute("data-title") || "Microneedling care planner";
    frame.allow = "clipboard-write";
    frame.referrerPolicy = "no-referrer";
    // One at a time: a host's CSP may block cssText.
    st.display = "block";
    st.width = "100%";
    st.height = "100vh";
    st.height = "100dvh";
    st.minHeight = "480px";
    st.border = "0";

    function hello() {
      var w = frame.contentWindow, channel = new MessageChannel();
      if (connected || !w) return;
      channel.port1.onmessage = function (e) {
        if (e.data && e.data.type === "careplanner:ready") connected = 1;
      };
      w.postMessage({ type: "careplanner:hello" }, url.origin, [channel.port2]);
    }
    // The app may start after load: hello until it answers (30 s).
    frame.addEventListener("load", function () {
      tries = connected = 0;
      clearInterval(timer);
      hello();
      timer = setInterval(function () {
        if (connected || ++tries > 150) clearInterval(timer);
        else hello();
      }, 200);
    });

    if (spot === script) spot.parentNode.insertBefore(frame, spot.nextSibling);
    else spot.appendChild(frame);
  });
})();
