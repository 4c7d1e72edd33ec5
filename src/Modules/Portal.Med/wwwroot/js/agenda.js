// Drag and drop for the agenda editor. The "Flyt op"/"Flyt ned" buttons keep working without it
// (and with the keyboard); this only adds moving an item with the mouse or a finger.
(function () {
  "use strict";
  var list = document.querySelector("ol.agenda-editor[data-order-form]");
  var form = list && document.getElementById(list.getAttribute("data-order-form"));
  if (!list || !form) {
    return;
  }

  var dragged = null;
  list.querySelectorAll("li[data-id]").forEach(function (item) {
    item.setAttribute("draggable", "true");
    item.addEventListener("dragstart", function (event) {
      dragged = item;
      item.classList.add("dragging");
      event.dataTransfer.effectAllowed = "move";
    });
    item.addEventListener("dragend", function () {
      item.classList.remove("dragging");
      dragged = null;
    });
    item.addEventListener("dragover", function (event) {
      if (!dragged || dragged === item) {
        return;
      }
      event.preventDefault();
      var box = item.getBoundingClientRect();
      var after = event.clientY > box.top + box.height / 2;
      list.insertBefore(dragged, after ? item.nextSibling : item);
    });
  });

  list.addEventListener("drop", function (event) {
    event.preventDefault();
    form.querySelectorAll("input[name='order']").forEach(function (input) { input.remove(); });
    list.querySelectorAll("li[data-id]").forEach(function (item) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = "order";
      input.value = item.getAttribute("data-id");
      form.appendChild(input);
    });
    form.submit();
  });
})();
