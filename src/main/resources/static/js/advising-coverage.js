// Coverage heatmap: draws the figures the page holds in #coverage-data, its words from #coverage-chart's data
// attributes. Colour = none, thin or enough approved engagements in the window; the figure in a cell = the latest
// capability rating (1 weakest to 5), a dash when never rated.
document.addEventListener('DOMContentLoaded', () => {
  const root = document.getElementById('coverage-chart');
  const source = document.getElementById('coverage-data');
  if (!root || !source || typeof echarts === 'undefined') {
    return;
  }
  const data = JSON.parse(source.textContent);
  const words = root.dataset;
  const number = new Intl.NumberFormat(document.documentElement.lang || undefined);
  const bands = ['none', 'thin', 'enough'];
  const colours = { none: '#b2182b', thin: '#f4a582', enough: '#2166ac' };
  const ink = { none: '#ffffff', thin: '#1a1a1a', enough: '#ffffff' };
  const points = data.cells.map((cell) => ({
    value: [cell.x, cell.y, cell.engagements, bands.indexOf(cell.band)],
    rating: cell.rating,
    label: { color: ink[cell.band] },
  }));
  const chart = echarts.init(root);
  chart.setOption({
    tooltip: {
      formatter: (p) => [
        `<strong>${data.rows[p.value[1]]}</strong>`,
        data.columnNames[p.value[0]],
        words.wordCount.replace('{n}', number.format(p.value[2])),
        p.data.rating == null ? words.wordUnrated : words.wordRating.replace('{r}', number.format(p.data.rating)),
      ].join('<br>'),
    },
    grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
    xAxis: {
      type: 'category', data: data.columns, position: 'top', splitArea: { show: true },
      axisLabel: { interval: 0, rotate: 40, fontSize: 11 },
    },
    yAxis: {
      type: 'category', data: data.rows, inverse: true, splitArea: { show: true },
      axisLabel: { interval: 0, fontSize: 12 },
    },
    visualMap: {
      type: 'piecewise', dimension: 3, orient: 'horizontal', left: 'center', bottom: 8,
      pieces: bands.map((band, index) => ({ value: index, label: words['word' + band[0].toUpperCase() + band.slice(1)],
        color: colours[band] })),
    },
    series: [{
      type: 'heatmap', data: points,
      itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
      label: { show: true, fontSize: 13, fontWeight: 'bold',
        formatter: (p) => (p.data.rating == null ? '–' : number.format(p.data.rating)) },
    }],
  });
  root.dataset.rendered = 'true';
  window.addEventListener('resize', () => chart.resize());
});
