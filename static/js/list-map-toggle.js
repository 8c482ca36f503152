/* On a phone the list and the map take turns: two toggle buttons choose which one shows; the filters fold.
   Wired by [data-browse][data-view] and [data-view-toggle]. */
(function () {
  "use strict";
  var browse = document.querySelector("[data-browse]");
  var toggle = document.querySelector("[data-view-toggle]");
  if (!browse || !toggle) return;
  browse.classList.add("browse--toggle");
  // Where the filters stack above the results (a phone, a tablet: browse.css's 64rem), they start
  // folded, so that the results or the map come first (unless a filter could not be applied: its
  // message must be seen).
  // The page comes with the panel folded (unless a filter has an error): beside the results, unfold it.
  var panel = document.querySelector("[data-filters-panel]");
  if (panel && !window.matchMedia("(max-width: 64rem)").matches) {
    panel.open = true;
  }
  toggle.hidden = false;
  toggle.addEventListener("click", function (event) {
    var button = event.target.closest("[data-show]");
    if (!button) return;
    browse.dataset.view = button.dataset.show;
    toggle.querySelectorAll("[data-show]").forEach(function (other) {
      other.setAttribute("aria-pressed", String(other === button));
    });
    document.dispatchEvent(new CustomEvent("events:view"));
  });
})();
