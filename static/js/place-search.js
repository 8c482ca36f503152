/* « Autour de »: suggestions of communes as one types (from the site's own commune table, no other
   network) and a « Me localiser » button that fills « latitude,longitude » from the browser's
   geolocation. Wired by input[data-commune-suggest] (with a list="…" datalist) and [data-locate];
   delegated, as the live filters replace the form's content. */
(function () {
  "use strict";
  if (!window.fetch) return;
  var timer = null;
  var controller = null;
  var lastAsked = "";

  function suggest(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var text = input.value.trim();
    if (!list || text.length < 2 || /^[\d\s,.-]+$/.test(text) || text === lastAsked) return;
    lastAsked = text;
    if (controller) controller.abort();
    controller = new AbortController();
    fetch(input.dataset.communeSuggest + "?q=" + encodeURIComponent(text), { signal: controller.signal, credentials: "same-origin" })
      .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
      .then(function (data) {
        list.replaceChildren.apply(list, data.communes.map(function (commune) {
          var option = document.createElement("option");
          option.value = commune.label;
          return option;
        }));
      })
      .catch(function () { /* no suggestions: typing still works */ });
  }

  document.addEventListener("input", function (event) {
    var input = event.target.closest && event.target.closest("[data-commune-suggest]");
    if (!input) return;
    clearTimeout(timer);
    timer = setTimeout(function () { suggest(input); }, 150);
  });

  function showLocate(root) {
    var policy = document.permissionsPolicy || document.featurePolicy;
    if (!navigator.geolocation || (policy && policy.allowsFeature && !policy.allowsFeature("geolocation"))) return;
    (root || document).querySelectorAll("[data-locate]").forEach(function (button) { button.hidden = false; });
  }
  showLocate();
  document.addEventListener("events:updated", function () { showLocate(); });

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-locate]");
    if (!button) return;
    var field = button.closest(".filter-field, .search-box__field") || button.parentNode;
    var input = field.querySelector('input[name="autour"]');
    var status = field.querySelector("[data-locate-status]");
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(
      function (position) {
        button.disabled = false;
        input.value = position.coords.latitude.toFixed(4) + "," + position.coords.longitude.toFixed(4);
        if (status) status.textContent = "";
        input.dispatchEvent(new Event("change", { bubbles: true }));
      },
      function () {
        button.disabled = false;
        if (status) status.textContent = button.dataset.error;
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 }
    );
  });
})();
