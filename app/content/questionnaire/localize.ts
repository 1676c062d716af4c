/**
 * The questionnaire in the user's language. Dutch is the definition itself;
 * the English texts are a translation kept with each version.
 * (Being written: until then English users see the Dutch questionnaire.)
 */
import type { Locale } from "~/i18n/locale";
import type { QuestionnaireDefinition } from "./schema";

export function localizeDefinition(definition: QuestionnaireDefinition, locale: Locale): QuestionnaireDefinition {
  if (locale === "nl") return definition;
  return definition;
}
