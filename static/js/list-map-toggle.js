/* On a phone the list and the map take turns: two toggle buttons choose which one shows.
   Wired by [data-browse][data-view] and [data-view-toggle]. */
(function () {
  "use strict";
  var browse = document.querySelector("[data-browse]");
  var toggle = document.querySelector("[data-view-toggle]");
  if (!browse || !toggle) return;
  browse.classList.add("browse--toggle");
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
