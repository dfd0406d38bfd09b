// Speech mode's ears (see kiosk-speech.js): the keys it takes for itself, and what it says by
// itself as the screen changes — a new screen, a box that takes the keys, a message.
(() => {
  "use strict";
  const speech = window.kioskSpeech;
  const { state, main, on, words, say, sentences, sayScreen, volume, activeBox, textOf, nameOf, place, help, keypadMode } = speech;

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
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const group = state.group;
    const action = speech.typing(event, group) ?? speech.keys[event.code] ?? (event.key === "*" ? () => sayScreen("", true) : event.key === "+" ? () => volume(0.1) : null);
    if (!action) return;
    // A key speech mode uses is its alone: not typed into a box, not taken for a barcode scan (kiosk.js listens after this).
    event.preventDefault();
    event.stopImmediatePropagation();
    state.group = null;
    action();
    // The page never sees this key, so tell the kiosk the patient is still here; count the answers for a test.
    state.dotnet?.invokeMethodAsync("Pressed").then(() => { window.kioskKeysHeard = (window.kioskKeysHeard ?? 0) + 1; }).catch(() => {});
  }, { capture: true });

  // A new screen (or the idle question) is spoken as it appears; so is a box that takes the keys by
  // itself (a full day goes on to the month), and a message that appears on the screen.
  new MutationObserver(() => {
    const m = main();
    if (!m) return;
    const speaking = on();
    const idle = document.querySelector("main.kiosk .idle") !== null;
    const step = `${m.dataset.step}|${idle ? "idle" : ""}|${speaking}`;
    const box = activeBox();
    const message = textOf(document.querySelector("main.kiosk .step [role=alert]"));
    const before = { step: state.lastStep, box: state.lastBox, message: state.lastMessage };
    Object.assign(state, { lastStep: step, lastBox: box?.id ?? "", lastMessage: message });
    if (!speaking) return;
    if (step !== before.step) {
      const starting = before.step !== null && !before.step.endsWith("|true");
      sayScreen(starting ? words().on : "", starting);
    } else if (!idle && box && box.id !== before.box) {
      // Say what the box just left holds ("Day, box, 14"), then the box the keys now fill and how.
      const left = before.box ? document.getElementById(before.box) : null;
      place(box);
      say(sentences([left?.value ? nameOf(left) : "", nameOf(box), help(keypadMode())]));
    } else if (message && message !== before.message) {
      say(message);
    }
  }).observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["data-step", "data-speech", "data-mode", "class"] });

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
