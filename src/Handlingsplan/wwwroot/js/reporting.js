// Översikt: the current reporting period's status per nämnd, kept live by reportingUpdated.
(function () {
  "use strict";
  const section = document.getElementById("reporting");
  if (!section) return;

  function render(update) {
    const r = update.current;
    document.getElementById("reporting-none").hidden = !!r;
    document.getElementById("reporting-current").hidden = !r;
    section.dataset.period = r ? r.id : "";
    if (!r) return;
    document.getElementById("reporting-link").href = "/rapportering/" + r.id;
    const values = { name: r.name, deadline: r.deadline, missing: String(r.missing), expected: String(r.expected), late: String(r.late) };
    section.querySelectorAll("[data-reporting]").forEach((el) => { el.textContent = values[el.dataset.reporting]; });
    const body = section.querySelector("#table-reporting tbody");
    body.replaceChildren(...r.byCommittee.map((c) => {
      const tr = document.createElement("tr");
      tr.dataset.committee = c.committee;
      const name = document.createElement("th");
      name.scope = "row";
      name.textContent = c.name;
      tr.appendChild(name);
      for (const n of [c.onTrack, c.atRisk, c.offTrack, c.missing]) {
        const td = document.createElement("td");
        td.className = "num";
        td.textContent = String(n);
        tr.appendChild(td);
      }
      return tr;
    }));
  }

  const connection = window.handlingsplan.live();
  if (!connection) return;
  connection.on("reportingUpdated", render);
  window.handlingsplan.onConnected((c) => c.invoke("WatchReporting"));
})();
