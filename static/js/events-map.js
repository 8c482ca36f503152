/* The events map: markers from /evenements/carte.geojson, grouped by the server for the visible area.
   Wired by [data-events-map]; reads the filters from [data-map-state] and reloads on "events:updated".
   An open popup stays open across pans, zooms and reloads: its marker stays while the others are redrawn. Focus moves into a popup and back to its marker when it closes (Escape closes it). */
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

  var map = L.map(element, {
    center: config.center, zoom: config.zoom, minZoom: 2, maxZoom: config.tiles.maxZoom, zoomControl: false,
  });
  L.control.zoom({ zoomInTitle: labels.zoomIn || "Zoomer", zoomOutTitle: labels.zoomOut || "Dézoomer" }).addTo(map);
  // Without network the tiles fail quietly: the markers still show on the empty background.
  L.tileLayer(config.tiles.url, { attribution: config.tiles.attribution, maxZoom: config.tiles.maxZoom }).addTo(map);
  var origins = L.layerGroup().addTo(map);
  var markers = L.layerGroup().addTo(map);
  var openMarker = null; // the marker whose popup is open: kept across redraws
  var controller = null;
  var query = "";
  var frame = "";
  var origin = "";
  var loaded = null; // { query, zoom, bounds } of the collection drawn

  function readState() {
    var state = document.querySelector("[data-map-state]");
    if (!state) return { query: "", frame: "[]", origin: "" };
    return { query: state.dataset.query || "", frame: state.dataset.frame || "[]", origin: state.dataset.origin || "" };
  }

  function fitFrame(frameJson) {
    var boxes = JSON.parse(frameJson || "[]");
    if (!boxes.length) return false;
    var bounds = L.latLngBounds(boxes[0]);
    boxes.slice(1).forEach(function (box) { bounds.extend(box); });
    map.fitBounds(bounds, { animate: false });
    return true;
  }

  function drawOrigin(originJson) {
    origins.clearLayers();
    if (!originJson) return;
    var centre = JSON.parse(originJson);
    var point = [centre.lat, centre.lng];
    var text = labels.origin ? labels.origin.replace("%(place)s", centre.label).replace("%(km)s", centre.radius) : centre.label;
    L.circle(point, { radius: centre.radius * 1000, interactive: false, color: "#3f1760", weight: 2, dashArray: "6 4", fillOpacity: 0.05 }).addTo(origins);
    L.circleMarker(point, { radius: 6, interactive: false, color: "#fff", weight: 2, fillColor: "#1d1d2c", fillOpacity: 1 }).addTo(origins);
    element.dataset.origin = text;
  }

  function activateCluster(latlng) {
    map.setView(latlng, Math.min(map.getZoom() + 2, map.getMaxZoom()));
    // The cluster is redrawn away: keep the keyboard in the map.
    element.focus({ preventScroll: true });
  }

  function clusterMarker(latlng, count) {
    var size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 48 : 56;
    var name = labels.cluster.replace("%(count)s", count);
    var icon = L.divIcon({ className: "map-cluster", html: '<span aria-hidden="true">' + Number(count) + "</span>", iconSize: [size, size] });
    var marker = L.marker(latlng, { icon: icon, title: name, keyboard: true });
    marker.on("click", function () { activateCluster(latlng); });
    marker.on("add", function () {
      var icon = marker.getElement();
      icon.setAttribute("aria-label", name);
      icon.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " " || event.key === "Spacebar") {
          event.preventDefault();
          event.stopPropagation();
          activateCluster(latlng);
        }
      });
    });
    marker.options.eventsCount = count;
    return marker;
  }

  function focusPopup(marker) {
    var popup = marker.getPopup();
    var container = popup && popup.getElement();
    if (!container) return;
    var content = container.querySelector(".leaflet-popup-content");
    content.setAttribute("tabindex", "-1");
    content.focus({ preventScroll: true });
  }

  function eventMarker(latlng, properties) {
    var icon = L.divIcon({ className: "map-marker map-marker--" + properties.type, iconSize: [22, 22] });
    var marker = L.marker(latlng, { icon: icon, title: properties.title, keyboard: true });
    marker.options.eventKey = properties.url;
    marker.bindPopup(labels.loading, { maxWidth: 320, minWidth: 240, autoPanPadding: [16, 16] });
    var loadedCard = false;
    marker.on("popupopen", function () {
      openMarker = marker;
      var container = marker.getPopup().getElement();
      container.setAttribute("role", "dialog");
      container.setAttribute("aria-label", properties.title);
      container.onkeydown = function (event) {
        if (event.key === "Escape" || event.key === "Esc") { event.preventDefault(); marker.closePopup(); }
      };
      focusPopup(marker);
      if (loadedCard) return;
      fetch(properties.url + "fiche/", { credentials: "same-origin" })
        .then(function (response) { if (!response.ok) throw new Error(response.status); return response.text(); })
        .then(function (html) { loadedCard = true; marker.setPopupContent(html); focusPopup(marker); })
        .catch(function () {
          var link = document.createElement("a");
          link.href = properties.url;
          link.textContent = properties.title;
          marker.setPopupContent(link);
          focusPopup(marker);
        });
    });
    marker.on("popupclose", function () {
      var icon = marker.getElement();
      var active = document.activeElement;
      if (openMarker === marker) openMarker = null;
      // Back to the marker, unless the visitor went elsewhere meanwhile (another popup, a link).
      if (icon && (!active || active === document.body || element.contains(active))) icon.focus({ preventScroll: true });
    });
    marker.options.eventsCount = 1;
    return marker;
  }

  function draw(collection) {
    // Every marker goes, but the one whose popup is open (removing it would close its popup).
    markers.eachLayer(function (layer) { if (layer !== openMarker) markers.removeLayer(layer); });
    var total = 0;
    collection.features.forEach(function (feature) {
      var latlng = [feature.geometry.coordinates[1], feature.geometry.coordinates[0]];
      var properties = feature.properties;
      total += properties.cluster ? properties.count : 1;
      if (!properties.cluster && openMarker && openMarker.options.eventKey === properties.url) return; // shown already
      var marker = properties.cluster ? clusterMarker(latlng, properties.count) : eventMarker(latlng, properties);
      markers.addLayer(marker);
    });
    // What the map shows, for assistive technologies and tests alike.
    element.dataset.events = String(total);
    element.removeAttribute("aria-busy");
  }

  function load(force) {
    var bounds = map.getBounds();
    var zoom = map.getZoom();
    // A small pan (the popup making room for itself) stays within what was loaded: nothing to reload.
    if (!force && loaded && loaded.query === query && loaded.zoom === zoom && loaded.bounds.contains(bounds)) return;
    loaded = null; // until this one answers
    if (controller) controller.abort();
    controller = new AbortController();
    var wide = bounds.pad(0.25);
    var params = new URLSearchParams(query);
    params.set("bbox", [wide.getWest(), wide.getSouth(), wide.getEast(), wide.getNorth()].map(function (v) { return v.toFixed(4); }).join(","));
    params.set("zoom", String(zoom));
    element.setAttribute("aria-busy", "true");
    var asked = { query: query, zoom: zoom, bounds: wide };
    fetch(config.geojson + "?" + params.toString(), { signal: controller.signal, credentials: "same-origin" })
      .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
      .then(function (collection) { loaded = asked; draw(collection); })
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
    if (state.origin !== origin) { origin = state.origin; drawOrigin(origin); }
    // A new frame moves the map, which loads (moveend); else load here, unless nothing changed.
    if (!(frameChanged && fitFrame(frame))) load(false);
  }

  map.on("moveend", function () { load(false); });
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
