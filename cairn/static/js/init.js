// Starts GOV.UK Frontend's components (a module file, not inline, for the
// Content-Security-Policy).
import { initAll } from "../build/govuk-frontend.min.js";

initAll();

// A GOV.UK details marked data-cairn-open-wide folds long choices away on a phone (the
// plan page's filters) and starts open on a wider screen.
if (window.matchMedia("(min-width: 40.0625em)").matches) {
  for (const details of document.querySelectorAll("details[data-cairn-open-wide]")) {
    details.open = true;
  }
}
