import type { LeadStage } from "~db/schema";

/** The follow-up pipeline of a lead (a scan shared with the WSP). */
export const leadStages: { id: LeadStage; label: string }[] = [
  { id: "nieuw", label: "Nieuw" },
  { id: "contact_opgenomen", label: "Contact opgenomen" },
  { id: "gesprek_gepland", label: "Gesprek gepland" },
  { id: "gesprek_gevoerd", label: "Gesprek gevoerd" },
  { id: "acties_lopen", label: "Acties lopen" },
  { id: "afgerond", label: "Afgerond" },
];

export const leadStageLabel = (stage: string) => leadStages.find((s) => s.id === stage)?.label ?? stage;
