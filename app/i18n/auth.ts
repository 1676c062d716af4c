/** Texts of signing in and out: /inloggen, the code step, the magic link, the invitation and /uitloggen. */
import type { Translation } from "./messages";

const nl = {
  signIn: {
    title: "Inloggen",
    notices: {
      signedOutEverywhere: "U bent overal uitgelogd: op dit apparaat en op alle andere apparaten.",
      startAgain: "Uw inlogpoging is verlopen of al gebruikt. Log opnieuw in.",
    },
    staffTitle: "Voor medewerkers",
    staffText:
      "Voor medewerkers van een Werkgeversservicepunt (het loket van gemeenten en UWV voor werkgevers), een werkgeversorganisatie en beheerders.",
    employersTitle: "Voor werkgevers",
    sentTitle: "Kijk in uw mailbox.",
    sentText: "Als dit e-mailadres bij ons bekend is, krijgt u binnen een paar minuten een e-mail met een inloglink.",
    sentValidity: "De link werkt {minutes} minuten en maar één keer. Geen e-mail gekregen? Kijk ook bij ongewenste e-mail (spam).",
    noPassword: "U hoeft geen wachtwoord te onthouden. Wij sturen u een link om in te loggen.",
    email: "E-mailadres",
    emailHint: "Het adres dat u gebruikte voor de Toekomstscan.",
    sendLink: "Stuur mij een inloglink",
    noAccount: "Nog geen account?",
    startScan: "Start de Toekomstscan",
    noAccountThen: "Dan maken wij uw account aan.",
    password: "Wachtwoord",
    submit: "Inloggen",
  },
  code: {
    title: "Inlogcode",
    heading: "Vul uw inlogcode in",
    intro: "Uw wachtwoord klopt. Open de app op uw telefoon waarmee u tweestapsverificatie hebt ingesteld.",
    label: "Code",
    hint: "De 6 cijfers uit uw app. Telefoon kwijt? Vul dan een van uw herstelcodes in, zoals ABCDE-FGH23.",
    submit: "Inloggen",
    validity: "De code werkt maar {minutes} minuten na uw wachtwoord. Lukt het niet?",
    startAgain: "Log opnieuw in",
  },
  link: {
    title: "Inloggen met uw link",
    used: {
      title: "Deze link is al gebruikt",
      text: "Een inloglink werkt maar één keer. Vraag hieronder een nieuwe link aan.",
    },
    expired: {
      title: "Deze link is verlopen",
      text: "Een link werkt maar een beperkte tijd. Vraag hieronder een nieuwe link aan. Uw antwoorden zijn bewaard.",
    },
    unknown: {
      title: "Deze link werkt niet",
      text: "Misschien is de link niet helemaal gekopieerd. Vraag hieronder een nieuwe link aan.",
    },
    newLink: "Nieuwe inloglink aanvragen",
    resumeTitle: "Verder met uw Toekomstscan",
    resumeText: "Klik op de knop. U gaat verder waar u was gebleven. Uw antwoorden zijn bewaard.",
    resumeButton: "Verder met de scan",
    signInTitle: "Inloggen",
    signInText: "Klik op de knop om in te loggen op het Werkgeversportaal.",
    signInButton: "Inloggen",
  },
  invite: {
    title: "Wachtwoord kiezen",
    used: {
      title: "Deze uitnodiging is al gebruikt",
      text: "U heeft al een wachtwoord gekozen. Log in met uw e-mailadres en wachtwoord.",
    },
    expired: { title: "Deze uitnodiging is verlopen", text: "Vraag de beheerder om een nieuwe uitnodiging." },
    unknown: {
      title: "Deze link werkt niet",
      text: "Misschien is de link niet helemaal gekopieerd. Vraag anders de beheerder om een nieuwe uitnodiging.",
    },
    toSignIn: "Naar inloggen",
    heading: "Kies uw wachtwoord",
    intro: "Welkom bij het Werkgeversportaal. Kies een wachtwoord van minstens 12 tekens. Daarna bent u ingelogd.",
    tip: "Tip: een zin van een paar woorden is sterk en goed te onthouden.",
    password: "Nieuw wachtwoord",
    passwordHint: "Minstens 12 tekens.",
    passwordRepeat: "Nieuw wachtwoord nog een keer",
    submit: "Wachtwoord opslaan en inloggen",
  },
  signOut: {
    title: "Uitloggen",
    question: "Wilt u uitloggen?",
    submit: "Uitloggen",
  },
};

const en: Translation<typeof nl> = {
  signIn: {
    title: "Sign in",
    notices: {
      signedOutEverywhere: "You are signed out everywhere: on this device and on all other devices.",
      startAgain: "Your sign-in attempt has expired or was already used. Please sign in again.",
    },
    staffTitle: "For staff",
    staffText:
      "For staff of an Employer Service Point (Werkgeversservicepunt, the desk of municipalities and UWV for employers), an employer organisation and administrators.",
    employersTitle: "For employers",
    sentTitle: "Check your mailbox.",
    sentText: "If we know this e-mail address, you will get an e-mail with a sign-in link within a few minutes.",
    sentValidity: "The link works for {minutes} minutes and only once. No e-mail? Also look in your junk mail (spam).",
    noPassword: "You do not need to remember a password. We send you a link to sign in.",
    email: "E-mail address",
    emailHint: "The address you used for the Future Scan.",
    sendLink: "Send me a sign-in link",
    noAccount: "No account yet?",
    startScan: "Start the Future Scan",
    noAccountThen: "Then we will create your account.",
    password: "Password",
    submit: "Sign in",
  },
  code: {
    title: "Sign-in code",
    heading: "Enter your sign-in code",
    intro: "Your password is right. Open the app on your phone that you set up for two-step verification.",
    label: "Code",
    hint: "The 6 digits from your app. Lost your phone? Then enter one of your recovery codes, such as ABCDE-FGH23.",
    submit: "Sign in",
    validity: "The code only works for {minutes} minutes after your password. Not working?",
    startAgain: "Sign in again",
  },
  link: {
    title: "Sign in with your link",
    used: {
      title: "This link has already been used",
      text: "A sign-in link only works once. Ask for a new link below.",
    },
    expired: {
      title: "This link has expired",
      text: "A link only works for a limited time. Ask for a new link below. Your answers have been saved.",
    },
    unknown: {
      title: "This link does not work",
      text: "Perhaps the link was not copied completely. Ask for a new link below.",
    },
    newLink: "Ask for a new sign-in link",
    resumeTitle: "Continue your Future Scan",
    resumeText: "Click the button. You continue where you left off. Your answers have been saved.",
    resumeButton: "Continue the scan",
    signInTitle: "Sign in",
    signInText: "Click the button to sign in to the Employer Portal.",
    signInButton: "Sign in",
  },
  invite: {
    title: "Choose a password",
    used: {
      title: "This invitation has already been used",
      text: "You have already chosen a password. Sign in with your e-mail address and password.",
    },
    expired: { title: "This invitation has expired", text: "Ask the administrator for a new invitation." },
    unknown: {
      title: "This link does not work",
      text: "Perhaps the link was not copied completely. Otherwise, ask the administrator for a new invitation.",
    },
    toSignIn: "Go to sign in",
    heading: "Choose your password",
    intro: "Welcome to the Employer Portal. Choose a password of at least 12 characters. After that, you are signed in.",
    tip: "Tip: a sentence of a few words is strong and easy to remember.",
    password: "New password",
    passwordHint: "At least 12 characters.",
    passwordRepeat: "New password again",
    submit: "Save password and sign in",
  },
  signOut: {
    title: "Sign out",
    question: "Do you want to sign out?",
    submit: "Sign out",
  },
};

export const authMessages = { nl, en };
