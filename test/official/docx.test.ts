/**
 * The Word file as a real word processor opens it: LibreOffice converts the DOCX to PDF, `pdftotext`
 * reads it back (title, approval block, clauses 1-26, the appendix's values) and page 1 becomes a PNG.
 * Skipped without LibreOffice unless SERVICE_STANDARD_REQUIRE_OFFICE is set (CI sets it).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/engine';
import { exportOfficial } from '../../server/src/core/official/export';
import { FIXED_NOW, ROOT, fixture } from '../helpers';

const hasOffice = () => spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

function toPdf(docx: string, dir: string): string {
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    encoding: 'utf8',
    timeout: 120000,
  });
  assert.equal(r.status, 0, r.stderr);
  return docx.replace(/\.docx$/, '.pdf');
}

const pdfText = (pdf: string) => spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');

describe('Word output in LibreOffice', function () {
  this.timeout(240000);
  let dir: string;

  before(function () {
    if (!hasOffice()) {
      if (process.env.SERVICE_STANDARD_REQUIRE_OFFICE) throw new Error('LibreOffice (soffice) is not installed');
      this.skip();
    }
    dir = mkdtempSync(join(tmpdir(), 'ss-docx-'));
  });

  for (const lang of ['ru', 'kk'] as const) {
    it(`opens the ${lang} text with its title, approval block, 26 clauses and appendix`, async () => {
      const src = fixture('examples/address-certificate.standard.yaml');
      const docx = join(dir, `address-${lang}.docx`);
      writeFileSync(docx, await exportOfficial(analyze(src, { now: FIXED_NOW }), 'docx', lang));
      const pdf = toPdf(docx, dir);
      const text = pdfText(pdf);
      const expect = lang === 'ru'
        ? ['Утвержден', 'от 30 декабря 2010 года № 1730', 'Стандарт государственной услуги', '«Выдача адресной справки с места постоянной регистрации»', '1. Общие положения', 'Таблица. Значения показателей качества и эффективности']
        : ['2010 жылғы 30 желтоқсандағы', 'қаулысымен', 'мемлекеттік қызмет стандарты', '1. Жалпы ережелер', 'Кесте. Сапа және тиімділік көрсеткіштерінің мәні'];
      for (const e of expect) assert.ok(text.includes(e), `${e} in ${text.slice(0, 400)}`);
      for (let n = 1; n <= 26; n++) assert.match(text, new RegExp(`(^| )${n}\\. `), `clause ${n}`);
      const layout = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      assert.match(layout, /5\.1\. .*\s95\s+97\s+96\s*$/m, 'appendix row 5.1 with its values');
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      assert.match(info, /Page size:.*\(A4\)/, 'A4');
      const png = join(ROOT, 'test/artifacts', `docx-${lang}-page1`);
      mkdirSync(join(ROOT, 'test/artifacts'), { recursive: true });
      assert.equal(spawnSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, png]).status, 0);
      assert.ok(readFileSync(`${png}.png`).length > 10000, 'page 1 rendered');
    });
  }
});
