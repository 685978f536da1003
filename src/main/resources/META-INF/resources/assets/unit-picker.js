// The unit picker: a unit-code field (input[data-unit-picker]) that finds units by name, code or
// the pinyin initials of the name as one types, from the active units loaded once per page.
// Arrow keys move, Enter takes the highlighted unit, Escape closes. Suggestions given to the field
// (a "unit-suggestions" event, e.g. the routing suggestions) are offered first: on an empty field
// Enter takes the first of them. data-multiple: several codes separated by commas, the last one typed
// is the one searched.
(function () {
  var fields = document.querySelectorAll('input[data-unit-picker]');
  if (!fields.length) { return; }
  var MAX_SHOWN = 8;
  var units = fetch('/api/units/choices', { headers: { 'Accept': 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : []; })
    .catch(function () { return []; });
  var byCode = {};
  units.then(function (list) { list.forEach(function (u) { byCode[u.code] = u; }); });

  // Lower is better; null when the unit does not match at all.
  function rank(unit, query) {
    var code = unit.code.toLowerCase();
    if (code === query) { return 0; }
    if (code.indexOf(query) === 0) { return 1; }
    if (unit.initials.indexOf(query) === 0) { return 2; }
    if (unit.name.indexOf(query) === 0) { return 3; }
    if (unit.name.indexOf(query) > 0) { return 4; }
    if (unit.initials.indexOf(query) > 0 || code.indexOf(query) > 0) { return 5; }
    return null;
  }

  function matches(list, query) {
    var q = query.trim().toLowerCase();
    if (!q) { return []; }
    return list
      .map(function (u) { return { unit: u, rank: rank(u, q) }; })
      .filter(function (m) { return m.rank !== null; })
      .sort(function (a, b) { return a.rank - b.rank || a.unit.code.localeCompare(b.unit.code); })
      .slice(0, MAX_SHOWN)
      .map(function (m) { return { code: m.unit.code, name: m.unit.name, where: m.unit.parentName || '' }; });
  }

  Array.prototype.forEach.call(fields, function (input, index) {
    var multiple = input.hasAttribute('data-multiple');
    var suggested = [];
    var shown = [];
    var active = -1;
    var list = document.createElement('ul');
    list.className = 'unit-options';
    list.id = (input.id || 'unit-field-' + index) + '-options';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    var picked = document.createElement('span');
    picked.className = 'unit-picked';
    picked.id = (input.id || 'unit-field-' + index) + '-picked';
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('autocomplete', 'off');
    input.insertAdjacentElement('afterend', list);
    list.insertAdjacentElement('beforebegin', picked);

    function parts() { return input.value.split(/[,，、\s]+/); }
    function typed() { var p = parts(); return p[p.length - 1]; }

    function showPicked() {
      units.then(function () {
        var names = parts().filter(Boolean).map(function (code) {
          var unit = byCode[code];
          return unit ? unit.name : (input.dataset.unknownLabel || '?') + ' ' + code;
        });
        picked.textContent = names.join('、');
      });
    }

    function close() {
      list.hidden = true;
      list.innerHTML = '';
      shown = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(i) {
      active = i;
      Array.prototype.forEach.call(list.children, function (li, j) { li.classList.toggle('active', j === i); });
      if (i >= 0) { input.setAttribute('aria-activedescendant', list.id + '-' + i); }
    }

    function choose(option) {
      if (multiple) {
        var p = parts();
        p[p.length - 1] = option.code;
        input.value = p.filter(Boolean).join(', ');
      } else {
        input.value = option.code;
      }
      close();
      showPicked();
    }

    function open(options) {
      close();
      shown = options;
      if (!options.length) { return; }
      options.forEach(function (o, i) {
        var li = document.createElement('li');
        li.id = list.id + '-' + i;
        li.setAttribute('role', 'option');
        li.dataset.code = o.code;
        var name = document.createElement('span');
        name.textContent = o.name;
        var code = document.createElement('code');
        code.textContent = o.code;
        var where = document.createElement('small');
        where.textContent = o.why || o.where;
        li.appendChild(name);
        li.appendChild(code);
        li.appendChild(where);
        // mousedown, not click: the field must not lose the list to its blur first.
        li.addEventListener('mousedown', function (event) { event.preventDefault(); choose(o); });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(0);
    }

    function refresh() {
      var query = typed();
      if (!query.trim()) {
        open(multiple ? [] : suggested);
        return;
      }
      units.then(function (all) { if (typed() === query) { open(matches(all, query)); } });
    }

    input.addEventListener('input', function () { refresh(); showPicked(); });
    input.addEventListener('change', showPicked);
    input.addEventListener('focus', function () { if (!input.value.trim()) { refresh(); } });
    // Closed a moment after the field loses focus (a click on an option lands first), unless it is back.
    input.addEventListener('blur', function () { setTimeout(function () { if (document.activeElement !== input) { close(); } }, 100); });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (list.hidden) { refresh(); return; }
        event.preventDefault();
        var step = event.key === 'ArrowDown' ? 1 : -1;
        highlight((active + step + shown.length) % shown.length);
      } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
        event.preventDefault();
        choose(shown[active]);
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener('unit-suggestions', function (event) {
      suggested = event.detail.map(function (s) { return { code: s.code, name: s.name, why: s.why }; });
      if (document.activeElement === input && !input.value.trim()) { refresh(); }
    });
    showPicked();
  });
})();
