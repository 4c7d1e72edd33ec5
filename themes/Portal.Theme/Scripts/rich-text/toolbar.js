// The editor's toolbar: buttons with Danish names grouped as the WAI-ARIA toolbar pattern says. The
// toolbar is one stop for Tab; the arrow keys, Home and End move between its buttons; Escape goes
// back to the text, and Alt+F10 in the text comes here. Formats show as pressed (aria-pressed) where
// the cursor is, and a button that cannot be used there is marked aria-disabled (it stays reachable).
import { findParentNode } from "@tiptap/core";
import { element } from "./dom.js";
import { openCaptionDialog } from "./caption-dialog.js";
import { openImageDialog } from "./image-dialog.js";
import { openLinkDialog } from "./link-dialog.js";

const table = (state) => findParentNode((node) => node.type.name === "table")(state.selection);

const GROUPS = [
  {
    name: "Tekst",
    buttons: [
      { text: "Brødtekst", run: (c) => c.setParagraph(), pressed: (e) => e.isActive("paragraph"), can: () => true },
      { text: "Overskrift", run: (c) => c.toggleHeading({ level: 2 }), pressed: (e) => e.isActive("heading", { level: 2 }) },
      { text: "Underoverskrift", run: (c) => c.toggleHeading({ level: 3 }), pressed: (e) => e.isActive("heading", { level: 3 }) },
      { text: "Fed", className: "rich-text__button--bold", keys: "Control+B", run: (c) => c.toggleBold(), pressed: (e) => e.isActive("bold") },
      { text: "Kursiv", className: "rich-text__button--italic", keys: "Control+I", run: (c) => c.toggleItalic(), pressed: (e) => e.isActive("italic") },
    ],
  },
  {
    name: "Lister",
    buttons: [
      { text: "Punktliste", run: (c) => c.toggleBulletList(), pressed: (e) => e.isActive("bulletList") },
      { text: "Nummereret liste", run: (c) => c.toggleOrderedList(), pressed: (e) => e.isActive("orderedList") },
    ],
  },
  {
    name: "Indsæt",
    buttons: [
      { text: "Link", dialog: openLinkDialog, pressed: (e) => e.isActive("link"), can: (e) => !e.isActive("image") },
      { text: "Billede", dialog: openImageDialog, pressed: (e) => e.isActive("image"), can: (e) => e.isActive("image") || e.can().setImage({ src: "", alt: "" }) },
      { text: "Tabel", run: (c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }) },
    ],
  },
  {
    name: "Tabel",
    onlyInTable: true,
    buttons: [
      { text: "Overskriftsrække", run: (c) => c.toggleHeaderRow(), pressed: (e) => table(e.state)?.node.firstChild?.firstChild?.type.name === "tableHeader" },
      { text: "Tilføj række", run: (c) => c.addRowAfter() },
      { text: "Tilføj kolonne", run: (c) => c.addColumnAfter() },
      { text: "Slet række", run: (c) => c.deleteRow() },
      { text: "Slet kolonne", run: (c) => c.deleteColumn() },
      { text: "Tabeltitel", dialog: openCaptionDialog },
      { text: "Slet tabel", run: (c) => c.deleteTable() },
    ],
  },
  {
    name: "Fortryd",
    buttons: [
      { text: "Fortryd", keys: "Control+Z", run: (c) => c.undo() },
      { text: "Gentag", keys: "Control+Y", run: (c) => c.redo() },
    ],
  },
];

export class Toolbar {
  constructor(editor, fieldName) {
    this.editor = editor;
    this.buttons = [];
    this.element = element("div", { class: "rich-text__toolbar", role: "toolbar", "aria-label": `Formatering af ${fieldName}` });
    for (const group of GROUPS) {
      const container = element("div", { class: "rich-text__group", role: "group", "aria-label": group.name });
      for (const definition of group.buttons) {
        const button = element("button", {
          type: "button",
          class: ["rich-text__button", definition.className].filter(Boolean).join(" "),
          tabindex: "-1",
          "aria-keyshortcuts": definition.keys,
        }, definition.text);
        button.addEventListener("click", () => this.press(button, definition));
        container.append(button);
        this.buttons.push({ button, definition });
      }
      this.element.append(container);
      if (group.onlyInTable) {
        this.tableGroup = container;
      }
    }
    this.current = this.buttons[0].button;
    this.current.tabIndex = 0;
    this.element.addEventListener("keydown", (event) => this.keydown(event));
    this.element.addEventListener("focusin", (event) => this.moveTo(event.target.closest(".rich-text__button")));
    editor.on("transaction", () => this.update());
    this.update();
  }

  /** Moves focus to the toolbar, on the button last used. */
  focus() {
    this.current.focus();
  }

  press(button, definition) {
    if (button.getAttribute("aria-disabled") === "true") {
      return;
    }
    if (definition.dialog) {
      definition.dialog(this.editor, () => this.editor.commands.focus());
    } else {
      definition.run(this.editor.chain().focus()).run();
    }
  }

  update() {
    const editor = this.editor;
    this.tableGroup.hidden = !editor.isActive("table");
    for (const { button, definition } of this.buttons) {
      if (definition.pressed) {
        button.setAttribute("aria-pressed", String(Boolean(definition.pressed(editor))));
      }
      const usable = definition.can ? definition.can(editor) : !definition.run || definition.run(editor.can().chain()).run();
      if (usable) {
        button.removeAttribute("aria-disabled");
      } else {
        button.setAttribute("aria-disabled", "true");
      }
    }
    if (this.current.closest("[hidden]")) {
      this.moveTo(this.visible()[0]);
    }
  }

  visible() {
    return this.buttons.map((b) => b.button).filter((button) => !button.closest("[hidden]"));
  }

  moveTo(button) {
    if (!button || button === this.current) {
      return;
    }
    this.current.tabIndex = -1;
    this.current = button;
    this.current.tabIndex = 0;
  }

  keydown(event) {
    const buttons = this.visible();
    const at = buttons.indexOf(document.activeElement);
    const next = {
      ArrowRight: buttons[(at + 1) % buttons.length],
      ArrowLeft: buttons[(at - 1 + buttons.length) % buttons.length],
      Home: buttons[0],
      End: buttons[buttons.length - 1],
    }[event.key];
    if (next && at >= 0) {
      event.preventDefault();
      this.moveTo(next);
      next.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      this.editor.commands.focus();
    }
  }
}
