/* The events map: markers from /evenements/carte.geojson, grouped by the server for the visible area.
   Wired by [data-events-map]; reads the filters from [data-map-state] and reloads on "events:updated". */
(function () {
  "use strict";
  var element = document.querySelector("[data-events-map]");
  var configElement = document.getElementById("events-map-config");
  if (!element || !configElement || !window.L) return;
  var config = JSON.parse(configElement.textContent);
  var labels = config.labels;

  var fallback = element.querySelector(".events-map__fallback");
  if (fallback) fallback.remove();
  element.setAttribute("role", "region");
  element.setAttribute("aria-label", element.dataset.label || document.getElementById("map-title").textContent);

  var map = L.map(element, { center: config.center, zoom: config.zoom, minZoom: 2, maxZoom: config.tiles.maxZoom });
  // Without network the tiles fail quietly: the markers still show on the empty background.
  L.tileLayer(config.tiles.url, { attribution: config.tiles.attribution, maxZoom: config.tiles.maxZoom }).addTo(map);
  var markers = L.layerGroup().addTo(map);
  var controller = null;
  var query = "";
  var frame = "";

  function readState() {
    var state = document.querySelector("[data-map-state]");
    return state ? { query: state.dataset.query || "", frame: state.dataset.frame || "[]" } : { query: "", frame: "[]" };
  }

  function fitFrame(frameJson) {
    var boxes = JSON.parse(frameJson || "[]");
    if (!boxes.length) return false;
    var bounds = L.latLngBounds(boxes[0]);
    boxes.slice(1).forEach(function (box) { bounds.extend(box); });
    map.fitBounds(bounds, { animate: false });
    return true;
  }

  function clusterMarker(latlng, count) {
    var size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 48 : 56;
    var icon = L.divIcon({ className: "map-cluster", html: "<span>" + Number(count) + "</span>", iconSize: [size, size] });
    var marker = L.marker(latlng, { icon: icon, title: labels.cluster.replace("%(count)s", count), keyboard: true });
    marker.on("click", function () { map.setView(latlng, Math.min(map.getZoom() + 2, map.getMaxZoom())); });
    marker.options.eventsCount = count;
    return marker;
  }

  function eventMarker(latlng, properties) {
    var icon = L.divIcon({ className: "map-marker map-marker--" + properties.type, iconSize: [22, 22] });
    var marker = L.marker(latlng, { icon: icon, title: properties.title, keyboard: true });
    marker.bindPopup(labels.loading, { maxWidth: 320, minWidth: 240 });
    marker.on("popupopen", function () {
      fetch(properties.url + "fiche/", { credentials: "same-origin" })
        .then(function (response) { if (!response.ok) throw new Error(response.status); return response.text(); })
        .then(function (html) { marker.setPopupContent(html); })
        .catch(function () {
          var link = document.createElement("a");
          link.href = properties.url;
          link.textContent = properties.title;
          marker.setPopupContent(link);
        });
    });
    marker.options.eventsCount = 1;
    return marker;
  }

  function draw(collection) {
    markers.clearLayers();
    var total = 0;
    collection.features.forEach(function (feature) {
      var latlng = [feature.geometry.coordinates[1], feature.geometry.coordinates[0]];
      var properties = feature.properties;
      var marker = properties.cluster ? clusterMarker(latlng, properties.count) : eventMarker(latlng, properties);
      total += marker.options.eventsCount;
      markers.addLayer(marker);
    });
    // What the map shows, for assistive technologies and tests alike.
    element.dataset.events = String(total);
    element.removeAttribute("aria-busy");
  }

  function load() {
    if (controller) controller.abort();
    controller = new AbortController();
    var bounds = map.getBounds();
    var params = new URLSearchParams(query);
    params.set("bbox", [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map(function (v) { return v.toFixed(4); }).join(","));
    params.set("zoom", String(map.getZoom()));
    element.setAttribute("aria-busy", "true");
    fetch(config.geojson + "?" + params.toString(), { signal: controller.signal, credentials: "same-origin" })
      .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
      .then(draw)
      .catch(function (error) {
        if (error.name === "AbortError") return;
        element.removeAttribute("aria-busy");
        element.dataset.error = labels.error;
      });
  }

  function refresh() {
    var state = readState();
    var frameChanged = state.frame !== frame;
    query = state.query;
    frame = state.frame;
    if (frameChanged) fitFrame(frame);
    load();
  }

  map.on("moveend", load);
  document.addEventListener("events:updated", refresh);
  document.addEventListener("events:view", function () { map.invalidateSize(); });

  var jumps = document.querySelector("[data-map-jumps]");
  if (jumps) {
    jumps.hidden = false;
    jumps.addEventListener("click", function (event) {
      var button = event.target.closest("[data-map-jump]");
      if (button) map.fitBounds(JSON.parse(button.dataset.mapJump), { animate: false });
    });
  }
  refresh();
})();
