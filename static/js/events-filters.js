/* Instant filters: a change in the filter form reloads the list, the counts and the map without a page
   reload; the URL follows (shareable) and the back button restores the previous state.
   Without JavaScript the form is a plain GET form. Wired by [data-live-filters] and [data-live]. */
(function () {
  "use strict";
  var form = document.querySelector("[data-live-filters]");
  if (!form || !window.fetch || !window.history || !window.history.pushState || !window.DOMParser) return;
  var browse = document.querySelector("[data-browse]");
  var controller = null;

  function currentUrl() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value === "") return;
      var withDefault = form.querySelector('[name="' + name + '"][data-default]');
      if (withDefault && withDefault.dataset.default === value) return;
      params.append(name, value);
    });
    var query = params.toString();
    return form.getAttribute("action") + (query ? "?" + query : "");
  }

  function swap(doc) {
    var active = document.activeElement && document.activeElement.id;
    var opened = Array.prototype.map.call(form.querySelectorAll("details[open]"), function (d) { return d.id; });
    document.querySelectorAll("[data-live]").forEach(function (target) {
      var source = doc.querySelector('[data-live="' + target.dataset.live + '"]');
      if (source) target.innerHTML = source.innerHTML;
    });
    opened.forEach(function (id) { var details = document.getElementById(id); if (details) details.open = true; });
    if (active) {
      var element = document.getElementById(active);
      if (element && element !== document.activeElement) element.focus();
    }
  }

  function update(url, push) {
    if (controller) controller.abort();
    controller = new AbortController();
    browse.setAttribute("aria-busy", "true");
    fetch(url, { signal: controller.signal, credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (response) { if (!response.ok) throw new Error(response.status); return response.text(); })
      .then(function (html) {
        swap(new DOMParser().parseFromString(html, "text/html"));
        if (push) window.history.pushState({ live: true }, "", url);
        browse.removeAttribute("aria-busy");
        document.dispatchEvent(new CustomEvent("events:updated"));
      })
      .catch(function (error) {
        if (error.name === "AbortError") return;
        window.location.assign(url); // a plain navigation still works
      });
  }

  form.addEventListener("change", function () { update(currentUrl(), true); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update(currentUrl(), true);
  });
  browse.addEventListener("click", function (event) {
    var link = event.target.closest(".pagination a, .scope-note a, .filters__reset");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    update(link.getAttribute("href"), true);
    if (link.closest(".pagination")) {
      // The clicked link is replaced: move the focus to the top of the new results.
      var count = browse.querySelector(".results-count");
      count.setAttribute("tabindex", "-1");
      count.focus();
      count.scrollIntoView();
    }
  });
  window.addEventListener("popstate", function () { update(window.location.pathname + window.location.search, false); });
})();
