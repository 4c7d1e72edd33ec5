// Which addresses the editor accepts. The server decides in the end (HtmlSanitizerService); these
// say no early, with a message, instead of letting an image or a link vanish when the item is saved.

// /media/{id}/{name}, as the media library makes it.
const MEDIA_SOURCE = /^\/media\/[0-9a-z]{26}(\/[^/?#\\]*)?$/;

export function isMediaSource(src) {
  return MEDIA_SOURCE.test(src || "");
}

// https:, http:, mailto:, tel:, or an address on the portal itself (/…, but not //…).
export function isLinkAddress(href) {
  return /^(https?:\/\/[^\s/]+|mailto:\S+@\S+|tel:[+0-9][0-9 ]*$|\/(?!\/)\S*|#\S+)/i.test(href || "");
}
