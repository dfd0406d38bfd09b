// The phone page: one visit, live. It never gives up reconnecting: a phone in a pocket loses
// its connection often, and a stale wait is worse than saying "reconnecting".
(() => {
  "use strict";
  const token = decodeURIComponent(location.pathname.split("/").filter(Boolean).pop() || "");
  const el = (id) => document.getElementById(id);
  const ordinal = (n) => n === 1 ? "You are next" : `${n} in line`;

  const helpText = {
    Asked: "Reception has been told. Stay where you are: someone will come to you.",
    Coming: "Someone is coming to you.",
  };

  // "I need help now": only while in the waiting room; once asked, the button gives way to the news.
  function showHelp(ticket) {
    el("help").hidden = !["Waiting", "Called"].includes(ticket.status);
    el("help-now").hidden = ticket.help === "Asked";
    el("help-status").hidden = !ticket.help;
    el("help-status").textContent = helpText[ticket.help] || "";
  }

  function show(ticket) {
    el("code").textContent = ticket.code;
    el("error").hidden = true;
    showHelp(ticket);
    const wait = el("wait");
    switch (ticket.status) {
      case "Waiting":
        el("status").textContent = `${ordinal(ticket.placeInLine)} for ${ticket.providerName}`;
        if (ticket.estimate) {
          const e = ticket.estimate;
          el("range").textContent = e.highMinutes <= 5 ? "A few minutes" : `About ${e.lowMinutes}–${e.highMinutes} min`;
          el("reason").textContent = e.reason;
          wait.hidden = false;
        } else {
          wait.hidden = true;
        }
        break;
      case "Called":
        el("status").textContent = `It's your turn: please go to ${ticket.room}.`;
        wait.hidden = true;
        break;
      case "InRoom":
      case "Done":
        el("status").textContent = "You have been seen. Thank you for waiting.";
        wait.hidden = true;
        break;
      default:
        el("status").textContent = "This visit is no longer waiting. Please ask at the front desk if that is wrong.";
        wait.hidden = true;
    }
  }

  function connection(text) {
    el("connection").textContent = text;
    // A number that may be stale is dimmed rather than shown as if current.
    document.body.classList.toggle("stale", text !== "Live");
  }

  const hub = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/waiting-room")
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => Math.min(30000, 1000 * 2 ** Math.min(ctx.previousRetryCount, 5)) })
    .build();
  hub.on("TicketUpdated", (ticket) => { if (ticket.token === token) show(ticket); });
  hub.onreconnecting(() => connection("Reconnecting… the wait shown may be out of date."));
  hub.onreconnected(() => watch());
  hub.onclose(() => start());

  async function watch() {
    try {
      show(await hub.invoke("WatchTicket", token));
      connection("Live");
    } catch (err) {
      el("error").textContent = (err && err.message || "").replace(/^.*HubException: /, "") || "Something went wrong.";
      el("error").hidden = false;
      connection("Not live");
    }
  }

  async function start(attempt = 0) {
    try {
      await hub.start();
      await watch();
    } catch {
      connection("Reconnecting… the wait shown may be out of date.");
      setTimeout(() => start(attempt + 1), Math.min(30000, 1000 * 2 ** Math.min(attempt, 5)));
    }
  }

  el("help-now").addEventListener("click", async () => {
    try {
      show(await hub.invoke("NeedHelpNow", token));
    } catch (err) {
      el("help-status").textContent = (err && err.message || "").replace(/^.*HubException: /, "")
        || "We could not reach reception. Please go to the front desk or ask anyone nearby.";
      el("help-status").hidden = false;
    }
  });

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && hub.state === signalR.HubConnectionState.Disconnected) start();
  });
  window.addEventListener("online", () => { if (hub.state === signalR.HubConnectionState.Disconnected) start(); });
  start();
})();
