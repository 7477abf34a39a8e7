/**
 * The preview page's own script: live updates, scroll sync both ways, the language switch, and
 * links handed to the extension (the page itself never navigates).
 */
interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): { scrollY?: number } | undefined;
  setState(state: { scrollY?: number }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const host = document.getElementById('standard')!;
let syncing = false;

function markLang(lang: string): void {
  document.documentElement.lang = lang;
  for (const b of document.querySelectorAll<HTMLButtonElement>('.toolbar button[data-lang]')) {
    b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  }
}

function lines(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-line]'));
}

function scrollToLine(line: number): void {
  let best: HTMLElement | undefined;
  for (const el of lines()) {
    const l = Number(el.dataset.line);
    if (l <= line && (!best || l >= Number(best.dataset.line))) best = el;
  }
  for (const el of document.querySelectorAll('.clause.active')) el.classList.remove('active');
  if (!best) return;
  best.closest('.clause')?.classList.add('active');
  syncing = true;
  best.scrollIntoView({ block: 'start' });
  setTimeout(() => (syncing = false), 50);
}

window.addEventListener('message', (event: MessageEvent) => {
  const m = event.data as { type: string; body?: string; lang?: string; line?: number };
  if (m.type === 'update' && typeof m.body === 'string') {
    const y = window.scrollY;
    // The body is the renderer's own output: every value in it is escaped, and the page's CSP
    // lets no script run but this one.
    host.innerHTML = m.body;
    window.scrollTo(0, y);
    if (m.lang) markLang(m.lang);
  } else if (m.type === 'scroll' && typeof m.line === 'number') {
    scrollToLine(m.line);
  }
});

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const link = target.closest('a');
  if (link) {
    event.preventDefault();
    vscode.postMessage({ type: 'open', href: link.getAttribute('href') ?? '' });
    return;
  }
  const button = target.closest<HTMLButtonElement>('button[data-lang]');
  if (button) {
    markLang(button.dataset.lang!);
    vscode.postMessage({ type: 'lang', lang: button.dataset.lang });
    return;
  }
  if (target.closest('summary')) return;
  const el = target.closest<HTMLElement>('[data-line]');
  if (el) vscode.postMessage({ type: 'reveal', line: Number(el.dataset.line) });
});

window.addEventListener('scroll', () => {
  if (!syncing) vscode.setState({ scrollY: window.scrollY });
});

const saved = vscode.getState();
if (saved?.scrollY) window.scrollTo(0, saved.scrollY);
vscode.postMessage({ type: 'ready' });
