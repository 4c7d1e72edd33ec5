// "Link": the address (and the link's text when nothing is selected), or removing the link.
import { isLinkAddress } from "./addresses.js";
import { element } from "./dom.js";
import { FormDialog } from "./dialog.js";

export function openLinkDialog(editor, returnFocus) {
  const existing = editor.getAttributes("link").href || "";
  const needsText = !existing && editor.state.selection.empty;
  const dialog = new FormDialog(existing ? "Rediger link" : "Indsæt link", existing ? "Gem link" : "Indsæt link", () => {
    const href = address.value.trim();
    if (!href) {
      return dialog.error(address, "Skriv linkets adresse.");
    }
    if (!isLinkAddress(href)) {
      return dialog.error(address, "Adressen skal begynde med https://, http://, mailto:, tel: eller / (en side på portalen).");
    }
    if (needsText && !text.value.trim()) {
      return dialog.error(text, "Skriv linkets tekst.");
    }
    const linkText = needsText ? text.value.trim() : null;
    return () => {
      const chain = editor.chain().focus();
      if (linkText) {
        chain.insertContent({ type: "text", text: linkText, marks: [{ type: "link", attrs: { href } }] }).run();
      } else {
        chain.extendMarkRange("link").setLink({ href }).run();
      }
    };
  });

  const address = dialog.field("Adresse", {
    value: existing,
    inputmode: "url",
    hint: "Fx https://www.norddjurs.dk, /om-portalen eller mailto:navn@norddjurs.dk",
  });
  const text = needsText ? dialog.field("Linkets tekst", { hint: "Det, læseren klikker på. Skriv hvad linket fører til, ikke »klik her«." }) : null;

  if (existing) {
    const remove = element("button", { type: "button", class: "button button-tertiary" }, "Fjern link");
    remove.addEventListener("click", () => {
      dialog.close();
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
    });
    dialog.footer.append(remove);
  }

  dialog.open(returnFocus);
  address.focus();
}
