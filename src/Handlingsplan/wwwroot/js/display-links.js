// Skärmar: a new display link is shown once, here, as an address to open on the screen.
(function () {
  "use strict";
  const form = document.querySelector("form.display-link-form");
  if (!form) return;
  const network = "Det gick inte att nå tjänsten. Kontrollera anslutningen och försök igen.";

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const formError = form.querySelector("[data-form-error]");
    const input = form.querySelector("[name=name]");
    const spot = form.querySelector('[data-error-for="name"]');
    formError.textContent = "";
    spot.textContent = "";
    input.removeAttribute("aria-invalid");
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      const response = await fetch(form.dataset.endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ name: input.value.trim() === "" ? null : input.value }),
      });
      const answer = await response.json().catch(() => ({}));
      if (response.ok) {
        const shown = document.getElementById("display-link-new");
        const url = document.getElementById("display-link-url");
        url.value = new URL(answer.screenUrl, window.location.origin).href;
        shown.hidden = false;
        form.hidden = true;
        url.focus();
        url.select();
        return;
      }
      const errors = (answer.errors && answer.errors.name) || [];
      if (errors.length) {
        spot.textContent = errors.join(" ");
        input.setAttribute("aria-invalid", "true");
        input.focus();
      }
      formError.textContent = answer.detail || answer.title || "Skärmlänken kunde inte skapas.";
    } catch {
      formError.textContent = network;
    } finally {
      button.disabled = false;
    }
  });
})();
