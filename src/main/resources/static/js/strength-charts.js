// Strength charts: reads the data endpoint named by #strength-charts[data-source] and draws four ECharts on a
// time axis (uneven report dates are spaced by time). Words come from the page (#strength-chart-words), names of
// nations and places from the data, numbers and dates are written in the page's language.
document.addEventListener('DOMContentLoaded', async () => {
  const root = document.getElementById('strength-charts');
  if (!root || typeof echarts === 'undefined') {
    return;
  }
  const words = JSON.parse(document.getElementById('strength-chart-words').textContent);
  const language = document.documentElement.lang || 'en';
  const number = new Intl.NumberFormat(language);
  const day = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const response = await fetch(root.dataset.source, { headers: { Accept: 'application/json' } });
  const data = await response.json();
  const name = (code) => (code === 'Others' ? words.others : (data.names[code] || code));
  const chart = window.resoluteChart;
  const points = (values) => data.dates.map((date, index) => [date, values[index]]);
  const lines = (series, stack) => Object.entries(series).map(([code, values]) => ({
    name: name(code), type: 'line', stack, areaStyle: stack ? {} : undefined, showSymbol: false,
    data: points(values),
  }));
  const timeAxis = () => ({
    type: 'time',
    axisLabel: { hideOverlap: true, formatter: (value) => day.format(new Date(value)) },
  });
  const valueAxis = () => ({ type: 'value', axisLabel: { formatter: (value) => number.format(value) } });
  const tooltip = {
    trigger: 'axis',
    valueFormatter: (value) => (value === null || value === undefined ? '' : number.format(value)),
    axisPointer: { label: { formatter: (params) => day.format(new Date(params.value)) } },
  };
  const grid = { left: 16, right: 40, top: 48, bottom: 16, containLabel: true };
  chart('chart-drawdown', {
    tooltip, grid, legend: {}, xAxis: timeAxis(), yAxis: valueAxis(),
    series: [
      { name: words.total, type: 'line', showSymbol: false, data: points(data.totals) },
      { name: words.ceiling, type: 'line', step: 'end', showSymbol: false, lineStyle: { type: 'dashed' },
        data: points(data.ceiling) },
    ],
  });
  chart('chart-nations', {
    tooltip, grid, legend: { type: 'scroll' }, xAxis: timeAxis(), yAxis: valueAxis(),
    series: lines(data.byNation, 'nations'),
  });
  chart('chart-locations', {
    tooltip, grid, legend: { type: 'scroll' }, xAxis: timeAxis(), yAxis: valueAxis(),
    series: lines(data.byLocation, 'locations'),
  });
  const latest = data.latestDate ? day.format(new Date(data.latestDate)) : '';
  chart('chart-largest', {
    tooltip: { valueFormatter: (value) => number.format(value) },
    grid: { left: 8, right: 24, top: 16, bottom: 24, containLabel: true },
    xAxis: valueAxis(),
    yAxis: { type: 'category', data: data.largest.map((bar) => name(bar.nation)) },
    series: [{ name: words.troopsOn.replace('{0}', latest), type: 'bar',
      data: data.largest.map((bar) => bar.troops) }],
  });
});
