// Draws a workflow type as boxes and arrows (@jsplumb/browser-ui from npm), from markup the server
// wrote, so the boxes carry the very titles the text outline beside it reads out:
//
//   <div class="workflow-diagram" aria-hidden="true" data-workflow-diagram
//        data-edges='[{"from":"formandskabet","to":"udgiv","label":"Godkend"}, …]'>
//     <div class="workflow-diagram-box" data-activity="formandskabet" data-x="320" data-y="130">…</div>
//   </div>
//
// The diagram is decoration for sight: it is hidden from assistive technology, takes no focus and
// needs no mouse (nothing can be dragged or clicked); the outline is the accessible version.
//
// The content security policy allows no style attributes (style-src 'self'); positions are set
// through the CSSOM (element.style), which it allows.
import { newInstance } from "@jsplumb/browser-ui";

// jsPlumb writes the place of each arrow's SVG canvas as a style attribute
// (setAttribute("style", "position:absolute;left:…")), which the policy refuses. Write those through
// the CSSOM instead, for the SVG elements of the diagrams only.
const setAttribute = SVGElement.prototype.setAttribute;
SVGElement.prototype.setAttribute = function (name, value) {
  if (name === "style" && (!this.isConnected || this.closest("[data-workflow-diagram]"))) {
    this.style.cssText = String(value);
    return;
  }
  setAttribute.call(this, name, value);
};

const margin = 20;

function edgesOf(diagram) {
  try {
    const edges = JSON.parse(diagram.dataset.edges ?? "[]");
    return Array.isArray(edges) ? edges : [];
  } catch {
    return [];
  }
}

function draw(diagram) {
  const boxes = new Map();
  let width = 0;
  let height = 0;
  for (const box of diagram.querySelectorAll("[data-activity]")) {
    const x = Number.parseInt(box.dataset.x ?? "0", 10) || 0;
    const y = Number.parseInt(box.dataset.y ?? "0", 10) || 0;
    box.style.left = `${x}px`;
    box.style.top = `${y}px`;
    boxes.set(box.dataset.activity, box);
  }

  // Laid out (position: absolute) only now, so the boxes can be measured.
  diagram.classList.add("is-drawn");
  for (const box of boxes.values()) {
    width = Math.max(width, box.offsetLeft + box.offsetWidth);
    height = Math.max(height, box.offsetTop + box.offsetHeight);
  }
  diagram.style.width = `${width + margin}px`;
  diagram.style.height = `${height + margin}px`;

  const instance = newInstance({
    container: diagram,
    elementsDraggable: false,
    resizeObserver: false,
    endpoint: { type: "Blank", options: {} },
    connector: { type: "Flowchart", options: { cornerRadius: 6, stub: 16, gap: 2 } },
    paintStyle: { stroke: "#3d3d3d", strokeWidth: 2 },
    connectionsDetachable: false,
  });

  instance.batch(() => {
    for (const edge of edgesOf(diagram)) {
      const source = boxes.get(edge.from);
      const target = boxes.get(edge.to);
      if (!source || !target) {
        continue;
      }
      instance.connect({
        source,
        target,
        anchors: [["Right", "Bottom", "Top"], ["Left", "Top", "Bottom"]],
        overlays: [
          { type: "Arrow", options: { location: 1, width: 10, length: 10 } },
          { type: "Label", options: { label: edge.label ?? "", location: 0.5, cssClass: "workflow-diagram-label" } },
        ],
      });
    }
  });
}

// Arrows leave and enter the boxes at their measured edges: measure once the web fonts have set the
// boxes' heights. Nothing moves afterwards (no dragging, fixed places), so they are drawn once.
document.fonts.ready.then(() => {
  for (const diagram of document.querySelectorAll("[data-workflow-diagram]")) {
    draw(diagram);
  }
});
