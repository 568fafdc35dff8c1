/**
 * The Copy button: puts a text field's text on the clipboard and says so. When
 * the browser refuses (no permission, an insecure page, a frame without
 * clipboard access), it selects the text instead, so the reader's own copy
 * shortcut takes it.
 */
const SHOWN_MS = 4000;

export function copyButton(button: HTMLButtonElement, source: HTMLTextAreaElement, status: HTMLElement): void {
  let clearStatus: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string, refused = false) => {
    clearTimeout(clearStatus);
    status.textContent = text;
    status.classList.toggle('refused', refused);
  };
  button.addEventListener('click', () => {
    const copying = navigator.clipboard?.writeText(source.value) ?? Promise.reject(new Error('no Clipboard API'));
    copying.then(
      () => {
        say('Copied');
        clearStatus = setTimeout(() => say(''), SHOWN_MS);
      },
      () => {
        source.focus();
        source.select();
        say('The browser did not allow copying. The code is selected: press Ctrl+C (⌘C on a Mac).', true);
      },
    );
  });
}
