// The share kit (Views/Shared/_ShareText.cshtml, on the story's share page and in the story editor):
// each text counts its characters against its channel's limit as it is typed, and a "Kopiér" button
// copies a text or the story's address. Without JavaScript the limit and the count when the page was
// made still show, the server refuses a text that is too long, and copying is done by hand.
(function () {
  "use strict";

  // Line breaks count as one character, as the server counts them.
  function lengthOf(text) {
    return text.replace(/\r\n?/g, "\n").trim().length;
  }

  document.querySelectorAll("[data-share-text]").forEach(function (box) {
    var field = box.querySelector("textarea");
    var count = box.querySelector("[data-share-count]");
    var status = box.querySelector("[data-share-status]");
    if (!field || !count) {
      return;
    }

    var limit = parseInt(field.getAttribute("data-share-limit"), 10);
    var timer = 0;
    var update = function () {
      var length = lengthOf(field.value);
      var over = length > limit;
      var text = over
        ? length + " af " + limit + " tegn – " + (length - limit) + " for mange"
        : length + " af " + limit + " tegn";
      count.textContent = text;
      count.classList.toggle("share-count-over", over);
      field.setAttribute("aria-invalid", over ? "true" : "false");
      if (status) {
        // Said when the typing pauses, not at every key.
        window.clearTimeout(timer);
        timer = window.setTimeout(function () { status.textContent = text; }, 1000);
      }
    };
    field.addEventListener("input", update);
    update();
  });

  document.querySelectorAll("[data-copy-from]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy-from"));
    var status = document.getElementById(button.getAttribute("data-copy-status"));
    if (!field || !status) {
      return;
    }

    button.hidden = false;
    button.addEventListener("click", function () {
      copy(field).then(
        function () { say(status, button.getAttribute("data-copied")); },
        function () {
          field.focus();
          field.select();
          say(status, "Teksten kunne ikke kopieres automatisk. Den er markeret, så du kan kopiere den med Ctrl+C (Cmd+C på Mac).");
        });
    });
  });

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
