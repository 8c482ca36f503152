/* The header's menu on a phone: a disclosure button (aria-expanded) shows or hides the navigation.
   Loaded in <head> without defer: the « js » class is set before the first paint, so the folded
   header never flashes open. Without JavaScript the button stays hidden and the navigation shows. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  function setUp() {
    var button = document.querySelector("[data-menu-toggle]");
    var menu = document.querySelector("[data-menu]");
    if (!button || !menu) return;
    button.hidden = false;
    function setOpen(open) {
      button.setAttribute("aria-expanded", String(open));
      menu.classList.toggle("is-open", open);
    }
    button.addEventListener("click", function () {
      setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || button.getAttribute("aria-expanded") !== "true") return;
      setOpen(false);
      button.focus();
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
