// Strength charts: reads the data endpoint named by #strength-charts[data-source] and draws four ECharts.
document.addEventListener('DOMContentLoaded', async () => {
  const root = document.getElementById('strength-charts');
  if (!root || typeof echarts === 'undefined') {
    return;
  }
  const response = await fetch(root.dataset.source, { headers: { Accept: 'application/json' } });
  const data = await response.json();
  const chart = (id, option) => {
    const element = document.getElementById(id);
    const instance = echarts.init(element);
    instance.setOption(option);
    element.dataset.rendered = 'true';
    window.addEventListener('resize', () => instance.resize());
  };
  const lines = (series, stack) => Object.entries(series).map(([name, values]) => ({
    name, type: 'line', stack, areaStyle: stack ? {} : undefined, data: values,
  }));
  const time = { type: 'category', data: data.dates };
  chart('chart-drawdown', {
    tooltip: { trigger: 'axis' }, legend: {}, xAxis: time, yAxis: { type: 'value' },
    series: [
      { name: 'Total troops', type: 'line', data: data.totals },
      { name: 'Mission ceiling', type: 'line', step: 'end', lineStyle: { type: 'dashed' }, data: data.ceiling },
    ],
  });
  chart('chart-nations', {
    tooltip: { trigger: 'axis' }, legend: { type: 'scroll' }, xAxis: time, yAxis: { type: 'value' },
    series: lines(data.byNation, 'nations'),
  });
  chart('chart-locations', {
    tooltip: { trigger: 'axis' }, legend: { type: 'scroll' }, xAxis: time, yAxis: { type: 'value' },
    series: lines(data.byLocation, 'locations'),
  });
  chart('chart-largest', {
    tooltip: {}, grid: { left: 60 }, xAxis: { type: 'value' },
    yAxis: { type: 'category', data: data.largest.map((bar) => bar.nation) },
    series: [{ name: 'Troops on ' + data.latestDate, type: 'bar',
      data: data.largest.map((bar) => bar.troops) }],
  });
});
