import { describe, expect, it } from 'vitest';
import { MESSAGE_LANGUAGES, MESSAGE_TEMPLATES, messageLanguageOf, renderMessage, type TemplateParams } from './templates';

const params: TemplateParams = {
  CLAIMANT_NOTICE: { claimantName: 'Ana <b>', examAt: '2026-12-17 10:00', location: 'Sacramento', examinerName: 'Dr. Lee', accessLink: 'https://x/a', referenceNumber: 'IME-1' },
  CLAIMANT_ACCESS_CODE: { code: '123456', validMinutes: 10, referenceNumber: 'IME-1' },
  CLAIMANT_ACCESS_LINK: { accessLink: 'https://x/claimant/open/t', referenceNumber: 'IME-1', expiresOn: '2027-06-01' },
  INVITATION: { inviteLink: 'https://x/i', role: 'CLIENT', expiresAt: '2026-12-08', organisation: 'Acme' },
  PASSWORD_RESET: { resetLink: 'https://x/r', expiresAt: '2026-12-02' },
  CREDENTIAL_EXPIRING: { examinerName: 'Dr. Lee', credential: 'MEDICAL_LICENSE', expiresOn: '2027-03-01', daysLeft: 90 },
  CREDENTIAL_LAPSED: { examinerName: 'Dr. Lee', credential: 'MEDICAL_LICENSE', expiredOn: '2026-11-30' },
  REPORT_DUE: { reportId: 'r', caseId: 'c', dueDate: '2026-12-03' },
  REPORT_OVERDUE: { reportId: 'r', caseId: 'c', dueDate: '2026-11-30' },
  CLAIMANT_COPY_DUE: { reportId: 'r', caseId: 'c', dueAt: '2026-12-03' },
  PANEL_PERIOD_ENDING: { referenceNumber: 'IME-1', period: 'STRIKE', endsOn: '2026-12-04' },
  WEBHOOK_DISABLED: { url: 'https://hooks.example', failures: 5, lastError: 'HTTP 500' },
};

describe('message templates', () => {
  it('renders every template in both languages, with every link it was given', () => {
    for (const template of MESSAGE_TEMPLATES) {
      const [en, es] = MESSAGE_LANGUAGES.map((language) => renderMessage(template, language, params[template] as never));
      expect(en.subject).not.toEqual(es.subject);
      for (const link of Object.values(params[template]).filter((v) => typeof v === 'string' && v.startsWith('https://'))) {
        expect(en.text).toContain(link);
        expect(es.text).toContain(link);
      }
    }
  });

  it('escapes parameters in the HTML but not in the text', () => {
    const notice = renderMessage('CLAIMANT_NOTICE', 'es', params.CLAIMANT_NOTICE);
    expect(notice.subject).toBe('Aviso de su examen médico (IME-1)');
    expect(notice.html).toContain('Ana &lt;b&gt;');
    expect(notice.html).not.toContain('<b>');
    expect(notice.text).toContain('Estimado/a Ana <b>:');
  });

  it('takes Spanish for any es locale and English otherwise', () => {
    expect(messageLanguageOf('es-MX')).toBe('es');
    expect(messageLanguageOf('ES')).toBe('es');
    expect(messageLanguageOf('fr')).toBe('en');
    expect(messageLanguageOf(null)).toBe('en');
  });
});
