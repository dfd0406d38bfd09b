// The phone page: one visit, live. It never gives up reconnecting: a phone in a pocket loses
// its connection often, and a stale wait is worse than saying "reconnecting".
(() => {
  "use strict";
  const token = decodeURIComponent(location.pathname.split("/").filter(Boolean).pop() || "");
  const el = (id) => document.getElementById(id);
  const { t } = window.phoneWords;

  // "I need help now": only while in the waiting room; once asked, the button gives way to the news.
  function showHelp(ticket) {
    el("help").hidden = !["Waiting", "Called"].includes(ticket.status);
    el("help-now").hidden = ticket.help === "Asked";
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

  function show(ticket) {
    el("code").textContent = ticket.code;
    el("error").hidden = true;
    showHelp(ticket);
    showRating(ticket);
    const wait = el("wait");
    switch (ticket.status) {
      case "Waiting":
        el("status").textContent = ticket.placeInLine === 1
          ? t("phone.next", { provider: ticket.providerName })
          : t("phone.place", { place: ticket.placeInLine, provider: ticket.providerName });
        if (ticket.estimate) {
          const e = ticket.estimate;
          el("range").textContent = e.highMinutes <= 5 ? t("phone.few-minutes") : t("phone.range", { low: e.lowMinutes, high: e.highMinutes });
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

  /** The hub said no (rather than the connection failing). */
  const refused = (err) => /HubException: /.test((err && err.message) || "");

  const hub = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/waiting-room")
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => Math.min(30000, 1000 * 2 ** Math.min(ctx.previousRetryCount, 5)) })
    .build();
  hub.on("TicketUpdated", (ticket) => { if (ticket.token === token) show(ticket); });
  hub.onreconnecting(() => connection("reconnecting"));
  hub.onreconnected(() => watch());
  hub.onclose(() => start());

  async function watch() {
    try {
      show(await hub.invoke("WatchTicket", token));
      connection("live");
    } catch (err) {
      // The hub's reasons are English and meant for staff: a refused link reads as one not valid any more.
      el("error").textContent = t(refused(err) ? "phone.expired-body" : "phone.error");
      el("error").hidden = false;
      connection("not-live");
    }
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

  el("help-now").addEventListener("click", async () => {
    try {
      show(await hub.invoke("NeedHelpNow", token));
    } catch {
      el("help-status").textContent = t("phone.help-failed");
      el("help-status").hidden = false;
    }
  });

  for (const button of document.querySelectorAll("[data-rating]")) {
    button.addEventListener("click", async () => {
      try {
        show(await hub.invoke("RateVisit", { token, rating: button.dataset.rating }));
      } catch {
        el("rate-status").textContent = t("phone.rate-failed");
        el("rate-status").hidden = false;
      }
    });
  }

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && hub.state === signalR.HubConnectionState.Disconnected) start();
  });
  window.addEventListener("online", () => { if (hub.state === signalR.HubConnectionState.Disconnected) start(); });
  start();
})();
