// The venue pages' one script: follows the page's event stream and counts the clocks down.
//
// The server sends a running round's deadline (never its digits) and, with every message, its
// own time; the page counts down against its clock corrected by that offset, so it keeps the
// right time when the network drops and needs no message while a round simply runs. The rules
// mirror the app's (cafe/clock/text.py, cafe/clock/round_clock.py): digits round up, each phase
// has its own words. Every text is written with textContent, never as HTML.
(function () {
  "use strict";
  var body = document.body;
  var page = body.getAttribute("data-page");
  var streamUrl = body.getAttribute("data-stream");
  var WORDS = {};
  try { WORDS = JSON.parse(body.getAttribute("data-words") || "{}"); } catch (err) { WORDS = {}; }
  // the words the page writes by itself, in the page's language (English when missing)
  var TEXTS = {};
  try { TEXTS = JSON.parse(body.getAttribute("data-texts") || "{}"); } catch (err) { TEXTS = {}; }
  var LANG = document.documentElement.getAttribute("lang") || "en";
  var plurals = null;
  try { plurals = new Intl.PluralRules(LANG); } catch (err) { plurals = null; }
  function text(key, fallback) { return typeof TEXTS[key] === "string" ? TEXTS[key] : fallback; }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return values[name] !== undefined ? String(values[name]) : all;
    });
  }
  var MINUS = "\u2212";
  var state = null;
  var samples = [];      // [receivedAt, serverMinusLocal] of recent messages
  var lastMessage = 0;
  var source = null;
  var reconnectTimer = null;
  var tickTimer = null;
  var backoff = 1000;

  function $(id) { return document.getElementById(id); }
  function setText(el, text) { if (el && el.textContent !== text) { el.textContent = text; } }
  function show(el, on) { if (el) { el.hidden = !on; } }

  // -- time -----------------------------------------------------------------------------------------
  function offset() {
    // a message can only arrive late, never early: the largest recent sample is the truest
    var best = null, now = Date.now();
    samples = samples.filter(function (s) { return now - s[0] < 60000; });
    samples.forEach(function (s) { if (best === null || s[1] > best) { best = s[1]; } });
    return best === null ? 0 : best;
  }
  function serverNow() { return Date.now() + offset(); }

  function pad(n) { return n < 10 ? "0" + n : String(n); }
  function hms(total, padMinutes) {
    var h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
    if (h) { return h + ":" + pad(m) + ":" + pad(s); }
    return (padMinutes ? pad(m) : String(m)) + ":" + pad(s);
  }
  function shown(left) { var v = Math.ceil(left); return v === 0 ? 0 : v; }
  function formatRemaining(left) {
    var v = shown(left);
    return (v < 0 ? MINUS : "") + hms(Math.abs(v), true);
  }
  function remaining(clock) {
    if (clock.deadline !== undefined) { return (clock.deadline - serverNow()) / 1000; }
    return clock.remaining || 0;
  }
  function phaseOf(clock, left) {
    if (!clock.state) { return ""; }
    if (clock.state !== "running") { return clock.phase || clock.state; }
    if (left < 0) { return "overtime"; }
    if (left <= clock.danger) { return "danger"; }
    if (left <= clock.warning) { return "warning"; }
    return "normal";
  }
  function minutesLeft(left) {
    var m = Math.ceil(Math.max(left, 0) / 60);
    var forms = TEXTS.minutes_left || {};
    var category = plurals ? plurals.select(m) : (m === 1 ? "one" : "other");
    var template = forms[category] || forms.other;
    if (!template) { return m + " minute" + (m !== 1 ? "s" : "") + " left"; }
    return fill(template, { n: m });
  }
  function phaseText(clock, phase, left) {
    if (clock.state !== "running") { return clock.words || ""; }
    var sep = " \u00b7 ";
    if (phase === "overtime") {
      return fill(text("overtime", "Overtime {time}"), { time: hms(Math.abs(shown(left)), false) });
    }
    if (phase === "warning") { return (WORDS.warning || "Wrap up") + sep + minutesLeft(left); }
    if (phase === "danger") {
      var v = shown(left);
      if (v <= 0) { return text("time_up", "Time is up"); }
      if (v <= 60) { return text("final_minute", "Final minute"); }
      return (WORDS.danger || "Final minutes") + sep + minutesLeft(left);
    }
    return WORDS[phase] || "";
  }
  function spokenText(clock, phase, left) {
    if (!clock.state) { return clock.words || ""; }
    var minutes = Math.ceil(Math.abs(left) / 60);
    var word = WORDS[phase] || "";
    if (phase === "overtime") { return fill(text("spoken_over", "{phase}. {n} min over"), { phase: word, n: minutes }); }
    if (phase === "finished") { return word; }
    return fill(text("spoken_left", "{phase}. {n} min left"), { phase: word, n: minutes });
  }
  // what one clock shows now: digits, phase, words, end text, share of time left, dimmed
  function reading(clock, end, due) {
    var left = remaining(clock);
    var phase = phaseOf(clock, left);
    var fraction = clock.planned > 0 ? Math.min(Math.max(left / clock.planned, 0), 1) : 0;
    return {
      left: left, phase: phase, fraction: fraction,
      digits: clock.state ? formatRemaining(left) : "--:--",
      words: phaseText(clock, phase, left),
      end: phase === "overtime" && due ? due : (end || ""),
      dim: phase === "overtime" && Math.abs(shown(left)) % 2 === 1,
      spoken: spokenText(clock, phase, left)
    };
  }
  function setPhase(el, phase) {
    if (!el) { return; }
    var keep = el.className.split(" ").filter(function (c) { return c && c.indexOf("phase-") !== 0; });
    keep.push("phase-" + (phase || "none"));
    var name = keep.join(" ");
    if (el.className !== name) { el.className = name; }
  }

  // -- pages ----------------------------------------------------------------------------------------
  function renderRoom() {
    if (state.kind === "closed") {
      setText($("headline"), state.title || ""); setText($("digits"), "--:--"); setText($("words"), state.text);
      setText($("end"), ""); setText($("next"), ""); show($("message"), false); show($("questions"), false);
      setPhase(body, ""); return;
    }
    var r = reading(state.clock, state.end, state.due);
    setText($("headline"), state.headline);
    setText($("subline"), state.subline); show($("subline"), !!state.subline);
    setText($("digits"), r.digits);
    $("digits").classList.toggle("dim", r.dim);
    setText($("words"), r.words);
    setText($("end"), r.end);
    $("bar-fill").style.width = (r.fraction * 100).toFixed(2) + "%";
    setText($("message"), state.message || ""); show($("message"), !!state.message);
    var list = $("question-list");
    var questions = state.questions_shown ? (state.questions || []) : [];
    if (list.getAttribute("data-shown") !== JSON.stringify(questions)) {
      while (list.firstChild) { list.removeChild(list.firstChild); }
      questions.forEach(function (q) { var li = document.createElement("li"); li.textContent = q; list.appendChild(li); });
      list.setAttribute("data-shown", JSON.stringify(questions));
    }
    show($("questions"), questions.length > 0);
    setText($("next"), state.next || "");
    setText($("spoken"), r.spoken);
    setPhase(body, r.phase);
    var title = (state.room ? state.room + " \u2014 " : "") + (state.title || "");
    if (document.title !== title) { document.title = title; }
    return r.phase === "" ? null : state.clock;
  }

  function cell(tag, text, cls) {
    var el = document.createElement(tag);
    if (cls) { el.className = cls; }
    if (text !== undefined) { el.textContent = text; }
    return el;
  }
  function wallClock(zone) {
    try {
      return new Intl.DateTimeFormat(LANG === "en" ? "en-GB" : LANG + "-u-nu-latn",
                                 { timeZone: zone || "UTC", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
        .format(new Date(serverNow()));
    } catch (err) { return ""; }
  }
  function renderBoard() {
    var rows = $("rows");
    if (state.kind === "closed") {
      setText($("title"), state.title || ""); setText($("round"), state.text);
      while (rows.firstChild) { rows.removeChild(rows.firstChild); }
      return [];
    }
    setText($("title"), state.title); setText($("round"), state.round); setText($("next"), state.next || "");
    setText($("wall"), wallClock(state.zone));
    var keys = state.rows.map(function (r) { return r.room_uuid + "\n" + r.room + "\n" + r.theme + "\n" + r.group; });
    if (rows.getAttribute("data-keys") !== keys.join("\t")) {
      while (rows.firstChild) { rows.removeChild(rows.firstChild); }
      state.rows.forEach(function (row) {
        var tr = document.createElement("tr");
        tr.setAttribute("data-room", row.room_uuid);
        var th = cell("th"); th.setAttribute("scope", "row");
        var a = cell("a", row.room); a.href = "/room/" + encodeURIComponent(row.room_uuid); th.appendChild(a);
        tr.appendChild(th); tr.appendChild(cell("td", row.theme)); tr.appendChild(cell("td", row.group));
        var left = cell("td", undefined, "left");
        left.appendChild(cell("span", "", "small-digits")); left.appendChild(document.createTextNode(" "));
        left.appendChild(cell("span", "", "small-words"));
        tr.appendChild(left); tr.appendChild(cell("td", "", "end"));
        rows.appendChild(tr);
      });
      rows.setAttribute("data-keys", keys.join("\t"));
    }
    var clocks = [];
    state.rows.forEach(function (row, i) {
      var tr = rows.children[i];
      var r = reading(row.clock, row.end, row.due);
      setText(tr.querySelector(".small-digits"), r.digits);
      setText(tr.querySelector(".small-words"), r.words);
      setText(tr.querySelector(".end"), r.end);
      setPhase(tr, r.phase);
      clocks.push(row.clock);
    });
    return clocks;
  }

  function renderRoute() {
    if (state.kind === "closed" || state.kind === "gone") {
      setText($("now-text"), state.text); setText($("next-text"), ""); setText($("digits"), "");
      setText($("words"), ""); setText($("end"), ""); return null;
    }
    var route = state.route;
    setText($("group"), route.group);
    setText($("now-text"), route.now_text);
    setText($("next-text"), route.next_text);
    var stops = $("stops");
    var key = JSON.stringify(route.stops);
    if (stops.getAttribute("data-key") !== key) {
      while (stops.firstChild) { stops.removeChild(stops.firstChild); }
      route.stops.forEach(function (s) {
        var tr = document.createElement("tr");
        tr.className = s.now ? "is-now" : (s.next ? "is-next" : "");
        var th = cell("th", String(s.round)); th.setAttribute("scope", "row");
        tr.appendChild(th); tr.appendChild(cell("td", s.time)); tr.appendChild(cell("td", s.place));
        stops.appendChild(tr);
      });
      stops.setAttribute("data-key", key);
    }
    var clock = state.clock && state.clock.clock;
    if (!clock || !clock.state) {
      setText($("digits"), ""); setText($("words"), ""); setText($("end"), ""); setPhase($("where"), "");
      return null;
    }
    var r = reading(clock, state.clock.end, state.clock.due);
    setText($("digits"), r.digits); setText($("words"), r.words); setText($("end"), r.end);
    setPhase($("where"), r.phase);
    return clock;
  }

  function render() {
    if (!state) { return []; }
    if (page === "room") { return [renderRoom()]; }
    if (page === "board") { return renderBoard(); }
    if (page === "route") { return [renderRoute()]; }
    return [];
  }

  // render again just after the next shown second of any running clock (or on the next second)
  function schedule(clocks) {
    if (tickTimer) { clearTimeout(tickTimer); }
    var delay = 1000 - (serverNow() % 1000) + 5;
    (clocks || []).forEach(function (clock) {
      if (clock && clock.deadline !== undefined) {
        var left = remaining(clock);
        delay = Math.min(delay, (left - (Math.ceil(left) - 1)) * 1000 + 5);
      }
    });
    tickTimer = setTimeout(tick, Math.max(20, delay));
  }
  function tick() {
    schedule(render());
    if (lastMessage && Date.now() - lastMessage > 35000) { connect(); }  // a stream gone silent
  }

  // -- the stream -----------------------------------------------------------------------------------
  function setLink(live) {
    var link = $("link");
    if (!link) { return; }
    setText(link, live ? text("live", "Live") : text("reconnecting", "Reconnecting\u2026 the clock keeps counting"));
    link.classList.toggle("down", !live);
  }
  function onMessage(event) {
    var message;
    try { message = JSON.parse(event.data); } catch (err) { return; }
    var received = Date.now();
    lastMessage = received;
    backoff = 1000;
    if (typeof message.now === "number") { samples.push([received, message.now - received]); }
    if (message.state) { state = message.state; }
    setLink(true);
    schedule(render());
  }
  function connect() {
    if (reconnectTimer) { clearTimeout(reconnectTimer); reconnectTimer = null; }
    if (source) { source.close(); }
    lastMessage = Date.now();
    source = new EventSource(streamUrl);
    source.onmessage = onMessage;
    source.onerror = function () {
      setLink(false);
      if (source.readyState === EventSource.CLOSED && !reconnectTimer) {
        // the browser gave up (the server answered with an error): try again, less and less often
        reconnectTimer = setTimeout(connect, backoff);
        backoff = Math.min(backoff * 2, 10000);
      }
    };
  }

  // -- full screen ------------------------------------------------------------------------------------
  function toggleFullScreen() {
    if (document.fullscreenElement) {
      if (document.exitFullscreen) { document.exitFullscreen(); }
    } else if (document.documentElement.requestFullscreen) {
      document.documentElement.requestFullscreen().catch(function () {});
    }
  }
  var button = $("fullscreen");
  if (button) {
    if (!document.fullscreenEnabled) { button.hidden = true; }
    button.addEventListener("click", toggleFullScreen);
    document.addEventListener("fullscreenchange", function () {
      setText(button, document.fullscreenElement ? text("leave_full_screen", "Leave full screen")
                                                 : text("full_screen", "Full screen"));
    });
    document.addEventListener("keydown", function (event) {
      var tag = (event.target && event.target.tagName) || "";
      if ((event.key === "f" || event.key === "F") && !event.ctrlKey && !event.metaKey && !event.altKey &&
          tag !== "INPUT" && tag !== "TEXTAREA") {
        toggleFullScreen();
      }
    });
  }

  if (streamUrl && window.EventSource) {
    connect();
    schedule([]);
  }
})();
