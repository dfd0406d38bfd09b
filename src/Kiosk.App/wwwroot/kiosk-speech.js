// Speech mode: for a patient who cannot see the screen. Every screen is spoken with its choices,
// numbered, and everything works from a tactile keypad or the arrow keys alone:
//   arrows / 2 4 6 8  move between the things on the screen (each is spoken)
//   5 / Enter         choose the one spoken (after a screen is read, that is its first choice)
//   0 / Backspace     go back (a "back" button is always the last choice, so 5 never means back)
//   *                 say the screen again
//   + / -             louder / quieter
//   /                 blank the screen for privacy, and show it again
// Where a box takes letters or digits, the keypad's digits type instead (kiosk-speech-typing.js).
// Letters and the main keyboard's digits are left alone: a barcode scanner types those.
// It starts with "Talk to me", with headphones plugged in, or with any keypad or arrow key on the
// attract screen. Each key it uses tells the kiosk the patient is still there (SpeechKeys.razor);
// the keys and what is said as the screen changes are in kiosk-speech-keys.js.
// What was said is kept on window.kioskSpoken (kiosk.js) so a test can check it where a headless
// browser has no voices; on the kiosk box the browser's voices (espeak-ng) say it.
(() => {
  "use strict";
  const state = { current: null, volume: 0.8, lastStep: null, lastBox: null, lastMessage: "", dotnet: null, group: null };

  const main = () => document.querySelector("main.kiosk");
  const on = () => main()?.dataset.speech === "on";
  const words = () => document.getElementById("speech-words")?.dataset ?? {};
  const fill = (template, values) => (template ?? "").replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
  const clean = (text) => (text ?? "").replace(/\s+/g, " ").trim();
  // One full stop after a sentence, never "?." or "..".
  const tidy = (text) => clean(text).replace(/([.?!:…])(\s*\.)+/g, "$1");
  const sentences = (parts) => tidy(parts.map(clean).filter(Boolean).map((p) => (/[.?!:…]$/.test(p) ? p : `${p}.`)).join(" "));
  const visible = (e) => !e.disabled && e.offsetParent !== null && e.closest("#speech-words") === null;

  const say = (text) => window.kiosk.say(tidy(text), words().lang || document.documentElement.lang || "en", state.volume);

  // The words a screen reader would say: symbols marked aria-hidden ("⌫", "☊") are left out.
  function textOf(node) {
    if (!node) return "";
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE || node.getAttribute("aria-hidden") === "true" || node.hidden) return "";
    return clean([...node.childNodes].map(textOf).join(" "));
  }

  // Everything the patient can choose here, in reading order, the idle question alone when it is up;
  // a "back" button comes after the screen's other choices, and the access bar last.
  function items() {
    const scope = document.querySelector("main.kiosk .idle") ?? main();
    const rank = (e) => (e.closest("nav.access") ? 2 : e.matches("[data-nav=back]") ? 1 : 0);
    return [...(scope?.querySelectorAll("button, input") ?? [])].filter(visible)
      .map((e, at) => ({ e, at })).sort((a, b) => rank(a.e) - rank(b.e) || a.at - b.at).map((x) => x.e);
  }

  // The month names are filled in from the month keys on the screen: the page holds no month name
  // that is not on a key (a month left in the page could be someone's birth month).
  const months = () => Object.fromEntries([...document.querySelectorAll("main.kiosk .keypad [data-month]")].map((b) => [b.dataset.month, textOf(b)]));
  const help = (mode) => fill(words()[mode] ?? "", months());

  const activeBox = () => document.querySelector("main.kiosk .step .entry.active input");
  const keypadMode = () => (document.querySelector("main.kiosk .idle") ? "" : document.querySelector("main.kiosk .step .keypad")?.dataset.mode ?? "");

  function nameOf(e) {
    if (e.tagName === "INPUT") {
      const label = textOf(e.closest("label")?.querySelector("span"));
      return fill(words().box, { label, value: e.value || words().empty || "" });
    }
    const text = clean(e.getAttribute("aria-label")) || textOf(e);
    return e.getAttribute("aria-pressed") === "true" ? `${text}, ${words().selected ?? ""}` : text;
  }

  // Buttons take the focus (a sighted helper sees where the patient is). A box does not: focusing
  // a box moves the on-screen keys to it, and passing over a box must not; choosing it (5) does.
  function place(e) {
    state.current = e ?? null;
    if (!e || e.tagName === "INPUT") document.activeElement?.blur?.();
    else e.focus({ preventScroll: false });
  }

  function announce(index) {
    const list = items();
    if (list.length === 0) return;
    const at = (index + list.length) % list.length;
    place(list[at]);
    say(fill(words().position, { item: nameOf(list[at]), n: at + 1, total: list.length }));
  }

  // Where the patient is: the thing last spoken if it is still on the screen, else what has the focus.
  function position(list) {
    const current = list.indexOf(state.current);
    return current >= 0 ? current : list.indexOf(document.activeElement);
  }

  // The screen in a few sentences: what it says, then its choices by number, or the box the keys fill.
  function sayScreen(intro = "", withHelp = false) {
    const scope = document.querySelector("main.kiosk .idle") ?? document.querySelector("main.kiosk .step");
    if (!scope) return;
    const texts = [...scope.querySelectorAll("h1, h2, .lead, .label, .ticket-code, .place, .range, .reason, .message, [role=status], .answer p, [data-say]")]
      .map((e) => e.dataset.say ?? textOf(e));
    const list = items();
    const mode = keypadMode();
    const choices = mode ? [] : list.filter((e) => !e.closest("nav.access")).map((e, at) => fill(words().choice, { n: at + 1, item: nameOf(e) }));
    const box = mode ? activeBox() : null;
    place(box ?? list[0]);
    say(sentences([intro, ...texts, ...choices, box ? nameOf(box) : "", help(mode), withHelp ? words().help : ""]));
  }

  function move(by) {
    const list = items();
    const at = position(list);
    announce(at >= 0 ? at + by : (by > 0 ? 0 : -1));
  }

  function choose() {
    const list = items();
    const e = list[position(list)];
    if (!e) { move(1); return; }
    e.click();
    if (e.tagName === "INPUT") say(nameOf(e));
    else if (e.dataset.key === "erase") say(words().erased);
    else if (e.closest(".keypad")) say(fill(words().typed, { key: nameOf(e) }));
  }

  function back() {
    const button = document.querySelector("main.kiosk .idle .primary") ?? [...document.querySelectorAll("main.kiosk [data-nav=back]")].find(visible);
    if (button) button.click();
    else sayScreen();
  }

  function volume(by) {
    state.volume = Math.min(1, Math.max(0.1, Math.round((state.volume + by) * 10) / 10));
    window.kioskSpeechVolume = state.volume;
    say(`${Math.round(state.volume * 100)} %`);
  }

  function blank() {
    const button = document.querySelector("main.kiosk [data-access=blank]");
    if (!button) return;
    const willBlank = button.getAttribute("aria-pressed") !== "true";
    button.click();
    say(willBlank ? words().blanked : words().shown);
  }

  const keys = {
    ArrowDown: () => move(1), ArrowRight: () => move(1), Numpad2: () => move(1), Numpad6: () => move(1), Tab: () => move(1),
    ArrowUp: () => move(-1), ArrowLeft: () => move(-1), Numpad8: () => move(-1), Numpad4: () => move(-1),
    Enter: choose, NumpadEnter: choose, Numpad5: choose,
    Numpad0: back, Backspace: back, Escape: back,
    NumpadMultiply: () => sayScreen("", true),
    NumpadAdd: () => volume(0.1), Equal: () => volume(0.1), NumpadSubtract: () => volume(-0.1), Minus: () => volume(-0.1),
    NumpadDivide: blank, Slash: blank,
  };

  // For kiosk-speech-typing.js and kiosk-speech-keys.js, and for SpeechKeys.razor to hear about every key.
  window.kioskSpeech = {
    state, main, on, words, fill, say, sentences, help, textOf, nameOf, place, visible, activeBox, keypadMode,
    keys, choose, back, sayScreen, volume,
    listen(dotnet) {
      state.dotnet = dotnet;
      if (dotnet) document.documentElement.dataset.speechKeys = "listening";
      else delete document.documentElement.dataset.speechKeys;
    },
    typing: () => null,
  };
})();
