/* /integrer/: a button that copies the <iframe> snippet. Wired by [data-copy-source] and [data-copy-button];
   without JavaScript (or clipboard access) the snippet stays selectable in its text area. */
(function () {
  "use strict";
  var source = document.querySelector("[data-copy-source]");
  var button = document.querySelector("[data-copy-button]");
  var status = document.querySelector("[data-copy-status]");
  if (!source || !button || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(source.value).then(function () {
      if (status) status.textContent = button.dataset.copiedLabel;
    }, function () {
      source.focus();
      source.select();
    });
  });
})();
