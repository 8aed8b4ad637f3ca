// What a reader sees of the HTML report, measured in the browser that draws it. Appended to a copy of the page by
// ReportInChromiumTest, which shows that copy in a frame as wide as a phone; every problem found becomes a line of the
// message this script posts to the frame's parent (an empty message: none), which writes it into its own page.
(function () {
  'use strict';
  var problems = [];
  var MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;
  var YEAR = /\b(19|20)\d\d\b/;

  // Ink a reader reads as data: anything but white, transparent and the light greys of axes, ticks and gridlines.
  function isInk(paint, opacity) {
    if (!paint || paint === 'none' || parseFloat(opacity) === 0) {
      return false;
    }
    var c = paint.match(/\d+(\.\d+)?/g);
    if (!c || (c.length > 3 && parseFloat(c[3]) === 0)) {
      return false;
    }
    var r = +c[0], g = +c[1], b = +c[2];
    var grey = Math.max(r, g, b) - Math.min(r, g, b) < 16;
    return !(grey && Math.min(r, g, b) >= 90);
  }

  // An element's coordinates in its <svg>'s own units (the viewBox), whatever the page's width.
  function toSvg(svg, el) {
    return svg.getScreenCTM().inverse().multiply(el.getScreenCTM());
  }

  // The box an element covers, in its svg's units; a text's (inset) a little inside its em box, where its glyphs are.
  function box(svg, el, inset) {
    var b = el.getBBox(), m = toSvg(svg, el);
    var xs = [], ys = [];
    [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]].forEach(function (p) {
      var q = new DOMPoint(p[0], p[1]).matrixTransform(m);
      xs.push(q.x);
      ys.push(q.y);
    });
    var dx = inset ? 1 : 0, dy = inset ? 2 : 0;
    return {left: Math.min.apply(null, xs) + dx, right: Math.max.apply(null, xs) - dx,
            top: Math.min.apply(null, ys) + dy, bottom: Math.max.apply(null, ys) - dy};
  }

  function overlap(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  // Whether a point of an element (in its own units) is drawn: inside the clip path it names, if any.
  function shown(el, local) {
    for (var e = el; e && e.getAttribute; e = e.parentNode) {
      var clip = e.getAttribute('clip-path');
      if (clip) {
        var shape = document.querySelector(clip.replace(/^url\(["']?/, '').replace(/["']?\)$/, '') + ' > *');
        return !shape || shape.isPointInFill(local);
      }
    }
    return true;
  }

  function describe(el) {
    var s = getComputedStyle(el);
    return el.tagName + (isInk(s.stroke, s.strokeOpacity) ? ' stroke ' + s.stroke : '')
        + (isInk(s.fill, s.fillOpacity) ? ' fill ' + s.fill : '');
  }

  function checkSvg(svg) {
    var name = svg.id || 'an svg';
    var titled = svg.querySelector(':scope > title');
    if (svg.getAttribute('role') !== 'img'
        || !((svg.getAttribute('aria-label') || '').trim() || (titled && titled.textContent.trim()))) {
      problems.push(name + ': no accessible name (role="img" with aria-label or <title>)');
    }
    var texts = Array.prototype.filter.call(svg.querySelectorAll('text'), function (t) {
      return t.textContent.trim() !== '';
    }).map(function (t) {
      return {el: t, text: t.textContent.trim(), box: box(svg, t, true)};
    });
    texts.forEach(function (t) {
      if (MONTH.test(t.text) && !YEAR.test(t.text)) {
        problems.push(name + ': date label "' + t.text + '" has no year');
      }
    });
    for (var i = 0; i < texts.length; i++) {
      for (var j = i + 1; j < texts.length; j++) {
        if (overlap(texts[i].box, texts[j].box)) {
          problems.push(name + ': label "' + texts[i].text + '" overlaps label "' + texts[j].text + '"');
        }
      }
    }
    svg.querySelectorAll('path, line, rect, polyline, polygon, circle, ellipse').forEach(function (mark) {
      var s = getComputedStyle(mark);
      var stroked = isInk(s.stroke, s.strokeOpacity) && parseFloat(s.strokeWidth) > 0;
      var filled = isInk(s.fill, s.fillOpacity) && mark.tagName !== 'line' && mark.tagName !== 'polyline';
      if ((!stroked && !filled) || mark.closest('clipPath, defs')) {
        return;
      }
      var back = toSvg(svg, mark).inverse();
      var reach = box(svg, mark), half = stroked ? parseFloat(s.strokeWidth) / 2 + 3 : 3;
      reach = {left: reach.left - half, right: reach.right + half, top: reach.top - half, bottom: reach.bottom + half};
      texts.filter(function (t) {
        return overlap(reach, t.box);
      }).forEach(function (t) {
        var hit = false;
        for (var x = t.box.left; x <= t.box.right && !hit; x += 1) {
          for (var y = t.box.top; y <= t.box.bottom && !hit; y += 1) {
            var p = new DOMPoint(x, y).matrixTransform(back);
            hit = ((stroked && mark.isPointInStroke(p)) || (filled && mark.isPointInFill(p))) && shown(mark, p);
          }
        }
        if (hit) {
          problems.push(name + ': label "' + t.text + '" overlaps a ' + describe(mark));
        }
      });
    });
  }

  document.querySelectorAll('svg').forEach(checkSvg);
  document.querySelectorAll('figure').forEach(function (f) {
    var caption = f.querySelector('figcaption');
    if (!(caption && caption.textContent.trim()) && !(f.getAttribute('aria-label') || '').trim()) {
      problems.push((f.id || 'a figure') + ': no accessible name (figcaption or aria-label)');
    }
  });
  var supply = document.getElementById('svg-supply');
  if (supply && !Array.prototype.some.call(supply.querySelectorAll('text'), function (t) {
    return /^policy minimum/.test(t.textContent.trim());
  })) {
    problems.push('svg-supply: no policy minimum line');
  }

  // The page fits the screen's width; only a scroll container of its own (a wide table's) may be wider inside.
  var width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width) {
    var wide = Array.prototype.filter.call(document.body.querySelectorAll('*'), function (el) {
      for (var e = el.parentElement; e; e = e.parentElement) {
        if (/auto|scroll|hidden|clip/.test(getComputedStyle(e).overflowX)) {
          return false;
        }
      }
      return el.getBoundingClientRect().right > width + 0.5;
    }).slice(0, 5).map(function (el) {
      return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && el.className.baseVal === undefined
          && el.className ? '.' + el.className.split(' ').join('.') : '');
    });
    problems.push('page: ' + document.documentElement.scrollWidth + ' px wide on a ' + width + ' px screen ('
        + wide.join(', ') + ')');
  }

  parent.postMessage(problems.join('\n'), '*');
})();
