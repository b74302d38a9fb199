// The onboarding's small helpers. Every page works without them: the forms post plain values.
// Here: the live pain number, the plank stopwatch, the kit quick picks, sending a form once and
// focus on the error summary.

function painReadout() {
  document.querySelectorAll("[data-pain-readout]").forEach((readout) => {
    const output = readout.querySelector("output");
    const slider = document.getElementById(output.htmlFor.value);
    if (!slider) {
      return;
    }
    const anchors = { 0: "no pain", 5: "moderate", 10: "worst imaginable" };
    const show = () => {
      output.value = slider.value;
      const anchor = anchors[slider.value];
      slider.setAttribute("aria-valuetext", slider.value + " out of 10" + (anchor ? ", " + anchor : ""));
    };
    slider.addEventListener("input", show);
    show();
    readout.hidden = false;
  });
}

function stopwatch() {
  document.querySelectorAll("[data-stopwatch]").forEach((watch) => {
    const input = document.getElementById(watch.dataset.target);
    const time = watch.querySelector("[data-stopwatch-time]");
    const status = watch.querySelector("[data-stopwatch-status]");
    const start = watch.querySelector("[data-stopwatch-start]");
    const stop = watch.querySelector("[data-stopwatch-stop]");
    const reset = watch.querySelector("[data-stopwatch-reset]");
    let startedAt = null;
    let ticker = null;
    let filled = null;

    const seconds = () => (startedAt === null ? 0 : Math.floor((performance.now() - startedAt) / 1000));
    const show = (s) => {
      time.textContent = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
    };

    start.addEventListener("click", () => {
      startedAt = performance.now();
      show(0);
      ticker = setInterval(() => show(seconds()), 250);
      start.disabled = true;
      stop.disabled = false;
      stop.focus();
      status.textContent = "Timing. Press Stop when you come down.";
    });
    stop.addEventListener("click", () => {
      const held = seconds();
      clearInterval(ticker);
      startedAt = null;
      show(held);
      input.value = held;
      filled = String(held);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      start.disabled = false;
      stop.disabled = true;
      start.focus();
      status.textContent = held + (held === 1 ? " second" : " seconds") + ", filled in above. Well done.";
    });
    reset.addEventListener("click", () => {
      clearInterval(ticker);
      startedAt = null;
      show(0);
      if (filled !== null && input.value === filled) {
        input.value = "";
      }
      filled = null;
      start.disabled = false;
      stop.disabled = true;
      status.textContent = "Reset. Press Start when you're ready.";
    });
    watch.hidden = false;
  });
}

function kitPresets() {
  const status = document.querySelector("[data-preset-status]");
  document.querySelectorAll("button[data-equipment]").forEach((button) => {
    button.addEventListener("click", (event) => {
      event.preventDefault();
      const kit = button.dataset.equipment.split(" ").filter(Boolean);
      button.form.querySelectorAll('input[name="equipment"]').forEach((box) => {
        box.checked = kit.includes(box.value);
      });
      if (status) {
        status.textContent = button.dataset.label + " picked: check the list below, then continue.";
      }
    });
  });
}

// A second press while the page is already on its way would land on a step that no longer exists
// (after "Build my plan" the draft is gone), so each form is sent once.
function sendOnce() {
  document.querySelectorAll("main.onboarding form").forEach((form) => {
    form.addEventListener("submit", (event) => {
      if (form.dataset.sent) {
        event.preventDefault();
      }
      form.dataset.sent = "true";
    });
  });
  // Coming back with the browser's Back button shows the page as it was left: ready to send again.
  window.addEventListener("pageshow", () => {
    document.querySelectorAll("main.onboarding form").forEach((form) => delete form.dataset.sent);
  });
}

function focusErrorSummary() {
  const summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
}

document.addEventListener("DOMContentLoaded", () => {
  painReadout();
  stopwatch();
  kitPresets();
  sendOnce();
  focusErrorSummary();
});
