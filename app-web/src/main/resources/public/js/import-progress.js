// Reloads a library import's progress page every second while the import runs; the page itself
// says whether it does (data-status), so a finished job's page stays still.
(function () {
  'use strict';
  var status = document.getElementById('import-status');
  if (status && status.getAttribute('data-status') === 'RUNNING') {
    window.setTimeout(function () {
      window.location.reload();
    }, 1000);
  }
})();
