/** Texts of the budget forms and table (components/budget-forms.tsx), shared by /beheer/budgetten and the coordinator's dashboard. */
import type { Translation } from "./messages";

const nl = {
  budgetLabel: "Budget {year} voor {name} (euro)",
  budgetShort: "Budget {name}",
  reservedHint: "Al toegekend: {amount}.",
  amountLabel: "Bedrag per toekenning voor {name} (euro)",
  amountShort: "Bedrag per toekenning {name}",
  save: "Budget opslaan",
  saveFor: "voor {name}",
  table: "Tabel budget per regeling",
  columns: {
    instrument: "Regeling",
    budget: "Budget",
    reserved: "Toegekend",
    left: "Nog over",
    grants: "Aantal toekenningen",
    amountPerGrant: "Bedrag per toekenning",
  },
  noLimit: "Geen grens",
  overspent: "(meer toegekend dan het budget)",
  notSet: "Niet ingesteld",
};

const en: Translation<typeof nl> = {
  budgetLabel: "Budget {year} for {name} (euros)",
  budgetShort: "Budget {name}",
  reservedHint: "Already granted: {amount}.",
  amountLabel: "Amount per grant for {name} (euros)",
  amountShort: "Amount per grant {name}",
  save: "Save budget",
  saveFor: "for {name}",
  table: "Table of budget per scheme",
  columns: {
    instrument: "Scheme",
    budget: "Budget",
    reserved: "Granted",
    left: "Left",
    grants: "Number of grants",
    amountPerGrant: "Amount per grant",
  },
  noLimit: "No limit",
  overspent: "(more granted than the budget)",
  notSet: "Not set",
};

export const budgetMessages = { nl, en };
