/** Validation messages of the wsp forms: inbox, request, employer file and dashboard (used through `err("wsp", key)`). */
import type { Translation } from "../messages";

const nl = {
  unknownItem: "Onbekend item.",
  chooseColleague: "Kies een collega.",
  colleagueOwnRegion: "Kies een collega uit uw eigen regio.",
  chooseDecision: "Kies wat er met de aanvraag gebeurt.",
  reasonRequired: "Schrijf de reden op. De werkgever leest die in de e-mail en in de tijdlijn.",
  stepNotPossible: "Deze stap kan nu niet. Kies een van de mogelijke stappen.",
  chooseContactKind: "Kies het soort contact.",
  noteRequired: "Schrijf wat er besproken is.",
  actionRequired: "Schrijf op wat er gedaan moet worden.",
  chooseOwner: "Kies wie de actie doet.",
  dateExample: "Vul een datum in, bijvoorbeeld {example}.",
  absenceDate: "Vul een datum in, bijvoorbeeld {example}, of laat het leeg.",
  chooseStage: "Kies een fase.",
  notUnderstood: "Dit verzoek begrepen wij niet.",
  budgetRequired: "Vul het budget in.",
  amountRequired: "Vul het bedrag per toekenning in.",
  euroAmount: "Vul een bedrag in euro in, bijvoorbeeld 25000 of 25.000,50.",
  amountPositive: "Het bedrag per toekenning moet meer dan € 0 zijn.",
  budgetBelowGranted: "Het budget kan niet lager zijn dan wat al is toegekend ({amount}).",
  chooseFrom: "Kies van wie het werk is.",
  chooseTo: "Kies wie het werk krijgt.",
  otherColleague: "Kies een andere collega dan degene van wie het werk is.",
};

const en: Translation<typeof nl> = {
  unknownItem: "Unknown item.",
  chooseColleague: "Choose a colleague.",
  colleagueOwnRegion: "Choose a colleague from your own region.",
  chooseDecision: "Choose what happens with the request.",
  reasonRequired: "Write down the reason. The employer reads it in the e-mail and in the timeline.",
  stepNotPossible: "This step is not possible now. Choose one of the possible steps.",
  chooseContactKind: "Choose the type of contact.",
  noteRequired: "Write down what was discussed.",
  actionRequired: "Write down what needs to be done.",
  chooseOwner: "Choose who does the action.",
  dateExample: "Enter a date, for example {example}.",
  absenceDate: "Enter a date, for example {example}, or leave it empty.",
  chooseStage: "Choose a stage.",
  notUnderstood: "We did not understand this request.",
  budgetRequired: "Enter the budget.",
  amountRequired: "Enter the amount per grant.",
  euroAmount: "Enter an amount in euros, for example 25000 or 25.000,50.",
  amountPositive: "The amount per grant must be more than € 0.",
  budgetBelowGranted: "The budget cannot be lower than what has already been granted ({amount}).",
  chooseFrom: "Choose whose work it is.",
  chooseTo: "Choose who gets the work.",
  otherColleague: "Choose a different colleague from the one whose work it is.",
};

export const wspErrors = { nl, en };
