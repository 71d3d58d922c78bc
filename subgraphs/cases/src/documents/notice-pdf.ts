import { PdfWriter, readableTime } from '@imepanel/runtime';
import { accommodationSentences } from '../domain/exam-arrangements';
import type { NoticeFacts } from '../domain/notice';

/** Languages the notice letter is written in; a claimant speaking another gets the English letter. */
export const NOTICE_LETTER_LANGUAGES = ['en', 'es'] as const;
export type NoticeLetterLanguage = (typeof NOTICE_LETTER_LANGUAGES)[number];

export interface NoticeLetter {
  language: string;
  claimantName: string;
  claimantAddress: string[];
  caseReference: string;
  servedAt: Date;
  method: string;
  facts: NoticeFacts;
  /** The notice as recorded on the case (English): purpose and rights, quoted in the letter. */
  purpose: string;
  rightsStatement: string;
  issuer: string;
  /** The claimant's portal link (docs/claimant-portal.md), printed on the letter; null when none was issued. */
  accessLink?: string | null;
}

const REASONS_ES: Record<string, string> = {
  CAUSATION: 'la causa de la lesión o enfermedad',
  EXTENT_OF_INJURY: 'la gravedad de la lesión',
  TREATMENT_NEED: 'si el tratamiento es necesario o razonable',
  WORK_CAPACITY: 'si puede trabajar o realizar sus actividades diarias, y con qué restricciones',
  IMPAIRMENT_RATING: 'el grado de cualquier incapacidad permanente',
  MMI: 'si ha alcanzado la máxima mejoría médica',
  SECOND_OPINION: 'una segunda opinión sobre su diagnóstico o tratamiento',
  DISPUTE_RESOLUTION: 'los hechos necesarios para resolver una reclamación en disputa',
};

/**
 * The exam's time where the claimant is: the office's zone for an in-person exam, the claimant's own for telehealth
 * (docs/rules.md, "Time zones"), with the zone named, e.g. "Monday, March 9, 2026, 9:00 AM EDT (America/New_York)".
 */
export const noticeExamTime = (facts: NoticeFacts, language: NoticeLetterLanguage) => {
  const zone = facts.examTimeZone ?? 'UTC';
  return `${readableTime(facts.examScheduledAt, zone, language)} (${zone})`;
};

/** What the letter says in each language; the English one quotes the notice as recorded. */
function texts(letter: NoticeLetter, language: NoticeLetterLanguage) {
  const { facts } = letter;
  if (language === 'es') {
    const rights = [
      `Recibirá una copia del informe del examinador${facts.reportRecipients.includes('CLAIMANT') ? '' : ' si la solicita'}.`,
      'Puede opinar o presentar una queja sobre el examen; las quejas constan en el historial del examinador.',
      facts.interpreterNeeded ? 'Se le proporcionará un intérprete sin costo alguno.' : 'Puede solicitar un intérprete sin costo alguno.',
      ...accommodationSentences(facts.accommodations ?? [], 'es'),
      ...(facts.recordingAllowed ? [`Puede grabar el examen (${facts.jurisdictionName}).`] : []),
      ...(facts.observerAllowed ? ['Puede traer a una persona de su elección para observar el examen.'] : []),
      ...(facts.panelRequired ? ['Puede elegir o descartar examinadores del panel que se le ofrece.'] : []),
      'El examinador no puede realizar ningún procedimiento sin su consentimiento.',
    ];
    return {
      title: 'Aviso de examen médico independiente',
      greeting: `Estimado/a ${letter.claimantName}:`,
      intro: `Le notificamos que se ha programado un examen médico independiente${facts.bodyParts.length ? ` sobre ${facts.bodyParts.join(', ')}` : ''} para determinar ${facts.reasons.map((r) => REASONS_ES[r] ?? r.toLowerCase()).join('; ')}.`,
      labels: { reference: 'Referencia del caso', date: 'Fecha y hora', examiner: 'Examinador', place: 'Lugar', format: 'Modalidad', served: 'Notificado', method: 'Medio' },
      format: facts.examFormat === 'TELEHEALTH' ? 'examen por video' : 'examen presencial',
      place: facts.location ?? (facts.examFormat === 'TELEHEALTH' ? 'por video (recibirá el enlace)' : 'se le comunicará'),
      nature: 'El examen consiste en una revisión de sus antecedentes médicos, una conversación sobre su historia clínica y, si es presencial, un examen físico. El examinador no tiene relación previa con usted y no le dará tratamiento.',
      rightsHeading: 'Sus derechos',
      rights,
      quoted: 'Texto del aviso tal como consta en el expediente (inglés)',
      closing: 'Atentamente,',
    };
  }
  return {
    title: 'Notice of independent medical examination',
    greeting: `Dear ${letter.claimantName},`,
    intro: letter.purpose,
    labels: { reference: 'Case reference', date: 'Date and time', examiner: 'Examiner', place: 'Place', format: 'Format', served: 'Served', method: 'Method' },
    format: facts.examFormat === 'TELEHEALTH' ? 'video examination' : 'in-person examination',
    place: facts.location ?? (facts.examFormat === 'TELEHEALTH' ? 'by video (you will receive the link)' : 'to be confirmed to you'),
    nature: null,
    rightsHeading: 'Your rights',
    rights: letter.rightsStatement.split('\n').map((line) => line.replace(/^\d+\.\s*/, '')),
    quoted: null,
    closing: 'Sincerely,',
  };
}

/**
 * The notice as the letter the claimant receives, in their language (English or Spanish; docs/documents.md,
 * "Generated PDFs"): the exam's purpose, time, place and examiner, and the rights of the jurisdiction.
 */
export async function renderNoticePdf(letter: NoticeLetter): Promise<Uint8Array> {
  const language: NoticeLetterLanguage = (NOTICE_LETTER_LANGUAGES as readonly string[]).includes(letter.language) ? (letter.language as NoticeLetterLanguage) : 'en';
  const t = texts(letter, language);
  const pdf = await PdfWriter.create({ title: `${t.title} ${letter.caseReference}`, author: letter.issuer, at: letter.servedAt, footer: `${letter.issuer} - ${letter.caseReference}`, language });
  for (const line of [letter.claimantName, ...letter.claimantAddress]) pdf.paragraph(line);
  pdf.title(t.title);
  pdf.field(t.labels.reference, letter.caseReference);
  pdf.field(t.labels.served, `${letter.servedAt.toISOString().slice(0, 10)} (${letter.method.toLowerCase()})`);
  pdf.paragraph(t.greeting);
  pdf.paragraph(t.intro);
  if (t.nature) pdf.paragraph(t.nature);
  pdf.field(t.labels.date, noticeExamTime(letter.facts, language));
  pdf.field(t.labels.examiner, letter.facts.examinerName);
  pdf.field(t.labels.format, t.format);
  pdf.field(t.labels.place, t.place);
  pdf.heading(t.rightsHeading);
  t.rights.forEach((right, i) => pdf.paragraph(`${i + 1}. ${right}`, { indent: 8 }));
  if (t.quoted) {
    pdf.heading(t.quoted);
    pdf.paragraph(letter.purpose);
    pdf.paragraph(letter.rightsStatement);
  }
  if (letter.accessLink) {
    pdf.heading(language === 'es' ? 'Su página en línea' : 'Your page online');
    pdf.paragraph(
      language === 'es'
        ? 'Puede leer este aviso, hacer preguntas y pedir lo que necesite en su página. Le pediremos su fecha de nacimiento y un código que le enviaremos:'
        : 'You can read this notice, ask questions and ask for what you need on your page. We will ask for your date of birth and a code we send you:',
    );
    pdf.paragraph(letter.accessLink, { indent: 8 });
  }
  pdf.paragraph(t.closing);
  pdf.paragraph(letter.issuer);
  return pdf.bytes();
}
