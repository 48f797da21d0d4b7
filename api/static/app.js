// exocheck web form: progressive enhancement over the plain form POST.
// Checks as you type (debounced) through POST /api/v1/check with format "html": the server
// renders the highlighted result (spans are code-point offsets). The fragment is compact:
// a mark names its findings (data-findings) and each rule's explanation is rendered once, so the
// tooltip is one element filled on hover/focus. Rewrites are applied in the editor with
// execCommand("insertText") so Ctrl+Z undoes them. History stays in this browser only.
(function () {
  "use strict";
  var form = document.getElementById("check-form");
  if (!form || !window.fetch) return;
  document.documentElement.classList.add("js");
  var textarea = document.getElementById("copy-text");
  var fileInput = document.getElementById("upload-file");
  var result = document.getElementById("result");
  var status = document.getElementById("status");
  var liveError = document.getElementById("live-error");
  var charN = document.getElementById("char-n");
  var charBox = document.getElementById("char-count");
  var maxChars = parseInt(charBox.getAttribute("data-max"), 10);
  var SEVERITIES = ["error", "warning", "info"];
  var EMPTY = "チェックするテキストがありません。広告コピーを貼り付けるか、ファイルを選んでから「チェックする」を押してください。";
  var CHANGED = "チェックの後にテキストが変わったため、適用できませんでした。再チェックが終わってからもう一度お試しください。";
  var timer = null;
  var inFlight = false;
  var pending = false;
  var lastChecked = null;
  var checkedText = null; // the text the shown result is about
  var reveal = false; // bring the summary into view when this check arrives (paste, submit …)
  var hits = {}; // finding number → .hit element of the shown result
  var tip = null;

  function profile() {
    var checked = form.querySelector("input[name=profile]:checked");
    return checked ? checked.value : "auto";
  }

  function setStatus(text, busy) {
    status.textContent = text;
    status.classList.toggle("busy", !!busy);
  }

  function showError(message) {
    liveError.textContent = message || "";
    liveError.hidden = !message;
  }

  function markStale(stale) {
    result.classList.toggle("stale", !!stale && !!document.getElementById("summary"));
  }

  function updateCount() {
    var n = Array.from(textarea.value).length; // code points, like the server
    charN.textContent = n.toLocaleString("ja-JP");
    charBox.classList.toggle("over", n > maxChars);
  }

  function counts() {
    var out = {};
    SEVERITIES.forEach(function (sev) {
      var box = document.getElementById("count-" + sev);
      out[sev] = box ? parseInt(box.querySelector(".count-num").textContent, 10) : 0;
    });
    return out;
  }

  function summaryText() {
    var parts = [];
    SEVERITIES.forEach(function (sev) {
      var box = document.getElementById("count-" + sev);
      if (box) parts.push(box.querySelector(".count-label").textContent + " " + box.querySelector(".count-num").textContent + "件");
    });
    return parts.length ? "チェックしました: " + parts.join("・") : "";
  }

  function errorText(data) {
    var detail = data && data.detail;
    if (typeof detail === "string") return detail;
    if (Array.isArray(detail)) {
      var msgs = detail.map(function (d) { return d && d.msg; }).filter(Boolean);
      if (msgs.length) return msgs.join(" ");
    }
    return "入力を確認してください。";
  }

  function revealSummary() {
    var summary = document.getElementById("summary");
    if (!summary) return;
    var rect = summary.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
    var smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    summary.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "nearest" }); // focus stays put
  }

  // One request in flight per page: typing meanwhile marks the text dirty and the next
  // request leaves when the answer arrives, so a long text never queues work on the server.
  function runCheck() {
    if (inFlight) { pending = true; return; }
    var text = textarea.value;
    var key = profile() + "\u0000" + text;
    if (key === lastChecked) { // back to the text that is shown: current again
      if (checkedText === text) { markStale(false); showError(""); setStatus(text.trim() ? summaryText() : "", false); }
      return;
    }
    inFlight = true;
    setStatus("チェック中…", true);
    fetch("/api/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ text: text, profile: profile(), format: "html" })
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { ok: response.ok, status: response.status, data: data };
      });
    }).then(function (res) {
      if (!res.ok) {
        showError(errorText(res.data));
        markStale(true); // the result below is about an earlier text
        setStatus(document.getElementById("summary") ? "前回の結果を表示しています（現在の入力とは一致しません）" : "", false);
        return;
      }
      lastChecked = key;
      checkedText = text;
      showError("");
      var oldError = document.getElementById("form-error");
      if (oldError) oldError.remove();
      hideTip();
      result.innerHTML = res.data.rendered;
      markStale(false);
      enhanceResult();
      setStatus(text.trim() ? summaryText() : "", false);
      if (text.trim()) remember(text, profile(), counts());
      else draftId = null;
      if (reveal && text.trim()) revealSummary();
      reveal = false;
    }).catch(function () {
      setStatus("", false);
      markStale(true);
      showError("サーバーに接続できませんでした。しばらくしてからもう一度お試しください。");
    }).then(function () {
      inFlight = false;
      if (pending) { pending = false; runCheck(); }
    });
  }

  function schedule() {
    clearTimeout(timer);
    // Wait a little longer on long texts, whose check takes longer.
    timer = setTimeout(runCheck, 350 + Math.min(1500, textarea.value.length / 100));
  }

  var pasteAll = false;
  textarea.addEventListener("paste", function () {
    reveal = true;
    pasteAll = !textarea.value || (textarea.selectionStart === 0 && textarea.selectionEnd === textarea.value.length);
  });
  textarea.addEventListener("input", function () {
    if (pasteAll || !textarea.value.trim()) draftId = null; // a new text: a new history entry
    pasteAll = false;
    updateCount();
    if (checkedText !== null && textarea.value !== checkedText) markStale(true);
    schedule();
  });
  form.addEventListener("change", function (event) {
    if (event.target.name === "profile") {
      if (fileInput.files.length) return;
      clearTimeout(timer);
      reveal = true;
      runCheck();
    }
  });
  form.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    if (submitter && submitter.getAttribute("formaction")) return; // downloads: the ordinary POST
    if (fileInput.files.length) return; // uploads use the ordinary form POST
    event.preventDefault();
    clearTimeout(timer);
    if (!textarea.value.trim()) {
      showError(EMPTY);
      setStatus("", false);
      textarea.focus();
      return;
    }
    lastChecked = null;
    reveal = true;
    runCheck();
  });

  // ---- tooltips: one element, filled from the rule's explanation and moved into the mark
  function sharedTip() {
    if (!tip) {
      tip = document.createElement("span");
      tip.className = "tip";
      tip.id = "tip";
      tip.setAttribute("role", "tooltip");
    }
    return tip;
  }

  function hideTip() {
    if (tip && tip.parentNode) tip.parentNode.removeChild(tip);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function row(key, text, extra) {
    var node = el("span", "tip-row" + (extra ? " " + extra : ""));
    node.appendChild(el("span", "tip-key", key));
    node.appendChild(document.createTextNode(" " + text));
    return node;
  }

  function hitOf(i) { // the list entry of finding i (looked up again if the result was replaced)
    var hit = hits[i];
    if (!hit || !hit.isConnected) {
      hit = result.querySelector('.hit[data-f="' + i + '"]');
      if (hit) hits[i] = hit;
    }
    return hit;
  }

  function fillTip(mark) {
    var t = sharedTip();
    t.textContent = "";
    (mark.getAttribute("data-findings") || "").split(" ").forEach(function (i) {
      var hit = hitOf(i);
      var group = hit && hit.closest(".rule-group");
      if (!group) return;
      var item = el("span", "tip-item");
      var head = el("span", "tip-head");
      head.appendChild(group.querySelector(".rg-head .badge").cloneNode(true));
      head.appendChild(el("span", "tip-cat", group.querySelector(".rg-cat").textContent));
      item.appendChild(head);
      item.appendChild(el("span", "tip-msg", group.querySelector(".rg-msg").textContent));
      var rw = rewriteOf(hit);
      if (rw) {
        var line = row("この言い換え", "「" + rw.from + "」→ " + (rw.to ? "「" + rw.to + "」" : "（削除）"), "tip-rewrite");
        var button = el("button", "btn-apply btn-apply-tip", "この言い換えを適用");
        button.type = "button";
        button.tabIndex = -1; // Tab goes on to the next highlight; the list has the same button
        button.setAttribute("data-f", i);
        line.appendChild(button);
        item.appendChild(line);
      }
      var del = group.querySelector(".rg-delete");
      if (del) item.appendChild(row("削除", del.textContent.replace(/^\s*削除\s*/, "")));
      item.appendChild(row("言い換え例", group.querySelector(".rg-sugg").textContent.replace(/^\s*言い換え例\s*/, "")));
      item.appendChild(row("出典", group.querySelector(".rg-src").textContent.replace(/^\s*出典\s*/, ""), "tip-src"));
      item.appendChild(el("span", "tip-rule", group.querySelector(".rg-rule").textContent));
      t.appendChild(item);
    });
    mark.setAttribute("aria-describedby", "tip");
    mark.appendChild(t);
  }

  // Keep tooltips inside the viewport on wide screens (phones use a bottom sheet via CSS).
  function placeTip(mark) {
    var t = mark.querySelector(".tip");
    if (!t || window.matchMedia("(max-width: 640px)").matches) return;
    t.classList.remove("tip-above");
    t.classList.remove("tip-shift");
    t.style.setProperty("--tip-shift", "0px");
    var rect = t.getBoundingClientRect();
    var overflow = rect.right - (document.documentElement.clientWidth - 12);
    if (overflow > 0) t.style.setProperty("--tip-shift", -Math.min(overflow, rect.left - 12) + "px");
    if (rect.bottom > window.innerHeight - 8 && rect.height < mark.getBoundingClientRect().top - 16) {
      t.classList.add("tip-above");
    }
  }

  function openTip(mark) {
    if (mark.querySelector(".tip") !== tip || !tip) fillTip(mark);
    mark.classList.remove("tip-dismissed");
    placeTip(mark);
  }

  result.addEventListener("mouseover", function (event) {
    var mark = event.target.closest && event.target.closest(".hl");
    if (mark && !mark.contains(event.relatedTarget)) openTip(mark);
  });
  result.addEventListener("focusin", function (event) {
    var mark = event.target.closest && event.target.closest(".hl");
    if (mark && event.target === mark) openTip(mark);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var mark = document.activeElement && document.activeElement.closest && document.activeElement.closest(".hl");
    if (mark) mark.classList.add("tip-dismissed");
    document.querySelectorAll(".hl:hover").forEach(function (m) { m.classList.add("tip-dismissed"); });
  });

  // ---- rewrites
  function rewriteOf(hit) {
    if (!hit || !hit.hasAttribute("data-r")) return null;
    var rw = hit.closest(".rule-group").querySelector('.rw[data-r="' + hit.getAttribute("data-r") + '"]');
    if (!rw) return null;
    return {
      s: parseInt(hit.getAttribute("data-s"), 10), e: parseInt(hit.getAttribute("data-e"), 10),
      from: rw.getAttribute("data-from"), to: rw.getAttribute("data-to")
    };
  }

  function feedback(message) {
    var box = document.getElementById("action-status"); // outside the result: survives the re-check
    box.textContent = message;
    setTimeout(function () { if (box.textContent === message) box.textContent = ""; }, 6000);
  }

  // Replace UTF-16 range [a, b) of the editor; undoable with Ctrl+Z (the browser's own undo).
  function replaceInEditor(a, b, text) {
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(a, b);
    var done = false;
    try {
      done = text ? document.execCommand("insertText", false, text) : (a === b || document.execCommand("delete"));
    } catch (e) { done = false; }
    if (!done) { // no execCommand: replace and let the input event re-check
      textarea.setRangeText(text, a, b, "end");
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }

  function utf16(codePoints, n) {
    return codePoints.slice(0, n).join("").length;
  }

  function applyOne(hit) {
    var rw = rewriteOf(hit);
    if (!rw) return;
    var cps = Array.from(textarea.value);
    if (textarea.value !== checkedText || cps.slice(rw.s, rw.e).join("") !== rw.from) {
      feedback(CHANGED);
      runCheck();
      return;
    }
    hideTip();
    var a = utf16(cps, rw.s);
    replaceInEditor(a, a + rw.from.length, rw.to);
    feedback("言い換えを適用しました（Ctrl+Z で元に戻せます）。再チェックします。");
  }

  // The checked text with every available rewrite applied (non-overlapping, from the end).
  function fixedText() {
    var list = [];
    Object.keys(hits).forEach(function (i) { var rw = rewriteOf(hits[i]); if (rw) list.push(rw); });
    list.sort(function (x, y) { return y.s - x.s; });
    var cps = Array.from(checkedText || "");
    var limit = cps.length + 1;
    var n = 0;
    list.forEach(function (rw) {
      if (rw.e > limit || cps.slice(rw.s, rw.e).join("") !== rw.from) return;
      cps.splice(rw.s, rw.e - rw.s, rw.to);
      limit = rw.s;
      n += 1;
    });
    return { text: cps.join(""), count: n };
  }

  function copyText(text, done, fallbackTarget) {
    var fallback = function () {
      if (fallbackTarget) {
        var details = fallbackTarget.closest("details");
        if (details) details.open = true;
        fallbackTarget.focus();
        fallbackTarget.select();
        try { if (document.execCommand("copy")) { done(); return; } } catch (e) { /* ignored */ }
      }
      done("選択しました。Ctrl+C（⌘C）でコピーしてください");
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(); }, fallback);
    } else {
      fallback();
    }
  }

  function enhanceResult() {
    hits = {};
    result.querySelectorAll(".hit").forEach(function (hit) {
      hits[hit.getAttribute("data-f")] = hit;
      if (hit.hasAttribute("data-r")) {
        var button = el("button", "btn-apply", "この言い換えを適用");
        button.type = "button";
        hit.appendChild(button);
      }
    });
    result.querySelectorAll(".js-only").forEach(function (node) { node.hidden = false; });
  }

  result.addEventListener("click", function (event) {
    var target = event.target;
    if (!target.closest) return;
    var link = target.closest(".finding-link");
    if (link) {
      var mark = document.getElementById(link.getAttribute("href").slice(1));
      if (!mark || !mark.classList.contains("hl")) return;
      event.preventDefault();
      var smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      mark.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "center" });
      mark.focus({ preventScroll: true });
      mark.classList.add("flash");
      setTimeout(function () { mark.classList.remove("flash"); }, 1600);
      return;
    }
    var apply = target.closest(".btn-apply");
    if (apply) {
      event.preventDefault();
      event.stopPropagation();
      applyOne(apply.hasAttribute("data-f") ? hits[apply.getAttribute("data-f")] : apply.closest(".hit"));
      return;
    }
    if (target.closest("#copy-report")) {
      var source = document.getElementById("report-text");
      var fb = document.getElementById("copy-feedback");
      copyText(source.value, function (msg) {
        fb.textContent = msg || "コピーしました";
        setTimeout(function () { fb.textContent = ""; }, 2500);
      }, source);
      return;
    }
    if (target.closest("#copy-fixed")) {
      var fixed = fixedText();
      copyText(fixed.text, function (msg) { feedback(msg || "修正版をコピーしました（言い換え " + fixed.count + "件を適用）"); });
      return;
    }
    if (target.closest("#apply-all")) {
      if (textarea.value !== checkedText) { feedback(CHANGED); runCheck(); return; }
      var all = fixedText();
      hideTip();
      replaceInEditor(0, textarea.value.length, all.text);
      feedback("言い換え " + all.count + "件を適用しました（Ctrl+Z で元に戻せます）。再チェックします。");
      return;
    }
    if (target.closest("#print-report")) {
      window.print();
    }
  });

  // Print every explanation: open the folded ones while printing.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.from(result.querySelectorAll("details:not([open])"));
    opened.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });

  // ---- history: the last checks, in this browser's localStorage only (never the server)
  var HISTORY_KEY = "exocheck.history.v1";
  var HISTORY_MAX = 20;
  var historyBox = document.getElementById("history");
  var historyList = document.getElementById("history-list");
  var draftId = null;
  var PROFILE_NAMES = { auto: "自動判定", cosmetic: "化粧品", supplement: "健康食品", clinic: "クリニック" };

  function loadHistory() {
    try {
      var list = JSON.parse(window.localStorage.getItem(HISTORY_KEY) || "[]");
      return Array.isArray(list) ? list : [];
    } catch (e) { return []; }
  }

  function saveHistory(list) {
    for (;;) {
      try { window.localStorage.setItem(HISTORY_KEY, JSON.stringify(list)); return; } catch (e) {
        if (!list.length) return; // storage off or full: keep nothing
        list.pop(); // too big for the quota: drop the oldest
      }
    }
  }

  function remember(text, prof, counted) {
    if (!historyBox) return;
    var list = loadHistory();
    var entry = null;
    if (draftId) {
      var k = list.findIndex(function (e) { return e.id === draftId; });
      if (k >= 0) entry = list.splice(k, 1)[0];
    }
    if (!entry) {
      entry = { id: Date.now().toString(36) + Math.random().toString(36).slice(2, 7) };
      draftId = entry.id;
    }
    var detected = document.querySelectorAll("#doc-info strong")[1];
    entry.text = text;
    entry.profile = prof;
    entry.detected = detected ? detected.textContent : "";
    entry.time = new Date().toISOString();
    entry.counts = counted;
    list.unshift(entry);
    saveHistory(list.slice(0, HISTORY_MAX));
    renderHistory();
  }

  function renderHistory() {
    if (!historyBox) return;
    var list = loadHistory();
    historyBox.hidden = false;
    historyList.textContent = "";
    document.getElementById("history-empty").hidden = list.length > 0;
    document.getElementById("history-clear").disabled = list.length === 0;
    list.forEach(function (entry) {
      var li = el("li");
      var button = el("button", "history-item");
      button.type = "button";
      button.setAttribute("data-id", entry.id);
      var when = new Date(entry.time);
      var c = entry.counts || {};
      button.appendChild(el("span", "h-time", isNaN(when) ? "" : when.toLocaleString("ja-JP", {
        month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" })));
      button.appendChild(el("span", "h-profile", entry.detected || PROFILE_NAMES[entry.profile] || ""));
      button.appendChild(el("span", "h-counts", "違反の可能性大 " + (c.error || 0) + "・要確認 " + (c.warning || 0) + "・助言 " + (c.info || 0)));
      var text = String(entry.text || "").replace(/\s+/g, " ").trim();
      button.appendChild(el("span", "h-text", text.length > 80 ? text.slice(0, 80) + "…" : text));
      li.appendChild(button);
      historyList.appendChild(li);
    });
  }

  if (historyBox) {
    historyList.addEventListener("click", function (event) {
      var button = event.target.closest && event.target.closest(".history-item");
      if (!button) return;
      var entry = loadHistory().find(function (e) { return e.id === button.getAttribute("data-id"); });
      if (!entry) return;
      textarea.value = entry.text;
      var radio = document.getElementById("profile-" + entry.profile);
      if (radio) radio.checked = true;
      fileInput.value = "";
      draftId = entry.id;
      updateCount();
      showError("");
      clearTimeout(timer);
      lastChecked = null;
      reveal = true;
      textarea.scrollIntoView({ block: "nearest" });
      runCheck();
    });
    document.getElementById("history-clear").addEventListener("click", function () {
      try { window.localStorage.removeItem(HISTORY_KEY); } catch (e) { /* storage off */ }
      draftId = null;
      renderHistory();
      setStatus("履歴を消去しました。", false);
    });
    renderHistory();
  }

  updateCount();
  enhanceResult();
  if (document.getElementById("summary")) {
    checkedText = textarea.value;
    lastChecked = profile() + "\u0000" + textarea.value;
  }
})();
