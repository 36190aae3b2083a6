import type { components } from '../lib/api/schema.gen';

type CallOutcome = components['schemas']['CallbackCallDto']['outcome'];

/** French copy of the callbacks screen (`/rappels`). */
export const callbacks = {
  intro: 'Les rappels promis aux usagers de votre antenne, les plus anciens en premier.',
  caption: 'Rappels à effectuer',
  empty: 'Aucun rappel en attente.',
  columns: {
    reference: 'Référence',
    subject: 'Objet',
    due: 'Échéance',
    action: 'Appel',
    result: 'Résultat',
  },
  call: (reference: string) => `Appeler (${reference})`,
  calling: 'Appel en cours…',
  failed: 'L’appel n’a pas pu être lancé.',
  noDue: '—',
  outcomes: {
    answered_on_the_spot: 'Réponse apportée',
    request_created: 'Demande créée',
    transferred: 'Transféré',
    callback_scheduled: 'Rappel programmé',
    abandoned: 'Abandonné',
    out_of_hours: 'Hors horaires',
    answered: 'Usager joint',
    pending: 'Appel lancé : votre poste sonne',
    no_answer: 'Sans réponse',
  } satisfies Record<CallOutcome, string>,
} as const;
