// One editor in place of a <textarea data-rich-text>.
import { Editor } from "@tiptap/core";
import { element, newId } from "./dom.js";
import { extensions } from "./extensions.js";
import { toEditorHtml, toFieldHtml } from "./html.js";
import { cleanPastedHtml } from "./paste.js";
import { Toolbar } from "./toolbar.js";

export function enhance(textarea) {
  const label = textarea.id ? document.querySelector(`label[for="${CSS.escape(textarea.id)}"]`) : null;
  if (label && !label.id) {
    label.id = newId("rich-text-label");
  }
  const fieldName = label?.textContent.trim() || "tekst";
  const area = element("div", { class: "rich-text__area" });
  // The editor is as tall as the textarea was (its rows), and grows with the text.
  area.style.setProperty("--rich-text-rows", textarea.rows || 8);

  const editor = new Editor({
    element: area,
    extensions,
    content: toEditorHtml(textarea.value),
    // The content security policy allows no inline <style>; rich-text.css holds the editor's rules.
    injectCSS: false,
    editorProps: {
      attributes: withoutEmpty({
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": label?.id,
        "aria-label": label ? null : fieldName,
        "aria-describedby": textarea.getAttribute("aria-describedby"),
        "aria-invalid": textarea.getAttribute("aria-invalid"),
        class: "rich-text__content",
      }),
      transformPastedHTML: cleanPastedHtml,
    },
    // The field always holds what the editor shows, whatever sends the form.
    onUpdate: () => {
      textarea.value = toFieldHtml(editor);
    },
  });

  const toolbar = new Toolbar(editor, fieldName);
  editor.view.dom.addEventListener("keydown", (event) => {
    if (event.altKey && event.key === "F10") {
      event.preventDefault();
      toolbar.focus();
    }
  });
  label?.addEventListener("click", () => editor.commands.focus());

  textarea.after(element("div", { class: "rich-text" }, toolbar.element, area));
  textarea.hidden = true;
}

function withoutEmpty(attributes) {
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value));
}
