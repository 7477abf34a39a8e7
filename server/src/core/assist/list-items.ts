/**
 * The items already written in the block list the cursor is in (`- individuals` above or below the
 * cursor's `- `), so that completion does not offer them again. Works on half-typed text, line by line.
 */

/** Scalar items of the block list whose item starts at the cursor's line, without the cursor's own. */
export function blockListItems(source: string, offset: number): string[] {
  const lines = source.replace(/\r/g, ' ').split('\n');
  const lineNo = source.slice(0, offset).split('\n').length - 1;
  const own = /^(\s*)-(\s|$)/.exec(lines[lineNo] ?? '');
  if (!own) return [];
  const indent = own[1].length;
  const items: string[] = [];
  const scan = (from: number, step: 1 | -1) => {
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      const line = lines[i];
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      const lead = /^\s*/.exec(line)![0].length;
      if (lead > indent) continue; // the body of an item
      const item = /^\s*-\s+(.*)$/.exec(line);
      if (lead < indent || !item) return;
      items.push(scalarOf(item[1]));
    }
  };
  scan(lineNo - 1, -1);
  scan(lineNo + 1, 1);
  return items.filter((s) => s !== '');
}

/** The plain or quoted scalar of an item, without a trailing comment. */
function scalarOf(text: string): string {
  const t = text.replace(/\s+#.*$/, '').trim();
  const quoted = /^(["'])(.*)\1$/.exec(t);
  return quoted ? quoted[2] : t;
}
