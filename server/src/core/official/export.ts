/** The published text in each file format: `html`, `docx`, `txt`. */
import type { Analysis } from '../engine';
import type { Lang } from '../types';
import { composeOfficial } from './compose';
import { officialDocx } from './docx';
import { officialPage } from './html';
import { officialText } from './text';

export const OFFICIAL_FORMATS = ['html', 'docx', 'txt'] as const;
export type OfficialFormat = (typeof OFFICIAL_FORMATS)[number];

/** The format a file name asks for (`x.docx` → `docx`), if it is one of ours. */
export function formatOfPath(path: string): OfficialFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'htm') return 'html';
  return (OFFICIAL_FORMATS as readonly string[]).includes(ext ?? '') ? (ext as OfficialFormat) : undefined;
}

export async function exportOfficial(
  analysis: Analysis,
  format: OfficialFormat,
  lang: Lang,
  o: { referenceStyles?: string } = {},
): Promise<string | Buffer> {
  const doc = composeOfficial(analysis, lang);
  if (!doc) throw new Error(`edition ${analysis.catalog?.edition ?? '?'} has no published text in ${lang}`);
  if (format === 'docx') return officialDocx(doc, o);
  if (format === 'txt') return officialText(doc);
  return officialPage(doc);
}
