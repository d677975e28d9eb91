"""Layout checks for a page as it is now: nothing scrolls sideways and no text sits on other text.

Run in the browser with page.evaluate; each returns a list of readable problems (empty: fine).
"""

# The page is wider than the window: the user has to scroll sideways to read it.
SIDEWAYS = """() => {
  const root = document.documentElement;
  const problems = [];
  if (root.scrollWidth > window.innerWidth) {
    problems.push(`page is ${root.scrollWidth}px wide in a ${window.innerWidth}px window`);
  }
  // A table wrapper that scrolls hides columns on a phone just as well.
  for (const wrap of document.querySelectorAll('.lw-table-wrap')) {
    if (wrap.scrollWidth > wrap.clientWidth + 1 && wrap.offsetParent !== null) {
      const what = wrap.textContent.trim().slice(0, 60);
      problems.push(`a table scrolls sideways (${wrap.scrollWidth}px in ${wrap.clientWidth}px): ${what}`);
    }
  }
  return problems;
}"""

# Text on text. Every visible piece of text is measured line by line (a Range over its text node gives one box
# per line), and every form control as one box. Inside each container (a table row, a card, a list item, or
# the page's header and main) no two of these boxes from different nodes may cover each other by more than
# TOLERANCE pixels in both directions. A button's or select's own text is part of the control's box, so it
# is not measured again.
OVERLAP = """(selector) => {
  const TOLERANCE = 2;
  const CONTAINERS = selector || 'tr, .lw-card, li, .utrecht-alert, .utrecht-form-field, header, main';
  const CONTROLS = 'input:not([type=hidden]), select, textarea, button, .utrecht-button-link';

  // Hidden from sight: not displayed, invisible, inside a closed <details>, or clipped away as
  // screen-reader-only text is.
  const hidden = (el) => {
    const seen = {contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true};
    if (!el.checkVisibility(seen)) return true;
    for (let node = el; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return true;
      if (style.clip !== 'auto' && style.position === 'absolute') return true;
      if (style.clipPath && style.clipPath !== 'none') return true;
    }
    return false;
  };

  const boxesIn = (container) => {
    const boxes = [];
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (!text.textContent.trim() || !parent) continue;
      if (parent.closest('select, button, textarea, option, script, style, .utrecht-button-link')) continue;
      if (hidden(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && r.height > 0) boxes.push({node: text, rect: r, label: text.textContent.trim().slice(0, 40)});
      }
    }
    for (const control of container.querySelectorAll(CONTROLS)) {
      const r = control.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && !hidden(control)) {
        const text = (control.textContent || control.value || '').trim().slice(0, 30);
        boxes.push({node: control, rect: r, label: `<${control.tagName.toLowerCase()}> ${text}`});
      }
    }
    return boxes;
  };

  // A control wraps its own label text (a link styled as a button): that is not an overlap.
  const related = (a, b) => a.node.contains(b.node) || b.node.contains(a.node);

  const problems = new Set();
  for (const container of document.querySelectorAll(CONTAINERS)) {
    if (hidden(container)) continue;
    const boxes = boxesIn(container);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i], b = boxes[j];
        if (a.node === b.node || related(a, b)) continue;
        const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (across > TOLERANCE && down > TOLERANCE) problems.add(`"${a.label}" overlaps "${b.label}"`);
      }
    }
  }
  return [...problems];
}"""


def layout_problems(page, containers=None):
    """Sideways scrolling and overlapping text on the page as it is now, in words."""
    return page.evaluate(SIDEWAYS) + page.evaluate(OVERLAP, containers)
