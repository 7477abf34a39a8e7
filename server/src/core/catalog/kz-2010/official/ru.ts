/**
 * The published Russian text of a standard of edition `kz-2010`: the frame of every clause, in the
 * wording of the standards approved in 2009–2013 (see `OfficialLanguage` for the placeholders).
 */
import type { OfficialLanguage } from '../../types';

const contactLead = (lead: string) => [{ text: `${lead}: {.}.` }];

export const ru: OfficialLanguage = {
  words: {
    gap: '[не заполнено]',
    and: ' и ',
    andAlso: ', а также ',
    letters: 'абвгдежзиклмнопрстуфхцчшщэюя',
    months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    date: '{day} {month} {year} года',
    timeRange: 'с {start} до {end}',
    dayRange: 'с {from} по {to}',
    units: {
      minutes: { one: 'минута', few: 'минуты', many: 'минут', other: 'минуты' },
      hours: { one: 'час', few: 'часа', many: 'часов', other: 'часа' },
      'working-days': { one: 'рабочий день', few: 'рабочих дня', many: 'рабочих дней', other: 'рабочего дня' },
      'calendar-days': { one: 'календарный день', few: 'календарных дня', many: 'календарных дней', other: 'календарного дня' },
    },
    money: { MCI: 'МРП', KZT: 'тенге' },
    durationWords: { before: ['не более', 'в течение', 'не позднее', 'до'], after: [] },
    scheduleWords: { everyDay: ['ежедневно', 'без выходных'], except: ['кроме'], daysOff: ['выходных', 'выходные'] },
    schedule: '{days} {hours}[, перерыв {breaks}]',
    contact: ['{address}', 'кабинет {room}', 'телефон {phone}', 'электронная почта {email}', 'интернет-ресурс {website}', 'график работы: {schedule}'],
  },
  approval: {
    'government-decree': ['Утвержден', 'постановлением Правительства', 'Республики Казахстан', 'от {date} № {number}'],
    'ministerial-order': ['Утвержден', 'приказом министра', 'от {date} № {number}'],
    'akimat-resolution': ['Утвержден', 'постановлением акимата', 'от {date} № {number}'],
  },
  title: ['Стандарт государственной услуги', '«{^service.name}»'],
  appendix: ['Приложение', 'к стандарту государственной услуги', '«{^service.name}»'],
  amend: {
    frame: 'В стандарте государственной услуги «{^service.name}», утвержденном {act|by} от {date} № {number}, внести следующие изменения:',
    frameUnapproved: 'В стандарте государственной услуги «{^service.name}» внести следующие изменения:',
    words: 'в пункте {clause} слова {old} заменить словами {new}',
    wordsInItem: 'в подпункте {item} пункта {clause} слова {old} заменить словами {new}',
    newWording: 'пункт {clause} изложить в следующей редакции:',
    itemAdded: 'пункт {clause} дополнить подпунктом {item} следующего содержания:',
    itemRemoved: 'подпункт {item} пункта {clause} исключить',
    clauseAdded: 'дополнить пунктом {clause} следующего содержания:',
    clauseRemoved: 'пункт {clause} исключить',
    row: 'в приложении к стандарту строку {row} изложить в следующей редакции:',
    subItem: '{sub} подпункта {item}',
    quotes: ['«', '»'],
  },
  clauses: {
    'general.provider': [{ text: 'Государственную услугу оказывает {.}.' }],
    'general.form': [{ text: 'Форма оказываемой государственной услуги: {.|nom}.' }],
    'general.legal-basis': [
      { lead: 'Государственная услуга оказывается на основании:', list: '.', item: '{title}[ от {date}][ № {number}] (статья {article})' },
    ],
    'general.information': [
      {
        lead: 'Информация о государственной услуге и о порядке ее оказания размещается:',
        list: '.',
        item: '{channel|where} {value}',
      },
    ],
    'general.result': [
      { text: 'Результатом оказываемой государственной услуги является: {document}.' },
      { text: 'Форма предоставления результата: {form|how}.' },
    ],
    'general.recipients': [{ text: 'Государственная услуга оказывается {.|dat}.' }],
    'general.deadlines': [
      {
        lead: 'Сроки оказания государственной услуги:',
        parts: [
          {
            text: 'сроки оказания государственной услуги:',
            parts: [
              {
                when: 'from-documents',
                text: 'с момента сдачи потребителем необходимых документов, определенных в пункте {#^procedure.documents} настоящего стандарта, – {from-documents}',
              },
              { when: 'from-application', text: 'с момента обращения для получения государственной услуги (регистрации, получения талона) – {from-application}' },
              { when: 'from-electronic-request', text: 'с момента электронного запроса для получения государственной услуги – {from-electronic-request}' },
            ],
          },
          {
            text: 'максимально допустимое время ожидания до получения государственной услуги, оказываемой на месте в день обращения потребителя, – не более {max-wait}',
          },
          {
            text: 'максимально допустимое время обслуживания потребителя государственной услуги, оказываемой на месте в день обращения потребителя, – не более {max-service}',
          },
          { when: 'other', text: '{other}' },
        ],
      },
    ],
    'general.fee': [
      { when: 'paid=false', text: 'Государственная услуга оказывается бесплатно.' },
      {
        when: 'paid=true',
        text: 'Государственная услуга оказывается на платной основе. Стоимость услуги – {amount}[, ускоренного обслуживания – {expedited-amount}].',
      },
      { when: 'paid=true', text: 'Порядок оплаты: {payment}. Документ, подтверждающий оплату: {receipt}.' },
      { when: '!paid', text: 'Государственная услуга оказывается {paid}.' },
    ],
    'general.schedule': [
      { text: 'График работы: {days} {hours} часов[, с перерывом на обед {breaks} часов].' },
      { when: 'pre-registration.available=true', text: 'Предварительная запись предусмотрена[: {pre-registration.conditions}].' },
      { when: 'pre-registration.available=false', text: 'Предварительная запись не предусмотрена.' },
      { when: '!pre-registration.available', text: 'Предварительная запись: {pre-registration.available}.' },
      { when: 'expedited.available=true', text: 'Ускоренное обслуживание предусмотрено[: {expedited.conditions}].' },
      { when: 'expedited.available=false', text: 'Ускоренное обслуживание не предусмотрено.' },
      { when: '!expedited.available', text: 'Ускоренное обслуживание: {expedited.available}.' },
    ],
    'general.premises': [{ text: 'Условия места оказания государственной услуги: {.}.' }],
    'procedure.documents': [
      { lead: 'Для получения государственной услуги потребитель представляет следующие документы:', list: '.' },
      { when: '^procedure.beneficiary-documents', lead: 'Лица, имеющие льготы, дополнительно представляют:', list: '^procedure.beneficiary-documents' },
    ],
    'procedure.forms': [
      { when: 'url&place', text: 'Бланки (формы заявлений) размещаются на интернет-ресурсе {url} и {place}.' },
      { when: 'url&!place', text: 'Бланки (формы заявлений) размещаются на интернет-ресурсе {url}.' },
      { when: '!url', text: 'Бланки (формы заявлений) размещаются: {place}.' },
    ],
    'procedure.submission': contactLead('Заполненные бланки, заявления и другие документы сдаются'),
    'procedure.internal-order': [{ lead: 'Порядок оказания государственной услуги:', list: '.' }],
    'procedure.receipt-document': [{ text: 'Документом, подтверждающим сдачу потребителем всех необходимых документов, является: {.}.' }],
    'procedure.delivery': [{ text: 'Способ доставки результата оказания государственной услуги: {.|nom}.' }],
    'procedure.refusal-grounds': [
      {
        lead: 'Основаниями для приостановления или отказа в оказании государственной услуги являются:',
        list: '.',
        empty: 'Оснований для приостановления или отказа в оказании государственной услуги не предусмотрено.',
      },
    ],
    principles: [
      { lead: 'Деятельность уполномоченного органа в отношении потребителей основывается на следующих принципах:', list: '.', item: '{.|nom}' },
    ],
    'results.indicators': [
      {
        text: 'Результаты оказания государственной услуги потребителям измеряются показателями качества и эффективности в соответствии с приложением к настоящему стандарту.',
      },
    ],
    'results.targets-approval': [{ text: 'Целевые значения показателей качества и эффективности государственной услуги ежегодно утверждаются: {.}.' }],
    'appeals.explanation': contactLead(
      'Разъяснение порядка обжалования действий (бездействия) уполномоченных должностных лиц и содействие в подготовке жалобы осуществляются',
    ),
    'appeals.higher-instance': contactLead('В случае несогласия с результатами оказанной государственной услуги жалоба подается'),
    'appeals.improper-service': contactLead('В случае некорректного оказания государственной услуги жалоба подается'),
    'appeals.documents': [{ lead: 'Для подачи жалобы необходимы следующие документы:', list: '.' }],
    'appeals.acknowledgement': [
      { text: 'Документом, подтверждающим принятие жалобы, является: {document}.' },
      { text: 'Ответ на жалобу предоставляется в срок не более {response-deadline}.' },
      { text: 'Сведения о ходе рассмотрения жалобы можно получить: {contacts}.' },
    ],
    'appeals.other-information': [{ when: '.', text: '{.}.' }],
  },
};
