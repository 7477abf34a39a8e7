/** Numbers written in words, as in `пяти рабочих дней` or `бес жұмыс күні`, turned into digits. */

const UNITS: Record<string, number> = {
  // ru, in the cases a deadline uses
  один: 1, одного: 1, одна: 1, два: 2, двух: 2, две: 2, три: 3, трех: 3, трёх: 3, четыре: 4, четырех: 4, четырёх: 4,
  пять: 5, пяти: 5, шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9,
  десять: 10, десяти: 10, пятнадцать: 15, пятнадцати: 15, двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30,
  сорок: 40, сорока: 40, шестьдесят: 60, шестидесяти: 60,
  // kk
  бір: 1, екі: 2, үш: 3, төрт: 4, бес: 5, алты: 6, жеті: 7, сегіз: 8, тоғыз: 9, он: 10, 'он бес': 15, жиырма: 20, отыз: 30, қырық: 40, алпыс: 60,
};

/** Replaces a leading number word with its digits, and drops a number repeated in words: `5 (бес)`. */
export function numberWords(s: string): string {
  const first = s.split(/\s+/)[0]?.toLowerCase();
  const two = s.split(/\s+/).slice(0, 2).join(' ').toLowerCase();
  if (UNITS[two] !== undefined) return `${UNITS[two]} ${s.split(/\s+/).slice(2).join(' ')}`;
  if (first && UNITS[first] !== undefined) return `${UNITS[first]} ${s.split(/\s+/).slice(1).join(' ')}`;
  return s;
}
