(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="severity"]'));
  var select = document.getElementById("category-filter");
  var count = document.getElementById("shown-count");
  if (!select) { return; }

  function apply() {
    var severities = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    var category = select.value;
    var shown = 0;
    document.querySelectorAll("section.file").forEach(function (section) {
      var visible = {};
      var n = 0;
      section.querySelectorAll(".finding").forEach(function (el) {
        var ok = severities.indexOf(el.dataset.severity) >= 0 && (!category || el.dataset.category === category);
        el.hidden = !ok;
        if (ok) {
          el.dataset.findings.split(" ").forEach(function (i) { visible[i] = true; n += 1; });
        }
      });
      section.querySelectorAll("mark.hl").forEach(function (mark) {
        var on = mark.dataset.findings.split(" ").some(function (i) { return visible[i]; });
        mark.classList.toggle("off", !on);
      });
      section.querySelectorAll(".group").forEach(function (group) {
        group.hidden = !group.querySelector(".finding:not([hidden])");
      });
      section.hidden = n === 0;
      shown += n;
    });
    document.querySelectorAll(".bar-row").forEach(function (row) {
      row.classList.toggle("active", row.dataset.cat === category);
    });
    count.textContent = String(shown);
  }

  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  select.addEventListener("change", apply);
  document.getElementById("filter-reset").addEventListener("click", function () {
    boxes.forEach(function (b) { b.checked = true; });
    select.value = "";
    apply();
  });
  document.querySelectorAll(".bar-row").forEach(function (row) {
    row.addEventListener("click", function () {
      select.value = select.value === row.dataset.cat ? "" : row.dataset.cat;
      apply();
      document.querySelector(".filters").scrollIntoView({ behavior: "smooth", block: "start" });
    });
  });
  document.querySelectorAll("a.hit").forEach(function (link) {
    link.addEventListener("click", function () {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (!target) { return; }
      target.classList.add("flash");
      setTimeout(function () { target.classList.remove("flash"); }, 1600);
    });
  });
})();
