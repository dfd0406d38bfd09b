// Read the screen aloud with the browser's own voices (espeak-ng on the kiosk box can back them).
// What was said is kept on window so a test can check it where a headless browser has no voices.
window.kiosk = {
  speak(lang) {
    const step = document.querySelector("main.kiosk .step");
    const dialog = document.querySelector("main.kiosk .idle");
    const text = ((dialog ?? step)?.innerText ?? "").replace(/\s+/g, " ").trim();
    window.kioskLastSpoken = text;
    if ("speechSynthesis" in window) {
      speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      utterance.rate = 0.9;
      speechSynthesis.speak(utterance);
    }
    return text;
  },
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
