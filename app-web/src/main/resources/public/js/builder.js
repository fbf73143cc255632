// Progressive enhancement of the builder: a changed dose is saved (and judged again) shortly after
// the change. A button pressed meanwhile submits the form itself, so the pending save is dropped
// rather than sent twice. Without JavaScript the Save button does the same.
(function () {
  var form = document.getElementById('builder');
  if (!form || !form.requestSubmit) { return; }
  var save = form.querySelector('button[name="action"][value="save"]');
  var pending = null;
  form.addEventListener('submit', function () {
    if (pending) { clearTimeout(pending); pending = null; }
  });
  form.querySelectorAll('.dose-input').forEach(function (input) {
    input.addEventListener('change', function () {
      if (pending) { clearTimeout(pending); }
      pending = setTimeout(function () { pending = null; form.requestSubmit(save); }, 700);
    });
  });
})();
