/**
 * Names of request statuses and request types, shown to employers and WSP
 * staff. They are fixed names, so they sit under `names` (exempt from the
 * jargon rule of the B1 test, like the pillar titles; the pages explain them).
 */
import type { Translation } from "./messages";

const nl = {
  names: {
    status: {
      ingediend: "Ingediend",
      in_behandeling: "In behandeling",
      toegekend: "Toegekend",
      afgewezen: "Afgewezen",
      wachtlijst: "Op de wachtlijst",
      actief: "Actief",
      afgerond: "Afgerond",
      ingetrokken: "Ingetrokken",
    },
    type: {
      gesprek: "Gesprek met uw accountmanager",
      "less-risk-polis": "Less-Risk-polis en jobcoachvoucher",
      "kansenkaart-voucher": "Kansenkaart-advies (voucher)",
      ziekmelding: "Ziekmelding",
    },
  },
};

const en: Translation<typeof nl> = {
  names: {
    status: {
      ingediend: "Submitted",
      in_behandeling: "Being handled",
      toegekend: "Granted",
      afgewezen: "Rejected",
      wachtlijst: "On the waiting list",
      actief: "Active",
      afgerond: "Completed",
      ingetrokken: "Withdrawn",
    },
    type: {
      gesprek: "Meeting with your account manager",
      "less-risk-polis": "Less-Risk policy and job coach voucher",
      "kansenkaart-voucher": "Opportunity Map advice (voucher)",
      ziekmelding: "Sick report",
    },
  },
};

export const caseMessages = { nl, en };
