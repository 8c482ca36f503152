// « Copier le code » buttons of the communication kit: each button names the <code> it copies with
// data-copy-target and the live region that confirms it with data-copy-status. Without JavaScript (or
// without the Clipboard API) the buttons stay hidden and the code can still be selected by hand.
(function () {
  "use strict";
  if (!navigator.clipboard) {
    return;
  }
  document.querySelectorAll("[data-copy-target]").forEach(function (button) {
    var source = document.getElementById(button.dataset.copyTarget);
    var status = document.getElementById(button.dataset.copyStatus);
    if (!source) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent).then(
        function () {
          if (status) status.textContent = button.dataset.copiedMessage;
        },
        function () {
          if (status) status.textContent = button.dataset.failedMessage;
        }
      );
    });
  });
})();
