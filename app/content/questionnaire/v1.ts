/**
 * Toekomstscan, version 1.
 *
 * PUBLISHED CONTENT — DO NOT EDIT once version 1 is in use. A change (text,
 * points, weight, order) is a new version (v2.ts) so that old reports can be
 * reproduced exactly.
 *
 * Based on the Future Proof Human Capital Scan (LWV, Zuyd Hogeschool, Leo
 * Loopbaan; 003:1882–2100) with its four pillars, plus a fifth pillar
 * "Inclusief werkgeverschap" built on the three lines of the Kansenkaart
 * (motivation, organisational qualities, forms; 003:3837–3839).
 *
 * Writing rules (checked by tests/unit/plain-language.test.ts and
 * tests/unit/questionnaire.test.ts):
 * - B1 Dutch, the owner is addressed with "u"/"uw", no academic words;
 * - one question asks one thing and is one sentence ending in "?";
 * - average sentence length ≤ 15 words, no sentence over 25 words;
 * - a word from `app/content/jargon.ts` is only used when it is explained in
 *   the same text or in the question's "why" line (see plain-language.ts).
 *
 * Points: options are listed from weakest (0) to strongest; a question with
 * four options scores 0–3, with three options 0–2. Weights: 3 = core of the
 * pillar, 2 = important, 1 = useful extra.
 *
 * Kansenkaart advice (`opportunities`, product.md §4): per option a few rules
 * "answer X to question Y gives N points, because …". The main question about
 * the form itself weighs most (+3 yes, +1 maybe, −3 no); motivation,
 * organisational qualities (team, begeleiding, instruction, nazorg, plans)
 * and fears add or subtract 1–2. Reasons, next steps and descriptions follow
 * the same writing rules; they may rely on the option's description to
 * explain jargon (they are shown together in the report).
 */
import type { Opportunity, OpportunityRule, QuestionnaireDefinition, ScoredOption, UnknownOption } from "./schema";

const WEET_NIET: UnknownOption = { id: "weet-niet", label: "Weet ik niet", unknown: true };

function o(id: string, points: number, label: string): ScoredOption {
  return { id, points, label };
}

function rule(questionId: string, optionIds: string[], points: number, reason: string): OpportunityRule {
  return { questionId, optionIds, points, reason };
}

/** Same answer scale for the questions about forms of inclusive work (pillar 5). */
function openToFormOptions(): (ScoredOption | UnknownOption)[] {
  return [
    o("past-niet", 0, "Nee, dat past niet bij ons"),
    o("misschien", 1, "Misschien, maar we weten er nog te weinig van"),
    o("willen-proberen", 2, "Ja, dat willen we proberen"),
    o("doen-we-al", 3, "Ja, dat doen we al"),
    WEET_NIET,
  ];
}

const opportunities: Opportunity[] = [
  // ------------------------------------------------------------------
  {
    id: "functiecreatie",
    title: "Functiecreatie en jobcarving",
    description:
      "Bij functiecreatie (een nieuwe functie maken die past bij wat iemand kan) kijkt u welk werk in uw bedrijf blijft liggen. " +
      "Met jobcarving (een baan maken uit losse, eenvoudige taken) maakt u daar een nieuwe baan van.",
    rules: [
      rule(
        "iw-taken",
        ["zijn-er", "al-gedaan"],
        3,
        "U ziet eenvoudige taken die u kunt samenvoegen tot een nieuwe baan. Daarmee kunt u meteen aan de slag.",
      ),
      rule(
        "iw-taken",
        ["nooit-gekeken"],
        1,
        "U heeft nog niet gekeken naar eenvoudige taken in uw bedrijf. Vaak zijn er meer dan u denkt.",
      ),
      rule(
        "iw-taken",
        ["zie-ik-niet"],
        -2,
        "U ziet nu geen eenvoudige taken die u kunt samenvoegen. Dan is een nieuwe baan maken lastiger.",
      ),
      rule(
        "sb-vacatures",
        ["blijven-open", "veel-moeite"],
        2,
        "Uw vacatures zijn moeilijk te vullen. Als iemand anders de eenvoudige taken doet, houden uw vakmensen meer tijd over.",
      ),
      rule(
        "ei-oudere-medewerkers",
        ["in-overleg"],
        1,
        "U past taken al aan als het werk voor iemand te zwaar wordt. Dat helpt bij het maken van een nieuwe functie.",
      ),
      rule(
        "iw-motivatie",
        ["staan-open", "hoort-bij-ons"],
        1,
        "U wilt mensen die moeilijk een baan vinden een kans geven. Een baan op maat maakt dat makkelijker.",
      ),
    ],
    thresholds: { kansrijk: 5, mogelijk: 2 },
    nextSteps: {
      kansrijk: [
        "Schrijf op welke eenvoudige taken uw vakmensen nu doen.",
        "Maak met uw contactpersoon een nieuwe functie uit die taken.",
        "Vraag een voucher (een tegoedbon) aan voor een advies op maat over uw bedrijf.",
      ],
      mogelijk: [
        "Kijk een week lang welke eenvoudige taken blijven liggen.",
        "Bespreek met uw contactpersoon of daar een nieuwe baan in zit.",
      ],
      "nog niet": [
        "Vraag uw contactpersoon naar voorbeelden van andere bedrijven.",
        "Kijk opnieuw naar de taken als uw werk verandert.",
      ],
    },
    instrumentIds: ["kansenkaart-voucher", "werkplekaanpassing", "loonkostensubsidie", "loonwaardebepaling"],
  },
  // ------------------------------------------------------------------
  {
    id: "begeleiding",
    title: "Begeleiding op de werkvloer",
    description:
      "Een nieuwe medewerker krijgt hulp van een jobcoach (een begeleider van buiten) of een buddy (een vaste collega die helpt). " +
      "Een Harrie-training (een training voor collega's die begeleiden) leert collega's hoe ze dat doen.",
    rules: [
      rule(
        "iw-begeleiding",
        ["vaste-collega", "getrainde-collega"],
        2,
        "Een nieuwe collega krijgt bij u een vaste collega die helpt. Daarop kunt u verder bouwen.",
      ),
      rule(
        "iw-team",
        ["de-meeste", "goede-voorbeeld"],
        2,
        "Uw team staat open voor een collega die meer hulp nodig heeft. Dat is nodig voor goede begeleiding.",
      ),
      rule(
        "iw-team",
        ["geen-geduld"],
        -2,
        "Uw team heeft nu weinig tijd of geduld voor een collega die meer hulp nodig heeft. Dan is begeleiding op de werkvloer nog lastig.",
      ),
      rule(
        "iw-nazorg",
        ["af-en-toe", "vaste-momenten"],
        1,
        "U blijft ook na de eerste maanden praten met een nieuwe collega. Zo ziet u problemen op tijd.",
      ),
      rule(
        "oa-uitleg-nieuwe-mensen",
        ["beelden", "vragen-of-duidelijk"],
        1,
        "U legt het werk uit met voordoen en beelden. Zo leren veel nieuwe medewerkers het best.",
      ),
      rule(
        "iw-zorgen",
        ["houdt-tegen", "twijfelen"],
        1,
        "U maakt zich zorgen over ziekte of begeleiding. " +
          "Een jobcoach en de Less-Risk-polis (een regeling die de kosten van ziekte betaalt) nemen een deel van die zorgen weg.",
      ),
    ],
    thresholds: { kansrijk: 4, mogelijk: 2 },
    nextSteps: {
      kansrijk: [
        "Kies een collega die een nieuwe medewerker wil helpen.",
        "Vraag naar een Harrie-training voor die collega.",
        "Vraag een voucher (een tegoedbon) aan voor een jobcoach als dat nodig is.",
      ],
      mogelijk: [
        "Bespreek met uw team wie een nieuwe collega wil helpen.",
        "Vraag uw contactpersoon hoe een jobcoach u kan helpen.",
      ],
      "nog niet": [
        "Praat eerst met uw team over een collega die meer hulp nodig heeft.",
        "Vraag uw contactpersoon naar ervaringen van andere werkgevers.",
      ],
    },
    instrumentIds: ["jobcoach-voucher", "less-risk-polis"],
  },
  // ------------------------------------------------------------------
  {
    id: "open-hiring",
    title: "Open Hiring",
    description:
      "Met Open Hiring (aannemen zonder cv of sollicitatiegesprek) mag iedereen die het werk wil doen gewoon beginnen. " +
      "Motivatie telt dan meer dan een diploma of cv.",
    rules: [
      rule(
        "iw-open-hiring",
        ["willen-proberen", "doen-we-al"],
        3,
        "U wilt mensen aannemen zonder cv of sollicitatiegesprek.",
      ),
      rule("iw-open-hiring", ["misschien"], 1, "U staat open voor aannemen zonder cv, maar u weet er nog weinig van."),
      rule(
        "iw-open-hiring",
        ["past-niet"],
        -3,
        "U zegt dat aannemen zonder cv of sollicitatiegesprek niet bij u past.",
      ),
      rule(
        "sb-vacatures",
        ["blijven-open", "veel-moeite"],
        2,
        "Uw vacatures zijn moeilijk te vullen. Met Open Hiring krijgt u vaak veel meer kandidaten.",
      ),
      rule(
        "oa-uitleg-nieuwe-mensen",
        ["beelden", "vragen-of-duidelijk"],
        1,
        "U legt het werk goed uit aan nieuwe mensen. Dat is belangrijk als u iemand aanneemt zonder gesprek vooraf.",
      ),
      rule(
        "iw-zorgen",
        ["houdt-tegen"],
        -1,
        "Uw zorgen over ziekte of risico's houden u nu tegen. Bespreek eerst welke hulp er is.",
      ),
    ],
    thresholds: { kansrijk: 4, mogelijk: 1 },
    nextSteps: {
      kansrijk: [
        "Kies een functie die iemand snel kan leren.",
        "Zet in de vacature dat u geen cv vraagt.",
        "Regel een vaste collega die nieuwe mensen de eerste weken helpt.",
      ],
      mogelijk: [
        "Begin klein: vraag bij één vacature geen cv meer.",
        "Vraag uw contactpersoon naar bedrijven die dit al doen.",
      ],
      "nog niet": [
        "Vraag uw contactpersoon hoe andere werkgevers mensen aannemen zonder cv.",
        "Vraag welke hulp er is bij ziekte of risico's.",
      ],
    },
    instrumentIds: ["less-risk-polis", "jobcoach-voucher"],
  },
  // ------------------------------------------------------------------
  {
    id: "sroi",
    title: "SROI en PSO",
    description:
      "Bij SROI (een afspraak bij opdrachten van de overheid) geeft u mensen zonder werk een kans. " +
      "Met PSO (een keurmerk voor bedrijven die dat goed doen) laat u zien wat u al doet.",
    rules: [
      rule(
        "iw-sroi",
        ["willen-proberen", "doen-we-al"],
        3,
        "U wilt SROI gebruiken om opdrachten van de overheid te krijgen.",
      ),
      rule("iw-sroi", ["misschien"], 1, "U weet nog weinig van SROI, maar u sluit het niet uit."),
      rule("iw-sroi", ["past-niet"], -3, "U zegt dat SROI niet bij uw bedrijf past."),
      rule(
        "iw-motivatie",
        ["hoort-bij-ons"],
        2,
        "Werk geven aan mensen die moeilijk een baan vinden, hoort echt bij uw bedrijf. Met PSO laat u dat zien.",
      ),
      rule(
        "sb-hulp-van-buiten",
        ["vaste-contacten"],
        1,
        "U heeft vaste contacten, zoals de gemeente. Dat helpt bij opdrachten van de overheid.",
      ),
      rule(
        "sb-koers",
        ["op-papier", "gebruikt"],
        1,
        "Uw plannen voor de komende jaren staan op papier. Daarin kunt u SROI een plek geven.",
      ),
    ],
    thresholds: { kansrijk: 4, mogelijk: 2 },
    nextSteps: {
      kansrijk: [
        "Zoek uit welke opdrachten van de overheid bij uw bedrijf passen.",
        "Vraag uw contactpersoon welke kandidaten bij die opdrachten passen.",
        "Vraag een voucher (een tegoedbon) aan voor een advies op maat over SROI.",
      ],
      mogelijk: [
        "Vraag uw contactpersoon hoe SROI werkt in uw regio.",
        "Kijk of een keurmerk van PSO iets voor u is.",
      ],
      "nog niet": [
        "Werkt u vooral voor bedrijven en niet voor de overheid? Dan is SROI minder belangrijk voor u.",
        "Kijk opnieuw als u opdrachten van de overheid wilt doen.",
      ],
    },
    instrumentIds: ["kansenkaart-voucher", "loonkostensubsidie", "no-riskpolis"],
  },
  // ------------------------------------------------------------------
  {
    id: "leerwerktraject",
    title: "Leerwerktraject en praktijkleren",
    description:
      "In een leerwerktraject (werken en tegelijk een vak leren) leert iemand bij u het vak. " +
      "Dat kan met BBL (werken en tegelijk naar school) of met praktijkleren (leren op de werkvloer).",
    rules: [
      rule(
        "iw-leren-en-werken",
        ["willen-proberen", "doen-we-al"],
        3,
        "U wilt iemand bij u het vak laten leren, met een opleiding erbij.",
      ),
      rule("iw-leren-en-werken", ["misschien"], 1, "U denkt na over een leerling, maar u weet er nog weinig van."),
      rule(
        "iw-leren-en-werken",
        ["past-niet"],
        -3,
        "U zegt dat een leerling naast het werk nu niet bij u past.",
      ),
      rule(
        "ei-cursussen",
        ["op-verzoek", "plan-en-geld"],
        1,
        "Uw medewerkers volgen al cursussen of opleidingen. Leren hoort dus al bij uw bedrijf.",
      ),
      rule(
        "sb-pensioen",
        ["precies", "opvolging-geregeld"],
        1,
        "U weet wie de komende jaren met pensioen gaat. Een leerling kan dat werk later overnemen.",
      ),
      rule(
        "iw-begeleiding",
        ["vaste-collega", "getrainde-collega"],
        1,
        "Een vaste collega helpt nieuwe mensen op weg. Zo iemand kan ook een leerling begeleiden.",
      ),
    ],
    thresholds: { kansrijk: 4, mogelijk: 2 },
    nextSteps: {
      kansrijk: [
        "Kies een vak dat u zelf wilt opleiden.",
        "Vraag uw contactpersoon naar een school en een kandidaat.",
        "Vraag naar een praktijkverklaring (een bewijs van de school dat iemand bepaald werk kan doen).",
      ],
      mogelijk: [
        "Vraag uw contactpersoon hoe BBL werkt in uw vak.",
        "Kijk wie in uw bedrijf een leerling wil begeleiden.",
      ],
      "nog niet": [
        "Kijk welke vakmensen u over drie jaar nodig heeft.",
        "Doe de scan opnieuw als u mensen zelf wilt opleiden.",
      ],
    },
    instrumentIds: ["loonkostensubsidie", "jobcoach-voucher"],
  },
  // ------------------------------------------------------------------
  {
    id: "proefplaatsing",
    title: "Proefplaatsing",
    description:
      "Bij een proefplaatsing (meewerken op proef, de uitkering loopt door) werkt iemand eerst een tijdje bij u mee. " +
      "U betaalt dan nog geen loon en u ziet wat iemand kan.",
    rules: [
      rule(
        "iw-proefplaatsing",
        ["willen-proberen", "doen-we-al"],
        3,
        "U wilt iemand eerst een tijdje op proef laten meewerken.",
      ),
      rule("iw-proefplaatsing", ["misschien"], 1, "U staat misschien open voor meewerken op proef."),
      rule("iw-proefplaatsing", ["past-niet"], -3, "U zegt dat meewerken op proef niet bij u past."),
      rule(
        "iw-zorgen",
        ["houdt-tegen", "twijfelen"],
        1,
        "U twijfelt door zorgen over ziekte of risico's. Eerst op proef laten meewerken maakt die stap kleiner.",
      ),
      rule(
        "iw-team",
        ["de-meeste", "goede-voorbeeld"],
        1,
        "Uw team staat open voor een collega die meer hulp nodig heeft. Dat helpt in de tijd op proef.",
      ),
      rule(
        "iw-motivatie",
        ["niet-mee-bezig"],
        -2,
        "U bent nu niet bezig met werk voor mensen die moeilijk een baan vinden.",
      ),
    ],
    thresholds: { kansrijk: 4, mogelijk: 1 },
    nextSteps: {
      kansrijk: [
        "Kies werk waarin iemand op proef kan meedraaien.",
        "Vraag uw contactpersoon om een kandidaat voor een proefplaatsing.",
        "Spreek vooraf af wanneer u samen terugkijkt.",
      ],
      mogelijk: [
        "Vraag uw contactpersoon hoe een proefplaatsing werkt.",
        "Bespreek met uw team wie de nieuwe collega helpt.",
      ],
      "nog niet": [
        "Vraag uw contactpersoon wat andere werkgevers met meewerken op proef hebben gedaan.",
        "Vraag welke hulp er is bij uw zorgen.",
      ],
    },
    instrumentIds: ["proefplaatsing", "no-riskpolis", "loonwaardebepaling"],
  },
  // ------------------------------------------------------------------
  {
    id: "inclusief-herontwerp",
    title: "Inclusief herontwerp",
    description:
      "Bij herontwerp (het werk opnieuw indelen) kijkt u naar al het werk in uw bedrijf. " +
      "U deelt het zo in dat ook mensen die moeilijk aan werk komen mee kunnen doen.",
    rules: [
      rule(
        "iw-motivatie",
        ["hoort-bij-ons"],
        2,
        "Werk geven aan mensen die moeilijk een baan vinden, hoort echt bij uw bedrijf. Dat is nodig voor zo'n grote stap.",
      ),
      rule(
        "iw-motivatie",
        ["niet-mee-bezig", "geen-haast"],
        -2,
        "Werk voor mensen die moeilijk een baan vinden heeft bij u nu geen haast. " +
          "Het hele werk opnieuw indelen is dan een te grote stap.",
      ),
      rule(
        "sb-koers",
        ["op-papier", "gebruikt"],
        1,
        "Uw plannen voor de komende jaren staan op papier. Daarin kunt u de nieuwe indeling van het werk opnemen.",
      ),
      rule(
        "sb-techniek",
        ["weten-het", "voorbereid"],
        1,
        "U weet hoe nieuwe techniek uw werk verandert. Dat is een goed moment om het werk opnieuw in te delen.",
      ),
      rule(
        "fw-veranderingen",
        ["doen-snel-mee", "eigen-ideeen"],
        1,
        "Uw personeel doet snel mee met veranderingen. Dat helpt als u het werk anders indeelt.",
      ),
      rule(
        "iw-taken",
        ["al-gedaan"],
        1,
        "U heeft al eens een baan gemaakt uit losse taken. Daarop kunt u verder bouwen.",
      ),
    ],
    thresholds: { kansrijk: 5, mogelijk: 3 },
    nextSteps: {
      kansrijk: [
        "Maak een overzicht van al het werk en wie het nu doet.",
        "Vraag een voucher (een tegoedbon) aan voor een advies op maat.",
        "Kies samen met uw team waar u begint.",
      ],
      mogelijk: [
        "Begin bij één afdeling of één soort werk.",
        "Bespreek met uw contactpersoon wat een advies op maat u kan opleveren.",
      ],
      "nog niet": [
        "Begin met een kleinere stap, zoals een baan maken uit losse taken.",
        "Kijk opnieuw als uw plannen voor de komende jaren klaar zijn.",
      ],
    },
    instrumentIds: ["kansenkaart-voucher", "werkplekaanpassing", "beschut-werk"],
  },
  // ------------------------------------------------------------------
  {
    id: "scholing",
    title: "Scholing voor werkgevers",
    description:
      "In een korte training leert u hoe u mensen die moeilijk aan werk komen een goede plek geeft. " +
      "U leert samen met andere werkgevers uit uw regio.",
    rules: [
      rule(
        "iw-motivatie",
        ["staan-open", "hoort-bij-ons"],
        2,
        "U wilt mensen die moeilijk een baan vinden een kans geven. In de training leert u hoe u dat goed aanpakt.",
      ),
      rule(
        "iw-motivatie",
        ["niet-mee-bezig"],
        -2,
        "U bent nu niet bezig met werk voor mensen die moeilijk een baan vinden. Een training komt dan te vroeg.",
      ),
      rule(
        "iw-zorgen",
        ["houdt-tegen", "twijfelen"],
        2,
        "U heeft zorgen over ziekte, begeleiding of papierwerk. In de training hoort u welke regels en hulp er zijn.",
      ),
      rule(
        "iw-begeleiding",
        ["meteen-aan-de-slag", "als-er-tijd-is"],
        1,
        "Nieuwe collega's krijgen nu geen vaste hulp. In de training leert u hoe collega's kunnen begeleiden.",
      ),
      rule(
        "ei-cursussen",
        ["op-verzoek", "plan-en-geld"],
        1,
        "In uw bedrijf is leren gewoon. Een training voor uzelf past daarbij.",
      ),
      rule(
        "sb-hulp-van-buiten",
        ["bij-problemen", "vaste-contacten"],
        1,
        "U vraagt wel eens hulp van buiten. Dan past een training samen met andere werkgevers goed bij u.",
      ),
    ],
    thresholds: { kansrijk: 4, mogelijk: 2 },
    nextSteps: {
      kansrijk: [
        "Vraag uw contactpersoon wanneer de volgende training is.",
        "Kies de onderdelen die bij uw vragen passen.",
        "Neem een leidinggevende of collega mee naar de training.",
      ],
      mogelijk: [
        "Vraag uw contactpersoon wat de training u kost en oplevert.",
        "Praat eerst met een werkgever die de training al volgde.",
      ],
      "nog niet": [
        "Bekijk eerst de andere kansen in dit rapport.",
        "Vraag de training aan als u mensen met extra hulp wilt aannemen.",
      ],
    },
    instrumentIds: ["scholing-werkgevers"],
  },
];

export const questionnaireV1: QuestionnaireDefinition = {
  version: 1,
  title: "Toekomstscan",
  intro:
    "Met deze scan ziet u hoe klaar uw bedrijf is voor de toekomst. " +
    "De vragen gaan over uw personeel en uw werk. " +
    "Het invullen duurt ongeveer 10 minuten. " +
    "Weet u een antwoord niet? Kies dan 'Weet ik niet'. " +
    "Daarna krijgt u een rapport met tips. " +
    "We bespreken dat rapport graag met u.",
  pillars: [
    // ------------------------------------------------------------------
    {
      id: "strategie-bedrijf",
      title: "Strategie & Bedrijf",
      intro:
        "Dit deel gaat over de plannen van uw bedrijf. " +
        "En over het personeel dat u daarvoor nodig heeft.",
      questions: [
        {
          id: "sb-koers",
          text: "Weet u waar uw bedrijf over drie jaar wil staan?",
          why: "Met een duidelijk doel kiest u makkelijker welke mensen u nodig heeft.",
          weight: 3,
          themes: ["strategie"],
          options: [
            o("geen-plan", 0, "Nee, daar hebben we geen plan voor"),
            o("in-hoofd", 1, "Ik heb het in mijn hoofd, maar niet op papier"),
            o("op-papier", 2, "Ja, het staat op papier"),
            o("gebruikt", 3, "Ja, het staat op papier en we gebruiken het"),
            WEET_NIET,
          ],
        },
        {
          id: "sb-personeel-nodig",
          text: "Weet u welk personeel u over drie jaar nodig heeft?",
          why: "Dan kunt u op tijd mensen zoeken of opleiden.",
          weight: 3,
          themes: ["personeelsplanning", "strategie"],
          options: [
            o("alleen-nu", 0, "Nee, we kijken vooral naar nu"),
            o("ongeveer", 1, "Ongeveer, maar we hebben het niet uitgewerkt"),
            o("belangrijkste-functies", 2, "Ja, voor de belangrijkste functies"),
            o("alle-functies", 3, "Ja, voor alle functies, en we hebben een plan"),
            WEET_NIET,
          ],
        },
        {
          id: "sb-techniek",
          text: "Weet u hoe nieuwe techniek het werk in uw bedrijf gaat veranderen?",
          why: "Denk aan nieuwe machines, computers of robots. Daardoor verandert vaak wat uw mensen moeten kunnen.",
          weight: 2,
          themes: ["strategie", "scholing"],
          options: [
            o("niet-nagedacht", 0, "Nee, daar hebben we nog niet over nagedacht"),
            o("zien-wel", 1, "Een beetje, we zien wel wat er komt"),
            o("weten-het", 2, "Ja, we weten wat er verandert"),
            o("voorbereid", 3, "Ja, en we bereiden ons personeel er al op voor"),
            WEET_NIET,
          ],
        },
        {
          id: "sb-pensioen",
          text: "Weet u wie de komende vijf jaar met pensioen gaat?",
          why: "Zo zorgt u dat hun kennis en ervaring niet verdwijnen.",
          weight: 2,
          themes: ["personeelsplanning", "duurzame-inzetbaarheid"],
          options: [
            o("niet-bijgehouden", 0, "Nee, dat houden we niet bij"),
            o("ongeveer", 1, "Ongeveer"),
            o("precies", 2, "Ja, dat weten we precies"),
            o("opvolging-geregeld", 3, "Ja, en we regelen op tijd wie het werk overneemt"),
            WEET_NIET,
          ],
        },
        {
          id: "sb-vacatures",
          text: "Lukt het u om vacatures op tijd te vullen?",
          why: "Gaat dat moeilijk? Dan kan een andere manier van werven helpen.",
          weight: 2,
          themes: ["werving"],
          options: [
            o("blijven-open", 0, "Nee, vacatures blijven lang open"),
            o("veel-moeite", 1, "Soms, maar het kost veel moeite"),
            o("meestal", 2, "Meestal wel"),
            o("snel", 3, "Ja, bijna altijd snel"),
            WEET_NIET,
          ],
        },
        {
          id: "sb-waarom-hier-werken",
          text: "Weet u waarom mensen graag bij u werken?",
          why: "Dat kunt u gebruiken als u nieuwe mensen zoekt.",
          weight: 2,
          themes: ["werving", "behoud"],
          options: [
            o("nooit-gevraagd", 0, "Nee, daar hebben we nooit naar gevraagd"),
            o("denken-het", 1, "We denken het te weten"),
            o("gevraagd", 2, "Ja, we hebben het aan ons personeel gevraagd"),
            o("vertellen-het", 3, "Ja, en we vertellen het ook als we mensen zoeken"),
            WEET_NIET,
          ],
        },
        {
          id: "sb-hulp-van-buiten",
          text: "Vraagt u hulp van buiten bij vragen over personeel?",
          why: "Er is veel hulp voor werkgevers, vaak gratis. Het helpt als u weet waar u die vindt.",
          weight: 1,
          themes: ["samenwerking"],
          options: [
            o("alles-zelf", 0, "Nee, we doen alles zelf"),
            o("bij-problemen", 1, "Alleen als er een probleem is"),
            o("vaste-contacten", 2, "Ja, we hebben vaste contacten, zoals een werkgeversvereniging of de gemeente"),
            WEET_NIET,
          ],
        },
      ],
    },
    // ------------------------------------------------------------------
    {
      id: "flexibiliteit-wendbaarheid",
      title: "Flexibiliteit & Wendbaarheid",
      intro:
        "Dit deel gaat over hoe makkelijk uw bedrijf kan veranderen. " +
        "Bijvoorbeeld als er ander werk komt of als iemand uitvalt.",
      questions: [
        {
          id: "fw-meerdere-taken",
          text: "Kunnen uw medewerkers meer dan één taak doen?",
          why: "Als iemand uitvalt, kan een ander het werk dan overnemen.",
          weight: 3,
          themes: ["flexibiliteit", "mobiliteit"],
          options: [
            o("eigen-werk", 0, "Nee, iedereen doet alleen zijn eigen werk"),
            o("een-paar", 1, "Een paar mensen kunnen meer taken doen"),
            o("de-meeste", 2, "De meeste mensen kunnen meer taken doen"),
            o("bewust", 3, "Ja, en we leren mensen bewust extra taken aan"),
            WEET_NIET,
          ],
        },
        {
          id: "fw-uitval",
          text: "Wat gebeurt er als een belangrijke medewerker een maand uitvalt?",
          why: "Zo ziet u of uw bedrijf afhangt van één persoon.",
          weight: 2,
          themes: ["flexibiliteit", "personeelsplanning"],
          options: [
            o("werk-ligt-stil", 0, "Dan ligt een deel van het werk stil"),
            o("veel-moeite", 1, "We lossen het op, maar met veel moeite"),
            o("collega-neemt-over", 2, "Een collega neemt het werk over"),
            o("vervanger-geregeld", 3, "Dat is geregeld: voor elke taak is er een vervanger"),
            WEET_NIET,
          ],
        },
        {
          id: "fw-veranderingen",
          text: "Hoe gaat uw personeel om met veranderingen in het werk?",
          why: "Veranderen gaat makkelijker als uw mensen meedoen.",
          weight: 2,
          themes: ["flexibiliteit", "leiderschap"],
          options: [
            o("liever-niet", 0, "Veel mensen willen liever dat alles blijft zoals het is"),
            o("duurt-lang", 1, "Het duurt lang voordat iedereen meedoet"),
            o("doen-snel-mee", 2, "De meeste mensen doen snel mee"),
            o("eigen-ideeen", 3, "Mensen komen zelf met ideeën om dingen te veranderen"),
            WEET_NIET,
          ],
        },
        {
          id: "fw-nieuw-werk-leren",
          text: "Als er nieuw werk komt, hoe snel leren uw mensen dat?",
          why: "Het werk verandert steeds. Uw personeel moet dan kunnen bijleren.",
          weight: 2,
          themes: ["scholing", "flexibiliteit"],
          options: [
            o("inhuren", 0, "Dat lukt niet, we huren dan liever iemand in"),
            o("langzaam", 1, "Dat lukt, maar het gaat langzaam"),
            o("meestal-goed", 2, "Dat gaat meestal goed"),
            o("vaste-manier", 3, "Snel, we hebben een vaste manier om nieuw werk te leren"),
            WEET_NIET,
          ],
        },
        {
          id: "fw-werktijden",
          text: "Kunnen medewerkers hun werktijden aanpassen aan hun leven thuis?",
          why: "Ruimte in werktijden helpt om goede mensen te houden.",
          weight: 2,
          themes: ["flexibiliteit", "duurzame-inzetbaarheid", "behoud"],
          options: [
            o("vast", 0, "Nee, de tijden liggen vast"),
            o("uitzondering", 1, "Alleen in uitzonderingen"),
            o("in-overleg", 2, "Ja, in overleg kan veel"),
            o("duidelijke-afspraken", 3, "Ja, en daar hebben we duidelijke afspraken over"),
            WEET_NIET,
          ],
        },
        {
          id: "fw-zelf-beslissen",
          text: "Mogen medewerkers zelf beslissen als er iets onverwachts gebeurt?",
          why: "Als niet alles via u loopt, kan uw bedrijf sneller reageren.",
          weight: 1,
          themes: ["leiderschap", "flexibiliteit"],
          options: [
            o("via-leiding", 0, "Nee, alles gaat via mij of de leiding"),
            o("kleine-dingen", 1, "Alleen over kleine dingen"),
            o("binnen-afspraken", 2, "Ja, binnen duidelijke afspraken"),
            WEET_NIET,
          ],
        },
        {
          id: "fw-ideeen",
          text: "Doet u iets met ideeën van uw medewerkers?",
          why: "Medewerkers zien vaak als eerste wat beter kan.",
          weight: 1,
          themes: ["leiderschap", "talentontwikkeling"],
          options: [
            o("geen-tijd", 0, "Nee, daar is geen tijd voor"),
            o("soms", 1, "Soms, als iemand zelf iets zegt"),
            o("vragen-erom", 2, "Ja, we vragen er geregeld naar"),
            o("laten-zien", 3, "Ja, en we laten zien wat we ermee doen"),
            WEET_NIET,
          ],
        },
      ],
    },
    // ------------------------------------------------------------------
    {
      id: "op-en-afschalen",
      title: "Flexibiliteit in op- en afschalen",
      intro:
        "Dit deel gaat over drukke en rustige tijden. " +
        "Kunt u makkelijk meer of minder mensen inzetten?",
      questions: [
        {
          id: "oa-drukte-zien",
          text: "Weet u van tevoren wanneer het druk of rustig wordt?",
          why: "Als u drukte ziet aankomen, kunt u op tijd mensen regelen.",
          weight: 3,
          themes: ["opschalen", "personeelsplanning"],
          options: [
            o("overvalt-ons", 0, "Nee, dat overvalt ons meestal"),
            o("soms", 1, "Soms zien we het aankomen"),
            o("bekend", 2, "Ja, we kennen onze drukke tijden"),
            o("plannen", 3, "Ja, en we plannen ons personeel daarop"),
            WEET_NIET,
          ],
        },
        {
          id: "oa-extra-mensen",
          text: "Kunt u snel extra mensen inzetten als het druk is?",
          why: "Zonder extra handen raakt uw vaste personeel overbelast.",
          weight: 3,
          themes: ["opschalen", "flexibiliteit"],
          options: [
            o("harder-werken", 0, "Nee, dan werken we gewoon harder"),
            o("elke-keer-zoeken", 1, "Soms, maar het is elke keer zoeken"),
            o("uitzendbureau", 2, "Ja, via een uitzendbureau of oproepkrachten"),
            o("vaste-groep", 3, "Ja, we hebben een vaste groep mensen die we kunnen bellen"),
            WEET_NIET,
          ],
        },
        {
          id: "oa-vast-en-tijdelijk",
          text: "Heeft u bewust gekozen hoeveel vaste en tijdelijke contracten u heeft?",
          why: "Vaste mensen geven rust. Tijdelijke contracten geven ruimte. Het gaat om de goede mix.",
          weight: 2,
          themes: ["flexibiliteit", "personeelsplanning"],
          options: [
            o("zo-gegroeid", 0, "Nee, dat is zo gegroeid"),
            o("wel-eens", 1, "We denken er wel eens over na"),
            o("bewuste-keuze", 2, "Ja, we hebben een duidelijke keuze gemaakt"),
            WEET_NIET,
          ],
        },
        {
          id: "oa-rustige-tijden",
          text: "Wat doet u als het rustig is?",
          why: "Rustige tijden kunt u goed gebruiken, bijvoorbeeld om te leren.",
          weight: 2,
          themes: ["afschalen", "scholing"],
          options: [
            o("mensen-weg", 0, "Dan moeten er mensen weg"),
            o("weinig-te-doen", 1, "Dan hebben mensen weinig te doen"),
            o("ander-werk", 2, "Dan doen mensen ander werk, zoals onderhoud"),
            o("leren", 3, "Dan gebruiken we de tijd om te leren of te verbeteren"),
            WEET_NIET,
          ],
        },
        {
          id: "oa-overwerk",
          text: "Hoe vaak moet uw personeel overwerken om het werk af te krijgen?",
          why: "Veel overwerk houdt niemand lang vol.",
          weight: 2,
          themes: ["opschalen", "duurzame-inzetbaarheid"],
          options: [
            o("elke-week", 0, "Bijna elke week"),
            o("drukke-tijden", 1, "In drukke tijden vaak"),
            o("af-en-toe", 2, "Af en toe"),
            o("bijna-nooit", 3, "Bijna nooit"),
            WEET_NIET,
          ],
        },
        {
          id: "oa-uitleg-nieuwe-mensen",
          text: "Hoe legt u het werk uit aan nieuwe of tijdelijke mensen?",
          why: "Niet iedereen leert van alleen uitleg. Voordoen en plaatjes helpen veel mensen.",
          weight: 2,
          themes: ["instructie", "onboarding", "opschalen"],
          options: [
            o("in-woorden", 0, "We leggen het één keer uit in woorden"),
            o("voordoen", 1, "We doen het voor"),
            o("beelden", 2, "We doen het voor en gebruiken foto's of een stappenplan"),
            o("vragen-of-duidelijk", 3, "We doen het voor, gebruiken beelden en vragen of alles duidelijk is"),
            WEET_NIET,
          ],
        },
        {
          id: "oa-personeel-delen",
          text: "Deelt u personeel met andere bedrijven?",
          why: "Als u het rustig heeft, heeft een ander het misschien druk. Zo houdt u goede mensen.",
          weight: 1,
          themes: ["samenwerking", "afschalen"],
          options: [
            o("nooit-aan-gedacht", 0, "Nee, daar hebben we nooit aan gedacht"),
            o("over-gepraat", 1, "We hebben er wel eens over gepraat"),
            o("soms", 2, "Ja, dat doen we soms"),
            o("vaste-afspraken", 3, "Ja, we hebben er vaste afspraken over"),
            WEET_NIET,
          ],
        },
      ],
    },
    // ------------------------------------------------------------------
    {
      id: "employability-inzetbaarheid",
      title: "Employability en Duurzame inzetbaarheid",
      intro:
        "Dit deel gaat over uw medewerkers op de lange termijn. " +
        "Kunnen zij over tien jaar nog gezond en met plezier werken?",
      questions: [
        {
          id: "ei-jaargesprek",
          text: "Praat u elk jaar met iedere medewerker over werk en toekomst?",
          why: "In zo'n gesprek hoort u op tijd wat iemand wil en nodig heeft.",
          weight: 3,
          themes: ["talentontwikkeling", "duurzame-inzetbaarheid"],
          options: [
            o("alleen-bij-problemen", 0, "Nee, alleen als er iets mis is"),
            o("sommigen", 1, "Met sommige medewerkers"),
            o("iedereen", 2, "Ja, met iedereen"),
            o("afspraken-nakomen", 3, "Ja, met iedereen, en we maken afspraken die we nakomen"),
            WEET_NIET,
          ],
        },
        {
          id: "ei-cursussen",
          text: "Volgen uw medewerkers cursussen of opleidingen?",
          why: "Wie blijft leren, kan ook later nog goed mee.",
          weight: 3,
          themes: ["scholing", "talentontwikkeling"],
          options: [
            o("bijna-nooit", 0, "Nee, bijna nooit"),
            o("verplicht", 1, "Alleen als het verplicht is"),
            o("op-verzoek", 2, "Ja, als iemand erom vraagt"),
            o("plan-en-geld", 3, "Ja, we hebben een plan en geld voor scholing"),
            WEET_NIET,
          ],
        },
        {
          id: "ei-zwaar-werk",
          text: "Let u op zwaar werk en stress bij uw medewerkers?",
          why: "Zo voorkomt u dat mensen ziek worden of uitvallen.",
          weight: 2,
          themes: ["gezondheid", "duurzame-inzetbaarheid"],
          options: [
            o("eigen-zaak", 0, "Nee, dat is hun eigen zaak"),
            o("pas-bij-ziekte", 1, "Pas als iemand ziek is"),
            o("soms-aanpassen", 2, "Ja, we praten erover en passen soms iets aan"),
            o("op-tijd", 3, "Ja, we letten er steeds op en grijpen op tijd in"),
            WEET_NIET,
          ],
        },
        {
          id: "ei-oudere-medewerkers",
          text: "Kunnen oudere medewerkers hun werk aanpassen als het te zwaar wordt?",
          why: "Zo houdt u ervaren mensen langer aan het werk.",
          weight: 2,
          themes: ["duurzame-inzetbaarheid", "taken-aanpassen"],
          options: [
            o("hetzelfde-werk", 0, "Nee, iedereen doet hetzelfde werk"),
            o("als-het-moet", 1, "Soms, als het echt niet anders kan"),
            o("in-overleg", 2, "Ja, in overleg passen we taken of uren aan"),
            WEET_NIET,
          ],
        },
        {
          id: "ei-doorgroeien",
          text: "Kunnen medewerkers bij u doorgroeien of ander werk gaan doen?",
          why: "Mensen die kunnen groeien, blijven vaak langer.",
          weight: 2,
          themes: ["mobiliteit", "talentontwikkeling", "behoud"],
          options: [
            o("geen-ruimte", 0, "Nee, daar is bij ons geen ruimte voor"),
            o("toevallig", 1, "Soms, als er toevallig een plek vrij is"),
            o("samen-zoeken", 2, "Ja, we zoeken daar samen naar"),
            o("bewust", 3, "Ja, we helpen mensen bewust om door te groeien"),
            WEET_NIET,
          ],
        },
        {
          id: "ei-talenten",
          text: "Weet u wat uw medewerkers goed kunnen, ook buiten hun eigen taak?",
          why: "Zo ziet u kansen die u nu misschien mist.",
          weight: 2,
          themes: ["talentontwikkeling"],
          options: [
            o("niet-echt", 0, "Nee, niet echt"),
            o("een-paar", 1, "Van een paar mensen"),
            o("de-meeste", 2, "Van de meeste mensen"),
            o("inzetten", 3, "Ja, en we zetten die talenten ook in"),
            WEET_NIET,
          ],
        },
        {
          id: "ei-vertrekreden",
          text: "Vraagt u medewerkers die weggaan waarom ze vertrekken?",
          why: "Hun antwoord laat zien wat u kunt verbeteren.",
          weight: 1,
          themes: ["behoud"],
          options: [
            o("nee", 0, "Nee, dat vragen we niet"),
            o("soms", 1, "Soms, als het zo uitkomt"),
            o("altijd", 2, "Ja, altijd, en we doen iets met de antwoorden"),
            WEET_NIET,
          ],
        },
      ],
    },
    // ------------------------------------------------------------------
    // Kansenkaart line 1: motivation (iw-motivatie);
    // line 2: organisational qualities (iw-team, iw-begeleiding, iw-nazorg,
    //   iw-taken; instruction style is asked in oa-uitleg-nieuwe-mensen);
    // line 3: forms (iw-taken, iw-open-hiring, iw-leren-en-werken,
    //   iw-proefplaatsing, iw-sroi) and the fears of employers (iw-zorgen).
    {
      id: "inclusief-werkgeverschap",
      title: "Inclusief werkgeverschap",
      intro:
        "Dit deel gaat over werk voor mensen die moeilijk een baan vinden. " +
        "Bijvoorbeeld door een beperking, een ziekte of omdat zij de taal nog leren.",
      questions: [
        {
          id: "iw-motivatie",
          text: "Wilt u mensen die moeilijk een baan vinden een kans geven?",
          why: "Zo weten we welke aanpak bij u past.",
          weight: 3,
          themes: ["motivatie"],
          options: [
            o("niet-mee-bezig", 0, "Nee, daar zijn we niet mee bezig"),
            o("geen-haast", 1, "Misschien, maar het heeft geen haast"),
            o("staan-open", 2, "Ja, we staan ervoor open"),
            o("hoort-bij-ons", 3, "Ja, het hoort echt bij ons bedrijf"),
            WEET_NIET,
          ],
        },
        {
          id: "iw-team",
          text: "Staat uw team open voor een collega die meer hulp nodig heeft?",
          why: "Een nieuwe collega slaagt alleen als het team meehelpt.",
          weight: 3,
          themes: ["team", "leiderschap"],
          options: [
            o("geen-geduld", 0, "Nee, daar is geen tijd of geduld voor"),
            o("deel-van-team", 1, "Een deel van het team wel"),
            o("de-meeste", 2, "Ja, de meeste collega's wel"),
            o("goede-voorbeeld", 3, "Ja, en de leiding geeft zelf het goede voorbeeld"),
            WEET_NIET,
          ],
        },
        {
          id: "iw-begeleiding",
          text: "Krijgt een nieuwe collega in de eerste weken een vaste collega die helpt?",
          why: "Een buddy (een vaste collega die helpt) maakt de start veel makkelijker.",
          weight: 3,
          themes: ["begeleiding", "buddy", "onboarding"],
          options: [
            o("meteen-aan-de-slag", 0, "Nee, iemand gaat meteen gewoon aan het werk"),
            o("als-er-tijd-is", 1, "Er helpt wel iemand, als er tijd is"),
            o("vaste-collega", 2, "Ja, een vaste collega die daar tijd voor krijgt"),
            o("getrainde-collega", 3, "Ja, een vaste collega die daarvoor getraind is"),
            WEET_NIET,
          ],
        },
        {
          id: "iw-nazorg",
          text: "Blijft u na de eerste maanden met een nieuwe collega praten over hoe het gaat?",
          why: "Problemen komen vaak pas na een paar maanden. Een jobcoach (een begeleider van buiten) kan dan helpen.",
          weight: 2,
          themes: ["nazorg", "begeleiding"],
          options: [
            o("stopt", 0, "Nee, na het inwerken stopt dat"),
            o("bij-problemen", 1, "Alleen als er problemen zijn"),
            o("af-en-toe", 2, "Ja, af en toe"),
            o("vaste-momenten", 3, "Ja, op vaste momenten, zo nodig met een jobcoach"),
            WEET_NIET,
          ],
        },
        {
          id: "iw-taken",
          text: "Zijn er eenvoudige taken die u kunt samenvoegen tot een nieuwe baan?",
          why: "Dit heet jobcarving (een baan maken uit losse taken). Uw vakmensen houden dan meer tijd over.",
          weight: 3,
          themes: ["functiecreatie", "taken-aanpassen", "inclusief-herontwerp"],
          options: [
            o("zie-ik-niet", 0, "Nee, die zie ik niet"),
            o("nooit-gekeken", 1, "Misschien, daar hebben we nooit naar gekeken"),
            o("zijn-er", 2, "Ja, die taken zijn er"),
            o("al-gedaan", 3, "Ja, dat hebben we al eens gedaan"),
            WEET_NIET,
          ],
        },
        {
          id: "iw-open-hiring",
          text: "Wilt u mensen aannemen zonder cv of sollicitatiegesprek?",
          why: "Dit heet Open Hiring: wie het werk wil doen, mag beginnen.",
          weight: 2,
          themes: ["open-hiring", "werven-op-potentie", "werving"],
          options: openToFormOptions(),
        },
        {
          id: "iw-leren-en-werken",
          text: "Wilt u iemand bij u het vak laten leren, met een opleiding erbij?",
          why: "Dat kan bijvoorbeeld met BBL (werken en tegelijk naar school, met een diploma als doel).",
          weight: 2,
          themes: ["leerwerktraject"],
          options: openToFormOptions(),
        },
        {
          id: "iw-proefplaatsing",
          text: "Mag iemand bij u eerst een tijdje op proef meewerken?",
          why: "Bij een proefplaatsing (meewerken op proef, de uitkering loopt door) betaalt u nog geen loon.",
          weight: 1,
          themes: ["proefplaatsing"],
          options: openToFormOptions(),
        },
        {
          id: "iw-sroi",
          text: "Wilt u SROI gebruiken om opdrachten van de overheid te krijgen?",
          why: "Bij SROI (een afspraak bij opdrachten van de overheid) geeft u mensen zonder werk een kans.",
          weight: 1,
          themes: ["sroi"],
          options: openToFormOptions(),
        },
        {
          id: "iw-zorgen",
          text: "Heeft u zorgen over ziekte, begeleiding, papierwerk of risico's bij een medewerker die extra hulp nodig heeft?",
          why: "Veel werkgevers twijfelen hierover. Voor de meeste zorgen is hulp of een regeling.",
          weight: 2,
          themes: ["zorgen-verzuim", "zorgen-begeleiding", "zorgen-administratie", "zorgen-onzekerheid"],
          options: [
            o("houdt-tegen", 0, "Ja, zoveel dat we het niet doen"),
            o("twijfelen", 1, "Ja, daardoor twijfelen we"),
            o("willen-proberen", 2, "Een beetje, maar we willen het proberen"),
            o("weten-hulp", 3, "Nee, we weten waar we hulp kunnen krijgen"),
            WEET_NIET,
          ],
        },
      ],
    },
  ],
  opportunities,
};
