/* Progressive enhancement only: without JavaScript every field simply stays visible.
   A form field wrapper with data-show-if="name=value1,value2" is shown only while the
   radio or select called `name` has one of those values. */
(function () {
  function update(form) {
    form.querySelectorAll("[data-show-if]").forEach(function (wrapper) {
      var rule = wrapper.getAttribute("data-show-if").split("=");
      var wanted = rule[1].split(",");
      var chosen = form.querySelector("[name='" + rule[0] + "']:checked") ||
                   form.querySelector("select[name='" + rule[0] + "']");
      var value = chosen ? chosen.value : "";
      // Keep a field with an error visible, whatever is chosen.
      var invalid = wrapper.classList.contains("utrecht-form-field--invalid");
      wrapper.hidden = !invalid && wanted.indexOf(value) === -1;
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form").forEach(function (form) {
      if (!form.querySelector("[data-show-if]")) return;
      form.addEventListener("change", function () { update(form); });
      update(form);
    });
  });
})();

/* A form that comes back with errors: move focus to the summary on top, so a screen reader reads
   it first and a keyboard user starts there. Also after htmx swaps in a part with errors. */
(function () {
  function focusSummary(root) {
    var summary = root.querySelector("[data-error-summary]");
    if (summary) summary.focus();
  }
  document.addEventListener("DOMContentLoaded", function () { focusSummary(document); });
  document.addEventListener("htmx:afterSettle", function () { focusSummary(document); });
})();

/* A counter under long text fields: "nog 4.800 tekens". Typing past the limit stays possible;
   the server explains what is too long. Screen readers hear the count after a pause in typing. */
(function () {
  function text(textarea, left) {
    var number = Math.abs(left).toLocaleString(document.documentElement.lang || "nl");
    var template = left >= 0 ? textarea.getAttribute("data-counter-left") : textarea.getAttribute("data-counter-over");
    return template.replace("%s", number);
  }
  function attach(textarea) {
    var limit = parseInt(textarea.getAttribute("data-max-length"), 10);
    if (!limit || textarea.hasAttribute("data-counter-ready")) return;
    textarea.setAttribute("data-counter-ready", "");
    var shown = document.createElement("p");
    shown.className = "utrecht-form-field-description lw-counter";
    shown.setAttribute("aria-hidden", "true");
    var spoken = document.createElement("p");
    spoken.className = "lw-sr-only";
    spoken.setAttribute("aria-live", "polite");
    textarea.insertAdjacentElement("afterend", spoken);
    textarea.insertAdjacentElement("afterend", shown);
    var timer = null;
    function update(announce) {
      var left = limit - textarea.value.length;
      shown.textContent = text(textarea, left);
      shown.classList.toggle("lw-counter--over", left < 0);
      clearTimeout(timer);
      if (announce) timer = setTimeout(function () { spoken.textContent = shown.textContent; }, 1000);
    }
    textarea.addEventListener("input", function () { update(true); });
    update(false);
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-max-length]").forEach(attach);
  });
})();

/* Back, then send again: pages behind the log-in are never stored (no-store), so the browser fetches
   the form anew — with a new once token — yet fills in what was typed. On such a back/forward visit,
   put back the token this tab last sent from this form, so the server sees the same form twice and
   saves once (core/once.py). A form opened any other way keeps its fresh token. (ADR 0010) */
(function () {
  function key(form) {
    var index = Array.prototype.indexOf.call(document.forms, form);
    return "leefwereld-once:" + location.pathname + location.search + "#" + index;
  }
  function tokenField(form) { return form.querySelector("input[type=hidden][name=once]"); }
  document.addEventListener("submit", function (event) {
    var field = tokenField(event.target);
    if (!field || !field.value) return;
    try { sessionStorage.setItem(key(event.target), field.value); } catch (e) { /* storage off: no harm */ }
  });
  document.addEventListener("DOMContentLoaded", function () {
    var entry = window.performance && performance.getEntriesByType && performance.getEntriesByType("navigation")[0];
    if (!entry || entry.type !== "back_forward") return;
    Array.prototype.forEach.call(document.forms, function (form) {
      var field = tokenField(form), sent = null;
      try { sent = sessionStorage.getItem(key(form)); } catch (e) { return; }
      if (field && sent) field.value = sent;
    });
  });
})();

/* A select whose options carry terms (data-fill-<field>="value"), like a maatwerk entry of the sociale
   kaart: choosing one fills those fields of the form, unless someone typed something of their own there
   (a field is only filled while empty or still holding the previous choice's value). With
   data-law-from="wet" only the options of the law chosen in the field `wet` can be picked.
   Without JavaScript the server fills what was left empty and refuses an entry of another law. */
(function () {
  function terms(option) {
    var found = {};
    if (!option) return found;
    Array.prototype.forEach.call(option.attributes, function (a) {
      if (a.name.indexOf("data-fill-") === 0) found[a.name.slice(10)] = a.value;
    });
    return found;
  }
  function limit(form, select) {
    var law = form.querySelector("[name='" + select.getAttribute("data-law-from") + "']");
    if (!law) return;
    Array.prototype.forEach.call(select.querySelectorAll("option[data-law]"), function (option) {
      var other = option.getAttribute("data-law") !== law.value;
      option.hidden = other;
      option.disabled = other;
      if (other && option.selected) select.value = "";
    });
    Array.prototype.forEach.call(select.querySelectorAll("optgroup"), function (group) {
      group.hidden = !group.querySelector("option:not([hidden])");
    });
  }
  function attach(select) {
    var form = select.form;
    var previous = terms(select.options[select.selectedIndex]);
    select.addEventListener("change", function () {
      var chosen = terms(select.options[select.selectedIndex]);
      Object.keys(chosen).forEach(function (name) {
        var field = form.querySelector("[name='" + name + "']");
        if (field && (field.value === "" || field.value === previous[name])) field.value = chosen[name];
      });
      previous = chosen;
    });
    if (select.hasAttribute("data-law-from")) {
      form.addEventListener("change", function (event) {
        if (event.target.name === select.getAttribute("data-law-from")) limit(form, select);
      });
      limit(form, select);
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("select[data-fill-from]").forEach(attach);
  });
})();
