// Hover and focus previews of internal links, from the preview shards (previews/N.json) written at build time,
// and of footnote references, from the note on the page.
// Without this script (or without fetch) links simply work as links.
(function () {
  'use strict';
  var script = document.currentScript;
  var dataUrl = script && script.getAttribute('data-previews');
  var shardCount = script ? +script.getAttribute('data-shards') || 1 : 1;
  if (!dataUrl || !window.fetch || !document.querySelector) { return; }

  var shards = {};
  var box = null;
  var shownFor = null;
  var showTimer = 0;
  var hideTimer = 0;
  var lastPointer = 'mouse';

  // The same FNV-1a hash of the page's path that the build used to pick its shard.
  function shardOf(path) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < path.length; i++) {
      hash ^= path.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) % shardCount;
  }

  function pagePath(a) {
    var path = decodeURI(a.pathname);
    return /\/index\.html$/.test(path) ? path.slice(0, -10) : path;
  }

  // Loads the shard holding this link's page; resolves to the shard's pages (empty when unavailable).
  function load(a) {
    if (footnoteOf(a)) { return Promise.resolve(); }
    var n = shardOf(pagePath(a));
    if (!shards[n]) {
      shards[n] = { data: null };
      shards[n].loading = fetch(dataUrl + n + '.json').then(function (r) { return r.ok ? r.json() : {}; })
        .catch(function () { return {}; })
        .then(function (d) { shards[n].data = d; });
    }
    return shards[n].loading;
  }

  // Links that lead to a page (or heading) of this site, outside the table of contents and the preview.
  function candidate(target) {
    var a = target && target.closest ? target.closest('main a[href]') : null;
    if (!a || a.closest('.toc, .preview') || a.origin !== location.origin) { return null; }
    return a;
  }

  // A footnote reference's note, on this page; none while the notes at the end are hidden (beside the text instead).
  function footnoteOf(a) {
    var note = a.hasAttribute('data-footnote-ref') && document.getElementById(decodeURIComponent(a.hash.slice(1)));
    return note && note.getClientRects().length ? note : null;
  }

  // The note's words without its way back or ids (they would repeat the page's).
  function noteContent(note) {
    var body = document.createElement('div');
    for (var child = note.firstChild; child; child = child.nextSibling) { body.appendChild(child.cloneNode(true)); }
    body.querySelectorAll('.footnote-backref').forEach(function (back) { back.remove(); });
    body.querySelectorAll('[id]').forEach(function (el) { el.removeAttribute('id'); });
    return body;
  }

  function entryFor(a) {
    var note = footnoteOf(a);
    if (note) { return { kicker: 'Note ' + a.textContent, body: noteContent(note) }; }
    var shard = shards[shardOf(pagePath(a))];
    var page = shard && shard.data ? shard.data[pagePath(a)] : null;
    if (!page) { return null; }
    if (a.hash.length > 1) {
      var heading = page.h[decodeURIComponent(a.hash.slice(1))];
      return heading ? { kicker: page.t, title: heading[0], text: heading[1] } : null;
    }
    return { kicker: page.k, title: page.t, text: page.s };
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    el.className = className;
    el.textContent = text;
    return el;
  }

  function show(a) {
    var entry = entryFor(a);
    if (!entry) { return; }
    if (!box) {
      box = document.createElement('div');
      box.className = 'preview';
      box.id = 'link-preview';
      box.setAttribute('role', 'tooltip');
      box.addEventListener('pointerenter', function () { clearTimeout(hideTimer); });
      box.addEventListener('pointerleave', scheduleHide);
      document.body.appendChild(box);
    }
    box.textContent = '';
    box.appendChild(element('p', 'preview-kicker', entry.kicker));
    if (entry.title) { box.appendChild(element('p', 'preview-title', entry.title)); }
    if (entry.text) { box.appendChild(element('p', 'preview-text', entry.text)); }
    if (entry.body) { entry.body.className = 'preview-note'; box.appendChild(entry.body); }
    if (lastPointer === 'touch') {
      var open = element('a', 'preview-open', 'Open \u2192');
      open.href = a.href;
      box.appendChild(open);
    }
    box.hidden = false;
    // Placed in the document, not the flow: showing it never moves the page.
    var r = a.getBoundingClientRect();
    var width = Math.min(384, document.documentElement.clientWidth - 16);
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    box.style.width = width + 'px';
    box.style.left = left + 'px';
    var below = r.bottom + window.scrollY + 8;
    var above = r.top + window.scrollY - box.offsetHeight - 8;
    box.style.top = (r.bottom + box.offsetHeight + 16 > window.innerHeight && above > window.scrollY ? above : below) + 'px';
    if (shownFor && shownFor !== a) { shownFor.removeAttribute('aria-describedby'); }
    shownFor = a;
    a.setAttribute('aria-describedby', box.id);
  }

  function hide() {
    clearTimeout(showTimer);
    if (box) { box.hidden = true; }
    if (shownFor) { shownFor.removeAttribute('aria-describedby'); }
    shownFor = null;
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 250);
  }

  document.addEventListener('pointerdown', function (e) { lastPointer = e.pointerType || 'mouse'; }, true);

  document.addEventListener('pointerover', function (e) {
    if (e.pointerType === 'touch') { return; }
    var a = candidate(e.target);
    if (!a) { return; }
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
    showTimer = setTimeout(function () { load(a).then(function () { show(a); }); }, 200);
  });

  document.addEventListener('pointerout', function (e) {
    if (candidate(e.target)) { clearTimeout(showTimer); scheduleHide(); }
  });

  document.addEventListener('focusin', function (e) {
    var a = candidate(e.target);
    if (a) { lastPointer = 'keyboard'; load(a).then(function () { show(a); }); }
  });

  document.addEventListener('focusout', function (e) {
    if (candidate(e.target)) { scheduleHide(); }
  });

  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { hide(); }
  });

  // On touch screens the first tap on a link shows its preview (with an Open link); a second tap follows it.
  // A link with nothing to preview is followed at once.
  document.addEventListener('click', function (e) {
    var a = candidate(e.target);
    if (!a || lastPointer !== 'touch' || shownFor === a) { return; }
    e.preventDefault();
    load(a).then(function () {
      if (entryFor(a)) { show(a); } else { location.href = a.href; }
    });
  });
}());
