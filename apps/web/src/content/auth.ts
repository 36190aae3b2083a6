/** French copy of sign-in and sign-out. */
export const auth = {
  loginIntro: 'Connectez-vous avec votre compte d’agent de la Région.',
  email: 'Adresse électronique',
  emailHint: 'Format attendu : prenom.nom@hautsdefrance.fr',
  password: 'Mot de passe',
  submit: 'Se connecter',
  submitting: 'Connexion…',
  errors: {
    emailRequired: 'Saisissez votre adresse électronique.',
    emailInvalid:
      'Saisissez une adresse électronique valide, par exemple prenom.nom@hautsdefrance.fr.',
    passwordRequired: 'Saisissez votre mot de passe.',
    invalidCredentials: 'Adresse électronique ou mot de passe incorrect.',
    accountLocked: 'Trop de tentatives de connexion. Réessayez dans quelques minutes.',
    unavailable: 'Le service ne répond pas. Réessayez dans quelques instants.',
  },
  sessionExpired: 'Votre session a expiré : reconnectez-vous.',
} as const;
