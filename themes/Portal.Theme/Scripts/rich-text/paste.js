// Cleans what is pasted from Word (and Outlook, which writes the same HTML) or a web page. The editor
// keeps only what it can make anyway (classes, fonts and unknown tags go); this deals with what would
// otherwise survive wrongly or not at all: Word's lists are paragraphs with the bullet or number typed
// in front, its empty lines are paragraphs holding a non-breaking space, and bold or italic given by a
// style would be lost with the styles. Styles never reach an HTML parser: the page's content security
// policy refuses inline styles, also in a document that is never shown, and says so in the console.
import { normalizeHeadings } from "./html.js";

const WORD = /class="?Mso|urn:schemas-microsoft-com|mso-list/i;

export function cleanPastedHtml(html) {
  const unstyled = html
    .replace(/<style[\s\S]*?<\/style\s*>/gi, "")
    .replace(/(<[a-z][^>]*?\s)style\s*=/gi, "$1data-style=");
  const document = new DOMParser().parseFromString(unstyled, "text/html");
  const body = document.body;
  if (WORD.test(html)) {
    for (const run of listParagraphRuns(body)) {
      run[0].before(toList(document, run));
      run.forEach((paragraph) => paragraph.remove());
    }
    body.querySelectorAll("o\\:p").forEach((element) => element.remove());
    for (const paragraph of body.querySelectorAll("p")) {
      if (!paragraph.textContent.replace(/\u00a0/g, " ").trim() && !paragraph.querySelector("img")) {
        paragraph.remove();
      }
    }
  }
  for (const styled of body.querySelectorAll("[data-style]")) {
    keepStyledEmphasis(document, styled, styled.getAttribute("data-style"));
    styled.removeAttribute("data-style");
  }
  normalizeHeadings(body);
  return body.innerHTML;
}

// <span style="font-weight:700"> as <strong>, font-style:italic as <em>; a <b> or <strong> whose
// style says normal weight (Google Docs wraps everything in one) is no emphasis.
function keepStyledEmphasis(document, element, style) {
  const weight = /font-weight:\s*(\w+)/i.exec(style)?.[1].toLowerCase();
  const bold = weight === "bold" || Number(weight) >= 600;
  if (/^(b|strong)$/.test(element.localName) && (weight === "normal" || weight === "400")) {
    element.replaceWith(...element.childNodes);
    return;
  }
  const wrap = (name) => {
    const wrapper = document.createElement(name);
    wrapper.append(...element.childNodes);
    element.append(wrapper);
  };
  if (bold && !/^(b|strong|h\d|th)$/.test(element.localName)) {
    wrap("strong");
  }
  if (/font-style:\s*italic/i.test(style) && !/^(i|em)$/.test(element.localName)) {
    wrap("em");
  }
}

// Word's list a paragraph belongs to ("l0", "l1", …), or null when it is no list paragraph.
function listOf(paragraph) {
  return /mso-list:\s*(l\d+)/i.exec(paragraph.getAttribute("data-style") || "")?.[1] ?? null;
}

// Consecutive paragraphs of the same Word list, each run one list.
function listParagraphRuns(body) {
  const runs = [];
  for (const paragraph of body.querySelectorAll("p")) {
    const list = listOf(paragraph);
    if (!list) {
      continue;
    }
    const previous = runs[runs.length - 1];
    const last = previous?.[previous.length - 1];
    if (last && last.nextElementSibling === paragraph && listOf(last) === list) {
      previous.push(paragraph);
    } else {
      runs.push([paragraph]);
    }
  }
  return runs;
}

// Word's "level2" items nest in the item above them.
function toList(document, paragraphs) {
  const stack = [];
  let root = null;
  for (const paragraph of paragraphs) {
    const level = Number(/level(\d+)/i.exec(paragraph.getAttribute("data-style"))?.[1] || 1);
    const marker = takeMarker(paragraph);
    while (stack.length > level) {
      stack.pop();
    }
    while (stack.length < level) {
      const list = document.createElement(/^[0-9a-z]{1,4}[.)]$/i.test(marker) ? "ol" : "ul");
      const parent = stack[stack.length - 1];
      if (parent) {
        (parent.lastElementChild || parent.appendChild(document.createElement("li"))).append(list);
      } else {
        root = list;
      }
      stack.push(list);
    }
    const item = document.createElement("li");
    item.append(...paragraph.childNodes);
    stack[stack.length - 1].append(item);
  }
  return root;
}

// The bullet or number Word typed in front ("·", "o", "1.", "a)"), in a span marked mso-list:Ignore.
function takeMarker(paragraph) {
  const span = [...paragraph.querySelectorAll("span")].find((s) => /mso-list:\s*ignore/i.test(s.getAttribute("data-style") || ""));
  if (!span) {
    return "";
  }
  const marker = span.textContent.replace(/\u00a0/g, " ").trim();
  span.remove();
  return marker;
}
