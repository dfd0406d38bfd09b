// Tells the kiosk app this page is alive, every 5 s: if the browser hangs, crashes or shows an error page the
// posts stop, /healthz/screen turns 503, and the box's watchdog restarts the browser. keepalive lets the last one
// finish even as the page goes away.
(() => {
  const sayAlive = () => fetch("/screen/alive", { method: "POST", keepalive: true, cache: "no-store" }).catch(() => {});
  sayAlive();
  setInterval(sayAlive, 5000);
})();
