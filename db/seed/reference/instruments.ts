/**
 * The instrument catalogue (product.md §5): regelingen, vouchers and
 * trainings an employer can use when it gives work to people who find it
 * hard to get a job. Seeding inserts these when they are missing and never
 * overwrites what an administrator changed (names, texts, amounts).
 *
 * - `id`: stable id from `./instrument-ids.ts` (the Kansenkaart rules in the
 *   questionnaire link to it);
 * - `description` and `conditions`: B1 Dutch for employers, every jargon word
 *   explained at its first use (checked by tests/unit/instruments.test.ts);
 *   the conditions are shown under the description and may rely on it to
 *   explain a word; `name` and `provider` are names and are exempt;
 * - `amountCents`: an indicative default amount in euro cents, or null when
 *   the instrument has no fixed amount. All amounts in the sources are
 *   indications; administrators change them per region and year;
 * - `requestable`: the employer can request it through this portal (the WSP
 *   instruments); UWV and gemeente regelingen are requested elsewhere;
 * - `sortOrder`: order in lists, requestable instruments first.
 *
 * Sources: 003:486–709 (scholing voor werkgevers, Less-Risk-polis and
 * jobcoach voucher), 003:3841 (Kansenkaart voucher), 002:615–619 (jobcoach
 * voucher), 004:415–419 and 001:380–397 (proefplaatsing, loonkostensubsidie,
 * loonwaardebepaling, no-riskpolis), 001:138–144 (beschut werk),
 * 000:578 (werkplekaanpassing).
 */
import type { InstrumentId } from "./instrument-ids";

export type InstrumentKind = "polis" | "voucher" | "subsidie" | "scholing" | "regeling";

export type InstrumentSeed = {
  id: InstrumentId;
  name: string;
  /** B1, 1–3 sentences: what it is. */
  description: string;
  /** B1: who it is for, and who not. */
  conditions: string;
  provider: string;
  /** Indicative default amount in euro cents, or null. */
  amountCents: number | null;
  /** Requestable through this portal. */
  requestable: boolean;
  sortOrder: number;
  kind: InstrumentKind;
};

export const instruments: InstrumentSeed[] = [
  {
    id: "less-risk-polis",
    name: "Less-Risk-polis",
    description:
      "De Less-Risk-polis (een regeling voor werkgevers) betaalt uw kosten als een nieuwe medewerker ziek wordt. " +
      "Zo loopt u geen extra risico als u iemand een kans geeft.",
    conditions:
      "Voor een nieuwe medewerker die moeilijk aan werk komt. " +
      "Die medewerker staat niet in het doelgroepregister (een lijst van UWV voor mensen met een beperking). " +
      "Hij of zij heeft ook geen Wajong (een uitkering voor wie al jong ziek of beperkt was). " +
      "Hij of zij werkt ook niet via de WSW (een sociale werkplaats) of in beschut werk (werk met veel begeleiding). " +
      "De medewerker kan binnen 6 maanden zelf het minimumloon verdienen. " +
      "U en het Werkgeversservicepunt (het loket voor werkgevers in uw regio) spreken samen af dat de taken binnen 6 maanden te leren zijn.",
    provider: "Werkgeversservicepunt",
    amountCents: 50000,
    requestable: true,
    sortOrder: 1,
    kind: "polis",
  },
  {
    id: "jobcoach-voucher",
    name: "Jobcoach voucher",
    description:
      "Met deze voucher (een tegoedbon) krijgt een nieuwe medewerker een jobcoach (een begeleider van buiten). " +
      "De jobcoach helpt op het werk en praat ook met u.",
    conditions:
      "Voor een nieuwe medewerker die moeilijk aan werk komt en anders geen recht heeft op een jobcoach. " +
      "U geeft zelf ook tijd om de medewerker op het werk te helpen.",
    provider: "Werkgeversservicepunt",
    amountCents: 100000,
    requestable: true,
    sortOrder: 2,
    kind: "voucher",
  },
  {
    id: "kansenkaart-voucher",
    name: "Kansenkaart voucher",
    description:
      "Met deze voucher (een tegoedbon) krijgt u een Kansenkaart (een advies op maat voor uw bedrijf). " +
      "Een adviseur zoekt uit welke manieren om mensen met extra hulp werk te geven bij u passen. " +
      "U krijgt een gesprek en een rapport.",
    conditions:
      "Voor werkgevers die meer mensen willen aannemen die moeilijk aan werk komen, maar nog niet weten hoe. " +
      "Per bedrijf is er één voucher.",
    provider: "Werkgeversservicepunt",
    amountCents: 200000,
    requestable: true,
    sortOrder: 3,
    kind: "voucher",
  },
  {
    id: "scholing-werkgevers",
    name: "Scholing voor werkgevers",
    description:
      "Een training voor werkgevers in kleine groepen van 10 tot 12 bedrijven. " +
      "U leert hoe u mensen die moeilijk aan werk komen een goede plek geeft. " +
      "Het gaat ook over wetten, regels en de rol van collega's.",
    conditions:
      "Voor werkgevers die mensen met extra hulp willen aannemen of dat al doen. " +
      "U kiest zelf welke onderdelen u volgt. " +
      "Het Werkgeversservicepunt (het loket voor werkgevers in uw regio) betaalt de training vaak. " +
      "Dan is die voor u gratis.",
    provider: "Werkgeversservicepunt",
    amountCents: 99900,
    requestable: true,
    sortOrder: 4,
    kind: "scholing",
  },
  {
    id: "no-riskpolis",
    name: "No-riskpolis",
    description:
      "De no-riskpolis (een regeling van UWV) betaalt het loon als uw medewerker ziek wordt. " +
      "U betaalt dan geen loon tijdens die ziekte.",
    conditions:
      "Voor medewerkers uit het doelgroepregister (een lijst van UWV voor mensen met een beperking) en sommige andere groepen. " +
      "U vraagt het aan bij UWV, met eHerkenning (een inlogmiddel voor bedrijven). " +
      "Uw contactpersoon helpt u daarbij.",
    provider: "UWV",
    amountCents: null,
    requestable: false,
    sortOrder: 5,
    kind: "polis",
  },
  {
    id: "loonkostensubsidie",
    name: "Loonkostensubsidie",
    description:
      "Loonkostensubsidie (geld van de gemeente voor een deel van het loon) krijgt u als een medewerker minder kan dan anderen. " +
      "U betaalt het gewone loon en krijgt een deel terug.",
    conditions:
      "Voor medewerkers die door een beperking niet zelf het minimumloon kunnen verdienen. " +
      "De gemeente meet eerst hoeveel iemand kan doen. " +
      "U vraagt het aan bij de gemeente.",
    provider: "gemeente",
    amountCents: null,
    requestable: false,
    sortOrder: 6,
    kind: "subsidie",
  },
  {
    id: "loonwaardebepaling",
    name: "Loonwaardebepaling",
    description:
      "Bij een loonwaardebepaling (meten wat het werk van iemand waard is) kijkt een deskundige hoe iemand op het werk presteert. " +
      "De uitkomst bepaalt of u loonkostensubsidie (geld voor een deel van het loon) krijgt, en hoeveel.",
    conditions:
      "Voor een medewerker van wie nog niet duidelijk is hoeveel hij of zij kan doen. " +
      "De gemeente of UWV regelt de meting op de werkplek.",
    provider: "gemeente of UWV",
    amountCents: null,
    requestable: false,
    sortOrder: 7,
    kind: "regeling",
  },
  {
    id: "proefplaatsing",
    name: "Proefplaatsing",
    description:
      "Bij een proefplaatsing (meewerken op proef) werkt iemand een tijdje bij u mee en houdt zijn uitkering. " +
      "U betaalt in die tijd geen loon en u ziet wat iemand kan.",
    conditions:
      "Voor mensen met een uitkering van UWV of de gemeente. " +
      "U spreekt af dat u de medewerker daarna een contract geeft als het goed gaat.",
    provider: "UWV of gemeente",
    amountCents: null,
    requestable: false,
    sortOrder: 8,
    kind: "regeling",
  },
  {
    id: "werkplekaanpassing",
    name: "Werkplekaanpassing",
    description:
      "Geld voor een aanpassing van de werkplek, zoals een ander bureau, hulpmiddel of stuk gereedschap. " +
      "Zo kan een medewerker met een beperking het werk goed doen.",
    conditions:
      "Voor medewerkers die door een ziekte of beperking een aanpassing nodig hebben. " +
      "U vraagt het aan bij UWV of de gemeente, voordat u de aanpassing koopt.",
    provider: "UWV of gemeente",
    amountCents: null,
    requestable: false,
    sortOrder: 9,
    kind: "subsidie",
  },
  {
    id: "beschut-werk",
    name: "Beschut werk",
    description:
      "Beschut werk (werk met veel begeleiding en aanpassingen) is voor mensen die alleen zo kunnen werken. " +
      "U krijgt dan geld voor de begeleiding en de aanpassingen.",
    conditions:
      "Voor mensen die van UWV een advies voor beschut werk hebben gekregen. " +
      "De medewerker wordt aangemeld via de gemeente.",
    provider: "gemeente",
    amountCents: 850000,
    requestable: false,
    sortOrder: 10,
    kind: "subsidie",
  },
];
