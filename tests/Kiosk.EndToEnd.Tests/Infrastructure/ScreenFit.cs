using Microsoft.Playwright;

namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Does the screen as it is now fit, as a patient standing (or seated) in front of it sees it:
/// every control wholly on the screen with nothing to scroll, no text spilling out of its box or
/// cut off, no word broken across two lines, every control at least 48 px each way, and in reach mode no control above the middle.
/// </summary>
public static class ScreenFit
{
    /// <summary>Each problem in words ("off-screen: #birth-year …"); empty when the screen fits.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page) => await page.EvaluateAsync<string[]>(Script);

    private const string Script = """
        () => {
          const w = innerWidth, h = innerHeight, problems = [];
          const reach = document.querySelector('main.kiosk.reach') !== null;
          const modal = document.querySelector('[role=alertdialog]');
          const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
          const what = e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} "${(e.innerText || e.value || e.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
          const box = r => `${Math.round(r.left)},${Math.round(r.top)} to ${Math.round(r.right)},${Math.round(r.bottom)}`;
          const page = document.scrollingElement;
          if (page.scrollHeight > h + 1) problems.push(`the page scrolls: ${page.scrollHeight} px tall on a ${h} px screen`);
          if (page.scrollWidth > w + 1) problems.push(`the page scrolls sideways: ${page.scrollWidth} px wide on a ${w} px screen`);
          for (const e of document.querySelectorAll('button, input, select, textarea, a[href]')) {
            if (!shown(e)) continue;
            const r = e.getBoundingClientRect();
            if (r.left < -0.5 || r.top < -0.5 || r.right > w + 0.5 || r.bottom > h + 0.5) problems.push(`off the screen: ${what(e)} at ${box(r)}`);
            if (reach && r.top < h / 2 - 0.5) problems.push(`above the middle in reach mode: ${what(e)} at ${box(r)}`);
            if (r.width < 47.5 || r.height < 47.5) problems.push(`smaller than a 48 px target: ${what(e)} is ${Math.round(r.width)}×${Math.round(r.height)} px`);
            // Something else drawn over it (the access bar over a button that spilled out of its card); an open dialog covers the rest on purpose.
            if (modal && !modal.contains(e)) continue;
            const x = Math.min(Math.max((r.left + r.right) / 2, 0), w - 1), y = Math.min(Math.max((r.top + r.bottom) / 2, 0), h - 1);
            const top = document.elementFromPoint(x, y);
            if (top && !e.contains(top) && !top.contains(e)) problems.push(`covered: ${what(e)} lies under ${what(top)}`);
          }
          // Text wider or taller than its own box spills over its neighbours, or is cut off where the box hides overflow.
          for (const e of document.querySelectorAll('main button, main h1, main h2, main p, main li, main legend, main label > span, main .slides, main figcaption, main .step')) {
            if (!shown(e)) continue;
            if (e.scrollWidth > e.clientWidth + 1) problems.push(`text wider than its box: ${what(e)} (${e.scrollWidth} > ${e.clientWidth} px)`);
            if (e.matches('button, .slides, .step') && e.scrollHeight > e.clientHeight + 1) problems.push(`text taller than its box: ${what(e)} (${e.scrollHeight} > ${e.clientHeight} px)`);
          }
          // A word broken across lines ("appointme / nt"): its letters lie on more than one line.
          const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.parentElement || !shown(node.parentElement)) continue;
            for (const word of node.data.matchAll(/[^\s\-‐–—\/·]{2,}/g)) {
              range.setStart(node, word.index);
              range.setEnd(node, word.index + word[0].length);
              const rects = [...range.getClientRects()].filter(r => r.width > 0);
              if (rects.length > 1 && rects.some(r => r.top >= rects[0].bottom - 2)) problems.push(`word broken across lines: "${word[0]}" in ${what(node.parentElement)}`);
            }
          }
          return problems;
        }
        """;
}
