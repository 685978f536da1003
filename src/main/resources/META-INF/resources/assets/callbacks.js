// The callback list: one click rings the agent's phone, then calls the citizen back.
(function () {
  var table = document.getElementById('callbacks');
  if (!table) { return; }
  table.addEventListener('click', function (event) {
    var button = event.target.closest('button.callback');
    if (!button) { return; }
    var row = button.closest('tr');
    var result = row.querySelector('.result');
    button.disabled = true;
    fetch('/api/telephony/dial', { method: 'POST', credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ number: row.dataset.number, callbackFor: row.dataset.call }) })
      .then(function (r) {
        if (r.ok) { result.textContent = table.dataset.done; row.classList.add('done'); return; }
        return r.json().then(function (problem) {
          result.textContent = problem.detail || problem.title || table.dataset.failed;
          button.disabled = false;
        });
      })
      .catch(function () { result.textContent = table.dataset.failed; button.disabled = false; });
  });
})();
