// Shows the suggested lead units beside the dispatch form; a click puts the unit's code in the form.
// The unit picker of the lead-unit field offers the same suggestions first (Enter takes the top one).
(function () {
  var box = document.getElementById('suggestions');
  if (!box) { return; }
  var input = document.getElementById('leadUnitCode');
  fetch('/api/work-orders/' + box.dataset.order + '/routing-suggestions', { headers: { 'Accept': 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : []; })
    .then(function (suggestions) {
      var offered = suggestions.map(function (s) {
        var why = s.source === 'RULE' ? box.dataset.ruleLabel + s.reason : box.dataset.historyLabel.replace('%s', s.reason);
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'suggestion';
        button.textContent = s.unitName + '（' + why + '）';
        button.dataset.code = s.unitCode;
        button.addEventListener('click', function () {
          input.value = s.unitCode;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        });
        box.appendChild(button);
        return { code: s.unitCode, name: s.unitName, why: why };
      });
      input.dispatchEvent(new CustomEvent('unit-suggestions', { detail: offered }));
    });
})();
