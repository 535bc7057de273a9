// The map's "focus on one system" box: picks a system by name and opens its neighbourhood.

/** Shows the focus form and sends a chosen system name to that system's relationships section. */
export function setupFocus(): void {
  const form = document.querySelector<HTMLFormElement>('[data-focus-form]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input[name=focus]')!;
  const options = [...form.querySelectorAll<HTMLOptionElement>('datalist option')];
  const base = document.querySelector<HTMLAnchorElement>('.site-title')?.getAttribute('href') ?? '/';
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const wanted = input.value.trim().toLowerCase();
    const match = options.find((o) => o.value.toLowerCase() === wanted) ?? options.find((o) => o.value.toLowerCase().includes(wanted));
    if (!match || wanted === '') {
      input.setCustomValidity('No system has that name.');
      input.reportValidity();
      return;
    }
    window.location.href = `${base}systems/${match.dataset.id}/#relationships`;
  });
  input.addEventListener('input', () => input.setCustomValidity(''));
}
