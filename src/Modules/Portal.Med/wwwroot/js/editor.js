// The agenda item editor. Without JavaScript the Sagsgang is a row of lists, one per step, and the
// choice lists are plain checkboxes; this adds moving and removing steps, adding a step, and a
// filter for long lists.
(function () {
  "use strict";

  function renumber(list) {
    list.querySelectorAll("li.route-step").forEach(function (step, index) {
      step.querySelector("label").textContent = "Trin " + (index + 1);
      step.querySelectorAll(".route-step-actions button").forEach(function (button) {
        var action = button.getAttribute("data-action");
        button.disabled = (action === "up" && index === 0) ||
          (action === "down" && index === list.children.length - 1);
      });
    });
  }

  function announce(builder, text) {
    builder.querySelector(".route-status").textContent = text;
  }

  function nameOf(step) {
    var select = step.querySelector("select");
    return select.value ? select.options[select.selectedIndex].text : "tomt trin";
  }

  function addActions(builder, list, step) {
    var actions = document.createElement("div");
    actions.className = "route-step-actions";
    [["up", "Flyt op"], ["down", "Flyt ned"], ["remove", "Fjern"]].forEach(function (pair) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button button-tertiary";
      button.setAttribute("data-action", pair[0]);
      button.textContent = pair[1];
      button.addEventListener("click", function () {
        var name = nameOf(step);
        if (pair[0] === "up" && step.previousElementSibling) {
          list.insertBefore(step, step.previousElementSibling);
          announce(builder, name + " er flyttet op.");
        } else if (pair[0] === "down" && step.nextElementSibling) {
          list.insertBefore(step.nextElementSibling, step);
          announce(builder, name + " er flyttet ned.");
        } else if (pair[0] === "remove") {
          var focusAfter = step.nextElementSibling || step.previousElementSibling;
          step.remove();
          announce(builder, name + " er fjernet fra sagsgangen.");
          if (focusAfter) {
            focusAfter.querySelector("select").focus();
          } else {
            builder.querySelector(".route-add").focus();
          }
        }
        renumber(list);
        if (pair[0] !== "remove") {
          button.focus();
          if (button.disabled) {
            step.querySelector("select").focus();
          }
        }
      });
      actions.appendChild(button);
    });
    step.appendChild(actions);
  }

  document.querySelectorAll("fieldset.route-builder").forEach(function (builder) {
    var list = builder.querySelector("ol.route-steps");
    var steps = Array.prototype.slice.call(list.querySelectorAll("li.route-step"));
    var template = steps[steps.length - 1].cloneNode(true);
    template.querySelector("select").value = "";

    // Empty steps are only there to add to the route without JavaScript; a button does that here.
    steps.forEach(function (step) {
      if (!step.querySelector("select").value && list.children.length > 1) {
        step.remove();
      }
    });
    var status = document.createElement("p");
    status.className = "sr-only route-status";
    status.setAttribute("aria-live", "polite");
    builder.appendChild(status);
    list.querySelectorAll("li.route-step").forEach(function (step) { addActions(builder, list, step); });

    var add = document.createElement("button");
    add.type = "button";
    add.className = "button button-secondary route-add";
    add.textContent = "Tilføj et udvalg til sagsgangen";
    add.addEventListener("click", function () {
      var step = template.cloneNode(true);
      var id = "route-" + Date.now();
      step.querySelector("label").setAttribute("for", id);
      step.querySelector("select").id = id;
      list.appendChild(step);
      addActions(builder, list, step);
      renumber(list);
      step.querySelector("select").focus();
      announce(builder, "Et nyt trin er tilføjet. Vælg udvalget.");
    });
    builder.appendChild(add);
    renumber(list);
  });

  document.querySelectorAll("fieldset.choice-list[data-filterable]").forEach(function (fieldset) {
    var options = fieldset.querySelectorAll(".choice-list-options li");
    if (options.length < 8) {
      return;
    }

    var id = "filter-" + Math.random().toString(36).slice(2);
    var group = document.createElement("div");
    group.className = "form-group";
    group.innerHTML = '<label class="form-label" for="' + id + '">Søg i listen</label>' +
      '<input class="form-input input-width-l" type="search" id="' + id + '" />';
    fieldset.insertBefore(group, fieldset.querySelector(".choice-list-options"));
    group.querySelector("input").addEventListener("input", function (event) {
      var text = event.target.value.trim().toLowerCase();
      options.forEach(function (option) {
        var checked = option.querySelector("input").checked;
        option.hidden = text.length > 0 && !checked && option.textContent.toLowerCase().indexOf(text) < 0;
      });
    });
  });
})();
