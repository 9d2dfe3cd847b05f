/* careplanner embed (docs/embedding.md): an iframe that fits its content.
   Messages carry layout only, never an answer. */
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
    frame.src = url.href;
    frame.title = spot.getAttribute("data-title") || "Microneedling care planner";
    frame.style.cssText = "display:block;width:100%;height:600px;border:0";

    function hello() {
      // The browser drops this if the frame is no longer on the app's origin.
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: "careplanner:embedded" }, origin);
    }
    frame.addEventListener("load", hello);

    addEventListener("message", function (e) {
      // The app's origin, and this very frame, not another one of that site.
      if (e.origin !== origin || e.source !== frame.contentWindow) return;
      var d = e.data;
      if (!d || typeof d !== "object") return;
      if (d.type === "careplanner:ready") hello();
      if (d.type === "careplanner:height" && typeof d.height === "number" && isFinite(d.height)) {
        frame.style.height = Math.min(Math.max(Math.ceil(d.height), 150), 50000) + "px";
      }
    });

    if (spot === script) spot.parentNode.insertBefore(frame, spot.nextSibling);
    else spot.appendChild(frame);
  });
})();
