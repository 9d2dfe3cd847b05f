/* careplanner embed: a self-sizing iframe. Messages carry layout only (docs/embedding.md). */
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
    // Only a web address may become the frame, never javascript: or data:.
    if (!/^https?:$/.test(url.protocol)) return;
    var origin = url.origin;
    var frame = document.createElement("iframe");
    var st = frame.style;
    frame.src = url.href;
    frame.title = spot.getAttribute("data-title") || "Microneedling care planner";
    // One property at a time: a host page's CSP may block cssText and style attributes.
    st.display = "block";
    st.width = "100%";
    st.height = "600px";
    st.border = "0";

    function hello() {
      // The browser drops this if the frame has left the app's origin.
      var w = frame.contentWindow;
      if (w) w.postMessage({ type: "careplanner:embedded" }, origin);
    }
    frame.addEventListener("load", hello);

    addEventListener("message", function (e) {
      // The app's origin, and this very frame, not another one of that site.
      if (e.origin !== origin || e.source !== frame.contentWindow) return;
      var d = e.data || {};
      if (d.type === "careplanner:ready") hello();
      var h = d.type === "careplanner:height" && d.height;
      if (typeof h === "number" && isFinite(h)) {
        st.height = Math.min(Math.max(Math.ceil(h), 150), 50000) + "px";
      }
    });

    if (spot === script) spot.parentNode.insertBefore(frame, spot.nextSibling);
    else spot.appendChild(frame);
  });
})();
