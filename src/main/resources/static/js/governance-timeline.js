// The mission ceiling (steps) and the troops reported (line) over time, with meetings and decisions as marks on
// the time axis. The figures come from the page's data-chart attribute and every word from its data attributes
// (rendered from the message bundles in the reader's language); numbers are formatted for the page's language.
document.addEventListener('DOMContentLoaded', () => {
  const element = document.getElementById('timeline-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  const words = element.dataset;
  const data = JSON.parse(words.chart || '{}');
  const ceilings = data.ceilings || [];
  const strength = data.strength || [];
  const events = data.events || [];
  if (ceilings.length === 0 && strength.length === 0 && events.length === 0) {
    element.textContent = words.empty;
    return;
  }
  const language = document.documentElement.lang || undefined;
  const numbers = new Intl.NumberFormat(language);
  const days = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const chart = echarts.init(element);
  chart.setOption({
    grid: { left: 72, right: 24, top: 40, bottom: 40, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'item',
      formatter: (item) => `${days.format(new Date(item.value[0]))}: ${item.seriesIndex === 2
        ? item.name : numbers.format(item.value[1])} (${item.seriesName})`
    },
    xAxis: { type: 'time' },
    yAxis: {
      type: 'value', name: words.troops, min: 0, axisLabel: { formatter: (value) => numbers.format(value) }
    },
    series: [
      { name: words.ceiling, type: 'line', step: 'end', symbolSize: 6, data: ceilings },
      { name: words.strength, type: 'line', symbolSize: 4, data: strength },
      {
        name: words.events, type: 'scatter', symbol: 'diamond', symbolSize: 9,
        data: events.map((event) => ({ value: [event[0], 0], name: event[1] }))
      }
    ]
  });
  window.addEventListener('resize', () => chart.resize());
});
