/** Validation messages of the privacy forms (used through `err("privacy", key)`). */
import type { Translation } from "../messages";

const nl = {
  shareWsp: "Kies of u uw uitslag met uw Werkgeversservicepunt (het loket voor werkgevers) wilt delen.",
  shareOrganisation: "Kies of u uw uitslag met uw werkgeversorganisatie wilt delen.",
  scanUnknown: "Deze uitslag bestaat niet.",
  party: "Kies met wie u niet meer deelt.",
  notShared: "Deze uitslag wordt al niet gedeeld.",
  companyNameRequired: "Typ de naam van uw bedrijf.",
  companyNameExact: "Typ de naam precies zo: {name}",
};

const en: Translation<typeof nl> = {
  shareWsp: "Choose whether you want to share your result with your Employer Service Point (Werkgeversservicepunt).",
  shareOrganisation: "Choose whether you want to share your result with your employer organisation.",
  scanUnknown: "This result does not exist.",
  party: "Choose with whom you no longer share.",
  notShared: "This result is already not shared.",
  companyNameRequired: "Type the name of your company.",
  companyNameExact: "Type the name exactly like this: {name}",
};

export const privacyErrors = { nl, en };
