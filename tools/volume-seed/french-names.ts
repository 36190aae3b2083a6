/**
 * Common French given names and surnames, most frequent first (the seeder draws them front-loaded).
 * Accents, hyphens and apostrophes are deliberate: search must ignore them.
 */
export const FEMALE_FIRST_NAMES: readonly string[] = (
  'Marie Nathalie Isabelle Sylvie Catherine Françoise Christine Monique Valérie Sandrine ' +
  'Stéphanie Véronique Sophie Céline Chantal Patricia Anne Brigitte Julie Nicole Aurélie ' +
  'Laurence Martine Émilie Caroline Camille Léa Manon Chloé Emma Inès Jade Louise Zoé Lina ' +
  'Sarah Laura Pauline Mathilde Océane Clémence Justine Anaïs Mélanie Élodie Hélène Agnès ' +
  'Danielle Jacqueline Geneviève Josiane Odile Gisèle Mélissa Maëlle Noémie Héloïse Cécile ' +
  'Marie-Claire Anne-Sophie Marie-Thérèse Marie-Hélène Anne-Marie Marie-Laure Éléonore ' +
  'Gaëlle Bérénice Ophélie Maëva Rose Lucie Margaux Fatima Aïcha Yasmine Nadia Samia'
).split(' ');

export const MALE_FIRST_NAMES: readonly string[] = (
  'Jean Philippe Michel Alain Patrick Nicolas Christophe Pierre Christian Éric Frédéric ' +
  'Laurent Stéphane David Pascal Daniel Sébastien Julien Thierry Olivier Bernard Thomas ' +
  'Alexandre Gérard Didier Dominique Vincent François Bruno Guillaume Jérôme Jacques Marc ' +
  'Maxime Romain Claude Franck Jean-Pierre Jean-Claude Jean-Luc Jean-François Jean-Marc ' +
  'Jean-Michel Jean-Paul Hervé Emmanuel Benoît Cédric Fabrice Mickaël Grégory Raphaël ' +
  'Anthony Kévin Jérémy Loïc Gaëtan Léo Lucas Hugo Louis Gabriel Arthur Jules Noé Théo ' +
  'Nathan Mathéo Enzo Mohamed Karim Mehdi Youssef Rachid Joël Noël Régis Anaël Timothée ' +
  'Étienne André René Roger'
).split(' ');

export const SURNAMES: readonly string[] = (
  'Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre ' +
  'Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont ' +
  'Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry ' +
  'Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier ' +
  'Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy ' +
  'Noël Meyer Lucas Meunier Jean Pérez Marchand Dufour Blanchard Marie Barbier Brun Dumas ' +
  'Brunet Schmitt Leroux Colin Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud ' +
  'Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix Fabre ' +
  'Dupuis Olivier Rodriguez Da-Silva Hubert Louis Charles Guillot Rivière Le-Gall Guillaume ' +
  'Adam Rey Moulin Gonzalez Berger Lecomte Ménard Fleury Deschamps Carpentier Julien Benoît ' +
  'Paris Maillard Marchal Aubry Vasseur Le-Roux Renault Jacquet Collet Prévost Poirier ' +
  'Charpentier Royer Huet Baron Dupuy Pons Paul Laine Carré Breton Rémy Schneider Perrot ' +
  'Guyot Barre Marty Cousin Lefort Delattre Delannoy Desmet Dewitte Vandenberghe Vanhoutte ' +
  'Declercq Deprez Dhondt Degand Lemaître Wattez Delcroix Delbecq Lenglet Caudron Dufossé ' +
  'Flament Hennebelle Lesage Bocquet Cuvelier Delplanque Dhénin Lheureux Boulanger Vandamme ' +
  'Verbeke Verhaeghe Wallart Ducrocq Lecocq Lefranc Lejeune Lesur Machart Obert Pruvost ' +
  'Quennesson Sauvage Tison Trouvé Vérité Watteau Wibaux Coquelle Delobel Demarcq Dusautoir ' +
  'Facon Grimbert Hochart Hallé Lagache Liénard Maës Notebaert Petitprez Ramette Ryckebusch ' +
  'Savary Senez Taffin Vanneste Vasseur-Hallé Bouchez Bruneel Catteau Carlier Courtin ' +
  'Debruyne Delhaye Delval Descamps Desrousseaux Devos Duhamel Dujardin Dupré Dutilleul ' +
  'Évrard Fauquembergue Fiévet Gosselin Hanotte Hermant Honoré Houzé Jonville Labbé Lamotte ' +
  'Leblond Lecat Lefèbvre-Dupont Legay Lemaire-Caron Letellier Lobry Mahieu Marécaux Masse ' +
  'Moreau-Lefebvre Pecqueur Pollet Poulain Quentin Riquet Roussel-Martin Ségard Thery Théry ' +
  "D'Hondt D'Almeida N'Diaye L'Hermitte Saint-Omer Saint-Léger Fontaine-Dubois Bouvier " +
  'Chauvin Colas Cordier Cornu Courtois Delorme Deville Étienne Ferrand Gilbert Godard ' +
  'Hamon Hoarau Humbert Jacob Klein Langlois Laporte Leblanc Lebrun Leconte Lemercier Lévêque ' +
  'Marion Michaud Millet Monnier Navarro Pasquier Perret Poulet Raymond Riviere Rousset Tessier ' +
  'Tanguy Turpin Vallée Weber Bailly Barbe Besson Bigot Bouvet Bouquet Camus Cohen Diallo ' +
  'Traoré Benali Haddad Belkacem Mansouri Ouali Zeroual Kaddour'
)
  .split(' ')
  // Two-word surnames are written with a hyphen in the list to survive the split.
  .map((name) =>
    name.startsWith('Da-') || name.startsWith('Le-') ? name.replace('-', ' ') : name,
  );

export const STREET_NAMES: readonly string[] = [
  'rue Victor Hugo',
  'rue de la République',
  'rue Jean Jaurès',
  'rue Pasteur',
  'avenue du Général de Gaulle',
  'rue de Paris',
  'place de l’Église',
  'rue du Moulin',
  'chemin des Prés',
  'rue des Écoles',
  'boulevard Gambetta',
  'rue Émile Zola',
  'rue de la Gare',
  'impasse des Tilleuls',
  'rue Roger Salengro',
  'rue Léon Blum',
  'allée des Peupliers',
  'rue du 8 Mai 1945',
  'rue Faidherbe',
  'rue Nationale',
];

export const EMAIL_DOMAINS: readonly string[] = [
  'orange.fr',
  'gmail.com',
  'free.fr',
  'sfr.fr',
  'laposte.net',
  'hotmail.fr',
  'wanadoo.fr',
  'yahoo.fr',
  'outlook.fr',
  'bbox.fr',
];

/** Regional aid schemes the contacts and requests are about (slugs as the knowledge base names them). */
export const AID_SCHEMES: readonly string[] = [
  'aide-au-permis-de-conduire',
  'aide-au-transport-aux-particuliers',
  'bourse-etudiante',
  'aide-a-la-garde-d-enfants',
  'pass-ressources-formation',
  'equipement-des-lyceens',
  'mobilite-internationale',
  'renovation-energetique',
];

export const REQUEST_SUBJECTS: readonly string[] = [
  'Pièces justificatives manquantes',
  'Suivi du dossier',
  'Demande d’information sur l’éligibilité',
  'Réclamation : versement non reçu',
  'Changement de coordonnées bancaires',
  'Aide à la constitution du dossier',
  'Contestation d’un refus',
  'Problème de connexion au portail',
  'Demande de rappel',
  'Attestation à fournir',
];
