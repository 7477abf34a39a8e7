import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixAll } from '../../server/src/core/assist/fix-all';
import { parseConfig, type Config } from '../../server/src/core/config/config';
import { addWord } from '../../server/src/core/config/words';
import { analyze } from '../../server/src/core/engine';
import { fixAllCodes } from '../../server/src/core/rules';
import type { SpellLang } from '../../server/src/core/rules/text/speller';
import { wordsToLookUp } from '../../server/src/core/rules/text/spelling';
import type { Diagnostic } from '../../server/src/core/types';
import { addWordAction } from '../../server/src/lsp/add-word';
import { Hunspell, MAX_FED, cleanText } from '../../server/src/node/spell/hunspell';
import { dictionaryFiles, nodeSpellers } from '../../server/src/node/spell/speller';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { DIALECT_STANDARD, ROOT, applyEdits, fixture, replaced } from '../helpers';
import { pos } from '../lsp/positions';
import { fileUri, startServer } from '../support/our-server';
import { assertParses } from './support';

const speller = nodeSpellers();
const KK = '    kk: Құжаттардың қабылданғаны туралы қолхат';
const RU = '    ru: Расписка о приёме документов';
const kk = (v: string) => replaced(KK, `    kk: ${v}`);
const ru = (v: string) => replaced(RU, `    ru: ${v}`);

function spelling(text: string, config: Config = { rules: {} }): Diagnostic[] {
  return analyze(text, { config, speller }).diagnostics.filter((d) => d.code === 'spelling');
}
const words = (ds: Diagnostic[], text: string) => ds.map((d) => text.slice(d.offset[0], d.offset[1]));
const configOf = (yaml: string) => parseConfig(yaml).config;

describe('spelling', function () {
  // The first look-up reads the dictionaries (well under a second; more on a busy machine).
  this.timeout(20000);

  it('does not fire on the clean standard, nor on the examples', () => {
    assert.deepEqual(spelling(DIALECT_STANDARD).map((d) => d.message.en), []);
    for (const name of ['address-certificate', 'childbirth-allowance', 'pharmacy-licence']) {
      assert.deepEqual(spelling(fixture(`examples/${name}.standard.yaml`)).map((d) => d.message.en), [], name);
    }
  });

  it('reports a misspelt Kazakh word, as information, with the dictionary\'s word as a fix that "fix all" leaves alone', () => {
    const text = kk('Құжаттардың қабылданғаны туралы қолхат, мәрзімдер');
    const [d, ...rest] = spelling(text);
    assert.deepEqual(rest, []);
    assert.equal(text.slice(d.offset[0], d.offset[1]), 'мәрзімдер');
    assert.equal(d.severity, 'info');
    assert.equal(d.message.en, 'Kazakh word `мәрзімдер` is not in the dictionary. Could be `мерзімдер`.');
    assert.equal(d.message.ru, 'Слова `мәрзімдер` нет в словаре казахского языка. Возможно, `мерзімдер`.');
    assert.equal(d.message.kk, '`мәрзімдер` сөзі қазақ тілі сөздігінде жоқ. `мерзімдер` болуы мүмкін.');
    assert.deepEqual(d.fixes?.map((f) => [f.title.en, f.preferred ?? false]), [['Correct to `мерзімдер`', false]]);
    const fixed = applyEdits(text, d.fixes![0].edits);
    assertParses(fixed);
    assert.deepEqual(spelling(fixed), []);
    assert.deepEqual(fixAll(analyze(text, { speller }).diagnostics, fixAllCodes), []);
  });

  it('reports a misspelt Russian word with suggestions', () => {
    const text = ru('Справка о регестрации документов');
    const ds = spelling(text);
    assert.deepEqual(words(ds, text), ['регестрации']);
    assert.equal(ds[0].message.en, 'Russian word `регестрации` is not in the dictionary. Could be `регистрации`.');
  });

  it('finds the OCR slips of the model standard\'s Kazakh text, and knows its correct words', () => {
    // Sentences of the seed (the model's official Kazakh text), with their real OCR slips.
    const text = kk('"Мемлекеттік қызмет көрсету мәрзімдер сондай-ақ ішінәра автоматтандырылған, бүйрығымен бекітілген; шакыруларды өндеу тәртібі"');
    assert.deepEqual(words(spelling(text), text), ['мәрзімдер', 'ішінәра', 'бүйрығымен', 'шакыруларды']);
    const suggestions = spelling(text).map((d) => d.fixes?.[0]?.edits[0].newText);
    assert.deepEqual(suggestions, ['мерзімдер', 'ішінара', 'бұйрығымен', 'шақыруларды']);
    // Forms the affix file alone misses: consonant clusters, chains of suffixes, к -> г.
    const forms = kk('Стандарты президентіне бағынатын тармақтардағы сөздер ауыстырылсын, түбіртегін интернет-ресурсқа жазылуға');
    assert.deepEqual(words(spelling(forms), forms), []);
  });

  it('leaves out names, abbreviations, capitals inside a word, letters, numbers, Latin words, addresses and the orthography rule\'s words', () => {
    for (const v of [
      'Құжаттар Жанбырбаев мырзаға ҚР ШЖҚ РМК арқылы беріледі',
      'Құжаттар «Қазпошта» АҚ арқылы, Е Т Е Д І, К. Мәсімов',
      'Құжаттар 2010 жылғы 00101001 кодымен www.egov.kz немесе info@adilet.gov.kz арқылы',
      'Құжаттар call-орталық және SMS-хабарлама арқылы',
      'ҚазПоштаа арқылы. ЖШСі арқылы',
      'Құжаттарды тапсыраЊан кездегі қолхат',
    ]) assert.deepEqual(words(spelling(kk(v)), kk(v)), [], v);
    const address = replaced('        kk: Астана қ., Иманов көшесі, 19', '        kk: Астана қ., Имановвв көшесі, 19');
    assert.deepEqual(spelling(address), []);
  });

  it('looks up the first word of a sentence, also after an abbreviation\'s dot only when the word is lower-case', () => {
    const text = kk('Құжаттар беріледі. Мәрзімдер көрсетілген, г. Жамбыл');
    assert.deepEqual(words(spelling(text), text), ['Мәрзімдер']);
  });

  it('never reports the words of `words:` (any case); `spelling.languages` and `rules` turn it off', () => {
    const text = kk('Құжаттардың қабылданғаны туралы қолхат, мәрзімдер');
    assert.deepEqual(spelling(text, configOf('words: [МӘРЗІМДЕР]\n')), []);
    assert.deepEqual(spelling(text, configOf('spelling:\n  languages: [ru]\n')), []);
    assert.deepEqual(spelling(text, configOf('rules:\n  spelling: off\n')), []);
    assert.equal(spelling(text, configOf('spelling:\n  languages: [kk]\n')).length, 1);
    // The engine alone (no dictionaries given) checks nothing.
    assert.deepEqual(analyze(text).diagnostics.filter((d) => d.code === 'spelling'), []);
  });

  it('reads `words:` and `spelling:` in the config, and says what is wrong there', () => {
    const { config, problems } = parseConfig('words: [Мәсімов, ЦОН]\nspelling:\n  languages: [kk, en]\n  colour: red\n');
    assert.deepEqual(config.words, ['Мәсімов', 'ЦОН']);
    assert.deepEqual(config.spelling, { languages: ['kk'] });
    assert.deepEqual(problems.map((p) => p.message.en), ['There are dictionaries for `kk` and `ru` only (not `en`).', 'Unknown setting `spelling.colour`.']);
  });

  it('ranks a look-alike letter\'s readings by the dictionary: the one known reading first, safe for "fix all"', () => {
    const text = kk('Құжаттарды тапсыраЊан кездегі қолхат');
    const withDictionary = analyze(text, { speller }).diagnostics.find((d) => d.code === 'orthography')!;
    assert.equal(withDictionary.message.en, 'Word `тапсыраЊан` holds a letter that is not in the Kazakh alphabet: `Њ`. Should be `тапсыраған`.');
    assert.deepEqual(withDictionary.fixes?.map((f) => [f.edits[0].newText, f.preferred]), [['тапсыраған', true], ['тапсыраңан', false]]);
    const without = analyze(text).diagnostics.find((d) => d.code === 'orthography')!;
    assert.match(without.message.en, /Could be `тапсыраған` or `тапсыраңан`/);
  });
});

describe('spelling: the words looked up ahead', () => {
  it('are the very words the rule looks up, in each language (a hyphenated word whole when every part is looked up, then by part; no address)', () => {
    const text = kk('Құжаттардың қабылданғаны туралы қолхат, интернет-ресурсқа мәрзімдер, call-орталық арқылы');
    const asked: Record<SpellLang, Set<string>> = { kk: new Set(), ru: new Set() };
    const recording = (lang: SpellLang) => {
      const real = speller(lang)!;
      return { correct: (w: string) => (asked[lang].add(w), real.correct(w)), suggest: () => [] };
    };
    const analysis = analyze(text, { speller: recording });
    for (const lang of ['kk', 'ru'] as const) {
      assert.ok(asked[lang].size > 50, lang);
      assert.deepEqual(new Set(wordsToLookUp(analysis.parsed.source, analysis.model.texts, lang)), asked[lang], lang);
    }
    assert.ok(asked.kk.has('интернет-ресурсқа') && asked.kk.has('ресурсқа'));
  });
});

describe('spelling: add to words', () => {
  it('adds the word to a block list, a flow list, or a new list, keeping every comment and value', () => {
    const block = '# team words\nwords:\n  - ЦОН   # the centres\n  - Мәсімов\n# severities\nrules:\n  orthography: error\n';
    assert.equal((addWord(block, 'Еңбекшіқазақ') as { text: string }).text, block.replace('  - Мәсімов\n', '  - Мәсімов\n  - Еңбекшіқазақ\n'));
    assert.equal((addWord('words: [ЦОН]  # ours\n', 'мәрзім') as { text: string }).text, 'words: [ЦОН, мәрзім]  # ours\n');
    assert.equal((addWord('# config\nrules: {}\n', 'мәрзім') as { text: string }).text, '# config\nrules: {}\nwords:\n  - мәрзім\n');
    assert.equal((addWord('', 'мәрзім') as { text: string }).text, 'words:\n  - мәрзім\n');
    assert.equal((addWord('words: [мәрзім]\n', 'Мәрзім') as { text: string }).text, 'words: [мәрзім]\n');
  });

  it('refuses a config it cannot edit without spoiling it, with a message', () => {
    assert.deepEqual(addWord('words: ЦОН\n', 'мәрзім'), { refused: { kk: '`words` тізім емес: сөзді қолмен қосыңыз.', ru: '`words` — не список: добавьте слово вручную.', en: '`words` is not a list: add the word by hand.' } });
    assert.ok('refused' in addWord('rules: [\n', 'мәрзім'));
    assert.ok('refused' in addWord('- a\n', 'мәрзім'));
  });

  it('the editor\'s action edits the repository\'s config, or creates it at the folder holding .git', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spelling-'));
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'standards'));
    const file = join(dir, 'standards', 'x.standard.yaml');
    const text = kk('Құжаттардың қабылданғаны туралы қолхат, мәрзімдер');
    const d = spelling(text)[0];
    const lsp = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: '' };
    const uri = `file://${file}`;
    const created = addWordAction(uri, text, d, 'en', lsp, true)!;
    assert.equal(created.title, 'Add `мәрзімдер` to the words of .service-standard.yaml');
    assert.equal(JSON.stringify(created.edit?.documentChanges?.[0]), JSON.stringify({ kind: 'create', uri: `file://${dir}/.service-standard.yaml`, options: { ignoreIfExists: true } }));
    writeFileSync(join(dir, '.service-standard.yaml'), '# ours\nwords:\n  - ЦОН\n');
    const edited = addWordAction(uri, text, d, 'en', lsp, true)!;
    assert.deepEqual(edited.edit?.changes?.[`file://${dir}/.service-standard.yaml`], [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '  - мәрзімдер\n' }]);
    writeFileSync(join(dir, '.service-standard.yaml'), 'words: ЦОН\n');
    assert.equal(addWordAction(uri, text, d, 'en', lsp, true)?.disabled?.reason, '`words` is not a list: add the word by hand.');
  });
});

describe('spelling: the CLI', function () {
  this.timeout(60000);

  it('`lint` reports a misspelt Kazakh word and a Russian one, with suggestions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spelling-cli-'));
    mkdirSync(join(dir, '.git'));
    const text = kk('Құжаттардың қабылданғаны туралы қолхат, мәрзімдер').replace(RU, '    ru: Расписка о регестрации документов');
    writeFileSync(join(dir, 'x.standard.yaml'), text);
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'lint', 'x.standard.yaml', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const found = (JSON.parse(r.stdout) as { code: string; message: string }[]).filter((d) => d.code === 'spelling').map((d) => d.message);
    assert.deepEqual(found, [
      'Kazakh word `мәрзімдер` is not in the dictionary. Could be `мерзімдер`.',
      'Russian word `регестрации` is not in the dictionary. Could be `регистрации`.',
    ]);
    writeFileSync(join(dir, '.service-standard.yaml'), 'words: [мәрзімдер, регестрации]\n');
    const again = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'lint', 'x.standard.yaml', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(again.stdout), []);
  });
});

describe('spelling: the language server', function () {
  this.timeout(60000);

  it('publishes the first diagnostics without waiting for the dictionaries, then the finding, with the corrections and "add to words"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spelling-lsp-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.service-standard.yaml'), '# team config\nwords:\n  - ЦОН\n');
    const client = await startServer({ root: dir, locale: 'en' });
    try {
      const u = fileUri(join(dir, 'x.standard.yaml'));
      const text = kk('Құжаттардың қабылданғаны туралы қолхат, мәрзімдер');
      // The first diagnostics come at once, without spelling; the dictionaries are read right after
      // and the document is published again with its spelling findings.
      const first = await client.open(u, text);
      assert.deepEqual(first.publish.diagnostics.filter((d) => d.code === 'spelling'), []);
      const spelt = () => client.published.get(u)!.slice(1).find((p) => p.diagnostics.some((d) => d.code === 'spelling'));
      for (let i = 0; i < 200 && !spelt(); i++) await new Promise((r) => setTimeout(r, 50));
      const ds = spelt()!.diagnostics.filter((d) => d.code === 'spelling');
      assert.deepEqual(ds.map((d) => d.message), ['Kazakh word `мәрзімдер` is not in the dictionary. Could be `мерзімдер`.']);
      const p = pos(text, 'мәрзімдер');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: { start: p, end: p }, context: { diagnostics: [] } });
      const titles = actions.map((a) => a.title);
      assert.deepEqual(titles.slice(0, 2), ['Correct to `мерзімдер`', 'Add `мәрзімдер` to the words of .service-standard.yaml']);
      const add = actions[1].edit!.changes![fileUri(join(dir, '.service-standard.yaml'))];
      assert.deepEqual(add, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '  - мәрзімдер\n' }]);
    } finally {
      await client.stop();
    }
  });
});

describe('spelling: the dictionaries fed on demand', () => {
  for (const lang of ['kk', 'ru'] as const) {
    it(`${lang}: answer as nspell with the whole dictionary loaded (on 1,500 of its words)`, () => {
      const files = dictionaryFiles(lang)!;
      const aff = readFileSync(files.aff, 'utf8');
      const lines = cleanText(readFileSync(files.dic, 'utf8')).split('\n');
      const part = [String(1500), ...lines.slice(1).filter((_, i) => i % Math.floor(lines.length / 1500) === 0).slice(0, 1500)].join('\n');
      const nspell = require('nspell') as (aff: string, dic: string) => { correct(w: string): boolean; data: Record<string, unknown> };
      const whole = nspell(cleanText(aff), part);
      const lazy = new Hunspell(aff, Buffer.from(part));
      // (A few entries of the Kazakh affix file make forms with `[...]` in them: no word is written so.)
      const forms = Object.keys(whole.data).filter((f) => /^[\p{L}\p{M}-]+$/u.test(f));
      assert.ok(forms.length > 5000, `${forms.length} forms`);
      // Every form, and near misses of them: one letter dropped, doubled, or the first capitalised.
      const probes = forms.flatMap((f) => [f, f.slice(0, -1), `${f}${f.slice(-1)}`, f.charAt(0).toUpperCase() + f.slice(1)]);
      const differ = probes.filter((w) => lazy.correct(w) !== whole.correct(w));
      assert.deepEqual(differ.slice(0, 10), []);
    });
  }

  it('keeps the forms it was fed bounded in a long session, and answers the same after starting afresh', () => {
    const files = dictionaryFiles('ru')!;
    const lines = cleanText(readFileSync(files.dic, 'utf8')).split('\n').slice(1);
    const stems = lines.map((l) => l.split('/')[0]).filter((w) => /^[а-яё]+$/.test(w));
    const dict = new Hunspell(readFileSync(files.aff, 'utf8'), readFileSync(files.dic));
    const probe = ['документов', 'заявление', 'справки', 'докуметов'];
    const before = probe.map((w) => dict.correct(w));
    let peak = 0;
    for (const w of stems.slice(0, MAX_FED * 2)) {
      dict.correct(w);
      peak = Math.max(peak, dict.fedCount);
    }
    assert.ok(peak <= MAX_FED + 50, `fed ${peak} stems`);
    assert.deepEqual(probe.map((w) => dict.correct(w)), before);
    assert.deepEqual(before, [true, true, true, false]);
  });
});
