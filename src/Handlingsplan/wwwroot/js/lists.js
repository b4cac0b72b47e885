// Lists: a filter applies as soon as it is chosen (the form's "Visa" stays for the search field and
// for browsers without scripts), empty filters stay out of the address so a view can be bookmarked
// and shared, and after the new page loads the focus is back on the filter that was changed.
(function () {
  "use strict";
  const focusKey = "handlingsplan.list-focus";

  function submit(form, changed) {
    if (changed && changed.id) {
      sessionStorage.setItem(focusKey, JSON.stringify({ path: location.pathname, id: changed.id }));
    }
    form.requestSubmit();
  }

  // A date typed from the keyboard is a whole date after its first digit of the day ("2025-01-1"
  // of "2025-01-15"): it applies once the typing has paused, not at each digit.
  const datePause = 1200;

  document.querySelectorAll("form[data-auto-submit]").forEach((form) => {
    let pending = null;
    form.addEventListener("change", (event) => {
      const field = event.target;
      // Words are searched for when the user says so (Enter or "Visa"), not when the field loses focus.
      if (!field.matches("select, input[type=date], input[type=checkbox]")) return;
      clearTimeout(pending);
      // A closed select changes at each arrow key: chosen from the keyboard, it applies on Enter or
      // when the focus leaves it, so that stepping through the choices does not reload the list.
      if (field.tagName === "SELECT" && field.dataset.keyed === "true") { field.dataset.changed = "true"; return; }
      if (field.type !== "date") { submit(form, field); return; }
      if (field.value !== "" && !field.checkValidity()) return;
      pending = setTimeout(() => submit(form, field), datePause);
    });
    form.addEventListener("pointerdown", (event) => {
      if (event.target.tagName === "SELECT") event.target.dataset.keyed = "false";
    });
    form.addEventListener("focusout", (event) => {
      const field = event.target;
      if (field.tagName === "SELECT" && field.dataset.changed === "true") { field.dataset.changed = "false"; submit(form, field); }
    });
    form.addEventListener("keydown", (event) => {
      if (event.target.tagName === "SELECT") {
        if (event.key === "Enter" && event.target.dataset.changed === "true") {
          event.preventDefault();
          event.target.dataset.changed = "false";
          submit(form, event.target);
          return;
        }
        if (event.key !== "Tab" && event.key !== "Shift") event.target.dataset.keyed = "true";
      }
      const editing = event.key.length === 1 || ["Backspace", "Delete", "ArrowUp", "ArrowDown"].includes(event.key);
      if (event.target.type === "date" && editing) clearTimeout(pending);
    });
    form.addEventListener("submit", () => {
      clearTimeout(pending);
      const empty = [...form.elements].filter((e) => e.name && !e.disabled && e.value === "" && e.type !== "submit");
      empty.forEach((e) => (e.disabled = true));
      // The page may come back from the browser's cache: its fields must work again.
      setTimeout(() => empty.forEach((e) => (e.disabled = false)), 0);
    });
  });

  const saved = sessionStorage.getItem(focusKey);
  if (saved) {
    sessionStorage.removeItem(focusKey);
    try {
      const { path, id } = JSON.parse(saved);
      const field = path === location.pathname && document.getElementById(id);
      if (field) field.focus();
    } catch { /* a value from another version of the page: nothing to restore */ }
  }
})();
