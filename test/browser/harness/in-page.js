// Runs in every frame of a harness page before the page's own scripts (Playwright init script), as
// `(function (config) {…})(config)`. Two things:
//  1. window.__look — what a test reads: overflow past the right edge, links, visible text.
//  2. In the frame that holds an HtmlService page only: `google.script.run` and `google.script.host`
//     as Apps Script provides them, sending each call to the real server function in Node.
// Plain browser JavaScript (no build step), so it is neither type-checked nor linted.
/* global window, document, location, Node, NodeFilter, HTMLFormElement, setTimeout */
(function (config) {
  'use strict';

  function describe(el) {
    var e = el.nodeType === 3 ? el.parentElement : el;
    var text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return (e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ')[0] : '') : '?') +
      (text ? ' «' + text + '»' : '');
  }

  /** True when an ancestor of `node` clips what sticks out of it (the person cannot see it overflow). */
  function clipped(node) {
    for (var e = node.parentElement; e && e !== document.documentElement; e = e.parentElement) {
      var o = window.getComputedStyle(e).overflowX;
      if (o === 'hidden' || o === 'clip') return true;
    }
    return false;
  }

  window.__look = {
    /** Elements and runs of text whose right edge is past the viewport's, and the page's scroll width. */
    overflow: function () {
      var root = document.documentElement;
      var width = root.clientWidth;
      var offenders = [];
      if (!document.body) return { width: width, scrollWidth: root.scrollWidth, offenders: offenders };
      var els = document.body.querySelectorAll('*');
      for (var i = 0; i < els.length; i++) {
        var r = els[i].getBoundingClientRect();
        if (r.width > 0 && r.right > width + 0.5 && !clipped(els[i])) offenders.push(describe(els[i]) + ' right=' + Math.round(r.right));
      }
      // A long word sticks out of its box without making the box wider: measure the text itself.
      var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      var range = document.createRange();
      for (var t = walker.nextNode(); t; t = walker.nextNode()) {
        if (!t.textContent.trim()) continue;
        range.selectNodeContents(t);
        var rects = range.getClientRects();
        for (var j = 0; j < rects.length; j++) {
          if (rects[j].width > 0 && rects[j].right > width + 0.5 && !clipped(t)) {
            offenders.push('text ' + describe(t) + ' right=' + Math.round(rects[j].right));
            break;
          }
        }
      }
      return { width: width, scrollWidth: root.scrollWidth, offenders: offenders };
    },
    /** Every link as written in the page, with the target it opens in (its own, or <base target>). */
    links: function () {
      var base = document.querySelector('base[target]');
      return Array.prototype.map.call(document.querySelectorAll('a[href]'), function (a) {
        return { href: a.getAttribute('href'), target: a.getAttribute('target') || (base ? base.getAttribute('target') : ''), text: a.textContent.trim() };
      });
    },
  };

  if (!config || location.host !== config.userHost) return;

  // ---- google.script: https://developers.google.com/apps-script/guides/html/reference/run and …/host ----
  var state = { pending: 0 };

  /**
   * The path of the first value Apps Script refuses, or null. Legal: primitives, null, and arrays and
   * objects made of them; refused: Date, Function, DOM nodes (a form only as the only argument), other
   * prohibited types, circular references (https://developers.google.com/apps-script/guides/html/communication
   * «Parameters and return values»).
   */
  function illegal(value, path, seen) {
    if (value === null || value === undefined) return null;
    var type = typeof value;
    if (type === 'string' || type === 'number' || type === 'boolean') return null;
    if (type !== 'object') return path; // function, symbol, bigint
    if (Object.prototype.toString.call(value) === '[object Date]' || value instanceof Node) return path;
    if (seen.indexOf(value) >= 0) return path;
    var proto = Object.getPrototypeOf(value);
    var isArray = Array.isArray(value);
    if (!isArray && proto !== Object.prototype && proto !== null) return path; // Map, Set, RegExp, class instances…
    seen = seen.concat([value]);
    var keys = Object.keys(value);
    for (var i = 0; i < keys.length; i++) {
      var bad = illegal(value[keys[i]], keys[i], seen);
      if (bad !== null) return bad;
    }
    return null;
  }

  /** A form passed as the only argument arrives as an object of its named fields' values. */
  function formObject(form) {
    var out = {};
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (!el.name || el.disabled || el.type === 'file' || el.type === 'button' || el.type === 'submit') continue;
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
      var v = el.value;
      if (Object.prototype.hasOwnProperty.call(out, el.name)) out[el.name] = [].concat(out[el.name], v);
      else out[el.name] = v;
    }
    return out;
  }

  function runner(success, failure, userObject) {
    var run = {
      withSuccessHandler: function (f) { return runner(f, failure, userObject); },
      withFailureHandler: function (f) { return runner(success, f, userObject); },
      withUserObject: function (o) { return runner(success, failure, o); },
    };
    config.functions.forEach(function (name) {
      run[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        if (args.length === 1 && args[0] instanceof HTMLFormElement) args = [formObject(args[0])];
        for (var i = 0; i < args.length; i++) {
          var bad = illegal(args[i], String(i), []);
          // Google's client library throws this at the call (field reports; the docs say only «requests fail»).
          if (bad !== null) throw new TypeError('Failed due to illegal value in property: ' + bad);
        }
        // A copy travels, as with Google: undefined inside arrays becomes null, undefined fields vanish.
        var json = JSON.stringify(args);
        state.pending++;
        window[config.binding](name, json).then(function (reply) {
          // Handlers run later, never inside the call (the API is asynchronous).
          setTimeout(function () {
            try {
              if (reply.ok) {
                if (success) success(reply.json === undefined ? undefined : JSON.parse(reply.json), userObject);
              } else if (failure) {
                failure(reply.noErrorObject ? undefined : new Error(reply.message), userObject);
              } else {
                window.console.error('Uncaught ' + reply.message);
              }
            } finally {
              state.pending--;
            }
          }, 0);
        });
      };
    });
    return run;
  }

  function host(action, value) {
    window[config.binding + 'Host'](action, value === undefined ? null : value);
  }

  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        origin: config.hostOrigin,
        close: function () { host('close'); },
        setHeight: function (h) { host('setHeight', Number(h)); },
        setWidth: function (w) { host('setWidth', Number(w)); },
        editor: { focus: function () { host('focusEditor'); } },
      },
    },
  };
  window.__gas = state;
})
