// The map of the event form: shows the point, which can be dragged or set by a click.
// It writes the latitude and longitude fields; other scripts move it with a "point:set" event.
(function () {
  "use strict";
  var picker = document.querySelector("[data-point-picker]");
  var latInput = document.querySelector("[data-point-lat]");
  var lngInput = document.querySelector("[data-point-lng]");
  if (!picker || !latInput || !lngInput || !window.L) {
    return;
  }
  var config = JSON.parse(document.getElementById("point-picker-config").textContent);
  var mapElement = picker.querySelector("[data-point-map]");
  var map = L.map(mapElement, { scrollWheelZoom: false, zoomControl: false });
  if (config.bounds) {
    map.fitBounds(config.bounds);
  } else {
    map.setView(config.center, config.zoom);
  }
  L.control.zoom({ zoomInTitle: "Zoomer", zoomOutTitle: "Dézoomer" }).addTo(map);
  L.tileLayer(config.tiles, { attribution: config.attribution, maxZoom: 19 }).addTo(map);
  var marker = null;

  function write(latlng) {
    latInput.value = latlng.lat.toFixed(6);
    lngInput.value = latlng.lng.toFixed(6);
    latInput.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function place(lat, lng, zoom) {
    if (!marker) {
      marker = L.marker([lat, lng], { draggable: true, alt: "Lieu de l’événement", title: "Faites glisser pour corriger" });
      marker.on("dragend", function () {
        write(marker.getLatLng());
      });
      marker.addTo(map);
    } else {
      marker.setLatLng([lat, lng]);
    }
    map.setView([lat, lng], zoom || Math.max(map.getZoom(), 15));
  }

  map.on("click", function (event) {
    place(event.latlng.lat, event.latlng.lng, map.getZoom());
    write(event.latlng);
  });

  function fromInputs() {
    var lat = parseFloat(latInput.value);
    var lng = parseFloat(lngInput.value);
    if (!isNaN(lat) && !isNaN(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) {
      place(lat, lng);
    }
  }
  latInput.addEventListener("input", fromInputs);
  lngInput.addEventListener("input", fromInputs);

  document.addEventListener("point:set", function (event) {
    place(event.detail.lat, event.detail.lng, 17);
    write(L.latLng(event.detail.lat, event.detail.lng));
  });
  document.addEventListener("place:shown", function () {
    map.invalidateSize();
  });
  fromInputs();
  if (latInput.value) {
    map.setZoom(16);
  }
})();
