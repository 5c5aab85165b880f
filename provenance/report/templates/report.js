(() => {
  "use strict";
  // Search and sort for the table of all findings. Without this script the table
  // is a plain table and the search box stays hidden.
  const table = document.getElementById("all-findings-table");
  const box = document.getElementById("all-findings-search");
  const status = document.getElementById("all-findings-status");
  if (!table || !box || !status || !table.tHead || !table.tBodies.length) return;
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const texts = rows.map((row) => row.textContent.toLowerCase());
  const filter = () => {
    const words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    rows.forEach((row, i) => {
      const hit = words.every((word) => texts[i].includes(word));
      row.hidden = !hit;
      if (hit) shown += 1;
    });
    status.textContent = `${shown} of ${rows.length} shown`;
  };
  box.addEventListener("input", filter);
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  const key = (row, col) => {
    const cell = row.cells[col];
    if (!cell) return "";
    return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
  };
  const headers = Array.from(table.tHead.rows[0].cells);
  headers.forEach((th, col) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = th.textContent;
    th.textContent = "";
    th.appendChild(button);
    button.addEventListener("click", () => {
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      headers.forEach((other) => other.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const sign = ascending ? 1 : -1;
      const sorted = rows.slice().sort((a, b) => sign * collator.compare(key(a, col), key(b, col)));
      const fragment = document.createDocumentFragment();
      sorted.forEach((row) => fragment.appendChild(row));
      body.appendChild(fragment);
    });
  });
  box.closest(".search").hidden = false;
  filter();
})();
