// Speech mode's typing (see kiosk-speech.js): where a box takes letters or digits, the keypad's
// digit keys type instead of moving, so a name and a birth date take a few keys, not a hundred.
//   letters  2–9 jump through the letters as on a phone (2: A B C; press again for the next letter),
//            1 to hyphen, apostrophe and space; Enter types the letter just said
//   digits   0–9 type the digit; Enter goes on to the next box
//   months   the month's number: 2–9 at once; 1 then Enter for January, 1 then 0, 1 or 2 for October to December
//   code     as letters, each key's digit coming after its letters (2: A B C 2), as on a phone;
//            Enter types the key just said, and with nothing said finds the appointment
// Everywhere: point erases; 0 takes the last letter back, and on an empty box goes back a box (from
// the first box, back a screen). Every key typed is said back ("Typed N.").
(() => {
  "use strict";
  const speech = window.kioskSpeech;
  // A group's keys that are not on the screen's keypad are passed over: a name has no digits,
  // a confirmation code no I, O, Ñ, 1 or punctuation.
  const groups = { 1: ["-", "'", "space"], 2: "ABC2", 3: "DEF3", 4: "GHI4", 5: "JKL5", 6: "MNOÑ6", 7: "PQRS7", 8: "TUV8", 9: "WXYZ9" };

  const keypad = () => document.querySelector("main.kiosk .step .keypad");
  const key = (name) => [...(keypad()?.querySelectorAll("button[data-key]") ?? [])]
    .find((b) => b.dataset.key.toUpperCase() === name.toUpperCase() && speech.visible(b));
  const boxes = () => [...document.querySelectorAll("main.kiosk .step .entry input")].filter(speech.visible);

  function type(button) {
    if (!button) return;
    button.click();
    speech.say(speech.fill(speech.words().typed, { key: speech.nameOf(button) }));
    // Enter now goes on from the box, whichever key typed into it.
    speech.place(speech.activeBox() ?? button);
  }

  function erase() {
    const button = key("erase");
    if (!button) return;
    button.click();
    speech.say(speech.words().erased);
  }

  // The box before or after the one the keys fill; the box that takes them is said as it does.
  function boxBy(step) {
    const list = boxes();
    const at = list.indexOf(speech.activeBox());
    const next = at >= 0 ? list[at + step] : undefined;
    if (next) next.click();
    else if (step < 0) speech.back();
    else speech.sayScreen();
  }

  const takeBack = () => (speech.activeBox()?.value ? erase() : boxBy(-1));

  // Pressing the same key again goes on through its letters; another key starts at its first.
  function jump(digit, group) {
    const list = [...groups[digit]].map(key).filter(Boolean);
    if (list.length === 0) {
      speech.sayScreen();
      return;
    }
    const at = group?.digit === digit ? (group.at + 1) % list.length : 0;
    speech.state.group = { digit, at };
    speech.place(list[at]);
    speech.say(speech.nameOf(list[at]));
  }

  const month = (n) => type(keypad()?.querySelector(`[data-month="${n}"]`));

  function monthKey(digit) {
    const one = speech.state.monthOne;
    speech.state.monthOne = false;
    if (one) month(digit <= "2" ? 10 + Number(digit) : 1);
    else if (digit === "0") boxBy(-1);
    else if (digit === "1") {
      speech.state.monthOne = true;
      speech.say(speech.help("monthOne"));
    } else month(Number(digit));
  }

  // A name and a confirmation code are typed the same way, as on a phone.
  const phone = (digit, group) => (digit === "0" ? takeBack : () => jump(digit, group));
  const modes = {
    letters: phone,
    digits: (digit) => (digit === "0" && !speech.activeBox()?.value ? () => boxBy(-1) : () => type(key(digit))),
    months: (digit) => () => monthKey(digit),
    code: phone,
  };

  // The code step's own button ("Find my appointment"); while it is busy, where the patient is.
  function submit() {
    const button = [...document.querySelectorAll("main.kiosk .step [type=submit]")].find(speech.visible);
    if (button) button.click();
    else speech.sayScreen();
  }

  // Enter types the key just said; on a box of digits it goes on to the next box. On a code, a key
  // typed leaves the patient on the box, and Enter there looks the code up.
  function enter(mode, group) {
    const current = speech.state.current;
    const onBox = !current || current === speech.activeBox();
    if (mode === "months" && speech.state.monthOne) {
      speech.state.monthOne = false;
      month(1);
    } else if ((mode === "digits" || mode === "months") && onBox) {
      boxBy(1);
    } else if (mode === "code" && group) {
      type(current);
    } else if (mode === "code" && onBox) {
      submit();
    } else {
      speech.choose();
    }
  }

  speech.typing = (event, group) => {
    const mode = speech.keypadMode();
    if (!modes[mode]) return null;
    if (event.code === "NumpadDecimal") return erase;
    if (event.code === "Enter" || event.code === "NumpadEnter") return () => enter(mode, group);
    const digit = /^Numpad(\d)$/.exec(event.code)?.[1];
    return digit === undefined ? null : modes[mode](digit, group);
  };
})();
