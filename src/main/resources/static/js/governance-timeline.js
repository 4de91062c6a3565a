// The mission ceiling (steps) and the troops reported (line) over time, with meetings and decisions as marks on
// the time axis; the figures come from the page's data-chart attribute.
document.addEventListener('DOMContentLoaded', () => {
  const element = document.getElementById('timeline-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  const data = JSON.parse(element.dataset.chart || '{}');
  const ceilings = data.ceilings || [];
  const strength = data.strength || [];
  const events = data.events || [];
  if (ceilings.length === 0 && strength.length === 0 && events.length === 0) {
    element.textContent = 'Nothing to chart for this choice of kinds and period.';
    return;
  }
  const chart = echarts.init(element);
  chart.setOption({
    grid: { left: 64, right: 24, top: 32, bottom: 40 },
    legend: { top: 0 },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: 'Troops', min: 0 },
    series: [
      { name: 'Mission ceiling', type: 'line', step: 'end', symbolSize: 6, data: ceilings },
      { name: 'Troops reported', type: 'line', symbolSize: 4, data: strength },
      {
        name: 'Meetings and decisions', type: 'scatter', symbol: 'diamond', symbolSize: 9,
        data: events.map((event) => ({ value: [event[0], 0], name: event[1] })),
        tooltip: { formatter: (item) => `${item.value[0]}: ${item.name}` }
      }
    ]
  });
  window.addEventListener('resize', () => chart.resize());
});
