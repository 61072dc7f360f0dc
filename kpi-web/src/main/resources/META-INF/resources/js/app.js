// The language switch comes back to the address shown now, also after htmx changed it (period switcher, filters).
document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('#language-switch');
    if (link) {
        var url = new URL(link.href, window.location.href);
        url.searchParams.set('back', window.location.pathname + window.location.search);
        link.href = url.toString();
    }
});

// A link that loads a section in place (data-current-group) marks itself as the one shown, and the others of its
// group as not, as a full page load would.
document.addEventListener('htmx:afterRequest', function (event) {
    var link = event.detail.elt;
    var group = link && link.dataset ? link.dataset.currentGroup : null;
    if (group && event.detail.successful) {
        document.querySelectorAll('[data-current-group="' + group + '"][aria-current]').forEach(function (other) {
            other.removeAttribute('aria-current');
        });
        link.setAttribute('aria-current', 'true');
    }
});

// An htmx request that fails says so in the page's message area, unless its part of the page shows its own
// (data-own-errors: the scorecard, the import form). A successful request clears the message.
(function () {
    function area() {
        return document.getElementById('app-messages');
    }
    function owned(event) {
        var elt = event.detail && event.detail.elt;
        return elt && elt.closest && elt.closest('[data-own-errors]');
    }
    function show(text) {
        var box = area();
        if (box) {
            box.textContent = text;
            box.hidden = false;
        }
    }
    document.addEventListener('htmx:responseError', function (event) {
        var box = area();
        if (!box || owned(event)) {
            return;
        }
        var xhr = event.detail.xhr;
        show(xhr && xhr.status === 403 ? box.dataset.forbidden
            : box.dataset.failed.replace('@status', xhr ? xhr.status + ' ' + xhr.statusText : '?'));
    });
    document.addEventListener('htmx:sendError', function (event) {
        var box = area();
        if (box && !owned(event)) {
            show(box.dataset.offline);
        }
    });
    document.addEventListener('htmx:afterRequest', function (event) {
        var box = area();
        if (box && event.detail.successful && !owned(event)) {
            box.hidden = true;
        }
    });
})();

// A part of the page with its own message box (data-own-errors around a [data-request-messages] box, e.g. the
// scorecard) says there when a request made in place failed, and hides the box again after one that worked.
document.addEventListener('htmx:afterRequest', function (event) {
    var part = event.target.closest && event.target.closest('[data-own-errors]');
    var box = part && part.querySelector('[data-request-messages]');
    if (box) {
        box.hidden = event.detail.successful;
        if (!event.detail.successful) {
            box.textContent = box.dataset.failed;
        }
    }
});

// A form that is checked as it is filled in (data-check-on-change, the goal wizard) hears "fields-changed" when one of
// its fields changes, except fields that ask for their own check while typed (data-own-check: the weekly figures).
// Said here rather than as an htmx trigger filter, which htmx would have to evaluate as script text.
document.addEventListener('change', function (event) {
    var form = event.target.closest && event.target.closest('[data-check-on-change]');
    if (form && !event.target.closest('[data-own-check]')) {
        form.dispatchEvent(new CustomEvent('fields-changed'));
    }
});

// A part of the page that shows a refusal in place (data-swap-refusals: a proposal's card sent back with 422 and
// the reasons, or 409 when somebody decided first; a review's agenda item saying why its note or decision was
// refused, or that somebody changed the decision meanwhile) gets a 409 or 422 answer swapped in.
document.addEventListener('htmx:beforeSwap', function (event) {
    var elt = event.detail.elt;
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    if ((status === 409 || status === 422) && elt && elt.closest && elt.closest('[data-swap-refusals]')) {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
    }
});

// A weekly review's item saved in place (a decision, a note) comes back with the review's version after the change:
// the page's other forms about the whole review (attendance, closing, order, an item added) take it up, so that the
// head's next save is not refused as made against an older version.
document.addEventListener('htmx:afterSettle', function () {
    var newest = -1;
    document.querySelectorAll('[data-review-version]').forEach(function (item) {
        var version = parseInt(item.getAttribute('data-review-version'), 10);
        if (!isNaN(version) && version > newest) {
            newest = version;
        }
    });
    if (newest < 0) {
        return;
    }
    document.querySelectorAll('input.review-version').forEach(function (field) {
        if (parseInt(field.value, 10) < newest) {
            field.value = String(newest);
        }
    });
});
