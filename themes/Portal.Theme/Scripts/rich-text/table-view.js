// A table in the editor: its caption shown above it (changed with "Tabeltitel", not typed into), and
// a wrapper that scrolls a wide table instead of widening the page.
export class CaptionedTableView {
  constructor(node) {
    this.node = node;
    this.dom = document.createElement("div");
    this.dom.className = "tableWrapper";
    this.table = this.dom.appendChild(document.createElement("table"));
    this.caption = document.createElement("caption");
    this.caption.contentEditable = "false";
    this.contentDOM = this.table.appendChild(document.createElement("tbody"));
    this.showCaption();
  }

  update(node) {
    if (node.type !== this.node.type) {
      return false;
    }
    this.node = node;
    this.showCaption();
    return true;
  }

  showCaption() {
    const text = this.node.attrs.caption;
    if (text) {
      this.caption.textContent = text;
      this.table.prepend(this.caption);
    } else {
      this.caption.remove();
    }
  }

  // Changes outside the cells are the view's own.
  ignoreMutation(mutation) {
    return this.dom.contains(mutation.target) && !this.contentDOM.contains(mutation.target);
  }
}
