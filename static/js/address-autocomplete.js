// Address suggestions of the event form, from the site's proxy of the national address API.
// Choosing one fills the address, postal code and city, and moves the map's point.
(function () {
  "use strict";
  var input = document.querySelector("[data-address-input]");
  var box = document.querySelector("[data-address-suggestions]");
  if (!input || !box) {
    return;
  }
  var list = box.querySelector("[data-address-list]");
  var status = box.querySelector("[data-address-status]");
  var postalCode = document.getElementById("id_postal_code");
  var city = document.getElementById("id_city");
  var timer = null;
  var controller = null;

  function show(message) {
    box.hidden = false;
    status.textContent = message;
  }

  function choose(result) {
    if (result.address) {
      input.value = result.address;
    }
    postalCode.value = result.postal_code;
    city.value = result.city;
    list.replaceChildren();
    show("Adresse choisie : " + result.label + ". Vérifiez le point sur la carte.");
    document.dispatchEvent(new CustomEvent("point:set", { detail: { lat: result.lat, lng: result.lng } }));
    input.focus();
  }

  function render(data) {
    list.replaceChildren();
    var results = data.results || [];
    if (!results.length) {
      show(
        data.available
          ? "Aucune adresse trouvée : vérifiez la saisie, ou indiquez seulement le code postal et la commune."
          : "Le service d’adresses ne répond pas. Indiquez le code postal et la commune : le point sera placé à la mairie."
      );
      return;
    }
    results.forEach(function (result) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "suggestion";
      button.textContent = result.label;
      button.addEventListener("click", function () {
        choose(result);
      });
      item.appendChild(button);
      list.appendChild(item);
    });
    show(
      (data.available ? "" : "Le service d’adresses ne répond pas : voici les communes de ce code postal. ") +
        results.length +
        (results.length > 1 ? " propositions" : " proposition") +
        " ci-dessous : choisissez la bonne."
    );
  }

  function search() {
    var query = input.value.trim();
    if (query.length < 3) {
      box.hidden = true;
      return;
    }
    if (controller) {
      controller.abort();
    }
    controller = new AbortController();
    fetch(box.dataset.url + "?q=" + encodeURIComponent(query), {
      signal: controller.signal,
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.json();
      })
      .then(render)
      .catch(function (error) {
        if (error.name !== "AbortError") {
          show("Les propositions d’adresses ne sont pas disponibles : saisissez le code postal et la commune.");
        }
      });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 300);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") {
      var first = list.querySelector("button");
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener("keydown", function (event) {
    var buttons = Array.prototype.slice.call(list.querySelectorAll("button"));
    var index = buttons.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && index < buttons.length - 1) {
      event.preventDefault();
      buttons[index + 1].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (index > 0 ? buttons[index - 1] : input).focus();
    } else if (event.key === "Escape") {
      box.hidden = true;
      input.focus();
    }
  });
})();
