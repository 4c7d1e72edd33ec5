// "Tabeltitel": the table's caption, which screen readers read before the table.
import { FormDialog } from "./dialog.js";

export function openCaptionDialog(editor, returnFocus) {
  const dialog = new FormDialog("Tabellens titel", "Gem titel", () => {
    const text = caption.value.trim() || null;
    return () => editor.chain().focus().updateAttributes("table", { caption: text }).run();
  });
  const caption = dialog.field("Titel", {
    value: editor.getAttributes("table").caption || "",
    hint: "Fx »Budget 2024 i 1.000 kr.« Vises over tabellen. Lad feltet være tomt for ingen titel.",
  });
  dialog.open(returnFocus);
  caption.focus();
}
