// The mission ceiling over time as a step chart, from the figures the page carries in data-chart.
document.addEventListener('DOMContentLoaded', () => {
  const element = document.getElementById('ceiling-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  const points = JSON.parse(element.dataset.chart || '[]');
  if (points.length === 0) {
    element.textContent = 'No mission ceiling is recorded.';
    return;
  }
  const chart = echarts.init(element);
  chart.setOption({
    grid: { left: 64, right: 24, top: 24, bottom: 40 },
    tooltip: {
      trigger: 'item',
      formatter: (item) => {
        const point = points[item.dataIndex];
        return point.troops === null ? ''
          : `${point.date}: ${point.troops.toLocaleString('en')} troops (${point.status})<br>${point.basis}`;
      }
    },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: 'Troops', min: 0 },
    series: [{
      type: 'line',
      step: 'end',
      connectNulls: false,
      symbolSize: 8,
      label: { show: true, formatter: (item) => item.value[1] === null ? '' : item.value[1].toLocaleString('en') },
      data: points.map((point) => [point.date, point.troops])
    }]
  });
  window.addEventListener('resize', () => chart.resize());
});
