// Speech mode: for a patient who cannot see the screen. Every screen is spoken, and everything
// works from a tactile keypad or the arrow keys alone:
//   arrows / 2 4 6 8  move between the things on the screen (each is spoken)
//   5 / Enter         choose the one spoken
//   0 / Backspace     go back
//   *                 say the screen again
//   + / -             louder / quieter
//   /                 blank the screen for privacy, and show it again
// Letters and the main keyboard's digits are left alone: a barcode scanner types those.
// It starts with "Talk to me", with headphones plugged in, or with any keypad or arrow key on the
// attract screen. What was said is kept on window.kioskSpoken so a test can check it where a
// headless browser has no voices; on the kiosk box the browser's voices (espeak-ng) say it.
(() => {
  "use strict";
  const state = { current: null, volume: 0.8, lastStep: null, lastMode: null };

  const main = () => document.querySelector("main.kiosk");
  const on = () => main()?.dataset.speech === "on";
  const words = () => document.getElementById("speech-words")?.dataset ?? {};
  const fill = (template, values) => (template ?? "").replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
  const clean = (text) => (text ?? "").replace(/\s+/g, " ").trim();

  const say = (text) => window.kiosk.say(clean(text), words().lang || document.documentElement.lang || "en", state.volume);

  // Everything the patient can choose on this screen, in reading order; the idle question first when it is up.
  function items() {
    const scope = document.querySelector("main.kiosk .idle") ?? main();
    return [...(scope?.querySelectorAll("button, input") ?? [])]
      .filter((e) => !e.disabled && e.offsetParent !== null && e.closest("#speech-words") === null);
  }

  function nameOf(e) {
    if (e.tagName === "INPUT") {
      const label = clean(e.closest("label")?.querySelector("span")?.textContent);
      return fill(words().box, { label, value: e.value || words().empty || "" });
    }
    const text = clean(e.getAttribute("aria-label") || e.innerText || e.textContent);
    return e.getAttribute("aria-pressed") === "true" ? `${text}, ${words().selected ?? ""}` : text;
  }

  function announce(index) {
    const list = items();
    if (list.length === 0) return;
    const at = (index + list.length) % list.length;
    const e = list[at];
    state.current = e;
    // Buttons take the focus (a sighted helper sees where the patient is). A box does not: focusing
    // a box moves the on-screen keys to it, and passing over a box must not; choosing it (5) does.
    if (e.tagName === "INPUT") document.activeElement?.blur?.();
    else e.focus({ preventScroll: false });
    say(fill(words().position, { item: nameOf(e), n: at + 1, total: list.length }));
  }

  // Where the patient is: the thing last spoken if it is still on the screen, else what has the focus.
  function position(list) {
    const current = list.indexOf(state.current);
    return current >= 0 ? current : list.indexOf(document.activeElement);
  }

  // The screen in a few sentences: the question on it, what it says, and how to use the keys.
  function screenText() {
    const scope = document.querySelector("main.kiosk .idle") ?? document.querySelector("main.kiosk .step");
    if (!scope) return "";
    const parts = [...scope.querySelectorAll("h1, h2, .lead, .label, .ticket-code, .place, .range, .reason, .message, [role=status], .answer p")]
      .map((e) => clean(e.textContent)).filter(Boolean);
    return parts.join(". ").replace(/\.\./g, ".");
  }

  function sayScreen(intro = "") {
    state.current = null;
    say(`${intro} ${screenText()}. ${words().help ?? ""}`);
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
  }

  function back() {
    const button = document.querySelector("main.kiosk .idle .primary") ?? [...document.querySelectorAll("main.kiosk [data-nav=back]")].find((b) => b.offsetParent !== null);
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
    NumpadMultiply: () => sayScreen(),
    NumpadAdd: () => volume(0.1), Equal: () => volume(0.1), NumpadSubtract: () => volume(-0.1), Minus: () => volume(-0.1),
    NumpadDivide: blank, Slash: blank,
  };

  document.addEventListener("keydown", (event) => {
    if (!main()) return;
    if (!on()) {
      // A keypad or arrow key on the attract screen means someone is feeling for the keypad: talk to them.
      // (A barcode scanner types letters and digits, never the keypad's own keys or arrows.)
      const keypad = event.code.startsWith("Numpad") || event.code.startsWith("Arrow");
      if (keypad && main().dataset.step === "Welcome") {
        event.preventDefault();
        event.stopImmediatePropagation();
        document.querySelector("main.kiosk [data-access=talk]")?.click();
      }
      return;
    }
    const action = keys[event.code] ?? (event.key === "*" ? () => sayScreen() : event.key === "+" ? () => volume(0.1) : null);
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    // A key speech mode uses is its alone: not typed into a box, not taken for a barcode scan (kiosk.js listens after this).
    event.preventDefault();
    event.stopImmediatePropagation();
    action();
  }, { capture: true });

  // A new screen (or the idle question, or the keypad switching from letters to months) is spoken as it appears.
  new MutationObserver(() => {
    const m = main();
    if (!m) return;
    const speaking = on();
    const step = `${m.dataset.step}|${document.querySelector("main.kiosk .idle") ? "idle" : ""}|${speaking}`;
    const mode = document.querySelector("main.kiosk .keypad")?.dataset.mode ?? "";
    if (!speaking) { state.lastStep = step; state.lastMode = mode; return; }
    if (step !== state.lastStep) {
      const starting = state.lastStep !== null && !state.lastStep.endsWith("|true");
      state.lastStep = step;
      state.lastMode = mode;
      sayScreen(starting ? words().on : "");
    } else if (mode !== state.lastMode) {
      state.lastMode = mode;
      // Typing moved on by itself (a full day goes on to the month): say which box the keys now fill.
      // Moving onto a box moves the keys too, but then the box itself has just been spoken.
      const active = document.querySelector("main.kiosk .entry.active span");
      if (active && document.activeElement?.tagName !== "INPUT") say(clean(active.textContent));
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-step", "data-speech", "data-mode"] });

  // Headphones plugged into the kiosk: a new audio output appears. Start talking if nobody is using the screen.
  if (navigator.mediaDevices?.addEventListener) {
    let outputs = -1;
    const count = async () => (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === "audiooutput").length;
    count().then((n) => { outputs = n; }).catch(() => {});
    navigator.mediaDevices.addEventListener("devicechange", async () => {
      const n = await count().catch(() => outputs);
      if (n > outputs && outputs >= 0 && !on() && main()?.dataset.step === "Welcome") {
        document.querySelector("main.kiosk [data-access=talk]")?.click();
      }
      outputs = n;
    });
  }
})();
