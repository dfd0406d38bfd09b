// "I have a question": ask the clinic from the phone, then see it answered here. The same
// idempotency key is sent again on a retry, so a double tap or a reconnect is one question.
(() => {
  "use strict";
  const token = decodeURIComponent(location.pathname.split("/").filter(Boolean).pop() || "");
  const el = (id) => document.getElementById(id);
  const { t, lang, tooMany } = window.phoneWords;
  let topics = [];
  let key = null;
  const questions = new Map();
  // The clinic's clock (its time zone, 24 or 12 hours as its culture writes them), whatever the page's language.
  const { hourCycle, timeZone } = document.body.dataset;
  const time = (iso) => new Date(iso).toLocaleString(lang, { weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle, timeZone });
  const nameOf = (topic) => topic.names[lang] || topic.names.en || topic.id;
  const topicName = (id) => nameOf(topics.find((topic) => topic.id === id) || { id, names: {} });

  function render() {
    const list = el("q-list");
    list.replaceChildren(...[...questions.values()].map((q) => {
      const li = document.createElement("li");
      li.dataset.status = q.status;
      li.append(`${topicName(q.topicId)}: ${t(`callbacks.status.${q.status}`)}`);
      if (q.status === "Received" || q.status === "OnIt") li.append(document.createElement("br"), t("phone.answer-by", { due: time(q.answerDueBy) }));
      if (q.answer) {
        const a = document.createElement("p");
        a.className = "answer";
        a.textContent = q.answer;
        li.append(a);
      }
      return li;
    }));
  }

  function showTopics() {
    el("q-topics").replaceChildren(...topics.map((topic, i) => {
      const label = document.createElement("label");
      label.className = "choice";
      const input = Object.assign(document.createElement("input"), { type: "radio", name: "q-topic", value: topic.id, checked: i === 0 });
      label.append(input, ` ${nameOf(topic)} (${t("callbacks.topic.promise", { hours: topic.promiseBusinessHours })})`);
      return label;
    }));
  }

  // The page's one connection (phone.js): questions load each time it has watched the ticket (first, and after a reconnect).
  const { hub } = window.phoneLive;
  // A status older than the one shown (it arrived late) is dropped.
  const keep = (q) => { const shown = questions.get(q.id); if (!shown || q.sequence >= shown.sequence) questions.set(q.id, q); };
  hub.on("QuestionUpdated", (q) => { keep(q); render(); });
  window.phoneLive.whenWatched(async () => {
    try {
      topics = await hub.invoke("CallbackTopics");
      showTopics();
      const mine = await hub.invoke("MyQuestions", token);
      for (const q of mine.value || []) keep(q);
      render();
    } catch { /* the connection dropped: they load again when it is back */ }
  });

  el("q-open").addEventListener("click", () => { el("q-form").hidden = false; el("q-open").hidden = true; });
  el("q-form").addEventListener("change", () => {
    el("q-phone-box").hidden = document.querySelector("input[name=q-reply]:checked").value !== "CallMeBack";
  });
  el("q-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    key = key || crypto.randomUUID();
    const reply = document.querySelector("input[name=q-reply]:checked").value;
    const error = el("q-error");
    try {
      const result = await hub.invoke("AskQuestion", {
        idempotencyKey: key,
        ticketToken: token,
        topicId: (document.querySelector("input[name=q-topic]:checked") || {}).value || "",
        text: el("q-text").value,
        replyBy: reply,
        phone: reply === "CallMeBack" ? el("q-phone").value : null,
        language: lang,
      });
      if (result.refusal) {
        const r = result.refusal;
        const known = `callbacks.refusal.${r.code}`;
        // Input the page itself sent wrong is not something the patient can fix by rewording: it was not sent.
        error.textContent = r.code === "invalid-input" ? t("phone.not-sent")
          : t(known) === known ? t("phone.check-question") : t(known, { example: r.example || "", max: r.maxLength || "" });
        error.hidden = false;
        return;
      }
      key = null;
      error.hidden = true;
      questions.set(result.value.id, result.value);
      render();
      el("q-form").reset();
      el("q-form").hidden = true;
      el("q-open").hidden = false;
    } catch (err) {
      error.textContent = t(tooMany(err) ? "phone.too-many" : "phone.not-sent");
      error.hidden = false;
    }
  });
})();
