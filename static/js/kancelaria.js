// Collapsible trees: each toggle shows or hides the list it controls; state in aria-expanded.
(function () {
  "use strict";
  function setExpanded(button, expanded) {
    var list = document.getElementById(button.getAttribute("aria-controls"));
    button.setAttribute("aria-expanded", expanded ? "true" : "false");
    if (list) { list.hidden = !expanded; }
  }
  document.addEventListener("click", function (event) {
    var toggle = event.target.closest(".tree__toggle");
    if (toggle) {
      setExpanded(toggle, toggle.getAttribute("aria-expanded") !== "true");
      return;
    }
    var action = event.target.closest("[data-tree-action]");
    if (action) {
      var expand = action.getAttribute("data-tree-action") === "expand";
      document.querySelectorAll("[data-tree] .tree__toggle").forEach(function (button) {
        setExpanded(button, expand);
      });
    }
  });
})();
