// Översikt: charts and figures, kept live by dashboardUpdated.
(function () {
  "use strict";
  const { format, get, live } = window.handlingsplan;
  const initial = JSON.parse(document.getElementById("dashboard-data").textContent);
  const colours = { realised: "#1b6e3a", pipeline: "#2f6fb5" };
  const charts = {};

  function drawCharts(d) {
    if (!window.Chart) return;
    Chart.defaults.font.size = Math.max(12, Math.round(parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.75));
    const years = d.byYear.map((y) => String(y.year));
    const committees = Object.keys(d.byCommittee);
    const yearData = {
      labels: years,
      datasets: [{ label: "Ackumulerat realiserat (tkr)", data: d.byYear.map((y) => y.cumulativeTkr), borderColor: colours.realised, backgroundColor: colours.realised, stepped: false }],
    };
    const committeeData = {
      labels: committees,
      datasets: [
        { label: "Realiserat (tkr)", data: committees.map((c) => d.byCommittee[c].realisedTkr), backgroundColor: colours.realised },
        { label: "I genomförande (tkr)", data: committees.map((c) => d.byCommittee[c].pipelineTkr), backgroundColor: colours.pipeline },
      ],
    };
    const options = { responsive: true, maintainAspectRatio: false, animation: false, locale: "sv-SE" };
    if (!charts.year) {
      charts.year = new Chart(document.getElementById("chart-year"), { type: "line", data: yearData, options });
      charts.committee = new Chart(document.getElementById("chart-committee"), { type: "bar", data: committeeData, options: { ...options, scales: { x: { stacked: true }, y: { stacked: true } } } });
    } else {
      charts.year.data = yearData; charts.year.update();
      charts.committee.data = committeeData; charts.committee.update();
    }
  }

  function rows(tbody, items, cells) {
    tbody.replaceChildren(...items.map((item) => {
      const tr = document.createElement("tr");
      cells(item).forEach(([text, numeric, header]) => {
        const cell = document.createElement(header ? "th" : "td");
        if (header) cell.scope = "row";
        if (numeric) cell.className = "num";
        cell.textContent = text;
        tr.appendChild(cell);
      });
      return tr;
    }));
  }

  function render(d) {
    const remaining = Math.max(0, d.ambitionTkr - d.realisedTkr - d.pipelineTkr);
    const values = { ...d, remainingTkr: remaining };
    document.querySelectorAll("[data-field]").forEach((el) => {
      el.textContent = format[el.dataset.format || "tkr"](get(values, el.dataset.field));
    });
    const pct = (v) => (d.ambitionTkr > 0 ? Math.min(100, (v / d.ambitionTkr) * 100) : 0) + "%";
    document.querySelector("[data-bar=realised]").style.width = pct(d.realisedTkr);
    document.querySelector("[data-bar=pipeline]").style.width = pct(d.pipelineTkr);
    document.getElementById("progress-bar").setAttribute("aria-label",
      `Realiserat ${format.mnkr(d.realisedTkr)}, i genomförande ${format.mnkr(d.pipelineTkr)}, återstår ${format.mnkr(remaining)} av ${format.mnkr(d.ambitionTkr)}`);
    const yearBody = document.querySelector("#table-year tbody");
    if (d.byYear.length) rows(yearBody, d.byYear, (y) => [[String(y.year)], [format.tkr(y.realisedTkr), true], [format.tkr(y.cumulativeTkr), true]]);
    const names = Object.fromEntries([...document.querySelectorAll("#table-committee tbody th")].map((th, i) => [Object.keys(initial.byCommittee)[i], th.textContent]));
    rows(document.querySelector("#table-committee tbody"), Object.entries(d.byCommittee), ([code, f]) =>
      [[names[code] || code, false, true], [format.tkr(f.realisedTkr), true], [format.tkr(f.pipelineTkr), true], [format.tkr(f.estimatedTkr), true], [String(f.count), true]]);
    const bufferBody = document.querySelector("#table-buffers tbody");
    if (bufferBody && d.buffers) rows(bufferBody, d.buffers.committees, (b) =>
      [[b.name, false, true], [format.tkr(b.allocationTkr), true], [format.tkr(b.targetTkr), true], [b.budgetedTkr === null ? "ej angivet" : format.tkr(b.budgetedTkr), true]]);
    drawCharts(d);
    document.getElementById("dashboard").dataset.realisedTkr = d.realisedTkr;
  }

  render(initial);
  // A page that shows the plan as of an earlier date stays as it was.
  if (document.getElementById("dashboard").dataset.live === "off") return;
  const connection = live();
  if (connection) connection.on("dashboardUpdated", render);
})();
