// Funding charts: reads the data endpoint named by #funding-charts[data-source] and draws three ECharts.
document.addEventListener('DOMContentLoaded', async () => {
  const root = document.getElementById('funding-charts');
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
  const donorYears = [...new Set(Object.values(data.contributionsByDonor).flatMap((series) => Object.keys(series)))]
    .sort();
  chart('chart-donors', {
    tooltip: { trigger: 'axis' }, legend: { type: 'scroll' },
    xAxis: { type: 'category', data: donorYears }, yAxis: { type: 'value' },
    series: Object.entries(data.contributionsByDonor).map(([donor, series]) => ({
      name: donor, type: 'bar', stack: 'donors', data: donorYears.map((year) => Number(series[year] || 0)),
    })),
  });
  const years = Object.keys(data.pledgedUsd);
  chart('chart-pledged', {
    tooltip: { trigger: 'axis' }, legend: {}, xAxis: { type: 'category', data: years }, yAxis: { type: 'value' },
    series: [
      { name: 'Pledged', type: 'bar', data: years.map((year) => Number(data.pledgedUsd[year])) },
      { name: 'Received', type: 'bar', data: years.map((year) => Number(data.receivedUsd[year] || 0)) },
    ],
  });
  const cumulativeYears = Object.keys(data.cumulativeUsd);
  chart('chart-cumulative', {
    tooltip: { trigger: 'axis' }, xAxis: { type: 'category', data: cumulativeYears }, yAxis: { type: 'value' },
    series: [{ name: 'Cumulative contributions', type: 'line', areaStyle: {},
      data: cumulativeYears.map((year) => Number(data.cumulativeUsd[year])) }],
  });
});
