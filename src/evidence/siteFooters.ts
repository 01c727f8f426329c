// A site's footer copied with its page: "Ministry of Culture | Privacy Policy | Accessibility
// Statement | Contact". Its items are links to the site's own pages, and a policy page named a
// statement ("Accessibility Statement", "Modern Slavery Statement") is no statement the page reports.

// A footer's line is short: a longer one is prose, whatever it holds.
const MAX_LINE = 300;
// Items are set apart by a bar, a middle dot or a wide gap, as sites print them.
const SEPARATOR = /\s*[|·•]\s*|\s{3,}/;
// A link to one of the site's own policy pages: what marks a line of links as a site's footer.
// Not "Contact us": a link of every banner and menu, at the top of a page as at its foot.
const POLICY_NAME =
  '(?:privacy(?: policy| notice| statement)?|accessibility(?: statement)?|cookies?(?: policy| settings)?|legal notice|terms(?: of use| and conditions)?|site ?map|imprint|disclaimer|copyright(?: information)?|data protection|foia)';
// The owner's mark is an item too, "© 2031 Kostal Shipping. All rights reserved.", and may run into
// the first link; never into a sentence.
const POLICY_ITEM = new RegExp(
  `^(?:${POLICY_NAME}|(?:©|\\(c\\))[^.!?;]{0,60}(?:\\.\\s*(?:all rights reserved\\.?|${POLICY_NAME}))?\\.?)$`,
  'i',
);
// An item is a few words of a link's name, never a sentence.
const LINK_ITEM = /^[^.!?;:]{1,60}$/;

/** Whether the text at `at` stands in a line of a site's footer links. */
export function inSiteFooter(text: string, at: number): boolean {
  // The line is looked for within its bound only: a trigger deep in a long paragraph costs no scan.
  const from = Math.max(0, at - MAX_LINE);
  const before = text.slice(from, at);
  const newlineBefore = before.lastIndexOf('\n');
  if (newlineBefore < 0 && from > 0) return false;
  const after = text.slice(at, at + MAX_LINE);
  const newlineAfter = after.indexOf('\n');
  if (newlineAfter < 0 && at + MAX_LINE < text.length) return false;
  const line = before.slice(newlineBefore + 1) + (newlineAfter < 0 ? after : after.slice(0, newlineAfter));
  if (line.length > MAX_LINE) return false;
  const items = line
    .trim()
    .split(SEPARATOR)
    .filter((item) => item.length > 0);
  return (
    items.length >= 3 &&
    items.every((item) => LINK_ITEM.test(item) || POLICY_ITEM.test(item)) &&
    items.some((item) => POLICY_ITEM.test(item))
  );
}
