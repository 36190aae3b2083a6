/** French copy of the team screen (/equipe). */
export const team = {
  intro: 'Les agents de l’antenne et leur habilitation au téléphone (numéro vert).',
  antennaLabel: 'Antenne',
  antennaHint: 'Choisissez l’antenne, ou l’équipe mobile, dont vous voulez voir l’équipe.',
  antennaPlaceholder: 'Sélectionnez une antenne',
  caption: (antenna: string) => `Équipe : ${antenna}`,
  columns: { name: 'Nom', email: 'Courriel', role: 'Rôle', phone: 'Téléphone' },
  phoneSkill: (name: string) => `Prend les appels du numéro vert : ${name}`,
  phoneSkillChanged: (name: string, on: boolean) =>
    on
      ? `${name} prend désormais les appels du numéro vert.`
      : `${name} ne prend plus les appels du numéro vert.`,
  empty: 'Aucun agent actif dans cette antenne.',
  noAntenna: 'Votre compte n’est rattaché à aucune antenne.',
  loadError: 'L’équipe n’a pas pu être chargée. Réessayez dans quelques instants.',
  saveError: 'L’habilitation n’a pas pu être modifiée. Réessayez.',
} as const;
