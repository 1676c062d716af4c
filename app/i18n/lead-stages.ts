/**
 * Names of the follow-up stages of a lead (a scan shared with the WSP), shown
 * to WSP staff in the inbox, the employer file, the dashboard and the CSV.
 * Fixed names, so they sit under `names`.
 */
import type { Translation } from "./messages";

const nl = {
  names: {
    stage: {
      nieuw: "Nieuw",
      contact_opgenomen: "Contact opgenomen",
      gesprek_gepland: "Gesprek gepland",
      gesprek_gevoerd: "Gesprek gevoerd",
      acties_lopen: "Acties lopen",
      afgerond: "Afgerond",
    },
  },
};

const en: Translation<typeof nl> = {
  names: {
    stage: {
      nieuw: "New",
      contact_opgenomen: "Contact made",
      gesprek_gepland: "Meeting planned",
      gesprek_gevoerd: "Meeting held",
      acties_lopen: "Actions in progress",
      afgerond: "Completed",
    },
  },
};

export const leadStageMessages = { nl, en };
