// Small helpers for building elements without innerHTML.

let counter = 0;

/** A new id, unique on the page. */
export function newId(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** An element with attributes (false and null leave one out) and children (text or nodes). */
export function element(name, attributes = {}, ...children) {
  const result = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === true) {
      result.setAttribute(key, "");
    } else if (value !== false && value !== null && value !== undefined) {
      result.setAttribute(key, String(value));
    }
  }
  result.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return result;
}
