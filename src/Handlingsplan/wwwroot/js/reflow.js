// Narrow screens show a table's rows stacked, each cell under its column's heading: every cell gets
// its heading as data-label (site.css shows it below 40rem). Rows drawn later (live updates) are
// labelled as they arrive.
(function () {
  "use strict";

  function headings(table) {
    const rows = table.tHead ? table.tHead.rows : [];
    if (rows.length === 0) return [];
    const last = rows[rows.length - 1];
    const names = [];
    for (const cell of last.cells) {
      const text = cell.textContent.replace(/\s+/g, " ").trim();
      for (let i = 0; i < (cell.colSpan || 1); i++) names.push(text);
    }
    return names;
  }

  function label(table) {
    const names = headings(table);
    if (names.length === 0) return;
    for (const section of [...table.tBodies, table.tFoot].filter(Boolean)) {
      for (const row of section.rows) {
        let column = 0;
        for (const cell of row.cells) {
          const name = names[column];
          if (name && !cell.hasAttribute("data-label") && !(column === 0 && cell.tagName === "TH")) cell.setAttribute("data-label", name);
          column += cell.colSpan || 1;
        }
      }
    }
  }

  function labelAll(root) {
    for (const table of root.querySelectorAll("main table")) label(table);
  }

  function start() {
    labelAll(document);
    const main = document.querySelector("main");
    if (!main) return;
    new MutationObserver((changes) => {
      const tables = new Set();
      for (const change of changes) {
        const table = change.target.closest && change.target.closest("table");
        if (table) tables.add(table);
        for (const node of change.addedNodes) if (node.querySelectorAll) node.querySelectorAll("table").forEach((t) => tables.add(t));
      }
      tables.forEach(label);
    }).observe(main, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
