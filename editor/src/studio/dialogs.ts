/** The studio's modal dialogs (`<dialog>`: focus stays inside, Escape cancels). */
import { $ } from './dom.js';
import { studioTemplates } from './templates.js';

/** Asks a question in a modal dialog; resolves to the value of the button chosen (Escape: 'cancel'). */
export function ask(
  title: string,
  text: string,
  choices: Array<{ value: string; label: string; tone?: 'primary' | 'danger' }>,
): Promise<string> {
  const dialog = $<HTMLDialogElement>('#confirm-dialog');
  $<HTMLHeadingElement>('#confirm-title').textContent = title;
  $<HTMLParagraphElement>('#confirm-text').textContent = text;
  const actions = $<HTMLDivElement>('#confirm-actions');
  return new Promise((resolve) => {
    actions.replaceChildren(
      ...choices.map((choice) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = choice.label;
        button.dataset.value = choice.value;
        if (choice.tone) button.className = choice.tone;
        button.addEventListener('click', () => dialog.close(choice.value));
        return button;
      }),
    );
    dialog.addEventListener('close', () => resolve(dialog.returnValue || 'cancel'), { once: true });
    dialog.returnValue = '';
    dialog.showModal();
    actions.querySelector<HTMLButtonElement>('button')?.focus();
  });
}

/** Asks for a file name (and, for New, a template); resolves to null when cancelled. */
export function askName(
  title: string,
  initial: string,
  options: { templates?: boolean; validate: (name: string, template?: string) => Promise<string | null> },
): Promise<{ name: string; template?: string } | null> {
  const dialog = $<HTMLDialogElement>('#name-dialog');
  const input = $<HTMLInputElement>('#name-input');
  const error = $<HTMLParagraphElement>('#name-error');
  const templateField = $<HTMLLabelElement>('#template-field');
  const templateSelect = $<HTMLSelectElement>('#template-select');
  $<HTMLHeadingElement>('#name-title').textContent = title;
  templateField.hidden = !options.templates;
  if (options.templates && templateSelect.options.length === 0) {
    for (const template of studioTemplates) templateSelect.append(new Option(template.label, template.id));
  }
  input.value = initial;
  error.textContent = '';
  return new Promise((resolve) => {
    const ok = $<HTMLButtonElement>('#name-ok');
    const cancel = $<HTMLButtonElement>('#name-cancel');
    let settled = false;
    const finish = (result: { name: string; template?: string } | null): void => {
      if (settled) return;
      settled = true;
      ok.removeEventListener('click', onOk);
      input.removeEventListener('keydown', onKey);
      cancel.removeEventListener('click', onCancel);
      templateSelect.removeEventListener('change', onTemplate);
      if (dialog.open) dialog.close();
      resolve(result);
    };
    const submit = async (): Promise<void> => {
      const name = input.value.trim();
      const template = options.templates ? templateSelect.value : undefined;
      const problem = name === '' ? 'Enter a file name.' : await options.validate(name, template);
      if (problem) {
        error.textContent = problem;
        input.focus();
        return;
      }
      finish(template === undefined ? { name } : { name, template });
    };
    const onOk = (): void => void submit();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Enter') onOk();
    };
    const onCancel = (): void => finish(null);
    const onTemplate = (): void => {
      const template = studioTemplates.find((t) => t.id === templateSelect.value);
      if (template) input.value = input.value.replace(/\.(json|txt)$/u, `.${template.extension}`);
    };
    ok.addEventListener('click', onOk);
    input.addEventListener('keydown', onKey);
    cancel.addEventListener('click', onCancel);
    templateSelect.addEventListener('change', onTemplate);
    dialog.addEventListener('close', () => finish(null), { once: true });
    dialog.showModal();
    input.focus();
    input.select();
  });
}
