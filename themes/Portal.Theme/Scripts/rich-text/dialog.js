// A modal form on <dialog>: focus stays inside, Escape or "Annuller" closes it, and focus goes back
// to the button that opened it (the browser does that when a modal dialog closes), or into the text
// when the dialog changed it. Errors are shown the design system's way, beside the field, and announced.
import { element, newId } from "./dom.js";

export class FormDialog {
  /**
   * @param {string} title the dialog's heading
   * @param {string} submitText the text of its main button
   * @param {() => false | (() => void)} submit checks the fields: false keeps the dialog open (it
   *   has shown an error), otherwise it gives the change to make once the dialog is closed
   */
  constructor(title, submitText, submit) {
    const titleId = newId("rich-text-dialog-title");
    this.body = element("div", { class: "modal-body" });
    this.footer = element("div", { class: "modal-footer" },
      element("button", { type: "submit", class: "button button-primary" }, submitText),
      element("button", { type: "button", class: "button button-secondary", "data-close": true }, "Annuller"));
    this.form = element("form", { method: "dialog", novalidate: true },
      element("div", { class: "modal-header" }, element("h2", { class: "modal-title h3", id: titleId }, title)),
      this.body,
      this.footer);
    this.dialog = element("dialog", { class: "rich-text-dialog", "aria-labelledby": titleId }, this.form);

    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.clearErrors();
      const change = submit();
      if (change) {
        this.close();
        change();
      }
    });
    this.footer.querySelector("[data-close]").addEventListener("click", () => this.close());
    this.dialog.addEventListener("close", () => {
      this.dialog.remove();
      if (document.activeElement === document.body) {
        this.returnFocus?.();
      }
    });
  }

  /** A labelled text field with an optional hint; returns the input. */
  field(label, { hint, value = "", type = "text", inputmode } = {}) {
    const id = newId("rich-text-field");
    const hintId = hint ? `${id}-hint` : null;
    const input = element("input", { class: "form-input input-width-xl", id, type, inputmode, "aria-describedby": hintId });
    input.value = value;
    this.body.append(element("div", { class: "form-group" },
      element("label", { class: "form-label", for: id }, label),
      hint ? element("span", { class: "form-hint", id: hintId }, hint) : null,
      input));
    return input;
  }

  /** Shows the message beside the field (an input, or a fieldset of choices), moves focus there and returns false. */
  error(field, message) {
    const group = field.closest(".form-group");
    const id = newId("rich-text-error");
    const anchor = group.querySelector(":scope > .form-hint") || group.querySelector(":scope > .form-label, :scope > legend");
    anchor.after(element("span", { class: "form-error-message", id, role: "alert" }, element("span", { class: "sr-only" }, "Fejl: "), message));
    group.classList.add("form-error");
    field.setAttribute("aria-describedby", [field.getAttribute("aria-describedby"), id].filter(Boolean).join(" "));
    if (field.localName === "input") {
      field.setAttribute("aria-invalid", "true");
    }
    (field.localName === "fieldset" ? field.querySelector("input:checked, input") : field)?.focus();
    return false;
  }

  clearErrors() {
    const ids = [...this.body.querySelectorAll(".form-error-message")].map((message) => {
      message.remove();
      return message.id;
    });
    this.body.querySelectorAll(".form-error").forEach((group) => group.classList.remove("form-error"));
    this.body.querySelectorAll("[aria-invalid]").forEach((field) => field.removeAttribute("aria-invalid"));
    for (const field of this.body.querySelectorAll("[aria-describedby]")) {
      const rest = field.getAttribute("aria-describedby").split(" ").filter((id) => !ids.includes(id));
      if (rest.length) {
        field.setAttribute("aria-describedby", rest.join(" "));
      } else {
        field.removeAttribute("aria-describedby");
      }
    }
  }

  /** @param {() => void} returnFocus where focus goes when the opening button is gone */
  open(returnFocus) {
    this.returnFocus = returnFocus;
    document.body.append(this.dialog);
    this.dialog.showModal();
  }

  close() {
    if (this.dialog.open) {
      this.dialog.close();
    }
  }
}
