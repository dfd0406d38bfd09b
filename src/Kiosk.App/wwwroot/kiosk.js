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
