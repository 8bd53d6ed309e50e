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

  // Only shards the index lists are fetched: a term no document has costs no request (and no 404).
  function shard(term) {
    var name = shardName(term);
    if (meta.shards && meta.shards.indexOf(name) < 0) { return Promise.resolve({}); }
    if (!shards[name]) { shards[name] = json(name + '.json'); }
    return shards[name];
  }

  // The index's light English stemmer (render/LightStemmer.java), rule for rule: a word and its query meet.
  var RULES = [['ically', ''], ['ations', ''], ['ation', ''], ['nesses', ''], ['ness', ''], ['ments', ''],
    ['ment', ''], ['ities', ''], ['ity', ''], ['ings', ''], ['ing', ''], ['edly', ''], ['ies', 'y'],
    ['ied', 'y'], ['ers', ''], ['er', ''], ['ed', ''], ['es', ''], ['ic', ''], ['ia', ''], ['al', ''],
    ['ly', ''], ['ive', ''], ['ion', ''], ['s', ''], ['e', '']];
  function stem(token) {
    if (!/^\p{L}+$/u.test(token)) { return token; }
    var word = token;
    for (var cut = true; cut;) {
      cut = false;
      for (var i = 0; i < RULES.length; i++) {
        var suffix = RULES[i][0];
        if (word.length >= suffix.length && word.slice(word.length - suffix.length) === suffix
            && word.length - suffix.length + RULES[i][1].length >= 3) {
          word = word.slice(0, word.length - suffix.length) + RULES[i][1];
          cut = true;
          break;
        }
      }
    }
    return word;
  }

  // Same rules as the index: lowercase, split at anything but letters and digits, no 1-letter tokens or stop words.
  function tokens(text) {
    return text.toLowerCase().split(/[^\p{L}\p{Nd}]+/u).filter(function (t) {
      return t.length > 1 && meta.stop.indexOf(t) < 0;
    });
  }

  // Postings of one query word, by its stem; the last word of the query also matches as a prefix (of a stem, or a
  // stem of at least four letters begins it), so results come while typing.
  function postings(word, prefix) {
    var term = stem(word);
    return shard(term).then(function (terms) {
      var weights = {};
      Object.keys(terms).forEach(function (t) {
        if (t === term || (prefix && (t.indexOf(word) === 0 || (t.length >= 4 && word.indexOf(t) === 0)))) {
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
