import { OFFICIAL_CSS } from '../official/html';

/** The preview's stylesheet: follows the VS Code theme when inside it, plain document colours elsewhere, clean in print. */
const DATA_CSS = `
:root {
  --fg: var(--vscode-editor-foreground, #1f2328);
  --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #59636e);
  --border: var(--vscode-panel-border, #d1d9e0);
  --link: var(--vscode-textLink-foreground, #0969da);
  --error: var(--vscode-editorError-foreground, #cf222e);
  --warning: var(--vscode-editorWarning-foreground, #9a6700);
  --gap-bg: var(--vscode-inputValidation-warningBackground, #fff8c5);
  --font: var(--vscode-font-family, "PT Serif", "Times New Roman", serif);
}
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: var(--bg); font-family: var(--font); font-size: 15px; line-height: 1.5; }
main.standard { max-width: 52rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
.doc-header { text-align: center; border-bottom: 1px solid var(--border); padding-bottom: 1rem; }
.kicker { text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0; font-size: .8rem; }
h1 { font-size: 1.5rem; margin: .4rem 0; }
.meta, .summary { color: var(--muted); font-size: .85rem; }
.summary { text-align: center; }
.summary .errors { color: var(--error); }
.summary .warnings { color: var(--warning); }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; text-align: center; }
h3 { font-size: 1rem; margin: 0 0 .3rem; }
h4 { font-size: .9rem; margin: .6rem 0 .2rem; color: var(--muted); }
.clause { padding: .6rem .8rem; margin: .4rem 0; border-left: 3px solid transparent; }
.clause .num { font-weight: bold; }
.clause.missing { border-left-color: var(--error); background: var(--gap-bg); }
.clause.optional-missing { border-left-color: var(--border); }
.clause.has-errors { border-left-color: var(--error); }
.clause.has-warnings { border-left-color: var(--warning); }
.clause.active { outline: 1px dotted var(--link); }
.badge { font-size: .75rem; font-weight: normal; color: var(--error); border: 1px solid currentColor; border-radius: .6rem; padding: 0 .4rem; margin-left: .3rem; }
.has-warnings .badge { color: var(--warning); }
.gap { color: var(--error); font-style: italic; margin: .2rem 0; }
.optional-missing .gap { color: var(--muted); }
.model-text { color: var(--muted); font-size: .85rem; margin: 0 0 .4rem; }
.model-text summary { cursor: pointer; }
dl { margin: .2rem 0; }
.row { display: grid; grid-template-columns: minmax(9rem, 30%) 1fr; gap: .6rem; padding: .15rem 0; }
dt { color: var(--muted); }
dd { margin: 0; }
.ref { font-variant-numeric: tabular-nums; }
ul, ol { margin: .2rem 0; padding-left: 1.4rem; }
a { color: var(--link); }
.empty { color: var(--muted); font-style: italic; }
.invalid { color: var(--error); text-decoration: wavy underline; }
.unsafe-link { color: var(--error); }
.text, .unsafe-link, .invalid { unicode-bidi: isolate; }
.fallback { font-style: italic; }
.tag { font-size: .7rem; color: var(--muted); border: 1px solid var(--border); border-radius: .3rem; padding: 0 .2rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid var(--border); padding: .3rem .5rem; vertical-align: top; }
td:not(:first-child) { text-align: center; width: 14%; }
tr.group th { text-align: left; }
tr.numbers th { font-weight: normal; color: var(--muted); }
tr.missing td { background: var(--gap-bg); }
.toolbar { position: sticky; top: 0; display: flex; gap: .25rem; justify-content: flex-end; padding: .3rem .6rem; background: var(--bg); border-bottom: 1px solid var(--border); z-index: 1; }
.toolbar button { font: inherit; font-size: .8rem; color: var(--fg); background: transparent; border: 1px solid var(--border); border-radius: .25rem; padding: .05rem .5rem; cursor: pointer; }
.toolbar button[aria-pressed="true"] { background: var(--vscode-button-background, #0969da); color: var(--vscode-button-foreground, #fff); border-color: transparent; }
[data-line] { cursor: default; }
@media print {
  .toolbar { display: none; }
  body { background: #fff; color: #000; font-size: 12pt; }
  .model-text, .badge, .summary { display: none; }
  .clause { break-inside: avoid; border: 0; background: none; }
  a { color: inherit; text-decoration: none; }
}
`;

/**
 * The document view inside the preview: a white page on the editor's background, the data view's
 * clause frames and gap colours kept off it; in print the official layout alone.
 */
const DOCUMENT_CSS = `
#standard > .official { box-sizing: content-box; margin: 1rem auto 3rem; box-shadow: 0 1px 6px rgba(0, 0, 0, .25); }
.official .clause { padding: 0; margin: 0; border-left: 0; }
.official .clause .num { font-weight: normal; }
.official .clause.active { outline: 1px dotted #0969da; outline-offset: 2px; }
.official .clause.has-problems.active { outline: 2px solid rgba(229, 83, 75, .7); }
.official mark.gap { margin: 0; }
.official .problems { cursor: help; }
.toolbar .views { margin-right: auto; display: flex; gap: .25rem; }
.toolbar .langs { display: flex; gap: .25rem; }
.toolbar button:disabled { opacity: .4; cursor: default; }
@media screen and (max-width: 720px) {
  #standard > .official { padding: 8mm 6mm; margin: .5rem; }
}
@media print {
  body { background: #fff; }
  #standard > .official { margin: 0; box-shadow: none; }
  .official .clause { break-inside: auto; }
  .official .clause.active { outline: none; }
}
`;

export const PREVIEW_CSS = `${DATA_CSS}${OFFICIAL_CSS}${DOCUMENT_CSS}`;
