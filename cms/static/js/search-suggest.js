/* As-you-type suggestions for search boxes with a data-suggest-url (an ARIA 1.2 combobox).
   Without JavaScript the boxes are plain search forms; this only adds the list. */
(function () {
    "use strict";
    var DELAY = 150;

    function setUp(input, index) {
        var list = document.createElement("ul");
        var status = document.createElement("p");
        var timer = null;
        var active = -1;
        var options = [];
        list.id = "search-suggestions-" + index;
        list.className = "search-suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "");
        list.hidden = true;
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", list.id);
        input.parentNode.classList.add("search-suggest");
        input.parentNode.appendChild(list);
        input.parentNode.appendChild(status);

        function close() {
            list.hidden = true;
            active = -1;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }

        function choose(text) {
            input.value = text;
            close();
            if (input.form) { input.form.submit(); }
        }

        function highlight(next) {
            if (!options.length) { return; }
            active = (next + options.length) % options.length;
            options.forEach(function (option, i) { option.setAttribute("aria-selected", String(i === active)); });
            input.setAttribute("aria-activedescendant", options[active].id);
        }

        function show(suggestions) {
            list.textContent = "";
            options = suggestions.map(function (text, i) {
                var option = document.createElement("li");
                option.id = list.id + "-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.textContent = text;
                option.addEventListener("mousedown", function (event) { event.preventDefault(); choose(text); });
                list.appendChild(option);
                return option;
            });
            active = -1;
            list.hidden = !options.length;
            input.setAttribute("aria-expanded", String(options.length > 0));
            status.textContent = options.length ? input.getAttribute("data-suggest-status") || "" : "";
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query.length < 2) { show([]); return; }
            var url = input.getAttribute("data-suggest-url");
            url += (url.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(query);
            fetch(url, { headers: { Accept: "application/json" } })
                .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                .then(function (data) { if (input.value.trim() === query) { show(data.suggestions || []); } })
                .catch(function () { show([]); });
        }

        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(fetchSuggestions, DELAY);
        });
        input.addEventListener("keydown", function (event) {
            if (list.hidden) { return; }
            if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
            else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
            else if (event.key === "Escape") { close(); }
            else if (event.key === "Enter" && active >= 0) { event.preventDefault(); choose(options[active].textContent); }
        });
        input.addEventListener("blur", close);
    }

    document.querySelectorAll("input[data-suggest-url]").forEach(setUp);
}());
