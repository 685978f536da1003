// Draws every element with a data-chart attribute (a statistics.Chart as JSON) with Apache ECharts,
// which the application serves itself (/webjars/echarts): the hotline network has no internet.
(function () {
  'use strict';
  function option(spec) {
    var unit = spec.percent ? '%' : '';
    if (spec.kind === 'pie') {
      return {
        tooltip: { trigger: 'item' },
        legend: { type: 'scroll', bottom: 0 },
        series: [{ type: 'pie', radius: ['35%', '65%'], data: spec.labels.map(function (label, i) {
          return { name: label, value: spec.series[0].data[i] };
        }) }]
      };
    }
    var categories = { type: 'category', data: spec.labels, axisLabel: { interval: 0, width: 140, overflow: 'truncate' } };
    var values = { type: 'value', axisLabel: { formatter: '{value}' + unit } };
    return {
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + unit; } },
      legend: spec.series.length > 1 ? { top: 0 } : undefined,
      grid: { left: spec.horizontal ? 150 : 48, right: 24, top: spec.series.length > 1 ? 32 : 16, bottom: 32 },
      xAxis: spec.horizontal ? values : categories,
      yAxis: spec.horizontal ? Object.assign({}, categories, { inverse: true }) : values,
      series: spec.series.map(function (s) {
        return { name: s.name, type: spec.kind, data: s.data, smooth: spec.kind === 'line',
          label: spec.horizontal ? { show: true, position: 'right', formatter: '{c}' + unit } : undefined };
      })
    };
  }
  function draw() {
    if (!window.echarts) { return; }
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var spec = JSON.parse(element.getAttribute('data-chart'));
      var chart = window.echarts.init(element, null, { renderer: 'svg' });
      chart.setOption(option(spec));
      element.setAttribute('data-drawn', 'true');
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
