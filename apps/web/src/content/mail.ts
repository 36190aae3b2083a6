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
  bouncing: (address: string, at: string | null, reason: string | null) => {
    const detail = [at && `avis de non-remise du ${at}`, reason].filter(Boolean).join(' : ');
    return `Adresse en échec : nos courriels à ${address} ne sont pas remis${detail ? ` (${detail})` : ''}. Vérifiez l’adresse auprès de l’usager avant de répondre.`;
  },
};

/** How far one of our replies got; inbound messages show no state. */
export const deliveryLabels: Partial<Record<MailState, string>> = {
  queued: 'En cours d’envoi',
  sent: 'Envoyé',
  failed: 'Échec de l’envoi',
};

/** /quarantaine: mail the pipeline kept aside, and the supervisor's decision on it. */
export const quarantine = {
  intro:
    'Courriels mis de côté par la relève automatique (illisibles, trop volumineux ou porteurs d’une pièce jointe dangereuse). Rien n’est perdu : relâchez-les pour en faire une demande, ou écartez-les.',
  caption: 'Courriels en quarantaine, du plus ancien au plus récent',
  empty: 'Aucun courriel en quarantaine.',
  loadError: 'La quarantaine n’a pas pu être chargée.',
  columns: {
    date: 'Reçu le',
    sender: 'Expéditeur',
    subject: 'Objet',
    reason: 'Motif',
    size: 'Taille',
    actions: 'Actions',
  },
  unknownSender: 'Inconnu',
  noSubject: '(sans objet)',
  viewRaw: (subject: string) => `Voir le message brut « ${subject} »`,
  release: (subject: string) => `Relâcher « ${subject} »`,
  discard: (subject: string) => `Écarter « ${subject} »`,
  viewRawShort: 'Message brut',
  releaseShort: 'Relâcher',
  discardShort: 'Écarter',
  rawTitle: 'Message brut',
  rawHint: 'Le message tel que reçu, affiché comme du texte : rien n’y est exécuté ni chargé.',
  rawTruncated: 'Affichage limité aux 200 premiers ko.',
  rawLoading: 'Chargement du message…',
  releaseTitle: 'Relâcher ce courriel ?',
  releaseBody: (subject: string) =>
    `« ${subject} » repasse par la relève : il devient une demande ou rejoint celle qu’il cite.`,
  confirmRelease: 'Relâcher',
  discardTitle: 'Écarter ce courriel ?',
  discardBody: (subject: string) =>
    `« ${subject} » ne deviendra pas une demande. Le message brut reste conservé.`,
  discardReason: 'Motif',
  discardReasonRequired: 'Indiquez un motif d’au moins 3 caractères.',
  confirmDiscard: 'Écarter',
  cancel: 'Annuler',
  released: (outcome: string, reference: string | null) =>
    reference ? `Courriel relâché : ${outcome} (${reference}).` : `Courriel relâché : ${outcome}.`,
  discarded: 'Courriel écarté.',
  releaseOutcomes: {
    created: 'demande créée',
    threaded: 'rattaché à une demande',
    duplicate: 'déjà reçu',
    quarantined: 'toujours en quarantaine',
    ignored: 'classé sans demande',
  } as Record<string, string>,
};

/** /boites-mail: the mailboxes the worker reads, managed by admins. */
export const mailboxes = {
  intro:
    'Les boîtes que la relève lit : la boîte générale et une par dispositif. Le mot de passe IMAP n’est jamais saisi ici : il vient de la variable d’environnement nommée.',
  caption: 'Boîtes mail relevées',
  empty: 'Aucune boîte mail.',
  loadError: 'Les boîtes mail n’ont pas pu être chargées.',
  columns: {
    address: 'Adresse',
    scheme: 'Dispositif',
    imap: 'Serveur IMAP',
    folders: 'Dossiers lus',
    password: 'Mot de passe',
    state: 'État',
    actions: 'Actions',
  },
  general: 'Aucun (boîte générale)',
  passwordSet: 'Variable définie',
  passwordMissing: 'Variable absente',
  active: 'Active',
  inactive: 'Inactive',
  edit: (address: string) => `Modifier ${address}`,
  editShort: 'Modifier',
  createTitle: 'Ajouter une boîte mail',
  editTitle: (address: string) => `Modifier la boîte ${address}`,
  form: {
    id: 'Identifiant',
    idHint: 'Minuscules, chiffres et tirets ; ne change plus ensuite.',
    address: 'Adresse électronique',
    displayName: 'Nom affiché',
    aidSchemeSlug: 'Dispositif',
    aidSchemeHint: 'Les messages reçus sont rattachés à ce dispositif.',
    generalMailbox: 'Aucun : boîte générale',
    imapHost: 'Serveur IMAP',
    imapPort: 'Port IMAP',
    imapTls: 'Connexion chiffrée (TLS)',
    imapUser: 'Identifiant IMAP',
    passwordEnv: 'Variable du mot de passe',
    passwordEnvHint: 'De la forme MAILBOX_<NOM>_PASSWORD, définie sur le serveur.',
    folders: 'Dossiers à lire',
    foldersHint: 'Séparés par des virgules, par exemple INBOX.',
    processedFolder: 'Dossier des messages traités',
    smtpFrom: 'Expéditeur des réponses',
    smtpFromHint: 'Par exemple : Région Hauts-de-France <contact@hautsdefrance.fr>',
    active: 'Relever cette boîte',
    create: 'Ajouter la boîte',
    save: 'Enregistrer',
    cancel: 'Annuler',
    created: (address: string) => `Boîte ${address} ajoutée.`,
    saved: (address: string) => `Boîte ${address} enregistrée.`,
    errors: {
      id: 'Minuscules, chiffres et tirets uniquement.',
      address: 'Une adresse électronique valide.',
      displayName: 'Indiquez un nom.',
      aidSchemeSlug: 'Minuscules, chiffres et tirets uniquement.',
      imapHost: 'Indiquez le serveur.',
      imapPort: 'Un port entre 1 et 65535.',
      imapUser: 'Indiquez l’identifiant.',
      passwordEnv: 'Une variable MAILBOX_<NOM>_PASSWORD.',
      folders: 'Au moins un dossier.',
      processedFolder: 'Indiquez le dossier.',
      smtpFrom: 'Indiquez l’expéditeur.',
    },
  },
};
