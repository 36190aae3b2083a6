import type { InboundMail } from './inbound-mail';
import { automatedKind, isNoReplyAddress } from './classify-mail';

function mail(
  overrides: Partial<InboundMail> & { headerValues?: Record<string, string> } = {},
): InboundMail {
  const { headerValues, ...rest } = overrides;
  return {
    messageId: '<a@b>',
    from: { address: 'jeanne@usager.test', name: 'Jeanne' },
    to: ['contact@region.test'],
    subject: 'Demande',
    date: null,
    rawDate: '',
    inReplyTo: null,
    references: [],
    text: '',
    html: null,
    headers: new Map(Object.entries(headerValues ?? {})),
    contentType: 'text/plain',
    attachments: [],
    ...rest,
  };
}

describe('automated mail', () => {
  it('takes a person’s message for a person’s', () => {
    expect(automatedKind(mail())).toBeNull();
    expect(automatedKind(mail({ headerValues: { 'auto-submitted': 'no' } }))).toBeNull();
  });

  it.each([
    [{ headerValues: { 'auto-submitted': 'auto-replied' } }],
    [{ headerValues: { 'auto-submitted': 'auto-generated' } }],
    [{ headerValues: { precedence: 'bulk' } }],
    [{ headerValues: { precedence: 'list' } }],
    [{ headerValues: { precedence: 'junk' } }],
    [{ headerValues: { 'x-autoreply': 'yes' } }],
    [{ subject: 'Réponse automatique : absent' }],
    [{ subject: 'Out of Office: back Monday' }],
    [{ subject: 'Automatic reply: holidays' }],
    [{ subject: 'Absence du 1er au 15' }],
  ])('recognises an automatic reply (%j)', (overrides) => {
    expect(automatedKind(mail(overrides))).toBe('auto-reply');
  });

  it('recognises bounces by their report type or their daemon sender', () => {
    expect(automatedKind(mail({ contentType: 'multipart/report' }))).toBe('bounce');
    expect(automatedKind(mail({ from: { address: 'mailer-daemon@mx.test', name: '' } }))).toBe(
      'bounce',
    );
    expect(automatedKind(mail({ from: { address: 'postmaster@mx.test', name: '' } }))).toBe(
      'bounce',
    );
  });

  it('tells no-reply senders apart', () => {
    for (const address of [
      'noreply@x.fr',
      'no-reply@x.fr',
      'ne-pas-repondre@x.fr',
      'donotreply@x.fr',
    ])
      expect(isNoReplyAddress(address)).toBe(true);
    expect(isNoReplyAddress('noemie.replyer@x.fr')).toBe(false);
  });
});
