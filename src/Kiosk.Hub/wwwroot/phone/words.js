// The page's words in the patient's language, put in the page by the hub (kiosk-content/strings/phone.* and callbacks.*).
(() => {
  "use strict";
  const words = JSON.parse(document.getElementById("words").textContent);
  window.phoneWords = {
    lang: document.documentElement.lang || "en",
    t: (key, values = {}) => (words[key] ?? key).replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole)),
    // Refusals come back in the result ({ value, refusal: { code, message } }); only the transport says no by error.
    // A limit said "not so often" (HubRefusals.TooManyRequests in Kiosk.Contracts): later works, so it is not "link expired" or "failed".
    tooMany: (err) => /too-many-requests: /.test((err && err.message) || ""),
  };
})();
