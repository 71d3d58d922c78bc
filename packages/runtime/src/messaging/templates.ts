/**
 * The e-mails the platform sends (docs/messaging.md, "E-mail"), each in English and Spanish: the recipient's
 * language picks one, English when it is unknown. A template takes only what it says; links are made by the
 * caller (the access link, the invitation link) and passed in, never built here.
 */
export const MESSAGE_LANGUAGES = ['en', 'es'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** The recipient's language as a template language: 'es', 'es-MX', 'ES' → es; anything else → en. */
export function messageLanguageOf(language: string | null | undefined): MessageLanguage {
  return language?.trim().toLowerCase().startsWith('es') ? 'es' : 'en';
}

export interface TemplateParams {
  CLAIMANT_NOTICE: { claimantName: string; examAt: string; location: string; examinerName: string; accessLink: string; referenceNumber: string };
  CLAIMANT_ACCESS_CODE: { code: string; validMinutes: number; referenceNumber: string };
  CLAIMANT_ACCESS_LINK: { accessLink: string; referenceNumber: string; expiresOn: string };
  INVITATION: { inviteLink: string; role: string; expiresAt: string; organisation?: string | null };
  PASSWORD_RESET: { resetLink: string; expiresAt: string };
  CREDENTIAL_EXPIRING: { examinerName: string; credential: string; expiresOn: string; daysLeft: number };
  CREDENTIAL_LAPSED: { examinerName: string; credential: string; expiredOn: string };
  REPORT_DUE: { reportId: string; caseId: string; dueDate: string };
  REPORT_OVERDUE: { reportId: string; caseId: string; dueDate: string };
  CLAIMANT_COPY_DUE: { reportId: string; caseId: string; dueAt: string };
  PANEL_PERIOD_ENDING: { referenceNumber: string; period: 'CHOICE' | 'STRIKE'; endsOn: string };
  WEBHOOK_DISABLED: { url: string; failures: number; lastError: string };
}
export type MessageTemplate = keyof TemplateParams;
export const MESSAGE_TEMPLATES = [
  'CLAIMANT_NOTICE',
  'CLAIMANT_ACCESS_CODE',
  'CLAIMANT_ACCESS_LINK',
  'INVITATION',
  'PASSWORD_RESET',
  'CREDENTIAL_EXPIRING',
  'CREDENTIAL_LAPSED',
  'REPORT_DUE',
  'REPORT_OVERDUE',
  'CLAIMANT_COPY_DUE',
  'PANEL_PERIOD_ENDING',
  'WEBHOOK_DISABLED',
] as const satisfies readonly MessageTemplate[];

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

type Texts = { [T in MessageTemplate]: Record<MessageLanguage, (p: TemplateParams[T]) => { subject: string; lines: string[] }> };

const TEXTS: Texts = {
  CLAIMANT_NOTICE: {
    en: (p) => ({
      subject: `Notice of your medical examination (${p.referenceNumber})`,
      lines: [
        `Dear ${p.claimantName},`,
        `An independent medical examination has been scheduled for you on ${p.examAt} with ${p.examinerName} at ${p.location}.`,
        `You can read this notice, the examination details and your rights at: ${p.accessLink}`,
        'The notice is attached as a PDF when one is available.',
      ],
    }),
    es: (p) => ({
      subject: `Aviso de su examen médico (${p.referenceNumber})`,
      lines: [
        `Estimado/a ${p.claimantName}:`,
        `Se ha programado un examen médico independiente para usted el ${p.examAt} con ${p.examinerName} en ${p.location}.`,
        `Puede leer este aviso, los detalles del examen y sus derechos en: ${p.accessLink}`,
        'El aviso se adjunta en PDF cuando está disponible.',
      ],
    }),
  },
  CLAIMANT_ACCESS_CODE: {
    en: (p) => ({
      subject: `Your code for your exam page (${p.referenceNumber})`,
      lines: [
        `Your code is ${p.code}`,
        `Type it on the page you opened. It works once, for ${p.validMinutes} minutes.`,
        'If you did not ask for it, you do not need to do anything. Nobody can open your page without this code.',
      ],
    }),
    es: (p) => ({
      subject: `Su código para la página de su examen (${p.referenceNumber})`,
      lines: [
        `Su código es ${p.code}`,
        `Escríbalo en la página que abrió. Sirve una sola vez, durante ${p.validMinutes} minutos.`,
        'Si usted no lo pidió, no tiene que hacer nada. Nadie puede abrir su página sin este código.',
      ],
    }),
  },
  CLAIMANT_ACCESS_LINK: {
    en: (p) => ({
      subject: `Your link to your exam page (${p.referenceNumber})`,
      lines: [
        'Here is your new link to the page about your medical exam.',
        `Open it here: ${p.accessLink}`,
        'You will be asked for your date of birth and a code we send you. Older links no longer work.',
        `The link works until ${p.expiresOn}.`,
      ],
    }),
    es: (p) => ({
      subject: `Su enlace a la página de su examen (${p.referenceNumber})`,
      lines: [
        'Aquí tiene su nuevo enlace a la página sobre su examen médico.',
        `Ábralo aquí: ${p.accessLink}`,
        'Le pediremos su fecha de nacimiento y un código que le enviaremos. Los enlaces anteriores ya no sirven.',
        `El enlace sirve hasta el ${p.expiresOn}.`,
      ],
    }),
  },
  INVITATION: {
    en: (p) => ({
      subject: 'You are invited to IME Panel',
      lines: [
        `You have been invited to IME Panel as ${p.role}${p.organisation ? ` for ${p.organisation}` : ''}.`,
        `Accept the invitation and choose your password here: ${p.inviteLink}`,
        `The link works once, until ${p.expiresAt}.`,
      ],
    }),
    es: (p) => ({
      subject: 'Invitación a IME Panel',
      lines: [
        `Ha sido invitado/a a IME Panel como ${p.role}${p.organisation ? ` de ${p.organisation}` : ''}.`,
        `Acepte la invitación y elija su contraseña aquí: ${p.inviteLink}`,
        `El enlace funciona una sola vez, hasta el ${p.expiresAt}.`,
      ],
    }),
  },
  PASSWORD_RESET: {
    en: (p) => ({
      subject: 'Reset your IME Panel password',
      lines: ['Someone asked to reset the password of your IME Panel account.', `Choose a new password here: ${p.resetLink}`, `The link works once, until ${p.expiresAt}. If it was not you, ignore this message.`],
    }),
    es: (p) => ({
      subject: 'Restablezca su contraseña de IME Panel',
      lines: ['Alguien pidió restablecer la contraseña de su cuenta de IME Panel.', `Elija una nueva contraseña aquí: ${p.resetLink}`, `El enlace funciona una sola vez, hasta el ${p.expiresAt}. Si no fue usted, ignore este mensaje.`],
    }),
  },
  CREDENTIAL_EXPIRING: {
    en: (p) => ({
      subject: `Credential expiring in ${p.daysLeft} days: ${p.examinerName}`,
      lines: [`The ${p.credential} of ${p.examinerName} expires on ${p.expiresOn} (${p.daysLeft} days).`, 'Upload the renewal so the examiner stays eligible for new cases.'],
    }),
    es: (p) => ({
      subject: `Credencial que vence en ${p.daysLeft} días: ${p.examinerName}`,
      lines: [`La credencial ${p.credential} de ${p.examinerName} vence el ${p.expiresOn} (${p.daysLeft} días).`, 'Suba la renovación para que el examinador siga elegible para casos nuevos.'],
    }),
  },
  CREDENTIAL_LAPSED: {
    en: (p) => ({
      subject: `Credential lapsed: ${p.examinerName}`,
      lines: [`The ${p.credential} of ${p.examinerName} expired on ${p.expiredOn}.`, 'The examiner is not eligible for new cases that need it until a renewal is verified.'],
    }),
    es: (p) => ({
      subject: `Credencial vencida: ${p.examinerName}`,
      lines: [`La credencial ${p.credential} de ${p.examinerName} venció el ${p.expiredOn}.`, 'El examinador no es elegible para casos nuevos que la requieran hasta que se verifique una renovación.'],
    }),
  },
  REPORT_DUE: {
    en: (p) => ({ subject: `Report due on ${p.dueDate}`, lines: [`Report ${p.reportId} (case ${p.caseId}) is due on ${p.dueDate}, in two days.`] }),
    es: (p) => ({ subject: `Informe con vencimiento el ${p.dueDate}`, lines: [`El informe ${p.reportId} (caso ${p.caseId}) vence el ${p.dueDate}, en dos días.`] }),
  },
  REPORT_OVERDUE: {
    en: (p) => ({ subject: `Report overdue since ${p.dueDate}`, lines: [`Report ${p.reportId} (case ${p.caseId}) was due on ${p.dueDate} and is not final.`] }),
    es: (p) => ({ subject: `Informe vencido desde el ${p.dueDate}`, lines: [`El informe ${p.reportId} (caso ${p.caseId}) vencía el ${p.dueDate} y no es definitivo.`] }),
  },
  CLAIMANT_COPY_DUE: {
    en: (p) => ({ subject: `Claimant copy due by ${p.dueAt}`, lines: [`The claimant's copy of report ${p.reportId} (case ${p.caseId}) is due by ${p.dueAt} and has not been delivered.`] }),
    es: (p) => ({ subject: `Copia para el reclamante pendiente antes del ${p.dueAt}`, lines: [`La copia del informe ${p.reportId} (caso ${p.caseId}) para el reclamante vence el ${p.dueAt} y no se ha entregado.`] }),
  },
  PANEL_PERIOD_ENDING: {
    en: (p) => ({
      subject: `Case ${p.referenceNumber}: the panel ${p.period === 'CHOICE' ? 'choice' : 'strike'} period ends on ${p.endsOn}`,
      lines: [`The period to ${p.period === 'CHOICE' ? 'choose an examiner from' : 'strike a member of'} the panel of case ${p.referenceNumber} ends on ${p.endsOn}.`],
    }),
    es: (p) => ({
      subject: `Caso ${p.referenceNumber}: el plazo para ${p.period === 'CHOICE' ? 'elegir' : 'tachar'} del panel termina el ${p.endsOn}`,
      lines: [`El plazo para ${p.period === 'CHOICE' ? 'elegir un examinador del' : 'tachar a un miembro del'} panel del caso ${p.referenceNumber} termina el ${p.endsOn}.`],
    }),
  },
  WEBHOOK_DISABLED: {
    en: (p) => ({
      subject: 'A webhook subscription was disabled',
      lines: [`Deliveries to ${p.url} failed ${p.failures} times in a row (last: ${p.lastError}); the subscription is disabled.`, 'Fix the receiver and enable the subscription again; pending deliveries are then sent.'],
    }),
    es: (p) => ({
      subject: 'Se desactivó una suscripción de webhook',
      lines: [`Los envíos a ${p.url} fallaron ${p.failures} veces seguidas (último: ${p.lastError}); la suscripción está desactivada.`, 'Corrija el receptor y active la suscripción de nuevo; los envíos pendientes se harán entonces.'],
    }),
  },
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The subject, plain text and HTML of a template in a language (the HTML escapes every parameter). */
export function renderMessage<T extends MessageTemplate>(template: T, language: MessageLanguage, params: TemplateParams[T]): RenderedMessage {
  const { subject, lines } = (TEXTS[template][language] as (p: TemplateParams[T]) => { subject: string; lines: string[] })(params);
  return {
    subject,
    text: `${lines.join('\n\n')}\n`,
    html: `<!doctype html><html lang="${language}"><body>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</body></html>`,
  };
}
