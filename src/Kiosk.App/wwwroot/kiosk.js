// Read the screen aloud with the browser's own voices (espeak-ng on the kiosk box can back them).
// What was said is kept on window so a test can check it where a headless browser has no voices.
window.kiosk = {
  // Says a text: read-aloud and speech mode (kiosk-speech.js) both speak through here.
  say(text, lang, volume = 1) {
    const spoken = (text ?? "").replace(/\s+/g, " ").trim();
    (window.kioskSpoken ??= []).push(spoken);
    window.kioskLastSpoken = spoken;
    if ("speechSynthesis" in window) {
      speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(spoken);
      utterance.lang = lang;
      utterance.rate = 0.9;
      utterance.volume = volume;
      speechSynthesis.speak(utterance);
    }
    return spoken;
  },
  speak(lang) {
    const step = document.querySelector("main.kiosk .step");
    const dialog = document.querySelector("main.kiosk .idle");
    return kiosk.say((dialog ?? step)?.innerText, lang);
  },

  // Keys from a USB barcode scanner (it types like a keyboard) or a physical keyboard. Every
  // printable key and Enter is held back from the page — so a scanned code never lands in the
  // box that has focus — and sent to the kiosk with the moment it was pressed. The kiosk's
  // ScanDetector decides: a burst of 6+ keys under 50 ms apart ending in Enter is a scan;
  // anything else is typing, which the kiosk puts into the chosen box itself.
  // Left alone: Backspace, Tab, arrows, shortcuts, and the question screen's free-text boxes.
  listenForKeys(dotnet) {
    kiosk.stopListening();
    const onKey = (e) => {
      if (e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
      if (e.key !== "Enter" && e.key.length !== 1) return;
      if (e.target instanceof Element && e.target.matches(".question input")) return;
      e.preventDefault();
      // The last few key times, for a test (or an engineer) to see how fast a scanner really types.
      (window.kioskKeyTimes ??= []).push(Math.round(e.timeStamp));
      window.kioskKeyTimes.splice(0, window.kioskKeyTimes.length - 20);
      dotnet.invokeMethodAsync("Key", e.key, e.timeStamp);
    };
    document.addEventListener("keydown", onKey, true);
    document.documentElement.dataset.keys = "listening";
    kiosk.stopListening = () => {
      document.removeEventListener("keydown", onKey, true);
      delete document.documentElement.dataset.keys;
    };
  },
  stopListening() {},
};

// Lobby videos: silent, one after another, each with its caption; still for anyone who asked for less motion.
(() => {
  const still = window.matchMedia("(prefers-reduced-motion: reduce)");
  // The muted attribute only sets the default once the page is live: make sure it is silent before any sound.
  const silence = (e) => {
    if (!e.target.matches?.(".lobby-video video")) return;
    e.target.muted = true;
    if (e.type === "play" && still.matches) e.target.pause();
  };
  for (const type of ["loadstart", "loadedmetadata", "play"]) document.addEventListener(type, silence, true);
  document.addEventListener("ended", (e) => {
    const video = e.target;
    const figure = video.closest?.(".lobby-video");
    if (!figure) return;
    const files = figure.dataset.files.split("|");
    const captions = figure.dataset.captions.split("|");
    const next = (files.indexOf(decodeURIComponent(video.getAttribute("src").replace(/^media\//, ""))) + 1) % files.length;
    video.src = `media/${files[next]}`;
    figure.querySelector("figcaption").textContent = captions[next];
    video.play().catch(() => {});
  }, true);
})();
