// Names the admin autocompletes (select2) after their label: select2 leaves its textbox nameless.
// Runs on "load", after the admin's own autocomplete.js has built the widgets on DOM ready.
(function () {
  "use strict";
  window.addEventListener("load", function () {
    document.querySelectorAll("select.admin-autocomplete[id]").forEach(function (select) {
      var label = document.querySelector('label[for="' + select.id + '"]');
      var container = select.nextElementSibling;
      if (!label || !container || !container.classList.contains("select2")) {
        return;
      }
      if (!label.id) {
        label.id = select.id + "_label";
      }
      var rendered = container.querySelector(".select2-selection__rendered");
      var combobox = container.querySelector(".select2-selection");
      if (rendered) {
        rendered.setAttribute("aria-labelledby", label.id);
      }
      if (combobox && rendered && rendered.id) {
        combobox.setAttribute("aria-labelledby", label.id + " " + rendered.id);
      }
    });
  });
})();
