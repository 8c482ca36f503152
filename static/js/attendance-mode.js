// The event form shows the place fields for an event on site, the link field for one online.
(function () {
  "use strict";
  var radios = document.querySelectorAll("input[name='attendance_mode']");
  var place = document.querySelector("[data-place]");
  var online = document.getElementById("id_online_url");
  if (!radios.length || !place || !online) {
    return;
  }
  var onlineField = online.closest(".field");
  function update() {
    var checked = document.querySelector("input[name='attendance_mode']:checked");
    var mode = checked ? checked.value : "on_site";
    place.hidden = mode === "online";
    onlineField.hidden = mode === "on_site";
    if (!place.hidden) {
      document.dispatchEvent(new Event("place:shown"));
    }
  }
  radios.forEach(function (radio) {
    radio.addEventListener("change", update);
  });
  update();
})();
