// Shows the suggested lead units beside the dispatch form; a click puts the unit's code in the form.
(function () {
  var box = document.getElementById('suggestions');
  if (!box) { return; }
  var input = document.getElementById('leadUnitCode');
  fetch('/api/work-orders/' + box.dataset.order + '/routing-suggestions', { headers: { 'Accept': 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : []; })
    .then(function (suggestions) {
      suggestions.forEach(function (s) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'suggestion';
        var why = s.source === 'RULE' ? box.dataset.ruleLabel + s.reason : box.dataset.historyLabel.replace('%s', s.reason);
        button.textContent = s.unitName + '（' + why + '）';
        button.dataset.code = s.unitCode;
        button.addEventListener('click', function () { input.value = s.unitCode; });
        box.appendChild(button);
      });
    });
})();
