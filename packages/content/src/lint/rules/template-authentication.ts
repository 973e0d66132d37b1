import { ruleMeta, type Rule } from '../rule.js';
import { reportAt, viewTemplate } from '../template-view.js';

/** Longest one-time code Meta accepts in an authentication template (META-AUTH: "up to 15 characters"). */
export const MAX_OTP_LENGTH = 15;

const URL_IN_TEXT = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\./i;

/**
 * `AUTHENTICATION` templates follow Meta's preset: a one-time-password button (copy code or
 * one-tap), a body with one code parameter of at most 15 characters, no URLs, no media, no other
 * buttons (META-AUTH: copy-code and one-tap authentication templates). Meta refuses anything else.
 */
export const templateAuthentication: Rule = {
  meta: ruleMeta({
    id: 'template-authentication',
    defaultSeverity: 'error',
    description: 'AUTHENTICATION templates: OTP button, one code of at most 15 characters, no URLs, no media, no other buttons.',
    fixable: false,
    messages: {
      mediaHeader: 'An authentication template takes no {{format}} header; Meta accepts only its preset for AUTHENTICATION templates.',
      url: 'An authentication template body takes no URL; Meta accepts only its preset for AUTHENTICATION templates.',
      variableCount:
        'An authentication template body has exactly one variable, the code; this one has {{count}}; Meta accepts only its preset for AUTHENTICATION templates.',
      codeTooLong:
        'The code {{variable}} is {{length}} characters long in its example; one-time codes are at most {{max}} characters; Meta accepts only its preset for AUTHENTICATION templates.',
      otherButton:
        'An authentication template takes only a one-time-password button, not {{type}}; Meta accepts only its preset for AUTHENTICATION templates.',
      noOtpButton:
        'An authentication template needs a one-time-password button (a copy-code-button item); Meta accepts only its preset for AUTHENTICATION templates.',
      secondOtpButton: 'An authentication template has one one-time-password button; this is a second one.',
      codeMismatch:
        'The copy-code button copies {{button}} but the body shows {{body}} as the code {{variable}}; an authentication message sends the same one-time code in the body and the button.',
    },
  }),
  check(context) {
    const template = viewTemplate(context);
    if (!template || template.category !== 'AUTHENTICATION') return;
    if (template.header && template.header.format !== 'TEXT') {
      reportAt(context, {
        path: `${template.header.pointer}/type`,
        messageId: 'mediaHeader',
        data: { format: template.header.format.toLowerCase() },
      });
    }
    const body = template.body;
    if (body) {
      const url = URL_IN_TEXT.exec(body.text);
      if (url) {
        // The whole address: up to the next white space.
        let end = url.index + url[0].length;
        while (end < body.text.length && !/\s/.test(body.text[end]!)) end++;
        reportAt(context, { path: body.pointer, start: url.index, end, messageId: 'url' });
      }
      const keys = [...new Set(body.variables.map((v) => v.key))];
      if (keys.length !== 1) {
        const extra = body.variables.find((v) => v.key !== keys[0]);
        reportAt(context, {
          path: body.pointer,
          ...(extra ? { start: extra.start, end: extra.end } : {}),
          messageId: 'variableCount',
          data: { count: keys.length },
        });
      }
      for (const example of body.examples) {
        if (example.value !== undefined && [...example.value].length > MAX_OTP_LENGTH) {
          const v = body.variables.find((x) => x.key === example.key)!;
          reportAt(context, {
            path: body.pointer,
            start: v.start,
            end: v.end,
            messageId: 'codeTooLong',
            data: { variable: `{{${example.key}}}`, length: [...example.value].length, max: MAX_OTP_LENGTH },
          });
        }
      }
    }
    let otp: (typeof template.buttons)[number] | undefined;
    for (const button of template.buttons) {
      if (button.type === 'COPY_CODE' || button.type === 'OTP') {
        if (otp !== undefined) reportAt(context, { path: `${button.pointer}/type`, messageId: 'secondOtpButton' });
        otp ??= button;
        continue;
      }
      reportAt(context, {
        path: `${button.pointer}/type`,
        messageId: 'otherButton',
        data: { type: button.type },
      });
    }
    if (otp === undefined && body) {
      // On the body item's type: the template it makes lacks the button.
      reportAt(context, { path: `${body.itemPointer}/type`, messageId: 'noOtpButton' });
    }
    // Meta sends the code twice (body parameter and button parameter): both must be the same field code.
    const code = body?.examples.length === 1 ? body.examples[0] : undefined;
    const shown = code?.parameterPointer === undefined ? undefined : context.file.response?.textAt(`${code.parameterPointer}/value`);
    if (otp?.code !== undefined && code !== undefined && shown !== undefined && shown.source.trim() !== otp.code.text.trim()) {
      reportAt(context, {
        path: otp.code.pointer,
        messageId: 'codeMismatch',
        data: { button: JSON.stringify(otp.code.text), body: JSON.stringify(shown.source), variable: `{{${code.key}}}` },
      });
    }
  },
};
