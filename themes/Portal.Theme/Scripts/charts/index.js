// Draws a bar chart above every <table data-chart>, from the table itself, so the figures a screen
// reader or a printout reads are the very ones drawn. The table stays; the canvas is hidden from
// assistive technology, which reads the table instead.
//
//   <table data-chart="bar" data-chart-label="Antal initiativer">
//     <thead><tr><th>Status</th><th>4. kvartal 2022</th><th>3. kvartal 2022</th></tr></thead>
//     <tbody><tr><th scope="row">I gang</th><td data-value="6">6</td><td data-value="4">4</td></tr>…</tbody>
//   </table>
//
// Each column after the first is a series; a cell's number is its data-value (or its text).
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// Colours with enough contrast against white for bars (WCAG 1.4.11): the theme's blue and a grey.
const palette = ["#0059b3", "#6f6f6f", "#008139", "#b35900"];

function numberOf(cell) {
  const value = Number.parseFloat((cell.dataset.value ?? cell.textContent).replace(",", "."));
  return Number.isFinite(value) ? value : 0;
}

function draw(table) {
  const headers = [...table.tHead.rows[0].cells].slice(1).map((cell) => cell.textContent.trim());
  const rows = [...table.tBodies[0].rows];
  const labels = rows.map((row) => row.cells[0].textContent.trim());
  const datasets = headers.map((header, column) => ({
    label: header,
    data: rows.map((row) => numberOf(row.cells[column + 1])),
    backgroundColor: palette[column % palette.length],
  }));

  const figure = document.createElement("div");
  figure.className = "chart";
  const canvas = document.createElement("canvas");
  canvas.setAttribute("aria-hidden", "true");
  canvas.setAttribute("role", "presentation");
  figure.append(canvas);
  table.before(figure);

  new Chart(canvas, {
    type: "bar",
    data: { labels, datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: datasets.length > 1, position: "bottom" } },
      scales: {
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: Boolean(table.dataset.chartLabel), text: table.dataset.chartLabel } },
      },
    },
  });
}

for (const table of document.querySelectorAll("table[data-chart]")) {
  draw(table);
}
