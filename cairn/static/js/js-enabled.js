// Loaded at the top of <body> (not inline, for the Content-Security-Policy): marks the page
// as having JavaScript, and GOV.UK Frontend as supported, before it is drawn.
document.body.className +=
  " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
