/* Reading features: theme, phone navigation, study mode with "known" cards, copy buttons, printing.
   Loaded as a file (never inline) so pages work under Content-Security-Policy: default-src 'self'. */
(function () {
  'use strict';
  var root = document.documentElement;
  var THEME_KEY = 'handbook-theme';

  function store(key, value) {
    try {
      if (value === null) { localStorage.removeItem(key); } else { localStorage.setItem(key, value); }
    } catch (e) { /* storage can be disabled; the page still works */ }
  }
  function load(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }

  // Applied before the body is parsed, so a remembered theme does not flash.
  var savedTheme = load(THEME_KEY);
  if (savedTheme === 'dark' || savedTheme === 'light') { root.setAttribute('data-theme', savedTheme); }
  root.classList.add('js');

  function currentTheme() {
    var set = root.getAttribute('data-theme');
    if (set) { return set; }
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  function setupTheme() {
    var button = document.querySelector('.theme-toggle');
    if (!button) { return; }
    button.hidden = false;
    var sync = function () { button.setAttribute('aria-pressed', currentTheme() === 'dark' ? 'true' : 'false'); };
    sync();
    button.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      store(THEME_KEY, next);
      sync();
    });
  }

  function setupNavigation() {
    var button = document.querySelector('.nav-toggle');
    var nav = document.getElementById('site-nav');
    if (!button || !nav) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      var open = !nav.classList.contains('is-open');
      nav.classList.toggle('is-open', open);
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (open) {
        var first = nav.querySelector('a');
        if (first) { first.focus(); }
      }
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && nav.classList.contains('is-open')) {
        nav.classList.remove('is-open');
        button.setAttribute('aria-expanded', 'false');
        button.focus();
      }
    });
  }

  function pageKey() {
    // The same key from a server and from disk: the path below the site root.
    var path = location.pathname.replace(/index\.html$/, '');
    var depth = (root.getAttribute('data-root') || '').split('../').length - 1;
    var parts = path.split('/').filter(function (p) { return p.length > 0; });
    return parts.slice(Math.max(0, parts.length - depth)).join('/');
  }

  function setupStudyMode() {
    var bar = document.querySelector('.study-bar');
    var cards = Array.prototype.slice.call(document.querySelectorAll('.content .qbox'));
    if (!bar || cards.length === 0) { return; }
    var controls = bar.querySelector('.study-controls');
    var toggle = bar.querySelector('.study-toggle');
    var progress = bar.querySelector('.study-progress');
    controls.hidden = false;
    var knownKey = 'handbook-known:' + pageKey();
    var known = {};
    try { known = JSON.parse(load(knownKey) || '{}') || {}; } catch (e) { known = {}; }
    var format = new Intl.NumberFormat(root.lang);

    function updateProgress() {
      var count = cards.filter(function (card) { return known[card.id]; }).length;
      progress.textContent = format.format(count) + ' / ' + format.format(cards.length) + ' ' +
        progress.getAttribute('data-label-known');
    }

    cards.forEach(function (card) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'qbox-known';
      button.textContent = progress.getAttribute('data-label-mark');
      var sync = function () {
        var isKnown = !!known[card.id];
        button.setAttribute('aria-pressed', isKnown ? 'true' : 'false');
        card.classList.toggle('is-known', isKnown);
      };
      button.addEventListener('click', function () {
        if (known[card.id]) { delete known[card.id]; } else { known[card.id] = 1; }
        store(knownKey, JSON.stringify(known));
        sync();
        updateProgress();
      });
      sync();
      card.appendChild(button);
    });
    updateProgress();

    var answers = cards.map(function (card) { return card.querySelector('details.qbox-a'); })
      .filter(function (d) { return d; });
    function allOpen() { return answers.every(function (d) { return d.open; }); }
    function syncToggle() {
      toggle.textContent = allOpen() ? toggle.getAttribute('data-hide') : toggle.getAttribute('data-show');
    }
    if (answers.length === 0) { toggle.hidden = true; }
    toggle.addEventListener('click', function () {
      var open = !allOpen();
      answers.forEach(function (d) { d.open = open; });
      syncToggle();
    });
    answers.forEach(function (d) { d.addEventListener('toggle', syncToggle); });
    syncToggle();
  }

  function setupCopyButtons() {
    Array.prototype.forEach.call(document.querySelectorAll('pre.code'), function (pre) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-button';
      var copyText = document.body.getAttribute('data-label-copy') || 'Copy';
      button.textContent = copyText;
      button.addEventListener('click', function () {
        var text = pre.querySelector('code') ? pre.querySelector('code').textContent : pre.textContent;
        var done = function () {
          button.textContent = document.body.getAttribute('data-label-copied') || 'Copied';
          setTimeout(function () { button.textContent = copyText; }, 1500);
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).then(done, function () {});
        }
      });
      pre.appendChild(button);
    });
  }

  function setupPrinting() {
    var closed = [];
    window.addEventListener('beforeprint', function () {
      closed = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
      closed.forEach(function (d) { d.open = true; });
    });
    window.addEventListener('afterprint', function () {
      closed.forEach(function (d) { d.open = false; });
      closed = [];
    });
  }

  function start() {
    setupTheme();
    setupNavigation();
    setupStudyMode();
    setupCopyButtons();
    setupPrinting();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
