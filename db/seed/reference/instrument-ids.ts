/** Stable ids of the instrument catalogue (db/seed/reference/instruments.ts). */
export const instrumentIds = [
  "less-risk-polis",
  "jobcoach-voucher",
  "kansenkaart-voucher",
  "scholing-werkgevers",
  "no-riskpolis",
  "loonkostensubsidie",
  "loonwaardebepaling",
  "proefplaatsing",
  "werkplekaanpassing",
  "beschut-werk",
] as const;

export type InstrumentId = (typeof instrumentIds)[number];
