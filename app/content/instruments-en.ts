/**
 * The reference instruments (db/seed/reference/instruments.ts) in English,
 * keyed by instrument id, and `localizeInstrument` to show an instrument in
 * the user's language.
 *
 * Instruments are data in the database that administrators may change or
 * add. A text is shown in English only when the stored Dutch text is still
 * the reference text the translation was made from; an instrument an
 * administrator added, or a text an administrator changed, stays Dutch
 * (the English would be about another text).
 */
import type { Locale } from "~/i18n/locale";
import { instrumentIds, type InstrumentId } from "~db/seed/reference/instrument-ids";
import { instruments as referenceInstruments } from "~db/seed/reference/instruments";

/** The texts of an instrument a user reads. */
export const INSTRUMENT_TEXT_FIELDS = ["name", "description", "conditions", "provider"] as const;
export type InstrumentTextField = (typeof INSTRUMENT_TEXT_FIELDS)[number];
export type InstrumentTexts = Record<InstrumentTextField, string>;

const EMPLOYER_SERVICE_POINT = "Employer Service Point";

export const instrumentsEn: Record<InstrumentId, InstrumentTexts> = {
  "less-risk-polis": {
    name: "Less-Risk policy",
    description:
      "The Less-Risk policy (a scheme for employers) pays your costs if a new employee becomes ill. " +
      "So you take no extra risk when you give someone a chance.",
    conditions:
      "For a new employee who finds it hard to get work. " +
      "This employee is not in the target group register (a UWV list of people with a disability). " +
      "He or she also does not get Wajong (a benefit for people who became ill or disabled when young). " +
      "He or she also does not work through the WSW (a sheltered workshop) or in sheltered work (work with a lot of support). " +
      "Within 6 months the employee can earn the minimum wage on their own. " +
      "You and the Employer Service Point (Werkgeversservicepunt, the desk for employers in your region) agree together that the tasks can be learned within 6 months.",
    provider: EMPLOYER_SERVICE_POINT,
  },
  "jobcoach-voucher": {
    name: "Job coach voucher",
    description:
      "With this voucher (a credit for paid help) a new employee gets a job coach (a support worker from outside). " +
      "The job coach helps at work and also talks with you.",
    conditions:
      "For a new employee who finds it hard to get work and has no right to a job coach otherwise. " +
      "You also give some of your own time to help the employee at work.",
    provider: EMPLOYER_SERVICE_POINT,
  },
  "kansenkaart-voucher": {
    name: "Opportunity Map voucher",
    description:
      "With this voucher (a credit for paid help) you get an Opportunity Map (advice made to measure for your company). " +
      "An adviser finds out which ways of giving work to people who need extra help suit you. " +
      "You get a meeting and a report.",
    conditions:
      "For employers who want to hire more people who find it hard to get work, but do not know how yet. " +
      "There is one voucher per company.",
    provider: EMPLOYER_SERVICE_POINT,
  },
  "scholing-werkgevers": {
    name: "Training for employers",
    description:
      "A training for employers in small groups of 10 to 12 companies. " +
      "You learn how to give people who find it hard to get work a good place. " +
      "It is also about laws, rules and the role of colleagues.",
    conditions:
      "For employers who want to hire people who need extra help, or already do. " +
      "You choose which parts you follow. " +
      "The Employer Service Point (Werkgeversservicepunt, the desk for employers in your region) often pays for the training. " +
      "Then it is free for you.",
    provider: EMPLOYER_SERVICE_POINT,
  },
  "no-riskpolis": {
    name: "No-risk policy",
    description:
      "The no-risk policy (a UWV scheme) pays the wages if your employee becomes ill. " +
      "You then pay no wages during that illness.",
    conditions:
      "For employees from the target group register (a UWV list of people with a disability) and some other groups. " +
      "You apply to UWV with eHerkenning (a login for companies). " +
      "Your contact person helps you with this.",
    provider: "UWV",
  },
  loonkostensubsidie: {
    name: "Wage cost subsidy",
    description:
      "You get a wage cost subsidy (money from the municipality for part of the wages) when an employee can do less than others. " +
      "You pay the normal wages and get part of it back.",
    conditions:
      "For employees who cannot earn the minimum wage on their own because of a disability. " +
      "The municipality first measures how much someone can do. " +
      "You apply to the municipality.",
    provider: "municipality",
  },
  loonwaardebepaling: {
    name: "Wage value assessment",
    description:
      "In a wage value assessment (measuring what someone's work is worth) an expert looks at how someone performs at work. " +
      "The outcome decides whether you get a wage cost subsidy (money for part of the wages), and how much.",
    conditions:
      "For an employee when it is not yet clear how much he or she can do. " +
      "The municipality or UWV arranges the assessment at the workplace.",
    provider: "municipality or UWV",
  },
  proefplaatsing: {
    name: "Trial placement",
    description:
      "In a trial placement (working on trial) someone works with you for a while and keeps their benefit. " +
      "You pay no wages during that time and you see what someone can do.",
    conditions:
      "For people with a benefit from UWV or the municipality. " +
      "You agree that you will give the employee a contract afterwards if it goes well.",
    provider: "UWV or municipality",
  },
  werkplekaanpassing: {
    name: "Workplace adjustment",
    description:
      "Money to adjust the workplace, such as a different desk, an aid or a tool. " +
      "So an employee with a disability can do the work well.",
    conditions:
      "For employees who need an adjustment because of an illness or disability. " +
      "You apply to UWV or the municipality before you buy the adjustment.",
    provider: "UWV or municipality",
  },
  "beschut-werk": {
    name: "Sheltered work",
    description:
      "Sheltered work (work with a lot of support and adjustments) is for people who can only work that way. " +
      "You then get money for the support and the adjustments.",
    conditions:
      "For people who have received advice for sheltered work from UWV. " +
      "The employee is registered through the municipality.",
    provider: "municipality",
  },
};

const isReferenceId = (id: string): id is InstrumentId => (instrumentIds as readonly string[]).includes(id);

const sameText = (a: string, b: string) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

/** Any instrument-like value: a database row, a report line, or just id and name. */
export type LocalizableInstrument = { id: string } & Partial<InstrumentTexts>;

/**
 * The instrument with its texts (name, description, conditions, provider,
 * those it has) in `locale`; other fields unchanged. Pure; "nl" returns the
 * argument as it is. Per text: English when the instrument is a reference
 * instrument and the text is still the reference Dutch text, else Dutch.
 */
export function localizeInstrument<T extends LocalizableInstrument>(instrument: T, locale: Locale): T {
  if (locale === "nl" || !isReferenceId(instrument.id)) return instrument;
  const dutch = referenceInstruments.find((reference) => reference.id === instrument.id);
  if (!dutch) return instrument;
  const english = instrumentsEn[instrument.id];
  const changes: Partial<InstrumentTexts> = {};
  for (const field of INSTRUMENT_TEXT_FIELDS) {
    const stored = instrument[field];
    if (typeof stored === "string" && sameText(stored, dutch[field])) changes[field] = english[field];
  }
  return { ...instrument, ...changes };
}
