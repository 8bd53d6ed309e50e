// Instant full-text search over the index written at build time (search/docs.json and one shard per two first letters).
(function () {
  'use strict';
  var input = document.getElementById('search-input');
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!input || !window.fetch) { return; }
  var base = input.getAttribute('data-index');
  var meta = null;
  var shards = {};

  function json(name) {
    return fetch(base + name).then(function (r) { return r.ok ? r.json() : {}; }).catch(function () { return {}; });
  }

  // The same shards as the build: the first two characters, or "_" for anything else.
  function shardName(term) {
    return /^[a-z0-9]{2}/.test(term) ? term.slice(0, 2) : '_';
  }

  function shard(term) {
    var name = shardName(term);
    if (!shards[name]) { shards[name] = json(name + '.json'); }
    return shards[name];
  }

  // Same rules as the index: lowercase, split at anything but letters and digits, no 1-letter tokens or stop words.
  function tokens(text) {
    return text.toLowerCase().split(/[^\p{L}\p{Nd}]+/u).filter(function (t) {
      return t.length > 1 && meta.stop.indexOf(t) < 0;
    });
  }

  // Postings of one query term; the last term of the query also matches as a prefix, so results come while typing.
  function postings(term, prefix) {
    return shard(term).then(function (terms) {
      var weights = {};
      Object.keys(terms).forEach(function (t) {
        if (t === term || (prefix && t.indexOf(term) === 0)) {
          var list = terms[t];
          for (var i = 0; i < list.length; i += 2) {
            weights[list[i]] = Math.max(weights[list[i]] || 0, list[i + 1]);
          }
        }
      });
      return weights;
    });
  }

  function render(query, ranked) {
    results.textContent = '';
    ranked.slice(0, 30).forEach(function (hit) {
      var doc = meta.docs[hit.id];
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = doc[0];
      a.textContent = doc[1];
      var kind = document.createElement('span');
      kind.className = 'search-kind';
      kind.textContent = ' ' + doc[2];
      var p = document.createElement('p');
      p.textContent = doc[3];
      li.appendChild(a);
      li.appendChild(kind);
      li.appendChild(p);
      results.appendChild(li);
    });
    status.textContent = query ? ranked.length + (ranked.length === 1 ? ' result' : ' results') : '';
  }

  var latest = 0;
  function search() {
    var query = input.value.trim();
    var run = ++latest;
    var terms = tokens(query);
    if (!terms.length) { render(query && '', []); return; }
    Promise.all(terms.map(function (t, i) { return postings(t, i === terms.length - 1); })).then(function (lists) {
      if (run !== latest) { return; }
      var docs = meta.docs.length;
      var scores = null;
      lists.forEach(function (weights) {
        var ids = Object.keys(weights);
        var idf = Math.log(1 + docs / (1 + ids.length));
        var next = {};
        ids.forEach(function (id) {
          if (scores === null || id in scores) { next[id] = (scores ? scores[id] : 0) + weights[id] * idf; }
        });
        scores = next;
      });
      var ranked = Object.keys(scores).map(function (id) { return { id: +id, score: scores[id] }; })
        .sort(function (a, b) { return b.score - a.score || a.id - b.id; });
      render(query, ranked);
    });
  }

  json('docs.json').then(function (m) {
    meta = m.docs ? m : { docs: [], stop: [] };
    input.addEventListener('input', search);
    var q = new URLSearchParams(location.search).get('q');
    if (q) { input.value = q; }
    search();
  });
}());
