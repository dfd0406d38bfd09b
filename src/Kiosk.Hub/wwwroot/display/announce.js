// The TV says each call out loud for anyone not watching the screen: a soft rising chime (Web
// Audio, no file), then the browser's voice: "Ticket A 0 0 3. Please go to Room 2." The code is
// spelled one character at a time so "A003" is never read as a word. Never a name: the TV has none.
// Until the browser lets the page make sound (see /sound.js) the page says so. What was said is
// kept on window.tvAnnounced so a test can check it where a headless browser has no voices.
// While a call fills the screen the lobby video waits, and carries on from there afterwards.
import { audio, notes } from "/sound.js";

function chime() {
  notes([523, 784], { gap: 0.25, peak: 0.25, length: 0.45 });
  document.body.dataset.chimes = String(Number(document.body.dataset.chimes ?? 0) + 1);
}

function lobbyVideos(play) {
  for (const video of document.querySelectorAll(".lobby-media video")) {
    if (play) video.play().catch(() => { /* a video that cannot play stays on its first frame */ });
    else video.pause();
  }
}

export function ready(calling) {
  audio();
  // The muted attribute Blazor writes only sets the default; a video plays by itself only if really muted.
  for (const video of document.querySelectorAll(".lobby-media video")) video.muted = true;
  lobbyVideos(!calling);
}

export function announce(code, room) {
  lobbyVideos(false);
  const words = `Ticket ${[...code].join(" ")}. Please go to ${room}.`;
  (window.tvAnnounced ??= []).push(words);
  chime();
  if ("speechSynthesis" in window) {
    const utterance = new SpeechSynthesisUtterance(words);
    utterance.lang = "en";
    utterance.rate = 0.85;
    setTimeout(() => speechSynthesis.speak(utterance), 700);
  }
}

export function callEnded() {
  lobbyVideos(true);
}
