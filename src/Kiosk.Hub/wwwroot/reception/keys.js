// Reception board keys. They act on the chosen row (the focused one) by pressing that row's own
// buttons (data-key), so a key can do nothing a click could not. Never while typing in a box.
const rowSelector = 'tr[data-code]';
let chosen = null;
let chosenIndex = -1;
let observer = null;

const rows = () => [...document.querySelectorAll(rowSelector)];
const typing = el => el instanceof HTMLElement && (el.isContentEditable || el.matches('input, textarea, select'));
const find = code => (code === null ? null : document.querySelector(`${rowSelector}[data-code="${CSS.escape(code)}"]`));

function choose(row) {
  if (!row) return;
  chosen = row.dataset.code;
  chosenIndex = rows().indexOf(row);
  row.focus();
  row.scrollIntoView({ block: 'nearest' });
}

function move(step) {
  const all = rows();
  if (all.length === 0) return;
  const at = all.indexOf(find(chosen));
  choose(all[at < 0 ? 0 : Math.min(all.length - 1, Math.max(0, at + step))]);
}

// The board re-renders live; a row that moved or went keeps the choice on it (or its neighbour).
function keepChoice() {
  if (chosen === null) return;
  const active = document.activeElement;
  if (active && active !== document.body) return;
  const all = rows();
  const row = find(chosen) ?? all[Math.min(chosenIndex, all.length - 1)];
  if (row) {
    chosen = row.dataset.code;
    chosenIndex = all.indexOf(row);
    row.focus({ preventScroll: true });
  }
}

function onFocus(e) {
  const row = e.target instanceof Element ? e.target.closest(rowSelector) : null;
  if (row) {
    chosen = row.dataset.code;
    chosenIndex = rows().indexOf(row);
  }
}

function onKey(e) {
  if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
  const help = document.getElementById('shortcut-help');
  if (e.key === '?') {
    if (help.open) help.close(); else help.showModal();
    e.preventDefault();
    return;
  }

  if (help?.open) return;
  const menu = document.querySelector('.room-menu:popover-open');
  if (menu) {
    const pick = /^[1-9]$/.test(e.key) ? menu.querySelector(`[data-room-key="${e.key}"]`) : null;
    if (pick) {
      pick.click();
      e.preventDefault();
    }

    return; // Esc closes the menu; Tab and Enter work as usual inside it.
  }

  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key === 'ArrowDown' || key === 'j') move(1);
  else if (key === 'ArrowUp' || key === 'k') move(-1);
  else if ('cidnu'.includes(key) && key.length === 1) {
    const button = find(chosen)?.querySelector(`[data-key="${key}"]`);
    if (!button) return;
    button.click();
    if (key === 'c') document.getElementById(button.getAttribute('popovertarget'))?.querySelector('button')?.focus();
  } else return;
  e.preventDefault();
}

export function start() {
  stop();
  document.addEventListener('keydown', onKey);
  document.addEventListener('focusin', onFocus);
  observer = new MutationObserver(keepChoice);
  observer.observe(document.body, { childList: true, subtree: true });
  // The keys work from here on (the board loads them once it is live); a test waits for this.
  document.documentElement.dataset.boardKeys = 'on';
}

export function stop() {
  document.removeEventListener('keydown', onKey);
  document.removeEventListener('focusin', onFocus);
  observer?.disconnect();
  observer = null;
  delete document.documentElement.dataset.boardKeys;
}
