// The weekly review's presenter view and followers' view (/reviews/{id}/present, /reviews/{id}/follow).

// The section's clock: minutes and seconds since the meeting entered the section (data-since, the same on every
// screen), marked when the section's time box (data-minutes) is used up. Looked up on every tick, as htmx swaps the
// item and its clock in place.
(function () {
    function tick() {
        var clock = document.getElementById('presenter-timer');
        if (!clock) {
            return;
        }
        var since = Date.parse(clock.dataset.since);
        if (isNaN(since)) {
            return;
        }
        var seconds = Math.max(0, Math.floor((Date.now() - since) / 1000));
        var minutes = Math.floor(seconds / 60);
        var rest = seconds % 60;
        clock.textContent = minutes + ':' + (rest < 10 ? '0' : '') + rest;
        clock.classList.toggle('presenter-over', seconds > Number(clock.dataset.minutes) * 60);
    }
    tick();
    setInterval(tick, 1000);
    document.addEventListener('htmx:afterSwap', tick);
})();

// The presenter's keys: → the next item, ← the previous one, D the item's decision field. Keys typed into a field
// are the field's, except Escape, which leaves it for the keys again.
document.addEventListener('keydown', function (event) {
    if (!document.querySelector('[data-presenter]') || event.ctrlKey || event.metaKey || event.altKey) {
        return;
    }
    var target = event.target;
    var typing = target && target.closest && target.closest('input, textarea, select, [contenteditable]');
    if (typing) {
        if (event.key === 'Escape') {
            target.blur();
        }
        return;
    }
    var pressed = null;
    if (event.key === 'ArrowRight') {
        pressed = document.getElementById('presenter-next');
    } else if (event.key === 'ArrowLeft') {
        pressed = document.getElementById('presenter-previous');
    } else if (event.code === 'KeyD') {
        var decision = document.querySelector('#presenter-stage .agenda-decision-form textarea');
        if (decision) {
            event.preventDefault();
            decision.focus();
        }
        return;
    }
    if (pressed) {
        event.preventDefault();
        pressed.click();
    }
});

// «На весь экран»: the view fills the screen (a projector), and the button then offers to leave it.
(function () {
    function label() {
        document.querySelectorAll('[data-fullscreen]').forEach(function (button) {
            button.textContent = document.fullscreenElement ? button.dataset.leave : button.dataset.enter;
        });
    }
    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('[data-fullscreen]');
        if (!button) {
            return;
        }
        if (document.fullscreenElement) {
            document.exitFullscreen();
        } else if (document.documentElement.requestFullscreen) {
            document.documentElement.requestFullscreen();
        }
    });
    document.addEventListener('fullscreenchange', label);
})();
