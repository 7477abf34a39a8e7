/**
 * The preview page's own script, for both views (the published text and the data view): live
 * updates, scroll sync both ways, click-to-line, the language and view switches, and links handed
 * to the extension (the page itself never navigates).
 */
interface PageState {
  scrollY?: number;
  uri?: string;
  lang?: string;
  view?: string;
}
interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): PageState | undefined;
  setState(state: PageState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const host = document.getElementById('standard')!;
let syncing = false;

function saveState(s: PageState): void {
  vscode.setState({ ...(vscode.getState() ?? {}), ...s });
}

function press(selector: string, pressed: (b: HTMLButtonElement) => boolean): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>(selector)) b.setAttribute('aria-pressed', String(pressed(b)));
}

function markLang(lang: string, langs?: string[]): void {
  document.documentElement.lang = lang;
  press('.toolbar button[data-lang]', (b) => b.dataset.lang === lang);
  if (!langs) return;
  for (const b of document.querySelectorAll<HTMLButtonElement>('.toolbar button[data-lang]')) b.disabled = !langs.includes(b.dataset.lang!);
}

function markView(view: string): void {
  press('.toolbar button[data-view]', (b) => b.dataset.view === view);
  document.querySelector<HTMLElement>('.toolbar')?.setAttribute('data-view', view);
}

function lines(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('#standard [data-line]'));
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

interface ToWebview {
  type: string;
  body?: string;
  lang?: string;
  langs?: string[];
  view?: string;
  line?: number;
  state?: PageState;
}

window.addEventListener('message', (event: MessageEvent) => {
  const m = event.data as ToWebview;
  if (m.type === 'update' && typeof m.body === 'string') {
    const y = window.scrollY;
    const sameView = !m.view || document.querySelector('.toolbar')?.getAttribute('data-view') === m.view;
    // The body is the renderer's own output: every value in it is escaped, and the page's CSP
    // lets no script run but this one.
    host.innerHTML = m.body;
    if (sameView) window.scrollTo(0, y);
    if (m.lang) markLang(m.lang, m.langs);
    if (m.view) markView(m.view);
  } else if (m.type === 'scroll' && typeof m.line === 'number') {
    scrollToLine(m.line);
  } else if (m.type === 'state' && m.state) {
    saveState(m.state);
  }
});

/** The source line of what was clicked: its own, or its clause's first paragraph's. */
function lineOf(target: Element): number | undefined {
  const el = target.closest<HTMLElement>('[data-line]') ?? target.closest('.clause')?.querySelector<HTMLElement>('[data-line]');
  return el ? Number(el.dataset.line) : undefined;
}

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const link = target.closest('a');
  if (link) {
    event.preventDefault();
    vscode.postMessage({ type: 'open', href: link.getAttribute('href') ?? '' });
    return;
  }
  const button = target.closest<HTMLButtonElement>('.toolbar button');
  if (button?.dataset.lang) {
    markLang(button.dataset.lang);
    vscode.postMessage({ type: 'lang', lang: button.dataset.lang });
    return;
  }
  if (button?.dataset.view) {
    vscode.postMessage({ type: 'view', view: button.dataset.view });
    return;
  }
  if (target.closest('summary, .toolbar')) return;
  const line = lineOf(target);
  if (line !== undefined) vscode.postMessage({ type: 'reveal', line });
});

window.addEventListener('scroll', () => {
  if (!syncing) saveState({ scrollY: window.scrollY });
});

const saved = vscode.getState();
if (saved?.scrollY) window.scrollTo(0, saved.scrollY);
vscode.postMessage({ type: 'ready' });
