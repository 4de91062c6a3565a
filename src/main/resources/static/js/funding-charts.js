// Funding charts: reads the data endpoint named by #funding-charts[data-source] and draws three ECharts. Its words
// (series names, donors' names) come from the page (#funding-charts-words, rendered from the message bundles), and
// its numbers are formatted in the page's language; the grid holds its axis labels (containLabel), so none is cut.
document.addEventListener('DOMContentLoaded', async () => {
  const root = document.getElementById('funding-charts');
  if (!root || typeof echarts === 'undefined') {
    return;
  }
  const words = JSON.parse(document.getElementById('funding-charts-words').textContent);
  const language = document.documentElement.lang || undefined;
  const compact = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(language, { style: 'currency', currency: words.currency,
    maximumFractionDigits: 0 });
  const response = await fetch(root.dataset.source, { headers: { Accept: 'application/json' } });
  const data = await response.json();
  const grid = { left: 8, right: 16, top: 48, bottom: 8, containLabel: true };
  const valueAxis = { type: 'value', axisLabel: { formatter: (value) => compact.format(value) } };
  const tooltip = { trigger: 'axis', valueFormatter: (value) => money.format(value) };
  const chart = window.resoluteChart;
  const donorYears = [...new Set(Object.values(data.contributionsByDonor).flatMap((series) => Object.keys(series)))]
    .sort();
  chart('chart-donors', {
    grid, tooltip: { ...tooltip, confine: true }, legend: { type: 'scroll' },
    xAxis: { type: 'category', data: donorYears }, yAxis: valueAxis,
    series: Object.entries(data.contributionsByDonor).map(([donor, series]) => ({
      name: words.donors[donor] || donor, type: 'bar', stack: 'donors',
      data: donorYears.map((year) => Number(series[year] || 0)),
    })),
  });
  const years = Object.keys(data.pledgedUsd);
  chart('chart-pledged', {
    grid, tooltip, legend: {}, xAxis: { type: 'category', data: years }, yAxis: valueAxis,
    series: [
      { name: words.pledged, type: 'bar', data: years.map((year) => Number(data.pledgedUsd[year])) },
      { name: words.received, type: 'bar', data: years.map((year) => Number(data.receivedUsd[year] || 0)) },
    ],
  });
  const cumulativeYears = Object.keys(data.cumulativeUsd);
  chart('chart-cumulative', {
    grid, tooltip, legend: {}, xAxis: { type: 'category', data: cumulativeYears }, yAxis: valueAxis,
    series: [{ name: words.cumulative, type: 'line', areaStyle: {},
      data: cumulativeYears.map((year) => Number(data.cumulativeUsd[year])) }],
  });
});
