// exocheck web form: progressive enhancement over the plain form POST.
// Checks as you type (debounced) through POST /api/v1/check with format "html": the server
// renders the highlighted result (spans are code-point offsets, so no UTF-16 maths here).
(function () {
  "use strict";
  var form = document.getElementById("check-form");
  if (!form || !window.fetch) return;
  var textarea = document.getElementById("copy-text");
  var fileInput = document.getElementById("upload-file");
  var result = document.getElementById("result");
  var status = document.getElementById("status");
  var liveError = document.getElementById("live-error");
  var charN = document.getElementById("char-n");
  var charBox = document.getElementById("char-count");
  var maxChars = parseInt(charBox.getAttribute("data-max"), 10);
  var timer = null;
  var inFlight = false;
  var pending = false;
  var lastChecked = null;

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

  function updateCount() {
    var n = Array.from(textarea.value).length; // code points, like the server
    charN.textContent = n.toLocaleString("ja-JP");
    charBox.classList.toggle("over", n > maxChars);
  }

  function summaryText() {
    var parts = [];
    ["error", "warning", "info"].forEach(function (sev) {
      var box = document.getElementById("count-" + sev);
      if (box) parts.push(box.querySelector(".count-label").textContent + " " + box.querySelector(".count-num").textContent + "件");
    });
    return parts.length ? "チェックしました: " + parts.join("・") : "";
  }

  // One request in flight per page: typing meanwhile marks the text dirty and the next
  // request leaves when the answer arrives, so a long text never queues work on the server.
  function runCheck() {
    if (inFlight) { pending = true; return; }
    var key = profile() + "\u0000" + textarea.value;
    if (key === lastChecked) return;
    inFlight = true;
    setStatus("チェック中…", true);
    fetch("/api/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ text: textarea.value, profile: profile(), format: "html" })
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    }).then(function (res) {
      if (!res.ok) {
        var detail = res.data && res.data.detail;
        showError(typeof detail === "string" ? detail : "入力を確認してください。");
        setStatus("", false);
        return;
      }
      lastChecked = key;
      showError("");
      var oldError = document.getElementById("form-error");
      if (oldError) oldError.remove();
      result.innerHTML = res.data.rendered;
      enhanceResult();
      setStatus(textarea.value.trim() ? summaryText() : "", false);
    }).catch(function () {
      setStatus("", false);
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

  textarea.addEventListener("input", function () { updateCount(); schedule(); });
  form.addEventListener("change", function (event) {
    if (event.target.name === "profile") {
      if (fileInput.files.length) return;
      clearTimeout(timer);
      runCheck();
    }
  });
  form.addEventListener("submit", function (event) {
    if (fileInput.files.length) return; // uploads use the ordinary form POST
    event.preventDefault();
    clearTimeout(timer);
    lastChecked = null;
    runCheck();
  });

  // Keep tooltips inside the viewport on wide screens (phones use a bottom sheet via CSS).
  function placeTip(mark) {
    var tip = mark.querySelector(".tip");
    if (!tip || window.matchMedia("(max-width: 640px)").matches) return;
    tip.style.left = "0px";
    tip.style.top = "";
    tip.style.bottom = "";
    var rect = tip.getBoundingClientRect();
    var overflow = rect.right - (document.documentElement.clientWidth - 12);
    if (overflow > 0) tip.style.left = -Math.min(overflow, rect.left - 12) + "px";
    if (rect.bottom > window.innerHeight - 8 && rect.height < mark.getBoundingClientRect().top - 16) {
      tip.style.top = "auto";
      tip.style.bottom = "calc(100% + 8px)";
    }
  }

  function enhanceResult() {
    var copyButton = document.getElementById("copy-report");
    if (copyButton) copyButton.hidden = false;
  }

  result.addEventListener("mouseover", function (event) {
    var mark = event.target.closest && event.target.closest(".hl");
    if (mark && !mark.contains(event.relatedTarget)) { mark.classList.remove("tip-dismissed"); placeTip(mark); }
  });
  result.addEventListener("focusin", function (event) {
    var mark = event.target.closest && event.target.closest(".hl");
    if (mark) { mark.classList.remove("tip-dismissed"); placeTip(mark); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var mark = document.activeElement && document.activeElement.closest && document.activeElement.closest(".hl");
    if (mark) mark.classList.add("tip-dismissed");
    document.querySelectorAll(".hl:hover").forEach(function (m) { m.classList.add("tip-dismissed"); });
  });

  result.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".finding-link");
    if (link) {
      var target = document.getElementById(link.getAttribute("data-target"));
      if (!target) return;
      event.preventDefault();
      var smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      target.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "center" });
      target.focus({ preventScroll: true });
      target.classList.add("flash");
      setTimeout(function () { target.classList.remove("flash"); }, 1600);
      return;
    }
    var button = event.target.closest && event.target.closest("#copy-report");
    if (button) copyReport(button);
  });

  function copyReport(button) {
    var source = document.getElementById(button.getAttribute("data-copy-target"));
    var feedback = document.getElementById("copy-feedback");
    var text = source.value;
    var done = function () { feedback.textContent = "コピーしました"; setTimeout(function () { feedback.textContent = ""; }, 2500); };
    var fallback = function () {
      var details = source.closest("details");
      if (details) details.open = true;
      source.focus();
      source.select();
      try { if (document.execCommand("copy")) { done(); return; } } catch (e) { /* ignored */ }
      feedback.textContent = "選択しました。Ctrl+C（⌘C）でコピーしてください";
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  updateCount();
  enhanceResult();
  if (textarea.value.trim()) lastChecked = profile() + "\u0000" + textarea.value;
})();
