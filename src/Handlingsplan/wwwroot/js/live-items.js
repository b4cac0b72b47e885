// Lists and item pages: a notice when an item shown here is changed by someone else.
(function () {
  "use strict";
  const watch = document.getElementById("live-items");
  if (!watch) return;
  const connection = window.handlingsplan.live();
  if (!connection) return;
  const { kind, id } = watch.dataset;
  const version = Number(watch.dataset.version || 0);
  connection.on("itemChanged", (change) => {
    const ours = id ? change.id === id && change.version > version : change.kind === kind;
    if (ours) watch.hidden = false;
  });
  window.handlingsplan.onConnected((c) => c.invoke("WatchItems"));
})();
