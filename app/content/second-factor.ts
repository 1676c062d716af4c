/** Why a code from the app (or a recovery code) was refused. */
export const codeMessages = {
  wrong: "Deze code klopt niet. Kijk in uw app en vul de code in die nu te zien is.",
  replayed: "Deze code is al gebruikt. Wacht tot uw app een nieuwe code laat zien en vul die in.",
} as const;
