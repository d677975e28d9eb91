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
