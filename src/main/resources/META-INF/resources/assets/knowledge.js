// The agent's knowledge panel: suggestions while typing, results with highlights, and one click to
// record that an entry answered the caller (attached to the order, or added to the registration form).
(function () {
  function getJson(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw r; } return r.json(); });
  }
  function postJson(url, body) {
    return fetch(url, { method: 'POST', credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) { if (!r.ok) { throw r; } return r.json(); });
  }
  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  // "This answered the caller" on the entry page.
  var use = document.getElementById('kb-use');
  if (use) {
    use.addEventListener('click', function () {
      postJson('/api/knowledge/entries/' + use.dataset.entry + '/usage', {}).then(function () {
        use.disabled = true; use.textContent = use.dataset.done;
      });
    });
  }

  var panel = document.getElementById('kb-panel');
  if (!panel) { return; }
  var mode = panel.dataset.mode || 'attach';
  var input = document.getElementById('kb-q');
  var list = document.getElementById('kb-suggestions');
  var results = document.getElementById('kb-results');
  var attached = document.getElementById('kb-attached');
  var order = panel.dataset.order;
  var form = panel.dataset.form ? document.getElementById(panel.dataset.form) : null;
  var timer = null;
  var latest = 0;

  function attachedItem(id, title) {
    var li = element('li', null);
    li.dataset.entry = id;
    var link = element('a', null, title);
    link.href = '/knowledge/entries/' + id;
    link.target = '_blank';
    li.appendChild(link);
    attached.appendChild(li);
  }
  function isAttached(id) {
    return attached.querySelector('li[data-entry="' + id + '"]') !== null;
  }
  function attach(entry, button) {
    if (isAttached(entry.entryId)) { return; }
    if (order) {
      postJson('/api/knowledge/entries/' + entry.entryId + '/usage', { workOrderId: Number(order) }).then(function () {
        attachedItem(entry.entryId, entry.title);
        button.disabled = true; button.textContent = panel.dataset.attachedLabel;
      });
    } else if (form) {
      var hidden = element('input');
      hidden.type = 'hidden'; hidden.name = 'knowledgeEntryIds'; hidden.value = entry.entryId;
      form.appendChild(hidden);
      attachedItem(entry.entryId, entry.title);
      button.disabled = true; button.textContent = panel.dataset.attachedLabel;
    }
  }
  function show(data, heading) {
    results.innerHTML = '';
    if (heading) { results.appendChild(element('h3', null, heading)); }
    if (!data.results.length) { results.appendChild(element('p', 'empty', panel.dataset.emptyLabel)); return; }
    data.results.forEach(function (r) {
      var card = element('div', 'kb-hit');
      card.dataset.entry = r.entryId;
      var title = element('a', 'kb-title');
      title.href = '/knowledge/entries/' + r.entryId;
      title.target = '_blank';
      title.innerHTML = r.titleHtml; // escaped by Elasticsearch's html encoder, matches in <mark>
      card.appendChild(title);
      var snippet = element('p');
      snippet.innerHTML = r.snippetHtml;
      card.appendChild(snippet);
      if (mode === 'attach') {
        var button = element('button', 'kb-attach', isAttached(r.entryId) ? panel.dataset.attachedLabel : panel.dataset.attachLabel);
        button.type = 'button';
        button.disabled = isAttached(r.entryId);
        button.addEventListener('click', function () { attach(r, button); });
        card.appendChild(button);
      }
      results.appendChild(card);
    });
  }
  var searched = false;
  function search(text) {
    searched = true;
    getJson('/api/knowledge/search?size=5&q=' + encodeURIComponent(text)).then(function (data) { show(data); })
      .catch(function () { results.textContent = panel.dataset.unavailableLabel; });
  }
  function suggest() {
    var text = input.value.trim();
    var ticket = ++latest;
    if (!text) { list.innerHTML = ''; return; }
    getJson('/api/knowledge/suggest?size=8&q=' + encodeURIComponent(text)).then(function (suggestions) {
      if (ticket !== latest) { return; }
      list.innerHTML = '';
      suggestions.forEach(function (s) {
        var item = element('li', 'kb-suggestion', s.title);
        item.setAttribute('role', 'option');
        item.dataset.entry = s.entryId;
        // mousedown, not click: the field's blur must not clear the list before the choice lands.
        item.addEventListener('mousedown', function (event) {
          event.preventDefault();
          list.innerHTML = '';
          input.value = s.title;
          search(s.title);
        });
        list.appendChild(item);
      });
    }).catch(function () { list.innerHTML = ''; });
  }
  // Closing the list also forgets a suggestion still on its way, so it cannot open the list again.
  function closeSuggestions() {
    clearTimeout(timer);
    latest++;
    list.innerHTML = '';
  }
  if (input) {
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, 200);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        closeSuggestions();
        search(input.value.trim());
      } else if (event.key === 'Escape') {
        closeSuggestions();
      }
    });
    input.addEventListener('blur', function () {
      setTimeout(function () { if (document.activeElement !== input) { closeSuggestions(); } }, 150);
    });
  }

  if (order) {
    getJson('/api/knowledge/attachments?workOrderId=' + order).then(function (items) {
      items.forEach(function (a) { attachedItem(a.entryId, a.title); });
      if (!items.length && mode === 'view') { attached.appendChild(element('li', 'empty', panel.dataset.noneLabel)); }
      if (mode === 'view') { return null; }
      return getJson('/api/knowledge/related?size=3&workOrderId=' + order);
    }).then(function (data) { if (data && !searched) { show(data, panel.dataset.relatedLabel); } }).catch(function () {});
  }
})();
