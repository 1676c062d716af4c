/**
 * Jargon list: words a reader at language level B1 may not know.
 *
 * Rule (enforced by `checkTexts` in `app/domain/plain-language.ts` and the
 * unit test over all questionnaire texts): a listed word may only appear in a
 * text when it is explained at its FIRST use, either in that same text or in
 * the question's "Waarom vragen we dit?" line. "Explained" means the word is
 * directly followed by
 *   - a parenthesised explanation:  "jobcarving (een baan maken uit losse taken)"
 *   - a colon and the explanation:  "Open Hiring: wie het werk wil doen, mag beginnen"
 *   - ", dat is" / ", dat zijn" / ", dus" and the explanation.
 * Matching is case-insensitive on whole words (a word inside a longer compound,
 * such as "jobcoachvoucher", is not matched). `variants` lists other spellings
 * (plural, inflected) that count as the same word.
 * Pillar titles are fixed names (003:1901–1906) and are exempt.
 *
 * `explanation` is the short B1 explanation the UI can show (e.g. as a
 * tooltip or in a word list); it is written so it can follow the word in
 * brackets.
 */
import type { JargonEntry } from "~/domain/plain-language";

export const jargon: JargonEntry[] = [
  // HR words
  { term: "employability", explanation: "of iemand goed aan het werk kan blijven, nu en later" },
  {
    term: "duurzame inzetbaarheid",
    explanation: "dat medewerkers gezond, met plezier en goed kunnen blijven werken, ook als ze ouder worden",
  },
  { term: "inzetbaarheid", explanation: "hoe goed iemand ander of nieuw werk kan doen" },
  { term: "wendbaarheid", explanation: "hoe snel uw bedrijf zich kan aanpassen aan veranderingen", variants: ["wendbaar", "wendbare"] },
  {
    term: "competenties",
    explanation: "wat iemand kan en hoe iemand werkt: kennis, vaardigheden en houding",
    variants: ["competentie"],
  },
  { term: "strategie", explanation: "uw plan voor de lange termijn", variants: ["strategisch", "strategische"] },
  { term: "HR", explanation: "alles wat met personeel te maken heeft" },
  { term: "mobiliteit", explanation: "overstappen naar ander werk, binnen of buiten uw bedrijf" },
  { term: "vitaliteit", explanation: "hoe fit en gezond iemand zich voelt" },
  { term: "talentontwikkeling", explanation: "medewerkers helpen om beter te worden in wat ze goed kunnen" },
  { term: "flexpool", explanation: "een groep vaste invallers die u kunt oproepen" },
  { term: "onboarding", explanation: "het inwerken van een nieuwe medewerker" },
  { term: "matching", explanation: "de juiste persoon bij het juiste werk zoeken" },

  // Inclusive work
  {
    term: "inclusief",
    explanation: "zo dat iedereen mee kan doen, ook mensen die moeilijk aan werk komen",
    variants: ["inclusieve", "inclusie", "inclusiviteit"],
  },
  {
    term: "afstand tot de arbeidsmarkt",
    explanation: "moeilijk aan werk komen, bijvoorbeeld door een beperking, een ziekte of de taal",
  },
  { term: "jobcarving", explanation: "een nieuwe baan maken uit losse, eenvoudige taken" },
  { term: "functiecreatie", explanation: "een nieuwe functie maken die past bij wat iemand kan" },
  { term: "herontwerp", explanation: "het werk in uw bedrijf opnieuw indelen, zodat meer mensen het kunnen doen" },
  {
    term: "jobcoach",
    explanation: "een begeleider van buiten die een medewerker op het werk helpt",
    variants: ["jobcoaches", "jobcoaching"],
  },
  { term: "buddy", explanation: "een vaste collega die een nieuwe medewerker helpt", variants: ["buddy's", "buddies"] },
  { term: "Harrie-training", explanation: "een training voor collega's die een nieuwe medewerker begeleiden" },
  { term: "Open Hiring", explanation: "aannemen zonder cv of sollicitatiegesprek: wie het werk wil doen, mag beginnen" },
  {
    term: "SROI",
    explanation: "een afspraak bij opdrachten van de overheid om mensen zonder werk een kans te geven",
    variants: ["social return"],
  },
  { term: "PSO", explanation: "een keurmerk voor bedrijven die werk bieden aan mensen die moeilijk aan werk komen" },
  { term: "aanbesteding", explanation: "een opdracht van de overheid waarop bedrijven kunnen inschrijven", variants: ["aanbestedingen"] },
  { term: "BBL", explanation: "werken en tegelijk naar school, meestal vier dagen werk en één dag school" },
  { term: "BOL", explanation: "een opleiding op school, met stages bij bedrijven" },
  { term: "leerwerktraject", explanation: "werken en tegelijk een vak leren", variants: ["leerwerktrajecten"] },
  { term: "praktijkleren", explanation: "een vak leren op de werkvloer, met een bewijs van wat iemand kan" },
  { term: "praktijkverklaring", explanation: "een bewijs van de school dat iemand bepaald werk kan doen" },
  {
    term: "Kansenkaart",
    explanation: "een advies op maat: welke manieren om mensen met extra hulp werk te geven passen bij uw bedrijf",
  },
  {
    term: "voucher",
    explanation: "een tegoedbon: u krijgt een dienst tot een vast bedrag betaald",
    variants: ["vouchers"],
  },
  {
    term: "proefplaatsing",
    explanation: "een periode waarin iemand op proef meewerkt en zijn uitkering houdt",
    variants: ["proefplaatsingen"],
  },

  // Rules and institutions
  {
    term: "doelgroepregister",
    explanation: "een lijst van UWV met mensen die door een beperking niet zelf het minimumloon kunnen verdienen",
  },
  { term: "Banenafspraak", explanation: "de afspraak dat werkgevers extra banen maken voor mensen uit het doelgroepregister" },
  {
    term: "Participatiewet",
    explanation: "de wet waarmee gemeenten mensen helpen die kunnen werken, maar daarbij hulp nodig hebben",
  },
  {
    term: "loonkostensubsidie",
    explanation: "geld van de gemeente als een medewerker minder kan doen dan het minimumloon waard is",
  },
  { term: "loonwaarde", explanation: "wat het werk van iemand waard is, als deel van het normale loon", variants: ["loonwaardebepaling"] },
  { term: "no-riskpolis", explanation: "een regeling van UWV die het loon betaalt als een medewerker uit het doelgroepregister ziek wordt" },
  {
    term: "Less-Risk-polis",
    explanation: "een regeling van het Werkgeversservicepunt die de kosten van ziekte betaalt bij een nieuwe medewerker",
  },
  { term: "werkgeversservicepunt", explanation: "het loket van gemeenten en UWV voor werkgevers in uw regio" },
  { term: "WSP", explanation: "het Werkgeversservicepunt: het loket van gemeenten en UWV voor werkgevers" },
  { term: "arbeidsmarktregio", explanation: "een van de 35 regio's waarin gemeenten en UWV samenwerken voor werk" },
  { term: "beschut werk", explanation: "werk met veel begeleiding en aanpassingen, voor mensen die dat nodig hebben" },
  { term: "Wajong", explanation: "een uitkering voor mensen die al jong een ziekte of beperking hadden" },
  {
    term: "WSW",
    explanation: "de Wet sociale werkvoorziening: vroeger werk met begeleiding in een sociale werkplaats",
  },
  { term: "statushouder", explanation: "iemand die een verblijfsvergunning heeft gekregen na een asielprocedure", variants: ["statushouders"] },
  { term: "eHerkenning", explanation: "een inlogmiddel voor bedrijven bij de overheid" },
];
