/**
 * Texts of the advice report: the web page (`/rapport/:id`), its charts and
 * the PDF (`/rapport/:id/pdf`). Verdicts, fit levels and comparison levels are
 * codes in `ReportView`; `verdictText`, `fitText` and `comparisonText` below
 * turn them into text in one language.
 */
import type { SizeClass } from "~/domain/benchmark";
import type { ComparisonLevel, FitLevel } from "~/domain/report-view";
import type { Verdict } from "~/domain/scoring";
import { fmt } from "./locale";
import type { Translation } from "./messages";

const nl = {
  page: {
    title: "Uw uitslag van de Toekomstscan",
    heading: "Uw uitslag van de Toekomstscan",
    headingStaff: "Uitslag Toekomstscan: {company}",
    intro:
      "Hier ziet u hoe uw bedrijf scoort. Wilt u hulp? Dan helpt uw Werkgeversservicepunt (WSP: het loket van gemeenten en UWV voor werkgevers) u graag.",
    details: "{company} · ingevuld op {date} · vragenlijst versie {version}",
    overall: "Totaalscore: {score} van de 100",
    overallChange: "({change} ten opzichte van {date})",
    downloadPdf: "Download als PDF",
    planConversation: "Plan een gesprek met mijn accountmanager",
    sharedWithWsp: "Gedeeld met uw WSP",
    shareWithWsp: "Delen met uw WSP",
    scoresTitle: "Uw scores",
    chartSummary: "Scores per onderwerp: {scores}.",
    chartItem: "{title} {score}",
    noScore: "geen score",
    barsSummary: "Uw score nu en bij de vorige scan. {summary}",
    perPillarTitle: "Per onderwerp",
    pillarHeading: "{title}: {verdict}",
    weakPointsIntro: "Hier valt het meest te winnen:",
    weakPoint: "{question} U antwoordde: ‘{answer}’.",
    noWeakPoints: "Hier zijn geen zwakke punten gevonden.",
    unknownOne: "Bij 1 vraag koos u ‘Weet ik niet’. Die telt niet mee in de score. Bespreek hem met uw accountmanager: {questions}",
    unknownMany:
      "Bij {count} vragen koos u ‘Weet ik niet’. Die tellen niet mee in de score. Bespreek ze met uw accountmanager: {questions}",
    amountsIndication: "Alle bedragen zijn een indicatie.",
    toOverview: "Naar mijn overzicht",
  },
  table: {
    label: "Tabel met uw scores",
    caption: "Uw score per onderwerp (0 tot 100)",
    pillar: "Onderwerp",
    score: "Uw score",
    verdict: "Oordeel",
    change: "Verschil met vorige scan",
    median: "Middelste bedrijf",
    middleHalf: "Middelste helft van de bedrijven",
    range: "{q1} tot {q3}",
    tooFewAnswers: "te weinig antwoorden",
    lowConfidence: "{verdict} (veel ‘Weet ik niet’)",
    same: "gelijk",
    higher: "hoger",
    lower: "lager",
  },
  chart: {
    yourScore: "Uw score",
    peerMedian: "Middelste bedrijf in uw vergelijking",
    previousScan: "Vorige scan",
    alsoInTable: "De cijfers staan ook in de tabel hieronder.",
  },
  opportunities: {
    intro:
      "De Kansenkaart (een advies op maat) laat zien welke vormen van werk voor mensen die minder makkelijk een baan vinden, passen bij uw bedrijf. U ziet per vorm hoe goed die past, en waarom.",
    title: "Uw Kansenkaart",
    why: "Waarom",
    nextSteps: "Volgende stappen",
    instruments: "Regelingen in uw regio",
    request: "{name} aanvragen",
    requestWhere: "bij uw Werkgeversservicepunt",
  },
  sharing: {
    title: "Uitslag delen",
    sharedOne: "{who} kan uw uitslag nu zien. U kunt dit altijd weer veranderen.",
    sharedTwo: "{first} en {second} kunnen uw uitslag nu zien. U kunt dit altijd weer veranderen.",
    notShared:
      "Uw uitslag is nu alleen voor u. Deelt u hem met uw WSP? Dan kan uw accountmanager u persoonlijk advies geven. U kunt dit later altijd weer veranderen.",
    save: "Keuze opslaan",
  },
  comparison: {
    "sector-size": "U wordt vergeleken met {n} andere bedrijven in {sector} met {size}.",
    sector:
      "Er zijn nog te weinig bedrijven van uw grootte in uw branche. U wordt vergeleken met {n} andere bedrijven in {sector}, van elke grootte.",
    all: "Er zijn nog te weinig bedrijven in uw branche. U wordt vergeleken met {n} andere bedrijven uit alle branches.",
    none: "Nog te weinig vergelijkbare bedrijven. Zodra er genoeg zijn, ziet u hier hoe u scoort tegenover anderen.",
  },
  sizes: {
    "<10": "minder dan 10 fte",
    "10-49": "10 tot 50 fte",
    "50-99": "50 tot 100 fte",
    "100-300": "100 tot 300 fte",
    ">300": "meer dan 300 fte",
  },
  pdf: {
    fileName: "toekomstscan-{date}.pdf",
    documentTitle: "Uitslag Toekomstscan – {company}",
    subject: "Uitslag van de Toekomstscan",
    sector: "Sector",
    fte: "Aantal fte",
    region: "Regio",
    completedOn: "Ingevuld op",
    questionnaire: "Vragenlijst",
    version: "versie {version}",
    overall: "Uw totaalscore is {score} van de 100.",
    overallUnknown: "Uw totaalscore is niet te bepalen: te weinig antwoorden.",
    overallChange: "{change} (toen {previous}).",
    change: "{diff} ten opzichte van {date}",
    changeSame: "Gelijk gebleven ten opzichte van {date}",
    changeNoDate: "{diff} ten opzichte van de vorige scan",
    changeSameNoDate: "Gelijk gebleven ten opzichte van de vorige scan",
    noPrevious: "Geen eerdere score",
    previousOn: "{score} op {date}",
    previousOnDiff: "{score} op {date} (verschil: {diff})",
    previousDiff: "{score} (verschil: {diff})",
    noComparison: "Nog te weinig vergelijkbare bedrijven.",
    noPeer: "Geen vergelijking voor dit onderwerp.",
    peer: "Middelste bedrijf (mediaan): {median}. Middelste helft: {q1} tot {q3}. Berekend over {n} bedrijven.",
    chartTitle: "Uw score per onderwerp",
    chartScale: "Score van 0 tot 100. Hoe hoger, hoe beter.",
    chartMedian: "mediaan {median}",
    legendScore: "Uw score",
    legendMiddleHalf: "Middelste helft van vergelijkbare bedrijven",
    legendMedian: "Middelste bedrijf (mediaan)",
    perPillarTitle: "Per onderwerp",
    rowScore: "Uw score",
    scoreValue: "{score} van de 100",
    noScore: "Geen score: te weinig antwoorden",
    rowVerdict: "Oordeel",
    lowConfidence: "{verdict} (veel ‘Weet ik niet’: de score zegt daardoor minder)",
    rowPrevious: "Vorige scan",
    rowPeers: "Vergelijkbare bedrijven",
    weakPoints: "Aandachtspunten",
    unknownOne: "‘Weet ik niet’: 1 vraag",
    unknownMany: "‘Weet ik niet’: {count} vragen",
    unknownIntro: "Deze vragen tellen niet mee in de score. Bespreek ze met uw contactpersoon.",
    opportunitiesTitle: "Kansenkaart: wat past bij uw bedrijf?",
    opportunitiesIntro:
      "Per kans ziet u hoe goed die bij uw bedrijf past (kansrijk, mogelijk of nog niet), waarom, en wat u als volgende stap kunt doen.",
    noOpportunities: "Er staan nog geen kansen voor uw bedrijf op de kaart.",
    fit: "Past: {fit}",
    why: "Waarom:",
    nextSteps: "Volgende stappen:",
    instruments: "Regelingen in uw regio:",
    amount: "Bedrag: {amount}. Aanbieder: {provider}.",
    amountVaries: "verschilt per situatie",
    requestable: "U kunt dit aanvragen via uw contactpersoon.",
    contactTitle: "Uw vaste contactpersoon",
    phone: "Telefoon: {phone}",
    email: "E-mail: {email}",
    responseOne: "U hoort binnen 1 werkdag van ons.",
    responseMany: "U hoort binnen {days} werkdagen van ons.",
    pageNumber: "Pagina {page} van {total}",
  },
  names: {
    verdict: { sterk: "sterk", "op weg": "op weg", "aandacht nodig": "aandacht nodig" },
    fit: { kansrijk: "kansrijk", mogelijk: "mogelijk", "nog niet": "nog niet" },
  },
};

const en: Translation<typeof nl> = {
  page: {
    title: "Your Future Scan result",
    heading: "Your Future Scan result",
    headingStaff: "Future Scan result: {company}",
    intro:
      "Here you see how your company scores. Would you like help? Your Employer Service Point (Werkgeversservicepunt, WSP: the desk of municipalities and UWV for employers) is happy to help.",
    details: "{company} · filled in on {date} · questionnaire version {version}",
    overall: "Overall score: {score} out of 100",
    overallChange: "({change} compared with {date})",
    downloadPdf: "Download as PDF",
    planConversation: "Plan a meeting with my account manager",
    sharedWithWsp: "Shared with your Employer Service Point",
    shareWithWsp: "Share with your Employer Service Point",
    scoresTitle: "Your scores",
    chartSummary: "Scores per topic: {scores}.",
    chartItem: "{title}: {score}",
    noScore: "no score",
    barsSummary: "Your score now and at the previous scan. {summary}",
    perPillarTitle: "Per topic",
    pillarHeading: "{title}: {verdict}",
    weakPointsIntro: "This is where you can gain the most:",
    weakPoint: "{question} You answered: ‘{answer}’.",
    noWeakPoints: "No weak points were found here.",
    unknownOne:
      "For 1 question you chose ‘I don’t know’. It does not count in the score. Discuss it with your account manager: {questions}",
    unknownMany:
      "For {count} questions you chose ‘I don’t know’. They do not count in the score. Discuss them with your account manager: {questions}",
    amountsIndication: "All amounts are an indication.",
    toOverview: "To my overview",
  },
  table: {
    label: "Table with your scores",
    caption: "Your score per topic (0 to 100)",
    pillar: "Topic",
    score: "Your score",
    verdict: "Verdict",
    change: "Difference with previous scan",
    median: "Middle company",
    middleHalf: "Middle half of the companies",
    range: "{q1} to {q3}",
    tooFewAnswers: "too few answers",
    lowConfidence: "{verdict} (many ‘I don’t know’ answers)",
    same: "the same",
    higher: "higher",
    lower: "lower",
  },
  chart: {
    yourScore: "Your score",
    peerMedian: "Middle company in your comparison",
    previousScan: "Previous scan",
    alsoInTable: "The figures are also in the table below.",
  },
  opportunities: {
    intro:
      "The Opportunity Map (advice made for you) shows which ways of giving work to people who find a job less easily fit your company. For each way you see how well it fits, and why.",
    title: "Your Opportunity Map",
    why: "Why",
    nextSteps: "Next steps",
    instruments: "Schemes in your region",
    request: "Apply for {name}",
    requestWhere: "at your Employer Service Point",
  },
  sharing: {
    title: "Share your result",
    sharedOne: "{who} can see your result now. You can always change this.",
    sharedTwo: "{first} and {second} can see your result now. You can always change this.",
    notShared:
      "Your result is only for you now. Will you share it with your Employer Service Point? Then your account manager can give you personal advice. You can always change this later.",
    save: "Save choice",
  },
  comparison: {
    "sector-size": "You are compared with {n} other companies in the sector ‘{sector}’ with {size}.",
    sector:
      "There are not enough companies of your size in your sector yet. You are compared with {n} other companies in the sector ‘{sector}’, of any size.",
    all: "There are not enough companies in your sector yet. You are compared with {n} other companies from all sectors.",
    none: "Not enough comparable companies yet. As soon as there are enough, you will see here how you score against others.",
  },
  sizes: {
    "<10": "fewer than 10 FTE",
    "10-49": "10 to 50 FTE",
    "50-99": "50 to 100 FTE",
    "100-300": "100 to 300 FTE",
    ">300": "more than 300 FTE",
  },
  pdf: {
    fileName: "future-scan-{date}.pdf",
    documentTitle: "Future Scan result – {company}",
    subject: "Result of the Future Scan",
    sector: "Sector",
    fte: "Number of FTE",
    region: "Region",
    completedOn: "Filled in on",
    questionnaire: "Questionnaire",
    version: "version {version}",
    overall: "Your overall score is {score} out of 100.",
    overallUnknown: "Your overall score cannot be given: too few answers.",
    overallChange: "{change} (then {previous}).",
    change: "{diff} compared with {date}",
    changeSame: "Stayed the same compared with {date}",
    changeNoDate: "{diff} compared with the previous scan",
    changeSameNoDate: "Stayed the same compared with the previous scan",
    noPrevious: "No earlier score",
    previousOn: "{score} on {date}",
    previousOnDiff: "{score} on {date} (difference: {diff})",
    previousDiff: "{score} (difference: {diff})",
    noComparison: "Not enough comparable companies yet.",
    noPeer: "No comparison for this topic.",
    peer: "Middle company (median): {median}. Middle half: {q1} to {q3}. Calculated over {n} companies.",
    chartTitle: "Your score per topic",
    chartScale: "Score from 0 to 100. The higher, the better.",
    chartMedian: "median {median}",
    legendScore: "Your score",
    legendMiddleHalf: "Middle half of comparable companies",
    legendMedian: "Middle company (median)",
    perPillarTitle: "Per topic",
    rowScore: "Your score",
    scoreValue: "{score} out of 100",
    noScore: "No score: too few answers",
    rowVerdict: "Verdict",
    lowConfidence: "{verdict} (many ‘I don’t know’ answers: so the score says less)",
    rowPrevious: "Previous scan",
    rowPeers: "Comparable companies",
    weakPoints: "Points for attention",
    unknownOne: "‘I don’t know’: 1 question",
    unknownMany: "‘I don’t know’: {count} questions",
    unknownIntro: "These questions do not count in the score. Discuss them with your contact person.",
    opportunitiesTitle: "Opportunity Map: what fits your company?",
    opportunitiesIntro:
      "For each opportunity you see how well it fits your company (promising, possible or not yet), why, and what your next step can be.",
    noOpportunities: "There are no opportunities on the map for your company yet.",
    fit: "Fit: {fit}",
    why: "Why:",
    nextSteps: "Next steps:",
    instruments: "Schemes in your region:",
    amount: "Amount: {amount}. Provider: {provider}.",
    amountVaries: "depends on the situation",
    requestable: "You can apply for this through your contact person.",
    contactTitle: "Your contact person",
    phone: "Phone: {phone}",
    email: "E-mail: {email}",
    responseOne: "You will hear from us within 1 working day.",
    responseMany: "You will hear from us within {days} working days.",
    pageNumber: "Page {page} of {total}",
  },
  names: {
    verdict: { sterk: "strong", "op weg": "on the way", "aandacht nodig": "needs attention" },
    fit: { kansrijk: "promising", mogelijk: "possible", "nog niet": "not yet" },
  },
};

export const reportMessages = { nl, en };

export type ReportTexts = typeof nl;

/** The verdict of a pillar, or "te weinig antwoorden" when it has no score. */
export const verdictText = (t: ReportTexts, verdict: Verdict | null) => (verdict ? t.names.verdict[verdict] : t.table.tooFewAnswers);

export const fitText = (t: ReportTexts, fit: FitLevel) => t.names.fit[fit];

/**
 * Which companies the report compares with, as one or two sentences; for a
 * fallback level also why. The sector name is data (Dutch) and shown in lower case.
 */
export function comparisonText(
  t: ReportTexts,
  comparison: { level: ComparisonLevel; n: number; size: SizeClass },
  sectorName: string,
): string {
  return fmt(t.comparison[comparison.level], { n: comparison.n, sector: sectorName.toLowerCase(), size: t.sizes[comparison.size] });
}
