// The small map of an event's place in the moderation change view.
// Wired by `data-event-map` (lat, lng, tiles, attribution, label); without JavaScript or tiles,
// the coordinates printed below the map remain.
document.addEventListener("DOMContentLoaded", () => {
  if (typeof L === "undefined") return;
  for (const element of document.querySelectorAll("[data-event-map]")) {
    const point = [Number.parseFloat(element.dataset.lat), Number.parseFloat(element.dataset.lng)];
    if (point.some(Number.isNaN)) continue;
    const map = L.map(element, { scrollWheelZoom: false }).setView(point, 15);
    L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution, maxZoom: 19 }).addTo(map);
    L.marker(point, { title: element.dataset.label, alt: element.dataset.label }).addTo(map);
  }
});
