// The phone page: one visit, live. It never gives up reconnecting: a phone in a pocket loses
// its connection often, and a stale wait is worse than saying "reconnecting".
(() => {
  "use strict";
  const token = decodeURIComponent(location.pathname.split("/").filter(Boolean).pop() || "");
  const el = (id) => document.getElementById(id);
  const { t, tooMany } = window.phoneWords;

  // "I need help now": only while in the waiting room. Asked once more to be sure (a tap in a
  // pocket must not send someone running); once asked, "I no longer need help" takes it back.
  function showHelp(ticket) {
    const asked = ticket.help === "Asked";
    el("help").hidden = !["Waiting", "Called"].includes(ticket.status);
    el("help-now").hidden = asked || !el("help-confirm").hidden;
    el("help-undo").hidden = !asked;
    el("help-status").hidden = !ticket.help;
    el("help-status").textContent = ticket.help ? t(`phone.help.${ticket.help}`) : "";
  }

  // "How was your visit today?": once seen; the answer held is shown pressed, and a tap can change it.
  function showRating(ticket) {
    el("rate").hidden = !["InRoom", "Done"].includes(ticket.status);
    for (const button of document.querySelectorAll("[data-rating]")) {
      button.setAttribute("aria-pressed", String(button.dataset.rating === ticket.rating));
    }
    el("rate-status").hidden = !ticket.rating;
    el("rate-status").textContent = ticket.rating ? t("phone.rate-thanks") : "";
  }

  // "Tell me when I'm 3 away": kept on this phone (it survives a reload). Once the patient is three
  // away or closer, the page says so, buzzes and, where allowed, shows a notification: once. An
  // open page is the only way to reach the phone, and the page says that too.
  // Where storage is refused (some private modes) it holds for this page only.
  const near = { place: 3, key: `near:${token}`, here: null };
  const nearState = () => { try { return localStorage.getItem(near.key) ?? near.here; } catch { return near.here; } };
  const setNear = (state) => {
    near.here = state;
    try { state ? localStorage.setItem(near.key, state) : localStorage.removeItem(near.key); } catch { /* this page only */ }
  };
  let last = null;

  function showNear(ticket) {
    const waiting = ticket.status === "Waiting";
    const close = waiting && ticket.placeInLine <= near.place;
    if (close && nearState() === "on") {
      setNear("told");
      navigator.vibrate?.([300, 150, 300]);
      try {
        if (window.Notification?.permission === "granted") new Notification(t("phone.near-title"), { body: t("phone.near-now", { place: ticket.placeInLine }) });
      } catch { /* some phones only notify from a service worker: the page and the buzz still tell */ }
    }

    el("near").hidden = !waiting || close;
    el("near-ask").setAttribute("aria-pressed", String(nearState() === "on"));
    el("near-status").hidden = nearState() !== "on";
    el("near-status").textContent = t("phone.near-on");
    el("near-alert").hidden = !(waiting && close && nearState() === "told");
    el("near-alert").textContent = t("phone.near-now", { place: ticket.placeInLine });
  }

  el("near-ask").addEventListener("click", () => {
    setNear(nearState() === "on" ? null : "on");
    if (nearState() === "on" && window.Notification?.permission === "default") {
      try { Promise.resolve(Notification.requestPermission()).catch(() => {}); } catch { /* the page and the buzz still tell */ }
    }
    if (last) showNear(last);
  });

  // Every view carries the room's change number: one older than what is shown arrived late and is dropped.
  function show(ticket) {
    if (last && ticket.sequence < last.sequence) return;
    last = ticket;
    el("code").textContent = ticket.code;
    el("error").hidden = true;
    showHelp(ticket);
    showRating(ticket);
    showNear(ticket);
    const wait = el("wait");
    switch (ticket.status) {
      case "Waiting":
        el("status").textContent = ticket.placeInLine === 1
          ? t("phone.next", { provider: ticket.providerName })
          : t("phone.place", { place: ticket.placeInLine, provider: ticket.providerName });
        if (ticket.estimate) {
          const e = ticket.estimate;
          // The hub words the range as every screen does (ShownWait): whole five minutes, "up to" near zero.
          const w = e.shown;
          el("range").textContent = w.kind === "FewMinutes" ? t("phone.few-minutes")
            : w.kind === "UpTo" ? t("phone.up-to", { high: w.highMinutes }) : t("phone.range", { low: w.lowMinutes, high: w.highMinutes });
          // Sentences worded in the page's language; the hub's English only if it sent none.
          el("reason").textContent = e.reasonParts && e.reasonParts.length
            ? e.reasonParts.map((p) => t(`reason.${p.key}`, p.values)).join(" ")
            : e.reason;
          wait.hidden = false;
        } else {
          wait.hidden = true;
        }
        break;
      case "Called":
        el("status").textContent = t("phone.called", { room: ticket.room });
        wait.hidden = true;
        break;
      case "InRoom":
      case "Done":
        el("status").textContent = t("phone.seen");
        wait.hidden = true;
        break;
      default:
        el("status").textContent = t("phone.not-waiting");
        wait.hidden = true;
    }
  }

  function connection(state) {
    el("connection").textContent = t(`phone.${state}`);
    // A number that may be stale is dimmed rather than shown as if current.
    document.body.classList.toggle("stale", state !== "live");
  }

  // The visit as the hub had it when it made this page: shown at once, so the page does not move
  // when the connection comes up (it brings the same, or newer).
  show(JSON.parse(el("ticket-now").textContent));
  document.body.classList.remove("loading");

  // One connection for the page: the questions (questions.js) use it too, and load once the link is accepted.
  const hub = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/waiting-room")
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => Math.min(30000, 1000 * 2 ** Math.min(ctx.previousRetryCount, 5)) })
    .build();
  const watchers = [];
  window.phoneLive = { hub, whenWatched: (load) => watchers.push(load) };
  hub.on("TicketUpdated", (ticket) => { if (ticket.token === token) show(ticket); });
  hub.onreconnecting(() => connection("reconnecting"));
  hub.onreconnected(() => watch());
  hub.onclose(() => start());

  async function watch() {
    let text;
    try {
      const watched = await hub.invoke("WatchTicket", token);
      if (!watched.refusal) {
        show(watched.value);
        connection("live");
        for (const load of watchers) load();
        return;
      }
      // The hub's reasons are English and meant for staff: a refused link reads as one not valid any more.
      text = "phone.expired-body";
    } catch (err) {
      text = tooMany(err) ? "phone.too-many" : "phone.error";
    }
    el("error").textContent = t(text);
    el("error").hidden = false;
    connection("not-live");
  }

  async function start(attempt = 0) {
    try {
      await hub.start();
      await watch();
    } catch {
      connection("reconnecting");
      setTimeout(() => start(attempt + 1), Math.min(30000, 1000 * 2 ** Math.min(attempt, 5)));
    }
  }

  function confirming(on) {
    el("help-confirm").hidden = !on;
    if (last) showHelp(last);
    el(on ? "help-yes" : "help-now").focus();
  }

  el("help-now").addEventListener("click", () => confirming(true));
  el("help-no").addEventListener("click", () => confirming(false));
  el("help-yes").addEventListener("click", () => {
    el("help-confirm").hidden = true;
    helpCall("NeedHelpNow");
  });
  el("help-undo").addEventListener("click", () => helpCall("NoLongerNeedHelp"));

  async function helpCall(method) {
    let text = "phone.help-failed";
    try {
      const helped = await hub.invoke(method, token);
      if (!helped.refusal) return show(helped.value);
    } catch (err) {
      if (tooMany(err)) text = "phone.help-too-many";
    }
    if (last) showHelp(last);
    el("help-status").textContent = t(text);
    el("help-status").hidden = false;
  }

  for (const button of document.querySelectorAll("[data-rating]")) {
    button.addEventListener("click", async () => {
      try {
        const rated = await hub.invoke("RateVisit", { token, rating: button.dataset.rating });
        if (!rated.refusal) return show(rated.value);
      } catch { /* worded below, like a refusal */ }
      el("rate-status").textContent = t("phone.rate-failed");
      el("rate-status").hidden = false;
    });
  }

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && hub.state === signalR.HubConnectionState.Disconnected) start();
  });
  window.addEventListener("online", () => { if (hub.state === signalR.HubConnectionState.Disconnected) start(); });
  // After every script of the page has run, so questions.js is listening before the link is watched.
  document.addEventListener("DOMContentLoaded", () => start());
})();
