// Starts GOV.UK Frontend's components (a module file, not inline, for the
// Content-Security-Policy).
import { initAll } from "../build/govuk-frontend.min.js";

initAll();
