// The registration form offers only the towns and streets of the district chosen; choosing a town
// first fills in its district.
(function () {
  var district = document.getElementById('districtUnitId');
  var town = document.getElementById('townUnitId');
  if (!district || !town) { return; }
  function offerTowns() {
    Array.prototype.forEach.call(town.options, function (option) {
      var fits = !option.value || !district.value || option.dataset.district === district.value;
      option.hidden = !fits;
      option.disabled = !fits;
    });
    var chosen = town.options[town.selectedIndex];
    if (chosen && chosen.disabled) { town.value = ''; }
  }
  district.addEventListener('change', offerTowns);
  town.addEventListener('change', function () {
    var chosen = town.options[town.selectedIndex];
    if (chosen && chosen.value && !district.value) {
      district.value = chosen.dataset.district;
      offerTowns();
    }
  });
  offerTowns();
})();
