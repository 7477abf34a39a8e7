/** The English reading of a standard of edition `kz-2010` (for reference; kk and ru are the official texts). */
import type { OfficialLanguage } from '../../types';

const contactLead = (lead: string) => [{ text: `${lead}: {.}.` }];

export const en: OfficialLanguage = {
  words: {
    gap: '[not filled in]',
    and: ' and ',
    andAlso: '; and also ',
    letters: 'abcdefghijklmnopqrstuvwxyz',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    date: '{day} {month} {year}',
    timeRange: 'from {start} to {end}',
    dayRange: '{from} to {to}',
    units: {
      minutes: { one: 'minute', other: 'minutes' },
      hours: { one: 'hour', other: 'hours' },
      'working-days': { one: 'working day', other: 'working days' },
      'calendar-days': { one: 'calendar day', other: 'calendar days' },
    },
    money: { MCI: 'MCI', KZT: 'tenge' },
    durationWords: { before: ['no more than', 'within', 'up to'], after: [] },
    scheduleWords: { everyDay: ['every day', 'daily'], except: ['except'], daysOff: ['weekends', 'days off'] },
    schedule: '{days}, {hours}[, break {breaks}]',
    contact: ['{address}', 'room {room}', 'phone {phone}', 'email {email}', 'website {website}', 'working hours: {schedule}'],
  },
  approval: {
    'government-decree': ['Approved', 'by Decree of the Government', 'of the Republic of Kazakhstan', 'No. {number} of {date}'],
    'ministerial-order': ['Approved', 'by order of the Minister', 'No. {number} of {date}'],
    'akimat-resolution': ['Approved', 'by resolution of the akimat', 'No. {number} of {date}'],
  },
  title: ['Standard of the public service', '“{^service.name}”'],
  appendix: ['Appendix', 'to the standard of the public service', '“{^service.name}”'],
  amend: {
    frame: 'The following changes are made to the standard of the public service “{^service.name}” approved {act|by} No. {number} of {date}:',
    frameUnapproved: 'The following changes are made to the standard of the public service “{^service.name}”:',
    words: 'in clause {clause}, the words {old} are replaced with {new}',
    wordsInItem: 'in sub-item {item} of clause {clause}, the words {old} are replaced with {new}',
    newWording: 'clause {clause} is worded as follows:',
    itemAdded: 'clause {clause} is supplemented with sub-item {item}:',
    itemRemoved: 'sub-item {item} of clause {clause} is deleted',
    clauseAdded: 'the standard is supplemented with clause {clause}:',
    clauseRemoved: 'clause {clause} is deleted',
    row: 'in the appendix to the standard, row {row} is worded as follows:',
    subItem: '{sub} of sub-item {item}',
    quotes: ['“', '”'],
  },
  clauses: {
    'general.provider': [{ text: 'The public service is provided by {.}.' }],
    'general.form': [{ text: 'Form of the public service: {.|nom}.' }],
    'general.legal-basis': [{ lead: 'The public service is provided on the basis of:', list: '.', item: '{title}[ of {date}][ No. {number}] (article {article})' }],
    'general.information': [{ lead: 'Information about the public service and how it is provided is published:', list: '.', item: '{channel|where} {value}' }],
    'general.result': [
      { text: 'The result of the public service is: {document}.' },
      { text: 'Form in which the result is given: {form|how}.' },
    ],
    'general.recipients': [{ text: 'The public service is provided to {.|dat}.' }],
    'general.deadlines': [
      {
        lead: 'Deadlines of the public service:',
        parts: [
          {
            text: 'time to provide the public service:',
            parts: [
              { when: 'from-documents', text: 'from the submission of the documents listed in clause {#^procedure.documents} of this standard – {from-documents}' },
              { when: 'from-application', text: 'from the application (registration, ticket) – {from-application}' },
              { when: 'from-electronic-request', text: 'from an electronic request – {from-electronic-request}' },
            ],
          },
          { text: 'longest allowed wait for a service provided on the spot on the day of application – no more than {max-wait}' },
          { text: 'longest allowed service time on the spot on the day of application – no more than {max-service}' },
          { when: 'other', text: '{other}' },
        ],
      },
    ],
    'general.fee': [
      { when: 'paid=false', text: 'The public service is free of charge.' },
      { when: 'paid=true', text: 'The public service is paid. Cost of the service – {amount}[, of expedited service – {expedited-amount}].' },
      { when: 'paid=true', text: 'How to pay: {payment}. Document confirming the payment: {receipt}.' },
      { when: '!paid', text: 'The public service is provided: {paid}.' },
    ],
    'general.schedule': [
      { text: 'Working hours: {days}, {hours}[, lunch break {breaks}].' },
      { when: 'pre-registration.available=true', text: 'Pre-registration is available[: {pre-registration.conditions}].' },
      { when: 'pre-registration.available=false', text: 'Pre-registration is not available.' },
      { when: '!pre-registration.available', text: 'Pre-registration: {pre-registration.available}.' },
      { when: 'expedited.available=true', text: 'Expedited service is available[: {expedited.conditions}].' },
      { when: 'expedited.available=false', text: 'Expedited service is not available.' },
      { when: '!expedited.available', text: 'Expedited service: {expedited.available}.' },
    ],
    'general.premises': [{ text: 'Premises where the public service is provided: {.}.' }],
    'procedure.documents': [
      { lead: 'To receive the public service, the recipient submits the following documents:', list: '.' },
      { when: '^procedure.beneficiary-documents', lead: 'People with privileges also submit:', list: '^procedure.beneficiary-documents' },
    ],
    'procedure.forms': [
      { when: 'url&place', text: 'Blank forms (application forms) are published on the website {url} and {place}.' },
      { when: 'url&!place', text: 'Blank forms (application forms) are published on the website {url}.' },
      { when: '!url', text: 'Blank forms (application forms) are available: {place}.' },
    ],
    'procedure.submission': contactLead('Completed forms, applications and other documents are handed in'),
    'procedure.internal-order': [{ lead: 'Procedure of the public service:', list: '.' }],
    'procedure.receipt-document': [{ text: 'The document confirming that the recipient handed in all necessary documents is: {.}.' }],
    'procedure.delivery': [{ text: 'How the result is delivered: {.|nom}.' }],
    'procedure.refusal-grounds': [
      {
        lead: 'Grounds for suspending or refusing the public service are:',
        list: '.',
        empty: 'No grounds for suspending or refusing the public service are provided.',
      },
    ],
    principles: [{ lead: 'The work of the authorised body with recipients rests on the following principles:', list: '.', item: '{.|nom}' }],
    'results.indicators': [{ text: 'The results of the public service are measured by the quality and efficiency indicators of the appendix to this standard.' }],
    'results.targets-approval': [{ text: 'The target values of the quality and efficiency indicators are approved every year: {.}.' }],
    'appeals.explanation': contactLead('The appeal procedure against actions (inaction) of authorised officials is explained, and help with a complaint is given'),
    'appeals.higher-instance': contactLead('If one disagrees with the result of the public service, a complaint is filed'),
    'appeals.improper-service': contactLead('If the public service was provided improperly, a complaint is filed'),
    'appeals.documents': [{ lead: 'A complaint needs the following documents:', list: '.' }],
    'appeals.acknowledgement': [
      { text: 'The document confirming that the complaint was accepted is: {document}.' },
      { text: 'The complaint is answered within no more than {response-deadline}.' },
      { text: 'The progress of the complaint can be learnt: {contacts}.' },
    ],
    'appeals.other-information': [{ when: '.', text: '{.}.' }],
  },
};
