// Makes every <textarea data-rich-text> on the page a rich-text editor. The textarea stays the
// form's field (hidden, it receives the editor's HTML), so without this script the form works as before.
import { enhance } from "./rich-text-editor.js";

for (const textarea of document.querySelectorAll("textarea[data-rich-text]")) {
  enhance(textarea);
}
