// Resolute's page behaviour: CSRF token on every htmx request, confirmation of destructive actions,
// the navigation toggle on narrow screens, and the one way the chart pages draw a chart. Pages read fine without it.
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

document.addEventListener('submit', (event) => {
  const message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

document.addEventListener('click', (event) => {
  const toggle = event.target.closest('[data-toggle-target]');
  if (toggle) {
    const target = document.querySelector(toggle.getAttribute('data-toggle-target'));
    const open = target.classList.toggle('show');
    toggle.setAttribute('aria-expanded', String(open));
  }
});

// Draws an ECharts chart into the element of that id, marks it drawn (data-rendered, which says the figures are
// shown) and fits it to the window when the window changes size. The chart pages' own scripts call it once per chart.
window.resoluteChart = (id, option) => {
  const element = document.getElementById(id);
  const instance = echarts.init(element);
  instance.setOption(option);
  element.dataset.rendered = 'true';
  window.addEventListener('resize', () => instance.resize());
};
