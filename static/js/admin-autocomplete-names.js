// Names the admin autocompletes (select2) after their label: select2 leaves its textbox nameless.
// Queued on jQuery's ready after the admin's own autocomplete.js (loaded before this file), which
// builds the widgets there: jQuery runs ready handlers in order, asynchronously.
(function () {
  "use strict";
  function nameAll() {
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
  }
  if (window.django && window.django.jQuery) {
    window.django.jQuery(nameAll);
  } else {
    window.addEventListener("load", nameAll);
  }
})();
