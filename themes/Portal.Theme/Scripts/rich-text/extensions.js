// What the editor can make: the portal's rich text, and nothing the server would throw away.
import StarterKit from "@tiptap/starter-kit";
import Image from "@tiptap/extension-image";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import { isLinkAddress, isMediaSource } from "./addresses.js";
import { CaptionedTableView } from "./table-view.js";

// Column widths and alignment would become inline styles, which the server removes; the theme lays tables out.
const notKept = { default: null, parseHTML: () => null, renderHTML: () => ({}) };

function plainCell(cell) {
  return cell.extend({
    addAttributes() {
      return { ...this.parent?.(), colwidth: notKept, align: notKept };
    },
  });
}

// A table with an optional caption (its title, read first by screen readers), and no inline widths.
const CaptionedTable = Table.extend({
  addAttributes() {
    return {
      caption: {
        default: null,
        parseHTML: (table) => table.querySelector(":scope > caption")?.textContent.trim() || null,
        renderHTML: () => ({}),
      },
    };
  },
  parseHTML() {
    // The caption is the table's attribute, not text of its own.
    return [{ tag: "table" }, { tag: "caption", ignore: true }];
  },
  renderHTML({ node }) {
    return node.attrs.caption ? ["table", ["caption", node.attrs.caption], ["tbody", 0]] : ["table", ["tbody", 0]];
  },
});

// Only the media library's images, and only with an alternative text: others are not taken in (a
// pasted image from Word or the web would be removed by the server anyway).
const MediaImage = Image.extend({
  parseHTML() {
    return [{
      tag: "img[src]",
      getAttrs: (img) => (isMediaSource(img.getAttribute("src")) && img.getAttribute("alt")?.trim() ? null : false),
    }];
  },
});

export const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      // Links open where they are, as on the rest of the portal.
      HTMLAttributes: { target: null, rel: null },
      isAllowedUri: (url) => isLinkAddress(url),
    },
  }),
  MediaImage.configure({ inline: false, allowBase64: false }),
  CaptionedTable.configure({ resizable: false, View: CaptionedTableView }),
  TableRow,
  plainCell(TableHeader),
  plainCell(TableCell),
];
