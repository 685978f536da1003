// On an order registered from a call: the call's caller, wait, talk and agent, for those who may read calls.
(function () {
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
