// Coverage heatmap: reads the coverage API named by #coverage-chart[data-source]; colour = approved engagements in
// the window, label = latest capability rating.
document.addEventListener('DOMContentLoaded', async () => {
  const root = document.getElementById('coverage-chart');
  if (!root || typeof echarts === 'undefined') {
    return;
  }
  const response = await fetch(root.dataset.source, { headers: { Accept: 'application/json' } });
  const data = await response.json();
  const areas = [...new Set(data.cells.map((cell) => cell.area))];
  const institutions = [...new Set(data.cells.map((cell) => cell.institutionName))];
  const points = data.cells.map((cell) => ({
    value: [areas.indexOf(cell.area), institutions.indexOf(cell.institutionName), cell.recentEngagements],
    rating: cell.latestRating,
    name: cell.areaName,
  }));
  const chart = echarts.init(root);
  chart.setOption({
    tooltip: {
      formatter: (p) => `${institutions[p.value[1]]}<br>${areas[p.value[0]]} ${p.data.name}<br>`
        + `${p.value[2]} engagements; rating ${p.data.rating == null ? 'none' : p.data.rating}`,
    },
    grid: { left: 220, top: 20, bottom: 80 },
    xAxis: { type: 'category', data: areas, splitArea: { show: true } },
    yAxis: { type: 'category', data: institutions, splitArea: { show: true } },
    visualMap: { min: 0, max: Math.max(1, ...points.map((p) => p.value[2])), calculable: true,
      orient: 'horizontal', left: 'center', bottom: 10 },
    series: [{ type: 'heatmap', data: points,
      label: { show: true, formatter: (p) => (p.data.rating == null ? '' : 'R' + p.data.rating) } }],
  });
  root.dataset.rendered = 'true';
  window.addEventListener('resize', () => chart.resize());
});
