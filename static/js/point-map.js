/* A small map showing one place (the event page). Wired by [data-point-map data-lat data-lng data-label]. */
(function () {
  "use strict";
  var element = document.querySelector("[data-point-map]");
  var configElement = document.getElementById("events-map-config");
  if (!element || !configElement || !window.L) return;
  var config = JSON.parse(configElement.textContent);
  var point = [parseFloat(element.dataset.lat), parseFloat(element.dataset.lng)];
  element.setAttribute("role", "region");
  element.setAttribute("aria-label", element.dataset.label);
  var map = L.map(element, { center: point, zoom: 15, scrollWheelZoom: false, zoomControl: false });
  L.control.zoom({ zoomInTitle: config.labels.zoomIn, zoomOutTitle: config.labels.zoomOut }).addTo(map);
  L.tileLayer(config.tiles.url, { attribution: config.tiles.attribution, maxZoom: config.tiles.maxZoom }).addTo(map);
  L.marker(point, {
    icon: L.divIcon({ className: "map-marker", iconSize: [22, 22] }),
    title: element.dataset.label,
    keyboard: false,
  }).addTo(map);
})();
