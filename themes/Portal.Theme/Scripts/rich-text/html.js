// The field's HTML into the editor, and the editor's HTML back into the field.

// A tag or a comment; the same test as the server's (Portal.Core/Html/PlainText.cs).
const MARKUP = /<(?:[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?|\/[a-zA-Z][a-zA-Z0-9-]*\s*)>|<!--/;
const BULLET = /^\s*[-*•]\s+(\S.*)$/;

/** What the editor should start from: text without tags shaped as the server stores it, headings within the editor's levels. */
export function toEditorHtml(value) {
  if (!value.trim()) {
    return "";
  }
  const template = document.createElement("template");
  template.innerHTML = MARKUP.test(value) ? value : plainTextToHtml(value);
  normalizeHeadings(template.content);
  return template.innerHTML;
}

/** The editor's content as the field's value: nothing when it is empty, tables with header sections. */
export function toFieldHtml(editor) {
  if (editor.isEmpty) {
    return "";
  }
  const template = document.createElement("template");
  template.innerHTML = editor.getHTML();
  template.content.querySelectorAll("table").forEach(tidyTable);
  template.content.querySelectorAll("li, td, th").forEach(unwrapOnlyParagraph);
  // The empty paragraph the editor keeps after a last table or image, to write below it.
  while (template.content.lastElementChild?.matches("p:empty")) {
    template.content.lastElementChild.remove();
  }
  return template.innerHTML;
}

/** A page's title is its only h1, and the editor offers three levels below it: h1 → h2, h5 and h6 → h4. */
export function normalizeHeadings(root) {
  for (const heading of root.querySelectorAll("h1, h5, h6")) {
    const renamed = document.createElement(heading.localName === "h1" ? "h2" : "h4");
    renamed.append(...heading.childNodes);
    heading.replaceWith(renamed);
  }
}

// Paragraphs at blank lines, line breaks kept, "- " lines as a bulleted list: as the server does it
// for a form sent without this script. Only "<" is encoded, for the same reason as there.
function plainTextToHtml(text) {
  const html = [];
  let paragraph = [];
  let list = [];
  const endParagraph = () => {
    if (paragraph.length) {
      html.push(`<p>${paragraph.join("<br>")}</p>`);
      paragraph = [];
    }
  };
  const endList = () => {
    if (list.length) {
      html.push(`<ul>${list.map((item) => `<li>${item}</li>`).join("")}</ul>`);
      list = [];
    }
  };
  for (const line of text.replaceAll("<", "&lt;").split(/\r\n|\r|\n/)) {
    const bullet = BULLET.exec(line);
    if (!line.trim()) {
      endParagraph();
      endList();
    } else if (bullet) {
      endParagraph();
      list.push(bullet[1].trim());
    } else if (list.length && /^\s/.test(line)) {
      list[list.length - 1] += " " + line.trim();
    } else {
      endList();
      paragraph.push(line.trim());
    }
  }
  endParagraph();
  endList();
  return html.join("");
}

// Header rows go into <thead> with scope="col", header cells further down get scope="row".
function tidyTable(table) {
  const rows = [...table.rows];
  const headerRows = [];
  for (const row of rows) {
    if ([...row.cells].every((cell) => cell.localName === "th")) {
      headerRows.push(row);
    } else {
      break;
    }
  }
  if (headerRows.length && headerRows.length < rows.length) {
    const head = table.createTHead();
    head.append(...headerRows);
    headerRows.forEach((row) => [...row.cells].forEach((cell) => cell.setAttribute("scope", "col")));
  }
  for (const cell of table.querySelectorAll("tbody th")) {
    cell.setAttribute("scope", "row");
  }
}

// <li>Trivsel</li> and <td>12</td> rather than the editor's <li><p>Trivsel</p></li>: the same when
// shown, and without a paragraph's spacing in every list item. The editor reads either.
function unwrapOnlyParagraph(container) {
  const only = container.firstElementChild;
  if (only?.localName === "p" && container.childNodes.length === 1) {
    only.replaceWith(...only.childNodes);
  }
}
