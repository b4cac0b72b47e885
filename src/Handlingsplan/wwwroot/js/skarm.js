// Skärmen: the overview for the meeting-room screen, kept live by dashboardUpdated and
// reportingUpdated. It reconnects by itself, says so while it does, and reads the dashboard again
// once back, so nothing pushed meanwhile is missed. A revoked display link is shown as revoked.
(function () {
  "use strict";

  // A share too narrow for its percentage shows none in the bar (the figures below and the bar's
  // label say it), rather than a cut-off number.
  function fitBarLabels() {
    for (const segment of document.querySelectorAll("#screen-bar > div")) {
      const label = segment.firstElementChild;
      if (!label) continue;
      label.hidden = false;
      if (label.scrollWidth > segment.clientWidth) label.hidden = true;
    }
  }
  window.addEventListener("resize", fitBarLabels);
  const { format, live, onConnected, onLiveState, stopLive, charts } = window.handlingsplan;
  const initial = JSON.parse(document.getElementById("screen-data").textContent);
  const names = initial.committees;
  const fontSize = 24;
  const sv1 = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const time = new Intl.DateTimeFormat("sv-SE", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "Europe/Stockholm" });
  const statusOrder = [
    ["offTrack", "Avvikelse"],
    ["atRisk", "Risk för avvikelse"],
    ["onTrack", "Enligt plan"],
  ];
  let dashboard = initial.dashboard;
  let reporting = initial.reporting;
  const screen = document.getElementById("screen");

  const pct = (v) => sv1.format(v) + "\u00a0%";
  const field = (name) => screen.querySelectorAll(`[data-screen="${name}"]`);
  const set = (name, text) => field(name).forEach((el) => { el.textContent = text; });

  function cell(tag, text, className) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    if (tag === "th") el.scope = "row";
    return el;
  }

  // A nämnd's status in the current period: the most serious of its items' reports, in colour and in
  // words, and how many reports are missing.
  function status(c) {
    if (!c) return null;
    const worst = statusOrder.find(([code]) => c[code] > 0);
    const reported = c.onTrack + c.atRisk + c.offTrack;
    const text = worst ? worst[1] : "Ingen rapport ännu";
    return { code: worst ? worst[0] : "missing", text, detail: `${reported} av ${c.expected}` };
  }

  function renderProgress(d) {
    const remaining = Math.max(0, d.ambitionTkr - d.realisedTkr - d.pipelineTkr);
    const realisedPct = charts.percent(d.realisedTkr, d.ambitionTkr);
    const pipelinePct = charts.percent(d.pipelineTkr, d.ambitionTkr);
    const remainingPct = charts.percent(remaining, d.ambitionTkr);
    set("ambition", format.mnkr(d.ambitionTkr));
    set("ambitionShort", format.mnkr(d.ambitionTkr));
    set("realised", format.mnkr(d.realisedTkr));
    set("pipeline", format.mnkr(d.pipelineTkr));
    set("remaining", format.mnkr(remaining));
    set("realisedPct", pct(realisedPct));
    set("pipelinePct", pct(pipelinePct));
    set("realisedPctText", pct(realisedPct) + " av ambitionen");
    set("pipelinePctText", pct(pipelinePct));
    set("remainingPctText", pct(remainingPct));
    const realisedWidth = Math.min(100, realisedPct);
    screen.querySelector("[data-bar=realised]").style.width = realisedWidth + "%";
    screen.querySelector("[data-bar=pipeline]").style.width = Math.min(100 - realisedWidth, pipelinePct) + "%";
    fitBarLabels();
    document.getElementById("screen-bar").setAttribute("aria-label",
      `Realiserat ${format.mnkr(d.realisedTkr)} (${pct(realisedPct)}), i genomförande ${format.mnkr(d.pipelineTkr)} (${pct(pipelinePct)}), ` +
      `återstår ${format.mnkr(remaining)} (${pct(remainingPct)}) av ambitionen ${format.mnkr(d.ambitionTkr)}`);
  }

  function renderYears(d) {
    const body = document.querySelector("#screen-table-year tbody");
    body.replaceChildren(...charts.years(d).map((y) => {
      const tr = document.createElement("tr");
      tr.append(cell("td", String(y.year)), cell("td", format.mnkr(y.realisedTkr), "num"), cell("td", format.mnkr(y.cumulativeTkr), "num"));
      return tr;
    }));
    if (window.Chart) {
      Chart.defaults.font.size = fontSize;
      Chart.defaults.color = "#1a1a1a";
      charts.cumulative(document.getElementById("screen-chart-year"), d, { scale: 1000, unit: "mnkr", fontSize });
    }
  }

  function renderCommittees(d, r) {
    const byCode = Object.fromEntries(((r && r.byCommittee) || []).map((c) => [c.committee, c]));
    const codes = Object.keys(names).filter((code) => d.byCommittee[code] || byCode[code])
      .concat(Object.keys(d.byCommittee).filter((code) => !names[code]));
    const body = document.querySelector("#screen-table-committee tbody");
    body.replaceChildren(...codes.map((code) => {
      const f = d.byCommittee[code] || { realisedTkr: 0, pipelineTkr: 0 };
      const s = status(r ? byCode[code] : null);
      const tr = document.createElement("tr");
      tr.dataset.committee = code;
      const statusCell = cell("td", undefined, "screen-status");
      if (s) {
        const badge = cell("span", s.text, "report-status " + s.code);
        badge.dataset.reportStatus = s.code;
        statusCell.append(badge, " ", cell("span", s.detail, "screen-detail"));
      } else {
        statusCell.textContent = "–";
      }
      tr.append(cell("th", names[code] || code), cell("td", format.mnkr(f.realisedTkr), "num"), cell("td", format.mnkr(f.pipelineTkr), "num"), statusCell);
      return tr;
    }));
    document.getElementById("screen-period").textContent = r ? ` – status ${r.name}` : "";
    document.getElementById("screen-status-note").textContent = r
      ? `Status: den allvarligaste av nämndens rapporter i ${r.name}, med rapporterade av väntade. ${r.missing} av ${r.expected} saknas.`
      : "Status: ingen rapporteringsperiod är öppen.";
  }

  function stamp() {
    const now = new Date();
    const el = document.getElementById("screen-updated");
    el.dateTime = now.toISOString();
    el.textContent = time.format(now);
  }

  function render() {
    renderProgress(dashboard);
    renderYears(dashboard);
    renderCommittees(dashboard, reporting);
    screen.dataset.realisedTkr = dashboard.realisedTkr;
  }

  // The connection's state, in words, for the room and for a screen reader.
  const stateText = { connecting: "Ansluter…", connected: "", reconnecting: "Återansluter…" };
  function showState(state) {
    if (screen.dataset.screenState === "revoked") return;
    const status = document.getElementById("live-status");
    status.textContent = stateText[state] ?? "";
    status.dataset.state = state;
    screen.dataset.screenState = state === "connected" ? "live" : state;
    if (state === "reconnecting") checkAccess();
  }

  function revoked() {
    if (screen.dataset.screenState === "revoked") return;
    screen.dataset.screenState = "revoked";
    document.getElementById("screen-revoked").hidden = false;
    const status = document.getElementById("live-status");
    status.textContent = "Skärmlänken är återkallad.";
    status.dataset.state = "revoked";
    stopLive("revoked");
  }

  // Read the dashboard (and say so when this screen's link no longer opens it).
  async function refresh() {
    try {
      const response = await fetch("/api/dashboard", { headers: { Accept: "application/json" }, cache: "no-store" });
      if (response.status === 401 || response.status === 403) { if (initial.display) revoked(); return; }
      if (!response.ok) return;
      dashboard = await response.json();
      render();
      stamp();
    } catch {
      // Off the network: the connection's own retries bring the screen back.
    }
  }
  let checking = false;
  async function checkAccess() {
    if (checking || !initial.display) return;
    checking = true;
    try { await refresh(); } finally { checking = false; }
  }

  const fullscreen = document.getElementById("fullscreen");
  if (document.fullscreenEnabled) {
    fullscreen.hidden = false;
    fullscreen.addEventListener("click", () => {
      if (document.fullscreenElement) document.exitFullscreen();
      else document.documentElement.requestFullscreen().catch(() => {});
    });
    document.addEventListener("fullscreenchange", () => {
      fullscreen.textContent = document.fullscreenElement ? "Avsluta helskärm" : "Helskärm";
    });
  }

  render();
  const connection = live();
  if (!connection) return;
  onLiveState(showState);
  showState(document.documentElement.dataset.live);
  connection.on("dashboardUpdated", (d) => { dashboard = d; render(); stamp(); });
  connection.on("reportingUpdated", (update) => { reporting = update.current; renderCommittees(dashboard, reporting); stamp(); });
  connection.on("displayRevoked", revoked);
  // On every connection, the first and each after a drop: what was pushed meanwhile is read now (the
  // hub answers WatchReporting with the current period's figures).
  onConnected((c) => {
    c.invoke("WatchReporting").catch(() => {});
    refresh();
  });
})();
