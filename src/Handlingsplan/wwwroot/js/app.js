// Shared by every page: Swedish number formats, the live connection and the forms that call the API.
(function () {
  "use strict";
  const sv = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });
  const sv1 = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  const format = {
    tkr: (v) => (v === null || v === undefined ? "för tidigt att bedöma" : sv.format(v) + " tkr"),
    mnkr: (v) => sv1.format((v || 0) / 1000) + " mnkr",
    count: (v) => String(v ?? 0),
  };

  function get(obj, path) {
    return path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj);
  }

  // One SignalR connection per page, which never gives up: SignalR's own reconnect is told to keep
  // trying (every 10 s after the first few), and a connection that closes even so is started again.
  // The state is on <html data-live>: connecting, connected, reconnecting, or stopped. onConnected
  // runs once connected and again after every reconnect, for group memberships and fresh reads.
  const retryDelays = [0, 1000, 2000, 5000];
  const forever = { nextRetryDelayInMilliseconds: (context) => retryDelays[context.previousRetryCount] ?? 10000 };
  let connection = null;
  let stopped = false;
  const whenConnected = [];
  const whenState = [];

  function setLive(state) {
    document.documentElement.dataset.live = state;
    whenState.forEach((callback) => callback(state));
  }

  function connected() {
    setLive("connected");
    whenConnected.forEach((callback) => callback(connection));
  }

  function start(delay) {
    connection.start().then(connected).catch(() => {
      if (stopped) return;
      setLive("reconnecting");
      setTimeout(() => { if (!stopped) start(Math.min(delay * 2, 10000)); }, delay);
    });
  }

  function live() {
    if (connection || !window.signalR) return connection;
    connection = new signalR.HubConnectionBuilder()
      .withUrl("/hubs/dashboard")
      .withAutomaticReconnect(forever)
      .build();
    connection.onreconnecting(() => setLive("reconnecting"));
    connection.onreconnected(connected);
    connection.onclose(() => {
      if (stopped) return;
      setLive("reconnecting");
      start(1000);
    });
    setLive("connecting");
    start(1000);
    return connection;
  }

  function onConnected(callback) {
    const c = live();
    if (!c) return;
    whenConnected.push(callback);
    if (c.state === signalR.HubConnectionState.Connected) callback(c);
  }

  function onLiveState(callback) {
    whenState.push(callback);
  }

  // For good: the screen of a revoked link, say.
  function stopLive(state) {
    stopped = true;
    setLive(state || "stopped");
    if (connection) connection.stop();
  }

  const messages = {
    stale: "Posten har ändrats av någon annan sedan du öppnade sidan – ladda om sidan och försök igen.",
    network: "Det gick inte att nå tjänsten. Kontrollera anslutningen och försök igen.",
  };

  // An amount as people in Sweden write it: "3 800", "3 800,5", "1 250" with a non-breaking space,
  // "3800,5", or with a decimal point. Thousands grouped by dots ("3.800") are ambiguous and refused,
  // as is anything that is not a number: never silently stored as something else.
  function parseAmount(text) {
    const t = text.trim().replace(/[\u00a0\u202f]/g, " ");
    if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) return undefined;
    const grouped = /^-?\d{1,3}( \d{3})+([,.]\d+)?$/.test(t);
    const plain = /^-?\d+([,.]\d+)?$/.test(t);
    if (!grouped && !plain) return undefined;
    return Number(t.replace(/ /g, "").replace(",", "."));
  }
  const notANumber = "Skriv ett tal, t.ex. 3 800 eller 3 800,5.";

  // A form with data-endpoint posts its fields as JSON. Server errors (problem+json) are shown
  // beside their fields; a 409 for a stale version asks the user to reload.
  async function submit(form, event) {
    event.preventDefault();
    const formError = form.querySelector("[data-form-error]");
    form.querySelectorAll("[data-error-for]").forEach((e) => (e.textContent = ""));
    form.querySelectorAll("[aria-invalid]").forEach((e) => e.removeAttribute("aria-invalid"));
    if (formError) formError.textContent = "";

    let endpoint = form.dataset.endpoint;
    const body = {};
    const unreadable = [];
    for (const input of form.querySelectorAll("input[name], select[name], textarea[name]")) {
      if (input.dataset.route) { endpoint = endpoint.replace("{" + input.dataset.route + "}", encodeURIComponent(input.value)); continue; }
      let value = input.type === "checkbox" ? input.checked : input.value;
      if (input.type !== "checkbox") {
        if (value.trim() === "") value = null;
        else if (input.dataset.type === "number") {
          value = parseAmount(value);
          if (value === undefined) unreadable.push(input);
        }
        else if (input.dataset.type === "boolean") value = value === "true";
      }
      body[input.name] = value;
    }
    if (unreadable.length > 0) {
      for (const input of unreadable) {
        const spot = form.querySelector(`[data-error-for="${input.name}"]`);
        if (spot) spot.textContent = notANumber;
        input.setAttribute("aria-invalid", "true");
      }
      if (formError) formError.textContent = "Rätta de markerade fälten. Inget har sparats.";
      unreadable[0].focus();
      return;
    }

    // A fresh Idempotency-Key per submission; the same submission sent again after no answer (a
    // dropped connection, a server error, or "being processed" with Retry-After) keeps its key, so
    // the server applies it only once.
    const payload = JSON.stringify(body);
    const last = form.pendingWrite;
    const key = last && last.endpoint === endpoint && last.payload === payload ? last.key : crypto.randomUUID();
    form.pendingWrite = { endpoint, payload, key };

    const button = form.querySelector("button[type=submit]");
    if (button) button.disabled = true;
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json", "Idempotency-Key": key },
        body: payload,
      });
      if (response.status < 500 && !response.headers.has("Retry-After")) form.pendingWrite = null;
      if (response.ok) {
        const result = await response.json().catch(() => ({}));
        const location = response.headers.get("Location");
        if (form.dataset.success === "reload" || !location) {
          rememberSaved(form, result, window.location.pathname);
          window.location.reload();
        } else {
          const next = itemPage(location);
          rememberSaved(form, result, next);
          window.location.href = next;
        }
        return;
      }
      const problem = await response.json().catch(() => ({}));
      if (response.status === 409 && problem.currentVersion !== undefined) {
        formError.textContent = messages.stale;
      } else if (problem.errors) {
        let shown = false;
        for (const [field, errors] of Object.entries(problem.errors)) {
          const spot = form.querySelector(`[data-error-for="${field}"]`);
          const input = form.querySelector(`[name="${field}"]`);
          if (spot) { spot.textContent = errors.join(" "); shown = true; }
          if (input) input.setAttribute("aria-invalid", "true");
          if (!spot && formError) formError.textContent += errors.join(" ") + " ";
        }
        if (shown && !formError.textContent) formError.textContent = problem.detail || "Rätta de markerade fälten.";
        const firstInvalid = form.querySelector("[aria-invalid]");
        if (firstInvalid) firstInvalid.focus();
      } else {
        formError.textContent = problem.detail || problem.title || "Något gick fel.";
      }
    } catch {
      if (formError) formError.textContent = messages.network;
    } finally {
      if (button) button.disabled = false;
    }
  }

  // "Sparat" after a save: the page reloads to show what changed, so what to say and where to put
  // the focus wait in sessionStorage until the new page is there. A form says what it saved
  // (data-saved), which element shows the change (data-saved-target, else the heading of its
  // section), and, when a figure on the page comes from a projection that follows the save a moment
  // later, what to wait for (data-saved-wait): the confirmation then waits until the page shows it.
  const savedKey = "handlingsplan.saved";
  const waiters = {};

  function rememberSaved(form, answer, path) {
    const section = form.closest("section[aria-labelledby]");
    const flash = {
      path,
      text: form.dataset.saved || (form.querySelector("button[type=submit]") || {}).textContent || "",
      target: form.dataset.savedTarget || (section && section.getAttribute("aria-labelledby")) || "main",
      wait: form.dataset.savedWait || null,
      answer,
    };
    try { sessionStorage.setItem(savedKey, JSON.stringify(flash)); } catch { /* private mode: the save stands, unannounced */ }
  }

  // A page whose figures follow a save later registers how to wait for them: a function from the
  // save's answer to a promise that resolves once the page shows the saved value.
  function whenSaved(name, wait) { waiters[name] = wait; }

  async function announceSaved() {
    let flash;
    try { flash = JSON.parse(sessionStorage.getItem(savedKey) || "null"); } catch { flash = null; }
    if (!flash || flash.path !== window.location.pathname) return;
    sessionStorage.removeItem(savedKey);
    const region = document.getElementById("saved");
    if (!region) return;
    if (flash.wait && waiters[flash.wait]) {
      region.dataset.state = "waiting";
      await waiters[flash.wait](flash.answer);
    }
    const target = document.getElementById(flash.target) || document.getElementById("main");
    target.setAttribute("tabindex", "-1");
    target.dataset.savedFocus = "";
    target.focus();
    // Filled after the page has settled, so that screen readers hear the region change.
    setTimeout(() => {
      region.textContent = "Sparat" + (flash.text ? ": " + flash.text.trim() : "") + ".";
      region.dataset.state = "shown";
    }, 50);
  }
  document.addEventListener("DOMContentLoaded", announceSaved);

  // /api/measures/{id} → /atgarder/{id}, by the kinds the server describes on every page.
  function itemPage(apiLocation) {
    const slugs = JSON.parse(document.body.dataset.kinds || "{}");
    const match = /\/api\/(\w+)\/([0-9a-f-]+)/i.exec(apiLocation);
    return match ? `/${slugs[match[1]]}/${match[2]}` : "/";
  }

  document.addEventListener("submit", (event) => {
    const form = event.target.closest("form.api-form");
    if (form) submit(form, event);
  });

  // A filled-in file uploaded as multipart, once per choice of file (its Idempotency-Key kept for
  // a retry after no answer); every error the server names is listed with its sheet, row and column.
  async function upload(form, event) {
    event.preventDefault();
    const result = form.querySelector("[data-upload-result]");
    const input = form.querySelector("input[type=file]");
    result.replaceChildren();
    if (!input.files.length) { result.textContent = "Välj en Excelfil (.xlsx) att ladda upp."; input.focus(); return; }
    const file = input.files[0];
    const key = form.pendingUpload && form.pendingUpload.file === file ? form.pendingUpload.key : crypto.randomUUID();
    form.pendingUpload = { file, key };
    const data = new FormData();
    data.append("file", file, file.name);
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      const response = await fetch(form.dataset.endpoint, { method: "POST", headers: { "Accept": "application/json", "Idempotency-Key": key }, body: data });
      if (response.status < 500) form.pendingUpload = null;
      const answer = await response.json().catch(() => ({}));
      if (response.ok) {
        result.textContent = `Filen togs emot: ${answer.newShifts.length} nya förflyttningar och ${answer.followUps} uppföljningar. Sidan laddas om.`;
        rememberSaved(form, answer, window.location.pathname);
        setTimeout(() => window.location.reload(), 1500);
        return;
      }
      const summary = document.createElement("p");
      summary.textContent = answer.detail || answer.title || "Filen kunde inte tas emot.";
      result.append(summary);
      const lines = answer.rows ? answer.rows.map((r) => r.text) : Object.values(answer.errors || {}).flat();
      if (lines.length) {
        const list = document.createElement("ul");
        for (const line of lines) { const li = document.createElement("li"); li.textContent = line; list.append(li); }
        result.append(list);
      }
      input.focus();
    } catch {
      result.textContent = messages.network;
    } finally {
      button.disabled = false;
    }
  }

  document.addEventListener("submit", (event) => {
    const form = event.target.closest("form.upload-form");
    if (form) upload(form, event);
  });

  // A file attached to an item, as multipart, once per choice of file and description (the
  // Idempotency-Key kept for a retry after no answer); errors are shown beside their fields, as in the
  // forms above, and the page reloads to show the attachment in its list and in the history.
  async function attach(form, event) {
    event.preventDefault();
    const formError = form.querySelector("[data-form-error]");
    form.querySelectorAll("[data-error-for]").forEach((e) => (e.textContent = ""));
    form.querySelectorAll("[aria-invalid]").forEach((e) => e.removeAttribute("aria-invalid"));
    formError.textContent = "";
    const input = form.querySelector("input[type=file]");
    const description = form.querySelector("[name=description]").value;
    if (!input.files.length) {
      form.querySelector('[data-error-for="file"]').textContent = "Välj en fil att bifoga.";
      input.setAttribute("aria-invalid", "true");
      formError.textContent = "Ingen fil är vald. Inget har sparats.";
      input.focus();
      return;
    }
    const file = input.files[0];
    const last = form.pendingUpload;
    const key = last && last.file === file && last.description === description ? last.key : crypto.randomUUID();
    form.pendingUpload = { file, description, key };
    const data = new FormData();
    data.append("file", file, file.name);
    if (description.trim() !== "") data.append("description", description);
    data.append("expectedVersion", form.querySelector("[name=expectedVersion]").value);
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      const response = await fetch(form.dataset.endpoint, { method: "POST", headers: { "Accept": "application/json", "Idempotency-Key": key }, body: data });
      if (response.status < 500 && !response.headers.has("Retry-After")) form.pendingUpload = null;
      if (response.ok) {
        rememberSaved(form, await response.json().catch(() => ({})), window.location.pathname);
        window.location.reload();
        return;
      }
      const problem = await response.json().catch(() => ({}));
      if (response.status === 409 && problem.currentVersion !== undefined) {
        formError.textContent = messages.stale;
        return;
      }
      for (const [field, errors] of Object.entries(problem.errors || {})) {
        const spot = form.querySelector(`[data-error-for="${field}"]`);
        const target = form.querySelector(`[name="${field}"]`);
        if (spot) spot.textContent = errors.join(" ");
        if (target) target.setAttribute("aria-invalid", "true");
      }
      formError.textContent = problem.detail || problem.title || "Filen kunde inte bifogas.";
      const firstInvalid = form.querySelector("[aria-invalid]");
      if (firstInvalid) firstInvalid.focus();
    } catch {
      formError.textContent = messages.network;
    } finally {
      button.disabled = false;
    }
  }

  document.addEventListener("submit", (event) => {
    const form = event.target.closest("form.attachment-form");
    if (form) attach(form, event);
  });

  // "Skriv ut eller spara som PDF": the page's print stylesheet makes the printout.
  document.addEventListener("click", (event) => {
    if (event.target.closest("[data-print]")) window.print();
  });

  window.handlingsplan = Object.assign(window.handlingsplan || {}, { format, get, live, onConnected, onLiveState, stopLive, whenSaved });
})();
