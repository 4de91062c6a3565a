// The mission ceiling over time as a step chart, from the figures the page carries in data-chart; its words come
// from the page (data-words), numbers and dates are written in the page's language.
document.addEventListener('DOMContentLoaded', () => {
  const element = document.getElementById('ceiling-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  const words = JSON.parse(element.dataset.words || '{}');
  const language = document.documentElement.lang || 'en';
  const number = new Intl.NumberFormat(language);
  const day = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const points = JSON.parse(element.dataset.chart || '[]');
  if (points.length === 0) {
    element.textContent = words.none;
    return;
  }
  const chart = echarts.init(element);
  const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  chart.setOption({
    grid: { left: 16, right: 56, top: 36, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (item) => {
        const point = points[item.dataIndex];
        return point.troops === null ? ''
          : `${escape(words.point.replace('{0}', day.format(new Date(point.date)))
            .replace('{1}', number.format(point.troops)).replace('{2}', point.status))}<br>${escape(point.basis)}`;
      }
    },
    xAxis: { type: 'time', axisLabel: { hideOverlap: true, formatter: (value) => day.format(new Date(value)) } },
    yAxis: { type: 'value', name: words.troops, min: 0, axisLabel: { formatter: (value) => number.format(value) } },
    series: [{
      type: 'line',
      step: 'end',
      connectNulls: false,
      symbolSize: 8,
      label: { show: true, formatter: (item) => (item.value[1] === null ? '' : number.format(item.value[1])) },
      data: points.map((point) => [point.date, point.troops])
    }]
  });
  window.addEventListener('resize', () => chart.resize());
});
