/**
 * Meta's grouping rule for template buttons (META-COMPONENTS, "Button combinations"): quick
 * replies may be mixed with the other button types (URL, phone number, copy code) when the buttons
 * form two groups, the quick replies and the others, in either order: `QR, QR, URL, Phone` and
 * `URL, Phone, QR` are valid; `QR, URL, QR` and `URL, QR, Phone` are not (the API answers
 * "invalid combination"). Read by the `button-count` rule (profiles with `grouped` mixing) and by
 * `template export` (Meta applies the rule to every template it is sent).
 */

/** Where the two-group order breaks: the offending button and how. */
export interface ButtonGroupBreak {
  /** Position (among the buttons) of the button that opens a third group. */
  position: number;
  /**
   * `between-quick-replies`: a non-quick-reply button sits between quick replies (it is reported);
   * `quick-replies-in-middle`: the quick replies are one group with other buttons on both sides
   * (the first button after them is reported).
   */
  kind: 'between-quick-replies' | 'quick-replies-in-middle';
}

/**
 * The first place where template buttons break Meta's two-group order, or undefined when they
 * form at most two groups. `isQuickReply` tells the kinds apart.
 */
export function buttonGroupBreak<T>(buttons: readonly T[], isQuickReply: (button: T) => boolean): ButtonGroupBreak | undefined {
  const first = buttons.findIndex(isQuickReply);
  if (first === -1) return undefined;
  let last = first;
  buttons.forEach((button, at) => {
    if (isQuickReply(button)) last = at;
  });
  for (let at = first; at <= last; at++) if (!isQuickReply(buttons[at]!)) return { position: at, kind: 'between-quick-replies' };
  // One group of quick replies: valid when it is first or last.
  if (first > 0 && last < buttons.length - 1) return { position: last + 1, kind: 'quick-replies-in-middle' };
  return undefined;
}
