// The script of Parallax's report page, written for Parallax. It renders what the page keeps as
// data (the block #parallax-data, described in HtmlPageData.java): each finding's sentences,
// figures, caveats and reasons, every article's text with its claims, and the framing evidence,
// each part when it is needed; it unpacks the figures as they come near the screen, and it runs
// the filters. Sentences are stored once, as pieces of the articles' texts, and everything else
// refers to them by number.
(function () {
  'use strict';
  var dataNode = document.getElementById('parallax-data');
  if (!dataNode) { return; }
  var D = JSON.parse(dataNode.textContent);
  var S = D.strings;
  var slice = Array.prototype.slice;

  // ---- small helpers

  function str(i) { return i < 0 ? null : S[i]; }

  /** An element with attributes ({class, '--c' for a colour, others as attributes}) and children. */
  function h(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined) { return; }
        if (k === 'class') { node.className = v; } else if (k.charAt(0) === '-') { node.style.setProperty(k, v); } else { node.setAttribute(k, v); }
      });
    }
    add(node, children);
    return node;
  }

  function add(node, children) {
    if (children === null || children === undefined) { return node; }
    if (!Array.isArray(children)) { children = [children]; }
    children.forEach(function (c) {
      if (Array.isArray(c)) { add(node, c); } else if (c !== null && c !== undefined) {
        node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
      }
    });
    return node;
  }

  function link(id, text, title) { return h('a', {href: '#' + id, title: title || null}, text); }

  function swatch(outlet) { return h('span', {'class': 'swatch', '--c': D.outlets[outlet][1], 'aria-hidden': 'true'}); }

  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  /**
   * Renders the first {@code shown} of {@code items} into {@code list} and, when there are more, a
   * closed <details> after {@code list} that renders the rest into a list of the same kind when it
   * is first opened.
   */
  function preview(list, items, shown, render, noun) {
    items.slice(0, shown).forEach(function (item) { list.appendChild(render(item)); });
    if (items.length <= shown) { return; }
    var rest = items.length - shown;
    var more = h('details', {'class': 'more'}, h('summary', null, 'Show ' + plural(rest, 'more ' + noun[0], 'more ' + noun[1])));
    lazy(more, function () {
      var tail = h(list.tagName.toLowerCase(), {'class': list.className});
      items.slice(shown).forEach(function (item) { tail.appendChild(render(item)); });
      more.appendChild(tail);
    });
    list.parentNode.insertBefore(more, list.nextSibling);
  }

  // <details> whose content is made when first opened; open() makes it at once.
  var fillers = [];

  function lazy(details, fill) {
    details.setAttribute('data-lazy', String(fillers.length));
    fillers.push(fill);
    details.addEventListener('toggle', function () { if (details.open) { filled(details); } });
  }

  function filled(details) {
    var i = details.getAttribute('data-lazy');
    if (i !== null) {
      details.removeAttribute('data-lazy');
      fillers[Number(i)]();
    }
  }

  function open(details) {
    filled(details);
    details.open = true;
  }

  // ---- the sentence table: article texts as pieces, claims as runs of pieces

  var starts = [];

  /** Where each piece of article {@code a} starts in its text (and, last, the text's length). */
  function offsets(a) {
    if (!starts[a]) {
      var pieces = D.articles[a][4], o = [0];
      for (var i = 0; i < pieces.length; i++) { o.push(o[i] + S[pieces[i]].length); }
      starts[a] = o;
    }
    return starts[a];
  }

  var texts = [];

  function articleText(a) {
    if (texts[a] === undefined) { texts[a] = D.articles[a][4].map(str).join(''); }
    return texts[a];
  }

  function articleOf(c) { return D.claims[c][0]; }
  function claimStart(c) { return offsets(articleOf(c))[D.claims[c][1]]; }
  function claimEnd(c) { return offsets(articleOf(c))[D.claims[c][2]]; }
  function claimText(c) { return articleText(articleOf(c)).slice(claimStart(c), claimEnd(c)); }
  function outletOf(a) { return D.articles[a][2]; }

  // A claim's id is written only when it is not its article's id and ".cN" for the article's Nth claim.
  var ids = [], claimNumber = {}, claimsOfArticle = [], citing = [];
  D.claims.forEach(function (c, i) {
    var mine = claimsOfArticle[c[0]] = claimsOfArticle[c[0]] || [];
    mine.push(i);
    ids[i] = c.length > 4 ? c[4] : D.articles[c[0]][0] + '.c' + mine.length;
    claimNumber[ids[i]] = i;
  });

  function claimId(c) { return ids[c]; }
  D.findings.forEach(function (f, i) {
    f.sides.forEach(function (s) { (citing[s[0]] = citing[s[0]] || []).push(i); });
  });

  // ---- findings

  function marked(text, marks) {
    var out = [], pos = 0;
    for (var i = 0; i + 2 < marks.length; i += 3) {
      var kind = D.marks[marks[i + 2]];
      out.push(text.slice(pos, marks[i]), h('mark', {'class': kind[0], title: kind[1]}, text.slice(marks[i], marks[i + 1])));
      pos = marks[i + 1];
    }
    out.push(text.slice(pos));
    return out;
  }

  function side(s) {
    var c = s[0], a = articleOf(c), outlet = outletOf(a), stance = str(D.claims[c][3]);
    return h('figure', {'class': 'side', '--c': D.outlets[outlet][1]}, [
      h('figcaption', null, [swatch(outlet), h('strong', null, D.outlets[outlet][0]), ' ',
        h('span', {'class': 'meta'}, [link('article-' + D.articles[a][0], D.articles[a][0]), ' · ',
          link('claim-' + claimId(c), claimId(c) + ' in context')]),
        stance === null ? null : [h('br'), h('span', {'class': 'meta'}, stance)]]),
      h('blockquote', null, h('p', null, marked(claimText(c), s.slice(1))))]);
  }

  function orDash(i) { return i < 0 ? '—' : S[i]; }

  function valuesTable(values) {
    var head = ['Outlet', 'As written', 'Read as', 'Measures', 'Source cited', 'Time frame'];
    var rows = values.map(function (v) {
      var a = v[0];
      return h('tr', null, [h('th', {scope: 'row'}, [swatch(outletOf(a)), D.articles[a][1]]),
        h('td', null, link('claim-' + claimId(v[1]), S[v[2]])),
        h('td', {'class': 'num'}, [orDash(v[3]), v[4] < 0 ? null : [' ', h('span', {'class': 'meta'}, '(' + S[v[4]] + ')')]]),
        h('td', null, orDash(v[5])), h('td', null, orDash(v[6])), h('td', null, orDash(v[7]))]);
    });
    return h('div', {'class': 'scroll'}, h('table', {'class': 'values'}, [h('caption', null, 'Figures compared'),
      h('thead', null, h('tr', null, head.map(function (t) { return h('th', {scope: 'col'}, t); }))),
      h('tbody', null, rows)]));
  }

  /** The figures of the sentences shown at once, then the others in a second table, on request. */
  function values(f, after) {
    var shown = f.values.length <= f.valuesShown + 1 ? f.values.length : f.valuesShown || Math.min(f.values.length, 4);
    var table = valuesTable(f.values.slice(0, shown));
    after.parentNode.insertBefore(table, after.nextSibling);
    if (shown === f.values.length) { return; }
    var rest = f.values.length - shown;
    var more = h('details', {'class': 'more'}, h('summary', null, 'Show ' + plural(rest, 'more figure', 'more figures')));
    lazy(more, function () { more.appendChild(valuesTable(f.values.slice(shown))); });
    table.parentNode.insertBefore(more, table.nextSibling);
  }

  function item(i) { return h('li', null, S[i]); }

  /** The outlet of sentence c, or its claim id when sentence other comes from the same outlet. */
  function sideLabel(c, other) {
    var o = outletOf(articleOf(c));
    return o === outletOf(articleOf(other)) ? claimId(c) : D.outlets[o][0];
  }

  /**
   * The word difference between a finding's first side and side d[0]: shared words dimmed, the
   * words only the first sentence has struck through, the words only the other has underlined.
   */
  function wordDiff(f, d) {
    var a = f.sides[0][0], b = f.sides[d[0]][0], ta = claimText(a), tb = claimText(b);
    var la = sideLabel(a, b), lb = sideLabel(b, a), out = [];
    for (var i = 1; i + 2 < d.length; i += 3) {
      var text = d[i] === 2 ? tb : ta, start = d[i + 1], piece = text.slice(start, d[i + 2]);
      if (out.length > 0 && (start === 0 || /\s/.test(text.charAt(start - 1)))) { out.push(' '); }
      out.push(d[i] === 0 ? h('span', {'class': 'same'}, piece)
        : h(d[i] === 1 ? 'del' : 'ins', {title: 'only in ' + (d[i] === 1 ? la : lb)}, piece));
    }
    return h('div', {'class': 'word-diff'}, [
      h('p', {'class': 'label'}, ['Word by word: ', h('del', null, 'only in ' + la), ' · ', h('ins', null, 'only in ' + lb),
        ' · ', h('span', {'class': 'same'}, 'in both')]),
      h('p', {'class': 'diff'}, out)]);
  }

  /** Word differences right after the sentences: shown for findings to check, on request for agreements. */
  function wordDiffs(f, kind, sides) {
    if (!f.diff || f.diff.length === 0) { return; }
    var holder;
    if (kind === 'AGREEMENT') {
      holder = h('details', {'class': 'word-diffs'}, h('summary', null, 'Show the word difference'));
      lazy(holder, function () { f.diff.forEach(function (d) { holder.appendChild(wordDiff(f, d)); }); });
    } else {
      holder = h('div', {'class': 'word-diffs'}, f.diff.map(function (d) { return wordDiff(f, d); }));
    }
    sides.parentNode.insertBefore(holder, sides.nextSibling);
  }

  function renderFinding(f) {
    var card = document.getElementById(f.id);
    var sides = card.querySelector('.sides');
    wordDiffs(f, card.getAttribute('data-kind'), sides);
    preview(sides, f.sides, f.shown, side, ['sentence', 'sentences']);
    if (f.values.length > 0) {
      values(f, sides.nextSibling && sides.nextSibling.className === 'more' ? sides.nextSibling : sides);
    }
    var why = card.appendChild(h('div', {'class': 'why'}));
    [['Caveats', 'caveats', f.caveats, 3, ['caveat', 'caveats']],
      ['Why it was flagged', 'reasons', f.reasons, 5, ['reason', 'reasons']]].forEach(function (part) {
      if (part[2].length === 0) { return; }
      why.appendChild(h('p', {'class': 'label'}, part[0]));
      var list = why.appendChild(h('ul', {'class': part[1]}));
      preview(list, part[2], part[2].length <= part[3] + 1 ? part[2].length : part[3], item, part[4]);
    });
  }

  D.findings.forEach(renderFinding);

  // An explanation that lists many outlets' words is cut to a few lines, with a button for the rest.
  var LONG = 600;
  slice.call(document.querySelectorAll('article.finding p.explanation')).forEach(function (p) {
    if (p.textContent.length <= LONG) { return; }
    p.className += ' clamped';
    var button = h('button', {type: 'button', 'class': 'whole', 'aria-expanded': 'false'}, 'Show the whole explanation');
    button.addEventListener('click', function () {
      var clamped = p.className.indexOf('clamped') >= 0;
      p.className = clamped ? 'explanation' : 'explanation clamped';
      button.setAttribute('aria-expanded', String(clamped));
      button.textContent = clamped ? 'Show less' : 'Show the whole explanation';
    });
    p.parentNode.insertBefore(button, p.nextSibling);
  });

  // ---- articles: each text with its claims, made when opened

  function backrefs(c) {
    return (citing[c] || []).map(function (fi) {
      var f = D.findings[fi];
      return h('a', {'class': 'backref', href: '#' + f.id, title: f.title}, f.id);
    });
  }

  function fillText(a, holder) {
    var text = articleText(a), pos = 0, out = [];
    var claims = (claimsOfArticle[a] || []).slice().sort(function (x, y) {
      return claimStart(x) - claimStart(y) || claimEnd(y) - claimEnd(x);
    });
    claims.forEach(function (c) {
      var id = 'claim-' + claimId(c);
      if (claimStart(c) < pos) {
        out.push(h('span', {'class': 'anchor', id: id}), backrefs(c));
        return;
      }
      out.push(text.slice(pos, claimStart(c)),
        h('span', {'class': citing[c] ? 'claim cited' : 'claim', id: id, title: claimId(c)}, claimText(c)), backrefs(c));
      pos = claimEnd(c);
    });
    out.push(text.slice(pos));
    holder.appendChild(h('div', {'class': 'source-text'}, out));
  }

  var textOf = [];
  slice.call(document.querySelectorAll('details.text[data-article]')).forEach(function (d) {
    var a = Number(d.getAttribute('data-article'));
    textOf[a] = d;
    lazy(d, function () { fillText(a, d); });
  });

  // ---- framing evidence, made when opened

  var REACH = 160, CUT = 90;

  function sentenceEnd(text, i) {
    return i + 1 === text.length || /\s/.test(text.charAt(i + 1));
  }

  /** The words of a piece of evidence with the sentence around them, as Framing.context does it. */
  function context(text, start, end) {
    var from = Math.max(0, start - REACH), begin = -1, i, c;
    for (i = start - 1; i >= from; i--) {
      c = text.charAt(i);
      if (c === '\n' || ('.!?'.indexOf(c) >= 0 && i + 1 < text.length && /\s/.test(text.charAt(i + 1)) && i + 1 <= start)) {
        begin = i + 1;
        break;
      }
    }
    var cutBefore = false;
    if (begin < 0) {
      if (from === 0) { begin = 0; } else {
        var space = text.lastIndexOf(' ', Math.max(start - CUT, 0));
        begin = space < 0 ? Math.max(start - CUT, 0) : space + 1;
        cutBefore = true;
      }
    }
    var to = Math.min(text.length, end + REACH), finish = -1;
    for (i = end; i < to; i++) {
      c = text.charAt(i);
      if (c === '\n') { finish = i; break; }
      if ('.!?'.indexOf(c) >= 0 && sentenceEnd(text, i)) { finish = i + 1; break; }
    }
    var cutAfter = false;
    if (finish < 0) {
      if (to === text.length) { finish = to; } else {
        var next = text.indexOf(' ', Math.min(end + CUT, text.length));
        finish = next < 0 ? Math.min(end + CUT, text.length) : next;
        cutAfter = true;
      }
    }
    return [(cutBefore ? '…' : '') + text.slice(begin, start).replace(/^\s+/, ''), text.slice(start, end),
      text.slice(end, finish).replace(/\s+$/, '') + (cutAfter ? '…' : '')];
  }

  function fillEvidence(col, row, details) {
    var a = row[0], breakdown = row[2], ev = row[3];
    if (breakdown.length > 0) {
      var rows = [];
      for (var b = 0; b + 2 < breakdown.length; b += 3) {
        rows.push(h('tr', null, [h('th', {scope: 'row'}, S[breakdown[b]]),
          h('td', null, [h('span', {'class': 'bar', style: 'width:' + breakdown[b + 1] + 'em'}), S[breakdown[b + 2]]])]));
      }
      details.appendChild(h('table', {'class': 'breakdown'}, [h('caption', null, 'Breakdown'), h('tbody', null, rows)]));
    }
    if (ev.length === 0) {
      details.appendChild(h('p', {'class': 'meta'}, 'No evidence listed.'));
      return;
    }
    var list = h('ol', {'class': 'evidence'}), start = 0;
    for (var i = 0; i + 4 < ev.length; i += 5) {
      var where = ev[i] === 0 ? a : ev[i] - 1;
      start += ev[i + 1];
      var words = context(articleText(where), start, start + ev[i + 2]);
      list.appendChild(h('li', null, [h('q', null, [words[0], h('mark', null, words[1]), words[2]]), ' ',
        h('span', {'class': 'meta'}, [ev[i + 3] < 0 ? null : S[col.labels[ev[i + 3]]],
          ev[i + 4] < 0 ? null : ' · ' + S[col.sources[ev[i + 4]]],
          where === a ? null : [' · in ', link('article-' + D.articles[where][0], D.articles[where][1])]])]));
    }
    details.appendChild(list);
  }

  D.framing.forEach(function (col) {
    var holder = document.querySelector('#ind-' + col.slug + ' .evidence-lists');
    col.rows.forEach(function (row) {
      var a = row[0], n = row[3].length / 5;
      var details = h('details', {id: 'ev-' + D.articles[a][3] + '-' + col.slug}, h('summary', null, [swatch(outletOf(a)),
        h('strong', null, D.articles[a][1]), ': ' + S[row[1]] + ' ',
        h('span', {'class': 'meta'}, '(' + plural(n, 'piece of evidence', 'pieces of evidence') + ')')]));
      lazy(details, function () { fillEvidence(col, row, details); });
      holder.appendChild(details);
    });
  });

  // ---- figures, kept deflated in data-svg and unpacked near the screen

  function unpack(holder) {
    var packed = holder.getAttribute('data-svg');
    if (packed === null) { return; }
    holder.removeAttribute('data-svg');
    if (typeof DecompressionStream !== 'function') {
      holder.textContent = 'This browser cannot unpack the figure; it is in ' + holder.getAttribute('data-file') + ' beside this page.';
      holder.className += ' failed';
      return;
    }
    var binary = atob(packed), bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'))).text().then(function (svg) {
      holder.innerHTML = svg;
      holder.className += ' ready';
    }, function () {
      holder.textContent = 'The figure could not be unpacked; it is in ' + holder.getAttribute('data-file') + ' beside this page.';
      holder.className += ' failed';
    });
  }

  var figures = slice.call(document.querySelectorAll('[data-svg]'));
  if ('IntersectionObserver' in window) {
    var watcher = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) { watcher.unobserve(e.target); unpack(e.target); }
      });
    }, {rootMargin: '800px 0px'});
    figures.forEach(function (f) { watcher.observe(f); });
  } else {
    figures.forEach(unpack);
  }

  // ---- links into parts made on demand

  /** The element {@code id}, made (an article's text, a list) and shown (its <details> opened) if need be. */
  function reach(id) {
    var target = document.getElementById(id);
    if (!target && id.indexOf('claim-') === 0 && claimNumber[id.slice(6)] !== undefined) {
      var d = textOf[articleOf(claimNumber[id.slice(6)])];
      if (d) { filled(d); }
      target = document.getElementById(id);
    }
    if (!target) { return null; }
    for (var p = target; p; p = p.parentElement) {
      if (p.tagName === 'DETAILS') { open(p); }
    }
    return target;
  }

  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a[href^="#"]') : null;
    if (a) { reach(decodeURIComponent(a.getAttribute('href').slice(1))); }
  });

  // Printing shows every sentence, reason and text, and the figures unpacked so far.
  window.addEventListener('beforeprint', function () {
    slice.call(document.querySelectorAll('details.more, details.text')).forEach(open);
    figures.forEach(unpack);
  });

  // ---- filters

  var form = document.getElementById('filters');
  var findings = slice.call(document.querySelectorAll('article.finding'));
  var groups = slice.call(document.querySelectorAll('section.kind-group'));
  var status = document.getElementById('filter-status');

  function selected(name) {
    var on = {};
    slice.call(form.querySelectorAll('input[name="' + name + '"]')).forEach(function (box) {
      if (box.checked) { on[box.value] = true; }
    });
    return on;
  }

  function apply() {
    var kinds = selected('kind'), outlets = selected('outlet'), shown = 0;
    findings.forEach(function (f) {
      var visible = kinds[f.getAttribute('data-kind')] === true &&
        f.getAttribute('data-outlets').split(' ').some(function (o) { return outlets[o] === true; });
      f.hidden = !visible;
      if (visible) { shown++; }
    });
    groups.forEach(function (g) {
      g.hidden = g.querySelector('article.finding') !== null && g.querySelector('article.finding:not([hidden])') === null;
    });
    status.textContent = 'Showing ' + shown + ' of ' + findings.length + ' findings.';
  }

  function reveal() {
    var target = reach(decodeURIComponent(window.location.hash.slice(1)));
    if (!target) { return; }
    var finding = target.closest('article.finding');
    if (finding && finding.hidden) { form.reset(); apply(); }
    target.scrollIntoView();
  }

  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
  window.addEventListener('hashchange', reveal);
  form.hidden = false;
  apply();
  if (window.location.hash.length > 1) { reveal(); }
}());
