// The "Kopiér" buttons beside the subscription addresses (Views/Shared/_CopyAddress.cshtml): copy the
// address to the clipboard and say so in the box's live region. Without JavaScript the buttons stay
// hidden and the address is selected and copied by hand.
(function () {
  "use strict";
  var fitsItself = window.CSS && typeof window.CSS.supports === "function" && window.CSS.supports("field-sizing", "content");

  document.querySelectorAll("[data-copy-address]").forEach(function (box) {
    var field = box.querySelector("textarea");
    var button = box.querySelector("button");
    var status = box.querySelector("[aria-live]");
    if (!field || !button || !status) {
      return;
    }

    if (!fitsItself) {
      fit(field);
      window.addEventListener("resize", function () { fit(field); });
    }

    button.hidden = false;
    button.addEventListener("click", function () {
      copy(field).then(
        function () { say(status, box.getAttribute("data-copied")); },
        function () {
          field.focus();
          field.select();
          say(status, box.getAttribute("data-failed"));
        });
    });
  });

  // Browsers without CSS field-sizing: as tall as the wrapped address.
  function fit(field) {
    field.style.height = "auto";
    field.style.height = field.scrollHeight + (field.offsetHeight - field.clientHeight) + "px";
  }

  function copy(field) {
    var byCommand = function () {
      field.select();
      return document.execCommand("copy") ? Promise.resolve() : Promise.reject(new Error("copy refused"));
    };
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(field.value).catch(byCommand);
    }

    try {
      return byCommand();
    } catch (error) {
      return Promise.reject(error);
    }
  }

  // Emptied first, so the same message is announced again on a second press.
  function say(status, text) {
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 100);
  }
})();
