/**
 * The acknowledgement's wording, approved by the communication department: change it only with
 * their agreement. It promises nothing but the reference and a reply.
 */
export function acknowledgementText(input: {
  readonly reference: string;
  readonly mailboxName: string;
  readonly threaded: boolean;
}): { subject: string; text: string } {
  const lead = input.threaded
    ? `Nous avons bien reçu votre nouveau message concernant votre demande ${input.reference}.`
    : `Nous avons bien reçu votre message. Il est enregistré sous la référence ${input.reference}.`;
  return {
    subject: `Accusé de réception de votre demande [${input.reference}]`,
    text: [
      'Madame, Monsieur,',
      '',
      lead,
      'Un agent de la Région Hauts-de-France vous répondra dans les meilleurs délais.',
      '',
      `Pour compléter votre demande, répondez à ce courriel en conservant la référence ${input.reference} dans l’objet.`,
      '',
      'Ce message est envoyé automatiquement.',
      '',
      `${input.mailboxName}`,
      'Région Hauts-de-France',
    ].join('\n'),
  };
}
