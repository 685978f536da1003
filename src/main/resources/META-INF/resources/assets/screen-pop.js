// The screen pop: while an agent's page is open, a call that connects to the agent's extension
// shows who calls, their earlier calls and open orders, and opens a registration form linked to
// the call. On the registration form, the call's number and Linkedid are filled in.
(function () {
  var box = document.getElementById('screen-pop');
  if (!box) { return; }
  var t = box.dataset;

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function time(iso) {
    return iso ? new Date(iso).toLocaleString(document.documentElement.lang || 'zh-CN',
      { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }) : '';
  }
  function list(title, items, render) {
    var section = element('section');
    section.appendChild(element('h3', null, title));
    var ul = element('ul');
    if (!items.length) { ul.appendChild(element('li', 'muted', t.none)); }
    items.forEach(function (item) { ul.appendChild(render(item)); });
    section.appendChild(ul);
    return section;
  }

  function show(pop) {
    box.textContent = '';
    var head = element('header');
    head.appendChild(element('strong', null, t.title));
    var close = element('button', 'link', t.close);
    close.type = 'button';
    close.id = 'screen-pop-close';
    close.addEventListener('click', function () { box.hidden = true; });
    head.appendChild(close);
    box.appendChild(head);
    var caller = element('p', 'screen-pop-caller');
    caller.appendChild(element('span', 'muted', t.caller + ' '));
    var number = element('b', null, pop.callerNumber || '—');
    number.id = 'screen-pop-caller';
    caller.appendChild(number);
    box.appendChild(caller);
    if (pop.menuChoice) {
      box.appendChild(element('p', 'muted', t.menu + ': ' + (t['menu' + pop.menuChoice] || pop.menuChoice)));
    }
    box.appendChild(list(t.past, pop.pastCalls || [], function (c) {
      var text = time(c.startedAt) + ' · ' + (c.abandoned ? t.abandoned
        : t.talk + ' ' + (c.talkSeconds || 0) + ' ' + t.seconds);
      return element('li', null, text);
    }));
    box.appendChild(list(t.open, pop.openOrders || [], function (o) {
      var li = element('li');
      var a = element('a', null, o.number + ' ' + o.summary);
      a.href = '/orders/' + o.id;
      li.appendChild(a);
      return li;
    }));
    var register = element('a', 'button', t.register);
    register.href = pop.registerUrl;
    register.id = 'screen-pop-register';
    box.appendChild(register);
    box.hidden = false;
    box.dataset.call = pop.linkedId;
  }

  var source = null;
  function listen() {
    source = new EventSource('/api/telephony/screen-pops');
    source.onmessage = function (event) {
      var pop = JSON.parse(event.data);
      // The first message carries no call: the stream is open.
      if (pop.linkedId) { show(pop); } else { box.dataset.listening = 'true'; }
    };
  }
  // A page left for another may be kept in the back-forward cache with its stream still open; the
  // browser's few connections per server then run out after a handful of pages and the next page
  // never loads. The stream closes when the page is left and opens again when it is shown from the cache.
  window.addEventListener('pagehide', function () {
    if (source) { source.close(); source = null; }
  });
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && box.dataset.wanted === 'true' && !source) { listen(); }
  });
  // The agent's phone in the header: extension, state in the queues, pause (示忙) and resume.
  var phone = document.getElementById('agent-phone');
  var phoneState = document.getElementById('agent-phone-state');
  var toggle = document.getElementById('pause-toggle');
  var paused = false;
  function showPhone(me) {
    if (!phone || !me || !me.extension) { return; }
    var p = phone.dataset;
    var s = me.state;
    paused = !!(s && s.paused);
    var status = !s || !s.loggedIn ? p.unavailable
      : { IDLE: p.idle, RINGING: p.ringing, ON_CALL: p.onCall, UNAVAILABLE: p.unavailable }[s.status];
    phoneState.textContent = p.extensionLabel + ' ' + me.extension + ' · ' + (paused ? p.paused : status);
    phone.dataset.state = paused ? 'PAUSED' : (s ? s.status : 'UNKNOWN');
    toggle.textContent = paused ? p.resume : p.pause;
    phone.hidden = false;
  }
  function me() {
    return fetch('/api/telephony/me', { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; });
  }
  if (toggle) {
    toggle.addEventListener('click', function () {
      toggle.disabled = true;
      fetch('/api/telephony/me/pause', { method: 'PUT', credentials: 'same-origin',
        headers: { 'Accept': 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ paused: !paused }) })
        .then(function () { setTimeout(function () { me().then(showPhone); }, 1500); })
        .catch(function () { /* the state shown stays the PBX's; the next refresh tells */ })
        .then(function () { toggle.disabled = false; });
    });
  }
  // Only an account with an extension gets pops; without one there is nothing to listen to.
  me().then(function (m) {
    if (m && m.extension) {
      box.dataset.wanted = 'true';
      listen();
      showPhone(m);
      setInterval(function () { me().then(showPhone); }, 5000);
    }
  });

  // The registration form opened from a pop: the caller and the call it came from.
  var form = document.getElementById('order-form');
  var params = new URLSearchParams(window.location.search);
  if (form && params.get('call')) {
    var hidden = element('input');
    hidden.type = 'hidden';
    hidden.name = 'callLinkedId';
    hidden.id = 'callLinkedId';
    hidden.value = params.get('call');
    form.appendChild(hidden);
    var number = document.getElementById('callerNumber');
    if (number && params.get('caller') && !number.value) { number.value = params.get('caller'); }
    var type = document.getElementById('type');
    if (type && params.get('menu') === '2') { type.value = 'COMPLAINT'; }
  }
})();
