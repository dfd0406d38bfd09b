// The page's one Web Audio context. A browser only lets a page make sound once someone has
// clicked on it or pressed a key (or Chromium was started with
// --autoplay-policy=no-user-gesture-required); body.sound-on says when it can, so a page can tell
// people when it cannot.
let context = null;

export function audio() {
  if (!context) {
    context = new AudioContext();
    const heard = () => document.body.classList.toggle("sound-on", context.state === "running");
    context.addEventListener("statechange", heard);
    for (const type of ["pointerdown", "keydown"]) document.addEventListener(type, () => context.resume(), { capture: true });
    heard();
  }
  return context;
}

/** Soft sine notes one after another, each rising and fading: the page's chimes. */
export function notes(frequencies, { gap, peak, length }) {
  const ctx = audio();
  const start = ctx.currentTime + 0.02;
  frequencies.forEach((hz, i) => {
    const at = start + i * gap;
    const tone = new OscillatorNode(ctx, { type: "sine", frequency: hz });
    const level = new GainNode(ctx, { gain: 0.0001 });
    level.gain.exponentialRampToValueAtTime(peak, at + 0.02);
    level.gain.exponentialRampToValueAtTime(0.0001, at + length);
    tone.connect(level).connect(ctx.destination);
    tone.start(at);
    tone.stop(at + length + 0.01);
  });
}
