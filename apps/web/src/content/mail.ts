import type { components } from '../lib/api/schema.gen';

type MailState = components['schemas']['MailState'];

/** The email thread of a request and its reply composer. */
export const emailThread = {
  title: 'Courriels',
  empty: 'Aucun courriel sur cette demande.',
  received: 'Entrant',
  sent: 'Sortant',
  from: (sender: string) => `De ${sender}`,
  to: (recipients: string) => `À ${recipients}`,
  noSubject: '(sans objet)',
  unknownSender: 'expéditeur inconnu',
  htmlFrame: (subject: string) => `Contenu mis en forme du courriel « ${subject} »`,
  showImages: 'Afficher les images distantes',
  imagesShown: 'Images distantes affichées.',
  imagesHint: 'Les images distantes signalent à l’expéditeur que le message a été lu.',
  showQuoted: 'Afficher l’historique cité',
  hideQuoted: 'Masquer l’historique cité',
  attachments: 'Pièces jointes du courriel',
  failure: (reason: string) => `Échec de l’envoi : ${reason}`,
  attempts: (count: number) => `${count} tentative${count > 1 ? 's' : ''}`,
  replyTitle: 'Répondre par courriel',
  replyBody: 'Réponse',
  replyHint: 'Envoyée à l’usager avec la référence de la demande dans l’objet.',
  replyRequired: 'Écrivez la réponse avant de l’envoyer.',
  replyTooLong: 'La réponse dépasse 20 000 caractères.',
  send: 'Envoyer la réponse',
  replyQueued: 'Réponse enregistrée : elle part par courriel.',
};

/** How far one of our replies got; inbound messages show no state. */
export const deliveryLabels: Partial<Record<MailState, string>> = {
  queued: 'En cours d’envoi',
  sent: 'Envoyé',
  failed: 'Échec de l’envoi',
};
