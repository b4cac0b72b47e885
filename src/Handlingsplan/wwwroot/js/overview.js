// Översikt: charts and figures, kept live by dashboardUpdated.
(function () {
  "use strict";
  const { format, get, live } = window.handlingsplan;
  const initial = JSON.parse(document.getElementById("dashboard-data").textContent);
  const colours = { realised: "#1b6e3a", pipeline: "#2f6fb5" };
  const charts = {};
  const sv1 = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  // The cumulative chart is the screen's (charts.js): from zero, with the ambition as a line.
  function drawCharts(d) {
    if (!window.Chart) return;
    Chart.defaults.font.size = Math.max(12, Math.round(parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.75));
    window.handlingsplan.charts.cumulative(document.getElementById("chart-year"), d, { scale: 1, unit: "tkr" });
    const committees = Object.keys(d.byCommittee);
    const committeeData = {
      labels: committees,
      datasets: [
        { label: "Realiserat (tkr)", data: committees.map((c) => d.byCommittee[c].realisedTkr), backgroundColor: colours.realised },
        { label: "I genomförande (tkr)", data: committees.map((c) => d.byCommittee[c].pipelineTkr), backgroundColor: colours.pipeline },
      ],
    };
    const options = { responsive: true, maintainAspectRatio: false, animation: false, locale: "sv-SE" };
    if (!charts.committee) {
      charts.committee = new Chart(document.getElementById("chart-committee"), { type: "bar", data: committeeData,
        options: { ...options, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, min: 0, title: { display: true, text: "tkr" } } } } });
    } else {
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
    const share = (v) => window.handlingsplan.charts.percent(v, d.ambitionTkr);
    const realisedWidth = Math.min(100, share(d.realisedTkr));
    document.querySelector("[data-bar=realised]").style.width = realisedWidth + "%";
    document.querySelector("[data-bar=pipeline]").style.width = Math.min(100 - realisedWidth, share(d.pipelineTkr)) + "%";
    const pct = (v) => sv1.format(share(v)) + "\u00a0%";
    document.querySelectorAll("[data-percent]").forEach((el) => {
      el.textContent = pct(el.dataset.percent === "remainingTkr" ? remaining : d[el.dataset.percent]);
    });
    document.getElementById("progress-bar").setAttribute("aria-label",
      `Realiserat ${format.mnkr(d.realisedTkr)} (${pct(d.realisedTkr)}), i genomförande ${format.mnkr(d.pipelineTkr)} (${pct(d.pipelineTkr)}), ` +
      `återstår ${format.mnkr(remaining)} (${pct(remaining)}) av ${format.mnkr(d.ambitionTkr)}`);
    const yearBody = document.querySelector("#table-year tbody");
    if (d.byYear.length) rows(yearBody, d.byYear, (y) => [[String(y.year)], [format.tkr(y.realisedTkr), true], [format.tkr(y.cumulativeTkr), true]]);
    const names = Object.fromEntries([...document.querySelectorAll("#table-committee tbody th")].map((th, i) => [Object.keys(initial.byCommittee)[i], th.textContent]));
    rows(document.querySelector("#table-committee tbody"), Object.entries(d.byCommittee), ([code, f]) =>
      [[names[code] || code, false, true], [format.tkr(f.realisedTkr), true], [format.tkr(f.pipelineTkr), true], [format.tkr(f.estimatedTkr), true], [String(f.count), true]]);
    const bufferBody = document.querySelector("#table-buffers tbody");
    if (bufferBody && d.buffers) rows(bufferBody, d.buffers.committees, (b) =>
      [[b.name, false, true], [format.tkr(b.allocationTkr), true], [format.tkr(b.targetTkr), true], [b.budgetedTkr === null ? "ej angivet" : format.tkr(b.budgetedTkr), true]]);
    // The sum row follows its rows.
    const targetTotal = document.getElementById("buffer-target-total");
    const budgetedTotal = document.getElementById("buffer-budgeted-total");
    if (targetTotal && d.buffers) targetTotal.textContent = format.tkr(d.buffers.targetTkr);
    if (budgetedTotal && d.buffers) budgetedTotal.textContent = format.tkr(d.buffers.budgetedTkr);
    drawCharts(d);
    document.getElementById("dashboard").dataset.realisedTkr = d.realisedTkr;
  }

  // The figures come from the dashboard's projection, which the daemon brings up to date a moment
  // after a save commits: right after the reload that follows a save they may still be the old ones.
  // A waiter resolves once the figures shown hold what was saved, so "Sparat" is said only then.
  let shown = initial;
  const waiting = [];
  function settle() {
    for (const w of [...waiting]) {
      if (w.holds(shown)) { waiting.splice(waiting.indexOf(w), 1); w.resolve(); }
    }
  }
  function show(d) { shown = d; render(d); settle(); }

  show(initial);
  // A page that shows the plan as of an earlier date stays as it was.
  if (document.getElementById("dashboard").dataset.live === "off") return;
  const connection = live();
  if (connection) connection.on("dashboardUpdated", show);

  function read() {
    return fetch("/api/dashboard", { headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? r.json() : null))
      .then((d) => { if (d) show(d); })
      .catch(() => {});
  }

  // The budgeted buffer just saved: once connected, every later change is pushed, so reading the
  // figures once then leaves nothing to miss between the page's read and the first push. Without a
  // live connection the figures are read again each second, for as long as it takes the daemon.
  window.handlingsplan.whenSaved("buffer", (saved) => new Promise((resolve) => {
    const holds = (d) => !saved || !d.buffers || d.buffers.year !== saved.year ||
      d.buffers.committees.some((b) => b.committee === saved.committee && b.budgetedTkr === saved.budgetedTkr);
    const waiter = { holds, resolve };
    waiting.push(waiter);
    settle();
    if (!waiting.includes(waiter)) return;
    window.handlingsplan.onConnected(read);
    let tries = 0;
    const poll = () => {
      if (!waiting.includes(waiter)) return;
      if (++tries > 30) { waiting.splice(waiting.indexOf(waiter), 1); resolve(); return; }
      const connected = document.documentElement.dataset.live === "connected";
      (connected ? Promise.resolve() : read()).then(() => setTimeout(poll, 1000));
    };
    setTimeout(poll, 1000);
  }));
})();
