// On an order page: the call it was registered from (caller, wait, talk, agent), for those who may
// read calls; and the button that calls the citizen from the agent's own phone (回访).
(function () {
  var dial = document.getElementById('dial-caller');
  if (dial) {
    dial.addEventListener('click', function () {
      var result = document.getElementById('dial-result');
      dial.disabled = true;
      fetch('/api/telephony/dial', { method: 'POST', credentials: 'same-origin',
        headers: { 'Accept': 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ number: dial.dataset.number }) })
        .then(function (r) {
          if (r.ok) { result.textContent = dial.dataset.done; return; }
          return r.json().then(function (p) { result.textContent = p.detail || p.title || dial.dataset.failed; });
        })
        .catch(function () { result.textContent = dial.dataset.failed; })
        .then(function () { dial.disabled = false; });
    });
  }
  var dd = document.getElementById('order-call');
  if (!dd) { return; }
  var t = dd.dataset;
  fetch('/api/telephony/calls/' + encodeURIComponent(t.call), { headers: { 'Accept': 'application/json' },
    credentials: 'same-origin' })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (call) {
      if (!call) { return; }
      dd.textContent = t.caller + ' ' + (call.callerNumber || '—') + ' · ' + t.waited + ' ' + (call.waitSeconds || 0) + ' '
        + t.seconds + ' · ' + t.talk + ' ' + (call.talkSeconds === null ? '…' : call.talkSeconds) + ' ' + t.seconds
        + (call.agentExtension ? ' · ' + t.extension + ' ' + call.agentExtension : '');
      dd.dataset.loaded = 'true';
    });
})();
