// Time slots of the event form: "Ajouter un créneau" adds a row without sending the form.
// Without JavaScript the same button sends the form, which comes back with one more row.
(function () {
  "use strict";
  var container = document.querySelector("[data-slots]");
  if (!container) {
    return;
  }
  var list = container.querySelector("[data-slot-list]");
  var template = container.querySelector("[data-slot-template]");
  var total = container.querySelector("input[name$='-TOTAL_FORMS']");
  var max = parseInt(container.querySelector("input[name$='-MAX_NUM_FORMS']").value, 10);
  var addButton = container.querySelector("[data-add-slot]");

  function renumber() {
    list.querySelectorAll("[data-slot-number]").forEach(function (number, index) {
      number.textContent = String(index + 1);
    });
  }

  addButton.type = "button";
  addButton.addEventListener("click", function (event) {
    event.preventDefault();
    var index = parseInt(total.value, 10);
    if (index >= max) {
      return;
    }
    list.insertAdjacentHTML("beforeend", template.innerHTML.replace(/__prefix__/g, String(index)));
    total.value = String(index + 1);
    var slots = list.querySelectorAll("[data-slot]");
    var added = slots[slots.length - 1];
    var previous = slots.length > 1 ? slots[slots.length - 2] : null;
    if (previous) {
      // Most series keep the same hours: copy them, the day is left to choose.
      ["start", "end"].forEach(function (name) {
        var from = previous.querySelector("input[name$='-" + name + "']");
        var to = added.querySelector("input[name$='-" + name + "']");
        if (from && to) {
          to.value = from.value;
        }
      });
    }
    renumber();
    added.querySelector("input").focus();
    if (index + 1 >= max) {
      addButton.hidden = true;
    }
  });
})();
