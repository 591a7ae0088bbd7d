// Classic script, loaded first thing in <body> (not deferred, not a module):
//   <script src="/js/js-enabled.js"></script>
// Same as GOV.UK Frontend 6.6.0's inline snippet in template.njk; it is a file
// because the Content Security Policy forbids inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
