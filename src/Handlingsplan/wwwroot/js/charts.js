// Charts that tell the truth, shared by the overview and the screen: axes from zero, the ambition
// drawn as a line, and the very figures of the tables beside them.
(function () {
  "use strict";
  const colours = { realised: "#1b6e3a", pipeline: "#2f6fb5", ambition: "#a4161a", decided: "#2f6fb5" };
  const sv = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });

  // The rows of the "per år" table and the points of its chart: the dashboard's years, or, before
  // anything is realised, this year with nothing.
  function years(d) {
    return d.byYear.length ? d.byYear : [{ year: new Date().getFullYear(), realisedTkr: 0, cumulativeTkr: 0 }];
  }

  // A share of the ambition in per cent, one decimal, never past 100 on the bar.
  function percent(tkr, ambitionTkr) {
    return ambitionTkr > 0 ? (tkr / ambitionTkr) * 100 : 0;
  }

  function fonts(size) {
    return size ? { font: { size } } : {};
  }

  // Cumulative realised per budget year against the ambition, and, as the plan states no expectation
  // per year, what is realised and decided today (realised + i genomförande) as a level line.
  // options: scale (1 for tkr, 1000 for mnkr), unit, fontSize (px; omitted: Chart.js's default).
  function cumulative(canvas, d, options) {
    const scale = options.scale || 1;
    const rows = years(d);
    const first = rows[0].year - 0.5;
    const last = rows[rows.length - 1].year + 0.5;
    const v = (tkr) => tkr / scale;
    const level = (tkr) => [{ x: first, y: v(tkr) }, { x: last, y: v(tkr) }];
    const unit = options.unit || "tkr";
    const size = options.fontSize;
    const data = {
      datasets: [
        { label: "Ackumulerat realiserat", data: rows.map((y) => ({ x: y.year, y: v(y.cumulativeTkr) })),
          borderColor: colours.realised, backgroundColor: colours.realised, borderWidth: size ? 5 : 3, pointRadius: size ? 8 : 4 },
        { label: "Realiserat + i genomförande i dag", data: level(d.realisedTkr + d.pipelineTkr),
          borderColor: colours.decided, backgroundColor: colours.decided, borderDash: [12, 8], borderWidth: size ? 4 : 2, pointRadius: 0 },
        { label: `Ambition ${sv.format(v(d.ambitionTkr))} ${unit}`, data: level(d.ambitionTkr),
          borderColor: colours.ambition, backgroundColor: colours.ambition, borderDash: [4, 4], borderWidth: size ? 4 : 2, pointRadius: 0 },
      ],
    };
    const config = {
      type: "line",
      data,
      options: {
        responsive: true, maintainAspectRatio: false, animation: false, locale: "sv-SE",
        scales: {
          x: { type: "linear", min: first, max: last, ticks: { stepSize: 1, callback: (y) => (Number.isInteger(y) ? String(y) : ""), ...fonts(size) } },
          y: { beginAtZero: true, min: 0, suggestedMax: v(d.ambitionTkr), ticks: fonts(size),
               title: { display: true, text: unit, ...fonts(size) } },
        },
        plugins: { legend: { labels: fonts(size) }, tooltip: { titleFont: size ? { size } : undefined, bodyFont: size ? { size } : undefined } },
      },
    };
    if (canvas.chart) {
      canvas.chart.data = data;
      canvas.chart.options = config.options;
      canvas.chart.update();
    } else {
      canvas.chart = new Chart(canvas, config);
    }
    return canvas.chart;
  }

  window.handlingsplan = Object.assign(window.handlingsplan || {}, { charts: { cumulative, years, percent } });
})();
