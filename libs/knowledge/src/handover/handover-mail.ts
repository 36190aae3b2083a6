import type { OutgoingMail } from '@gru/notifications';
import type { Handover, HandoverItem } from '../persistence/handover.entity';

const CHANGE_LABELS: Readonly<Record<HandoverItem['change'], string>> = {
  published: 'Nouveau',
  changed: 'Modifié',
  archived: 'Archivé',
};

/** Web app paths (apps/web): a scheme's page, an article's page, the hand-over page. */
export function entryPath(item: Pick<HandoverItem, 'kind' | 'slug'>): string {
  return item.kind === 'scheme'
    ? `/connaissances/dispositifs/${encodeURIComponent(item.slug)}`
    : `/connaissances/articles/${encodeURIComponent(item.slug)}`;
}

export function handoverPath(handoverId: string): string {
  return `/connaissances/passations/${handoverId}`;
}

const day = (at: Date) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' }).format(at);

/** The weekly email: the list with links, and the page where the agent marks it read. */
export function handoverMail(handover: Handover, to: string, baseUrl: string): OutgoingMail {
  const base = baseUrl.replace(/\/$/, '');
  const lines = handover.items.map(
    (item) => `- ${CHANGE_LABELS[item.change]} : ${item.title}\n  ${base}${entryPath(item)}`,
  );
  return {
    to,
    subject: `Passation hebdomadaire de la base de connaissances (${handover.week})`,
    text: [
      'Bonjour,',
      '',
      `Voici ce qui a changé dans la base de connaissances du ${day(handover.periodFrom)} au ${day(handover.periodTo)} :`,
      '',
      ...lines,
      '',
      `Merci de confirmer votre lecture sur la page de la passation : ${base}${handoverPath(handover.id)}`,
      '',
      "L'équipe éditoriale",
    ].join('\n'),
  };
}
