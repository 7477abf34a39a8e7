/** Words of the preview's own, in each language. */
import type { Localized } from '../types';

export const LABELS = {
  kicker: { kk: 'Мемлекеттік қызмет стандарты', ru: 'Стандарт государственной услуги', en: 'Standard of public service' },
  edition: { kk: 'Үлгі стандарт редакциясы', ru: 'Редакция типового стандарта', en: 'Model standard edition' },
  code: { kk: 'Тізілімдегі коды', ru: 'Код в реестре', en: 'Registry code' },
  developer: { kk: 'Әзірлеген', ru: 'Разработчик', en: 'Developed by' },
  clausesFilled: { kk: 'тармақ толтырылған', ru: 'пунктов заполнено', en: 'clauses filled' },
  errors: { kk: 'қате', ru: 'ошибок', en: 'errors' },
  warnings: { kk: 'ескерту', ru: 'предупреждений', en: 'warnings' },
  missing: { kk: 'Толтырылмаған', ru: 'Не заполнено', en: 'Not filled in' },
  optionalMissing: { kk: 'Толтырылмаған (міндетті емес)', ru: 'Не заполнено (необязательно)', en: 'Not filled in (optional)' },
  problems: { kk: 'мәселе', ru: 'замечаний', en: 'problems' },
  yes: { kk: 'иә', ru: 'да', en: 'yes' },
  no: { kk: 'жоқ', ru: 'нет', en: 'no' },
  none: { kk: 'жоқ', ru: 'нет', en: 'none' },
  appendix: { kk: 'Қосымша', ru: 'Приложение', en: 'Appendix' },
  modelText: { kk: 'Үлгі стандарттың мәтіні', ru: 'Текст типового стандарта', en: 'Model text' },
  untranslated: { kk: 'аударылмаған', ru: 'нет перевода', en: 'not translated' },
  invalid: { kk: 'қате мән', ru: 'неверное значение', en: 'invalid value' },
  unsafeLink: {
    kk: 'Сілтеме емес: мекенжай басқа сайтқа апарады',
    ru: 'Не ссылка: адрес ведёт на другой сайт',
    en: 'Not a link: the address leads to another site',
  },
  notChecked: {
    kk: 'Редакция белгісіз: стандарт көрсетілмейді.',
    ru: 'Редакция неизвестна: стандарт не отображается.',
    en: 'Unknown edition: the standard cannot be shown.',
  },
} satisfies Record<string, Localized>;
