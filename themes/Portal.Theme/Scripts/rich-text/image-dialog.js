// "Billede": pick one of the images the user may use from the media library (GET /media/images,
// the images the media list would show them) and describe it. No alternative text, no image.
import { NodeSelection, TextSelection } from "@tiptap/pm/state";
import { element, newId } from "./dom.js";
import { FormDialog } from "./dialog.js";

const IMAGES = "/media/images";

export function openImageDialog(editor, returnFocus) {
  const current = editor.isActive("image") ? editor.getAttributes("image") : null;
  const dialog = new FormDialog(current ? "Rediger billede" : "Indsæt billede", current ? "Gem billede" : "Indsæt billede", () => {
    // The image being changed stays when another page of the list is shown.
    const src = choices.querySelector("input:checked")?.value ?? current?.src;
    if (!src) {
      return dialog.error(choices, "Vælg et billede.");
    }
    if (!alt.value.trim()) {
      return dialog.error(alt, "Skriv en alternativ tekst. Et billede kan ikke indsættes uden en tekst, der beskriver det.");
    }
    const image = { src, alt: alt.value.trim() };
    return () => {
      const chain = editor.chain().focus();
      if (current) {
        chain.updateAttributes("image", image).run();
      } else {
        chain.setImage(image).command(({ tr }) => continueAfterImage(tr)).run();
      }
    };
  });

  const status = element("p", { role: "status", class: "rich-text-images__status" });
  const grid = element("div", { class: "rich-text-images__grid" });
  const pages = element("div", { class: "rich-text-images__pages" });
  const choices = element("fieldset", { class: "form-group rich-text-images" },
    element("legend", { class: "form-label" }, "Vælg et billede"),
    element("span", { class: "form-hint" }, "Billeder, du selv har uploadet, og billeder, der hører til indhold, du kan se, fx bilag til et punkt."),
    status, grid, pages);
  dialog.body.append(choices);
  const alt = dialog.field("Alternativ tekst", {
    value: current?.alt || "",
    hint: "Beskriv, hvad billedet viser, for dem der ikke kan se det. Fx »Medarbejdere fra Hjemmeplejen til personaledagen 2024«.",
  });

  // Focus goes to the chosen (or first) image, or to "Annuller" when there is nothing to choose.
  const load = async (page) => {
    status.textContent = "Henter billeder …";
    grid.replaceChildren();
    pages.replaceChildren();
    const list = await fetchImages(page);
    if (!list || list.total === 0) {
      status.textContent = list
        ? "Der er ingen billeder at vælge endnu. Upload billedet under Administration › Filer, eller tilføj det som bilag og gem, før du indsætter det."
        : "Billederne kunne ikke hentes. Luk vinduet, og prøv igen.";
      dialog.footer.querySelector("[data-close]").focus();
      return;
    }
    const count = list.total === 1 ? "1 billede" : `${list.total} billeder`;
    status.textContent = list.pageCount > 1 ? `${count}, side ${list.page} af ${list.pageCount}` : count;
    for (const image of list.images) {
      grid.append(choice(image, image.url === current?.src));
    }
    if (list.page > 1) {
      pages.append(pageButton("Forrige side", () => load(list.page - 1)));
    }
    if (list.page < list.pageCount) {
      pages.append(pageButton("Næste side", () => load(list.page + 1)));
    }
    (grid.querySelector("input:checked") || grid.querySelector("input")).focus();
  };

  dialog.open(returnFocus);
  load(1);
}

/** One page of the list, or null when it could not be had (the session may have run out). */
async function fetchImages(page) {
  try {
    const response = await fetch(`${IMAGES}?page=${page}`, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    return response.ok && response.headers.get("Content-Type")?.includes("json") ? await response.json() : null;
  } catch {
    return null;
  }
}

// The new image is selected, so the next key pressed would replace it: put the cursor in the text
// after it instead, in a new paragraph when none follows.
function continueAfterImage(tr) {
  if (!(tr.selection instanceof NodeSelection)) {
    return true;
  }
  const end = tr.selection.to;
  if (!tr.doc.resolve(end).nodeAfter?.isTextblock) {
    tr.insert(end, tr.doc.type.schema.nodes.paragraph.create());
  }
  tr.setSelection(TextSelection.create(tr.doc, end + 1));
  return true;
}

function choice(image, checked) {
  const id = newId("rich-text-image");
  return element("div", { class: "form-group-radio rich-text-images__choice" },
    element("input", { class: "form-radio", type: "radio", name: "rich-text-image", id, value: image.url, checked }),
    element("label", { for: id },
      element("img", { src: image.url, alt: "", loading: "lazy" }),
      element("span", { class: "rich-text-images__name" }, image.fileName)));
}

function pageButton(text, go) {
  const button = element("button", { type: "button", class: "button button-secondary" }, text);
  button.addEventListener("click", go);
  return button;
}
