// Resolute's page behaviour: CSRF token on every htmx request, confirmation of destructive actions,
// and the navigation toggle on narrow screens. Pages read fine without it.
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
