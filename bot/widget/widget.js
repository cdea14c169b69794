/*
 * Erasmus+ mobility assistant: an embeddable chat widget. No build step, no dependencies, no CDN.
 *
 *   <script src="https://assistant.example.org/widget.js" data-rasa-url="https://assistant.example.org" defer></script>
 *
 * Attributes: data-rasa-url (Rasa server; the REST channel /webhooks/rest/webhook is used because it needs no
 * socket and survives proxies), data-title, data-lang (en|fr|nl|it, default: the browser's), data-open="true",
 * data-retention-days (shown to the user; keep it equal to the server's CONVERSATION_RETENTION_DAYS).
 * Everything renders inside a shadow root so the host page's CSS cannot break it, nor it the page.
 * Security: user text is only ever set with textContent; bot text is turned into DOM nodes (never innerHTML),
 * and only http(s) and mailto links are made clickable.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.__erasmusChatLoaded) return;
  window.__erasmusChatLoaded = true;

  var RASA_URL = (script.getAttribute("data-rasa-url") || "http://localhost:5005").replace(/\/+$/, "");
  var WEBHOOK = RASA_URL + "/webhooks/rest/webhook";
  var BASE = script.src.replace(/[^/]*$/, "");
  var STORE_ID = "erasmus-chat-sender";
  var STORE_LOG = "erasmus-chat-transcript";
  var MAX_KEPT = 60; // messages shown again after a reload
  var MAX_LEN = 1000;
  var TIMEOUT_MS = 30000;

  var TEXTS = {
    en: { title: "Erasmus+ assistant", subtitle: "Mobility grants, eligibility, deadlines",
      open: "Open the Erasmus+ assistant", close: "Close the chat", placeholder: "Ask about your mobility…",
      send: "Send", del: "Delete my data", delConfirm: "Delete everything you told the assistant?",
      welcome: "Hello! Ask me whether you are eligible for an Erasmus+ mobility, how much the grant is, the deadlines, or whom to contact.",
      typing: "The assistant is typing", error: "The assistant cannot be reached right now. Please try again in a moment.",
      retry: "Send again", kept: "Kept {n} days at most.", you: "You", bot: "Assistant", log: "Conversation" },
    fr: { title: "Assistant Erasmus+", subtitle: "Bourses, éligibilité, délais",
      open: "Ouvrir l'assistant Erasmus+", close: "Fermer la conversation", placeholder: "Votre question sur la mobilité…",
      send: "Envoyer", del: "Effacer mes données", delConfirm: "Effacer tout ce que vous avez dit à l'assistant ?",
      welcome: "Bonjour ! Demandez-moi si vous êtes éligible à une mobilité Erasmus+, le montant de la bourse, les délais ou qui contacter.",
      typing: "L'assistant écrit", error: "L'assistant est injoignable pour le moment. Réessayez dans un instant.",
      retry: "Renvoyer", kept: "Conservé {n} jours au plus.", you: "Vous", bot: "Assistant", log: "Conversation" },
    nl: { title: "Erasmus+-assistent", subtitle: "Beurzen, voorwaarden, deadlines",
      open: "Open de Erasmus+-assistent", close: "Sluit het gesprek", placeholder: "Uw vraag over mobiliteit…",
      send: "Verzenden", del: "Mijn gegevens wissen", delConfirm: "Alles wissen wat u de assistent vertelde?",
      welcome: "Hallo! Vraag me of u in aanmerking komt voor een Erasmus+-mobiliteit, hoeveel de beurs is, de deadlines of wie u kunt contacteren.",
      typing: "De assistent typt", error: "De assistent is nu niet bereikbaar. Probeer het zo meteen opnieuw.",
      retry: "Opnieuw verzenden", kept: "Maximaal {n} dagen bewaard.", you: "U", bot: "Assistent", log: "Gesprek" },
    it: { title: "Assistente Erasmus+", subtitle: "Borse, requisiti, scadenze",
      open: "Apri l'assistente Erasmus+", close: "Chiudi la chat", placeholder: "La Sua domanda sulla mobilità…",
      send: "Invia", del: "Cancella i miei dati", delConfirm: "Cancellare tutto ciò che ha detto all'assistente?",
      welcome: "Salve! Mi chieda se ha i requisiti per una mobilità Erasmus+, l'importo della borsa, le scadenze o chi contattare.",
      typing: "L'assistente sta scrivendo", error: "L'assistente non è raggiungibile ora. Riprovi tra un momento.",
      retry: "Invia di nuovo", kept: "Conservato al massimo {n} giorni.", you: "Lei", bot: "Assistente", log: "Conversazione" }
  };
  var lang = (script.getAttribute("data-lang") || navigator.language || "en").slice(0, 2).toLowerCase();
  if (!TEXTS[lang]) lang = "en";
  var T = TEXTS[lang];
  var title = script.getAttribute("data-title") || T.title;

  // ---- storage (the device's own; cleared by "Delete my data") ----
  function storage() { try { return window.localStorage; } catch (e) { return null; } }
  function newId() {
    if (window.crypto && crypto.randomUUID) return "web-" + crypto.randomUUID();
    var a = new Uint8Array(16); crypto.getRandomValues(a);
    return "web-" + Array.prototype.map.call(a, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  function senderId() {
    var s = storage(), id = s && s.getItem(STORE_ID);
    if (!id) { id = newId(); if (s) s.setItem(STORE_ID, id); }
    return id;
  }
  function loadLog() {
    var s = storage();
    try { return JSON.parse((s && s.getItem(STORE_LOG)) || "[]"); } catch (e) { return []; }
  }
  function saveLog(entries) {
    var s = storage();
    if (s) s.setItem(STORE_LOG, JSON.stringify(entries.slice(-MAX_KEPT)));
  }

  // ---- DOM helpers ----
  function el(tag, cls, attrs) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (attrs) Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    return n;
  }
  function svg(path) {
    var ns = "http://www.w3.org/2000/svg", s = document.createElementNS(ns, "svg"), p = document.createElementNS(ns, "path");
    s.setAttribute("viewBox", "0 0 24 24"); s.setAttribute("aria-hidden", "true"); s.setAttribute("focusable", "false");
    p.setAttribute("d", path); s.appendChild(p); return s;
  }
  var ICON_CHAT = "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z";
  var ICON_CLOSE = "M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z";
  var ICON_SEND = "M3 20.5 21 12 3 3.5V10l12 2-12 2z";
  var ICON_TRASH = "M9 3h6l1 2h4v2H4V5h4zm-3 6h12l-1 12H7z";

  // Bot text -> nodes: [label](url), bare URLs, e-mail addresses (mailto), **bold**, line breaks.
  var TOKEN = /\[([^\]\n]{1,200})\]\(((?:https?:\/\/|mailto:)[^\s)]+)\)|((?:https?:\/\/|mailto:)[^\s<>()]+[^\s<>().,;:!?'"])|([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})|\*\*([^*\n]{1,300})\*\*/g;
  // A prefilled mailto link is long and unreadable: show the address it writes to.
  function mailtoLabel(url) {
    if (!/^mailto:/i.test(url)) return url;
    var to = url.slice(7).split("?")[0];
    try { to = decodeURIComponent(to); } catch (e) { /* keep it encoded */ }
    return "\u2709\ufe0e\u00a0" + to;
  }
  function safeHref(url) { return /^(https?:\/\/|mailto:)/i.test(url) ? url : null; }
  function link(label, href) {
    var a = el("a", "link", { href: href });
    if (!/^mailto:/i.test(href)) { a.target = "_blank"; a.rel = "noopener noreferrer"; }
    a.textContent = label;
    return a;
  }
  function appendText(parent, text) {
    text.split("\n").forEach(function (line, i) {
      if (i) parent.appendChild(el("br"));
      parent.appendChild(document.createTextNode(line));
    });
  }
  function renderBotText(parent, text) {
    var last = 0, m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) {
      appendText(parent, text.slice(last, m.index));
      if (m[1] && safeHref(m[2])) parent.appendChild(link(m[1], m[2]));
      else if (m[3]) parent.appendChild(link(mailtoLabel(m[3]), m[3]));
      else if (m[4]) parent.appendChild(link(m[4], "mailto:" + m[4]));
      else if (m[5]) { var b = el("strong"); b.textContent = m[5]; parent.appendChild(b); }
      else appendText(parent, m[0]);
      last = TOKEN.lastIndex;
    }
    appendText(parent, text.slice(last));
  }

  // ---- the widget ----
  var host = el("div", null, { id: "erasmus-chat" });
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var css = el("link", null, { rel: "stylesheet", href: BASE + "widget.css" });
  root.appendChild(css);

  var launcher = el("button", "launcher", { type: "button", "aria-label": T.open, "aria-expanded": "false",
    "aria-controls": "erasmus-chat-panel" });
  launcher.appendChild(svg(ICON_CHAT));
  var panel = el("section", "panel", { id: "erasmus-chat-panel", role: "dialog", "aria-label": title, hidden: "" });

  var header = el("header", "header");
  var heading = el("div", "heading");
  var h = el("h2", "title"); h.textContent = title;
  var sub = el("p", "subtitle"); sub.textContent = T.subtitle;
  heading.appendChild(h); heading.appendChild(sub);
  // "Delete my data" sits in the footer with the retention note: always visible, never in the way.
  var privacy = el("div", "privacy");
  var days = parseInt(script.getAttribute("data-retention-days") || "30", 10) || 30;
  var note = el("span", "privacy-note"); note.textContent = T.kept.replace("{n}", String(days));
  var delBtn = el("button", "delete", { type: "button" });
  delBtn.appendChild(svg(ICON_TRASH));
  var delText = el("span"); delText.textContent = T.del; delBtn.appendChild(delText);
  privacy.appendChild(note); privacy.appendChild(delBtn);
  var closeBtn = el("button", "icon-button", { type: "button", "aria-label": T.close, title: T.close });
  closeBtn.appendChild(svg(ICON_CLOSE));
  header.appendChild(heading); header.appendChild(closeBtn);

  var log = el("div", "log", { role: "log", "aria-live": "polite", "aria-label": T.log, tabindex: "0" });
  var typing = el("div", "typing", { role: "status", "aria-label": T.typing, hidden: "" });
  typing.appendChild(el("span")); typing.appendChild(el("span")); typing.appendChild(el("span"));

  var form = el("form", "composer");
  var input = el("textarea", "input", { rows: "1", maxlength: String(MAX_LEN), placeholder: T.placeholder,
    "aria-label": T.placeholder, autocomplete: "off" });
  var sendBtn = el("button", "send", { type: "submit", "aria-label": T.send, title: T.send });
  sendBtn.appendChild(svg(ICON_SEND));
  form.appendChild(input); form.appendChild(sendBtn);

  panel.appendChild(header); panel.appendChild(log); panel.appendChild(typing); panel.appendChild(form);
  panel.appendChild(privacy);
  root.appendChild(panel); root.appendChild(launcher);

  var transcript = loadLog();
  var busy = false;

  function scrollDown() { log.scrollTop = log.scrollHeight; }
  function bubble(who, text, buttons, keep) {
    var row = el("div", "row " + who);
    var b = el("div", "bubble");
    var sr = el("span", "sr-only"); sr.textContent = (who === "user" ? T.you : T.bot) + ": ";
    b.appendChild(sr);
    if (who === "user") b.appendChild(document.createTextNode(text)); else renderBotText(b, text);
    row.appendChild(b);
    log.appendChild(row);
    if (buttons && buttons.length) log.appendChild(quickReplies(buttons));
    if (keep) { transcript.push({ who: who, text: text, buttons: buttons || [] }); saveLog(transcript); }
    scrollDown();
  }
  function quickReplies(buttons) {
    var group = el("div", "quick-replies", { role: "group" });
    buttons.forEach(function (btn) {
      var q = el("button", "quick-reply", { type: "button" });
      q.textContent = btn.title || btn.payload;
      q.addEventListener("click", function () {
        if (busy) return;
        var href = btn.payload && safeHref(btn.payload);
        if (href && btn.type === "web_url") { window.open(href, "_blank", "noopener"); return; }
        group.remove();
        send(btn.payload || btn.title, btn.title || btn.payload);
      });
      group.appendChild(q);
    });
    return group;
  }
  function render() {
    while (log.firstChild) log.removeChild(log.firstChild);
    bubble("bot", T.welcome, null, false);
    transcript.forEach(function (m, i) {
      var isLast = i === transcript.length - 1;
      bubble(m.who, m.text, isLast ? m.buttons : null, false); // only the latest choices stay clickable
    });
  }

  function post(message, sender) {
    var ctrl = window.AbortController ? new AbortController() : null;
    var timer = ctrl ? setTimeout(function () { ctrl.abort(); }, TIMEOUT_MS) : null;
    return fetch(WEBHOOK, {
      method: "POST", headers: { "Content-Type": "application/json" }, signal: ctrl ? ctrl.signal : undefined,
      body: JSON.stringify({ sender: sender, message: message, metadata: { language: lang, channel: "web" } })
    }).then(function (r) {
      if (timer) clearTimeout(timer);
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    });
  }
  function showReplies(replies) {
    var before = log.scrollHeight;
    (replies || []).forEach(function (m) {
      var text = m.text || (m.image ? m.image : "");
      if (text || (m.buttons && m.buttons.length)) bubble("bot", text, m.buttons, true);
    });
    // A long answer is read from its first line: scroll to where it starts, not to its end.
    if (log.scrollHeight - before > log.clientHeight) log.scrollTop = before - 12;
  }
  function setBusy(on) {
    busy = on;
    typing.hidden = !on;
    sendBtn.disabled = on;
    panel.setAttribute("aria-busy", on ? "true" : "false");
    if (on) scrollDown();
  }
  function send(payload, shown) {
    if (busy) return;
    var text = String(payload || "").trim().slice(0, MAX_LEN);
    if (!text) return;
    bubble("user", shown || text, null, true);
    deliver(text);
  }
  // Unreachable server: say so (role=alert) and offer to send the same message again once it is back, so
  // nothing has to be retyped; the message is shown once however many attempts it takes.
  function deliver(text) {
    setBusy(true);
    post(text, senderId()).then(showReplies, function () {
      var err = el("div", "row bot error");
      var b = el("div", "bubble", { role: "alert" }); b.textContent = T.error;
      var again = el("button", "retry", { type: "button" }); again.textContent = T.retry;
      again.addEventListener("click", function () {
        if (busy) return;
        err.remove();
        deliver(text);
      });
      b.appendChild(again); err.appendChild(b); log.appendChild(err); scrollDown();
    }).then(function () { setBusy(false); input.focus(); });
  }
  function deleteMyData() {
    if (busy || !window.confirm(T.delConfirm)) return;
    setBusy(true);
    var s = storage(), old = senderId();
    post("/delete_my_data", old).then(function (replies) {
      // The server erased the conversation; forget it here too and start afresh under a new id.
      transcript = []; saveLog(transcript);
      if (s) s.setItem(STORE_ID, newId());
      render();
      showReplies(replies);
    }, function () {
      var b = el("div", "row bot error"), inner = el("div", "bubble", { role: "alert" });
      inner.textContent = T.error; b.appendChild(inner); log.appendChild(b); scrollDown();
    }).then(function () { setBusy(false); });
  }

  function open(focusInput) {
    panel.hidden = false;
    host.classList.add("open");
    launcher.setAttribute("aria-expanded", "true");
    launcher.setAttribute("aria-label", T.close);
    while (launcher.firstChild) launcher.removeChild(launcher.firstChild);
    launcher.appendChild(svg(ICON_CLOSE));
    scrollDown();
    if (focusInput !== false) input.focus();
  }
  function close() {
    panel.hidden = true;
    host.classList.remove("open");
    launcher.setAttribute("aria-expanded", "false");
    launcher.setAttribute("aria-label", T.open);
    while (launcher.firstChild) launcher.removeChild(launcher.firstChild);
    launcher.appendChild(svg(ICON_CHAT));
    launcher.focus();
  }

  launcher.addEventListener("click", function () { if (panel.hidden) open(); else close(); });
  closeBtn.addEventListener("click", close);
  delBtn.addEventListener("click", deleteMyData);
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") close(); });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value;
    input.value = "";
    input.style.height = "";
    send(text);
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit")); }
  });
  input.addEventListener("input", function () {
    input.style.height = "";
    input.style.height = Math.min(input.scrollHeight, 120) + "px";
  });

  render();
  function mount() {
    document.body.appendChild(host);
    if (script.getAttribute("data-open") === "true") open(false);
  }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
