// BackCoach's small shared script: CSRF for htmx requests and the browser's time zone on forms.
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector('meta[name="_csrf_header"]');
  const token = document.querySelector('meta[name="_csrf"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

document.addEventListener("DOMContentLoaded", () => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  document.querySelectorAll('input[name="timeZone"]').forEach((input) => {
    if (!input.value && zone) {
      input.value = zone;
    }
  });
});
