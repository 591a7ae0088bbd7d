// Loaded with <script type="module" src="/js/app.js"></script> at the end of <body>.
// Browsers without ES module support skip this file and get the no-JS experience.
import { initAll } from "./govuk-frontend.min.js";
import "./accessible-autocomplete.min.js";

initAll();

// A <select data-autocomplete> (govuk-select autocomplete="true") becomes GOV.UK's accessible
// autocomplete: type part of an option to narrow the list. Without JavaScript it stays a select.
// autoselect is off: with it on, the component draws a "hint" text box with no label behind the
// one people type in, which axe (WCAG 2.2 AA) reports; people choose with the arrow keys or a click.
for (const selectElement of document.querySelectorAll("select[data-autocomplete]")) {
  const id = selectElement.id;
  const hasError = selectElement.classList.contains("govuk-select--error");
  window.accessibleAutocomplete.enhanceSelectElement({ selectElement, defaultValue: "", showAllValues: false, autoselect: false });
  // The text box takes the select's id; keep GOV.UK's red error border on it too.
  if (hasError) {
    document.getElementById(id)?.classList.add("govuk-input--error");
  }
}
