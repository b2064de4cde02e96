// The org chart's zoom: fit to the window (the default, kept on resize), in, out, actual size.
(function () {
  "use strict";
  var viewport = document.querySelector("[data-orgchart]");
  var tools = document.querySelector("[data-orgchart-tools]");
  if (!viewport || !tools) { return; }
  var svg = viewport.querySelector("svg");
  var width = parseFloat(viewport.getAttribute("data-width"));
  var height = parseFloat(viewport.getAttribute("data-height"));
  var level = tools.querySelector("[data-zoom-level]");
  var scale = 1;
  var fitted = true;

  function fitScale() {
    var room = viewport.clientWidth - 16;
    var tall = Math.max(window.innerHeight * 0.85 - 16, 240);
    return Math.max(Math.min(room / width, tall / height, 1.5), 0.1);
  }
  function apply(next) {
    scale = Math.min(Math.max(next, 0.1), 4);
    svg.setAttribute("width", (width * scale).toFixed(1));
    svg.setAttribute("height", (height * scale).toFixed(1));
    viewport.classList.add("is-zoomed");
    level.textContent = Math.round(scale * 100) + "%";
  }
  var actions = {
    fit: function () { return fitScale(); },
    "in": function () { return scale * 1.25; },
    out: function () { return scale / 1.25; },
    actual: function () { return 1; }
  };
  tools.hidden = false;
  tools.addEventListener("click", function (event) {
    var button = event.target.closest("[data-zoom]");
    if (!button) { return; }
    var action = button.getAttribute("data-zoom");
    fitted = action === "fit";
    apply(actions[action]());
  });
  window.addEventListener("resize", function () { if (fitted) { apply(fitScale()); } });
  apply(fitScale());
})();
