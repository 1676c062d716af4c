import type { LeadStage } from "~db/schema";
import type { Locale } from "~/i18n/locale";
import { leadStageMessages } from "~/i18n/lead-stages";
import { pick } from "~/i18n/messages";

/** The follow-up pipeline of a lead (a scan shared with the WSP), in order. */
export const LEAD_STAGES: readonly LeadStage[] = ["nieuw", "contact_opgenomen", "gesprek_gepland", "gesprek_gevoerd", "acties_lopen", "afgerond"];

/** The name of a stage in the given language; an unknown stage is shown as it is stored. */
export const leadStageLabel = (stage: string, locale: Locale): string =>
  pick(leadStageMessages, locale).names.stage[stage as LeadStage] ?? stage;
