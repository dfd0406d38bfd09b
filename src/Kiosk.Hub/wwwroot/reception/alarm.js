// The urgent-alert sound: a short falling two-note tone made with Web Audio (no file), repeated
// until someone at a desk says "I'm going". A browser only lets a page make sound once someone
// has clicked on it; until then the banner says so (body.sound-on hides that line).
let context = null;
let timer = null;
let chimes = 0;

function audio() {
  if (!context) {
    context = new AudioContext();
    const heard = () => document.body.classList.toggle("sound-on", context.state === "running");
    context.addEventListener("statechange", heard);
    for (const type of ["pointerdown", "keydown"]) document.addEventListener(type, () => context.resume(), { capture: true });
    heard();
  }
  return context;
}

function chime() {
  const ctx = audio();
  const start = ctx.currentTime + 0.02;
  [880, 660].forEach((hz, i) => {
    const at = start + i * 0.22;
    const tone = new OscillatorNode(ctx, { type: "sine", frequency: hz });
    const level = new GainNode(ctx, { gain: 0.0001 });
    level.gain.exponentialRampToValueAtTime(0.35, at + 0.02);
    level.gain.exponentialRampToValueAtTime(0.0001, at + 0.2);
    tone.connect(level).connect(ctx.destination);
    tone.start(at);
    tone.stop(at + 0.21);
  });
  document.body.dataset.alarmChimes = String(++chimes);
}

export function ring() {
  document.body.dataset.alarm = "ringing";
  if (timer === null) {
    chime();
    timer = setInterval(chime, 2500);
  }
}

export function quiet() {
  document.body.dataset.alarm = "quiet";
  clearInterval(timer);
  timer = null;
}
