// The urgent-alert sound: a short falling two-note tone made with Web Audio (no file), repeated
// until someone at a desk says "I'm going". A browser only lets a page make sound once someone
// has clicked on it; until then the banner says so (body.sound-on hides that line).
import { notes } from "/sound.js";

let timer = null;
let chimes = 0;

function chime() {
  notes([880, 660], { gap: 0.22, peak: 0.35, length: 0.2 });
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
