/**
 * Texts of the employer's request pages: choosing what to request, the
 * Less-Risk-polis step by step, a conversation, the Kansenkaart advice, a sick
 * report and the page of one request. Jargon is explained at its first use in
 * this file (key order); page titles and headings that are names sit under
 * `names` at the end.
 */
import type { Translation } from "./messages";

const nl = {
  newRequest: {
    title: "Wat wilt u aanvragen?",
    conversationTitle: "Een gesprek met uw accountmanager",
    conversationText: "Over uw uitslag, over personeel zoeken, of over regelingen.",
    conversationLink: "Gesprek aanvragen",
    polisText:
      "U neemt iemand aan die nog wat verder van werk af staat. De Less-Risk-polis (een verzekering van de gemeente als een nieuwe medewerker ziek wordt) dekt dan de kosten van ziekte. De voucher (een tegoedbon) betaalt een jobcoach (een begeleider van buiten die uw medewerker op het werk helpt).",
    polisLink: "Polis of voucher aanvragen",
    adviceText:
      "Met de Kansenkaart (een advies op maat) onderzoekt een adviseur hoe uw bedrijf inclusief (zo dat iedereen mee kan doen) kan werken. De voucher betaalt dit.",
    adviceLink: "Advies aanvragen",
    sickTitle: "Ziekmelding",
    sickText: "Is uw medewerker met een Less-Risk-polis ziek? Meld het hier.",
    sickLink: "Ziekmelding doorgeven",
  },
  back: "Terug",
  backToOverview: "Terug naar mijn overzicht",
  polis: {
    intro:
      "Met de Less-Risk-polis loopt u geen extra risico als uw nieuwe medewerker ziek wordt. Met de jobcoachvoucher krijgt uw medewerker begeleiding op het werk. Beantwoord eerst een paar vragen. Dan weet u of de regeling past.",
    notFitTitle: "Deze regeling past niet bij deze kandidaat",
    whatElse: "Wat kunt u wel doen?",
    askConversation: "Vraag een gesprek aan met uw accountmanager",
    askConversationAfter: "Die zoekt met u uit wat wel kan.",
    next: "Verder",
  },
  questions: {
    situation: {
      legend: "Wat is de situatie van de kandidaat nu?",
      hint: "Bijstand is geld van de gemeente via de Participatiewet (de wet voor mensen die kunnen werken, maar daarbij hulp nodig hebben). Een statushouder (iemand met een verblijfsvergunning na asiel) mag hier werken.",
      ww: "Heeft een WW-uitkering",
      bijstand: "Heeft bijstand (Participatiewet)",
      statushouder: "Is statushouder",
      anders: "Anders",
    },
    inTargetRegister: {
      hint: "Het doelgroepregister (een lijst van UWV) is voor mensen die door een beperking niet zelf het minimumloon kunnen verdienen.",
      legend: "Staat de kandidaat in het doelgroepregister?",
    },
    specialScheme: {
      hint: "Wajong (een uitkering voor mensen die al jong ziek of beperkt waren) heeft eigen regelingen. Dat geldt ook voor WSW (werk in een sociale werkplaats) en beschut werk (werk met veel begeleiding).",
      legend: "Valt de kandidaat onder een van deze regelingen?",
      geen: "Nee, geen van deze",
      wajong: "Wajong",
      wsw: "WSW (sociale werkvoorziening)",
      "beschut-werk": "Beschut werk",
    },
    minimumWageWithin6Months: {
      legend: "Kan de kandidaat binnen 6 maanden zelf het minimumloon verdienen?",
      hint: "Dus zonder loonkostensubsidie (geld van de gemeente voor een deel van het loon).",
    },
    tasksLearnableWithin6Months: {
      legend: "Kan de kandidaat het werk binnen 6 maanden leren?",
    },
    internalGuide: {
      legend: "Is er in uw bedrijf iemand die de kandidaat begeleidt?",
      hint: "Bijvoorbeeld een buddy (een vaste collega die een nieuwe medewerker helpt).",
      notYet: "Nee, nog niet",
    },
    yes: "Ja",
    no: "Nee",
    unknown: "Weet ik niet",
  },
  /** Why the scheme does not fit, what fits instead, and notes when it fits. Each text explains its own jargon. */
  eligibility: {
    reasons: {
      inTargetRegister:
        "De kandidaat staat in het doelgroepregister (een lijst van UWV van mensen met een beperking). Deze polis is alleen voor mensen die daar niet in staan.",
      wajong:
        "De kandidaat heeft Wajong (een uitkering voor mensen die al jong ziek of beperkt waren). Daarvoor zijn andere regelingen.",
      wsw: "De kandidaat werkt via de WSW (werk met begeleiding vanuit een sociale werkplaats). Daarvoor zijn andere regelingen.",
      "beschut-werk":
        "De kandidaat heeft een indicatie voor beschut werk (werk met veel begeleiding en aanpassingen). Daarvoor zijn andere regelingen.",
      minimumWage:
        "De kandidaat kan binnen 6 maanden niet zelf het minimumloon verdienen. Deze polis is juist voor mensen die dat wel kunnen.",
      tasksNotLearnable: "De kandidaat kan het werk niet binnen 6 maanden leren. Dat is wel een voorwaarde voor deze polis.",
    },
    alternatives: {
      "no-riskpolis":
        "De no-riskpolis (een regeling van UWV) betaalt het loon door als uw medewerker ziek wordt. Uw accountmanager vertelt u hoe dat werkt.",
      loonkostensubsidie:
        "Loonkostensubsidie (geld van de gemeente voor een deel van het loon) krijgt u als uw medewerker minder kan dan anderen.",
      loonwaardebepaling:
        "Een loonwaardebepaling (een meting van wat het werk van iemand waard is) laat zien hoeveel hulp bij het loon u kunt krijgen.",
      proefplaatsing:
        "Met een proefplaatsing (een periode waarin iemand op proef meewerkt en zijn uitkering houdt) ziet u eerst of het werk past.",
      "beschut-werk":
        "Beschut werk (werk met veel begeleiding en aanpassingen) kan bij u in het bedrijf. U kunt dan geld krijgen voor aanpassingen.",
      "kansenkaart-voucher":
        "Praat met uw accountmanager over jobcarving (een baan maken uit losse, eenvoudige taken). Of over functiecreatie (een functie maken die past bij wat iemand kan). Met een advies op maat zoekt u samen uit welke taken passen.",
    },
    notes: {
      otherSituation:
        "De kandidaat heeft geen WW of bijstand, en is geen statushouder (iemand met een verblijfsvergunning na asiel). Dat hoeft geen probleem te zijn. Uw accountmanager bekijkt samen met u of de polis past.",
      inTargetRegisterUnknown:
        "U weet niet of de kandidaat in het doelgroepregister (een lijst van UWV van mensen met een beperking) staat. Uw accountmanager zoekt dat samen met u uit.",
      minimumWageUnknown:
        "U weet nog niet of de kandidaat binnen 6 maanden zelf het minimumloon kan verdienen. Uw accountmanager bekijkt dat samen met u.",
      tasksUnknown:
        "U weet nog niet of het werk binnen 6 maanden te leren is. Uw accountmanager bekijkt dat samen met u, voordat de polis ingaat.",
      noInternalGuide:
        "Uw nieuwe medewerker heeft iemand nodig die hem of haar op het werk helpt. Bijvoorbeeld een buddy (een vaste collega die helpt) of een jobcoach (een begeleider van buiten). De jobcoachvoucher betaalt een deel van die begeleiding.",
    },
  },
  placement: {
    backStep: "Vorige stap",
    title: "De plaatsing",
    fits: "De regeling past bij uw kandidaat. Vul nu de gegevens van de plaatsing in.",
    privacy: "Wij vragen zo min mogelijk over de kandidaat: alleen de voorletters. Geef geen BSN en geen medische gegevens.",
    labels: {
      wantsPolis: "Wat vraagt u aan?",
      candidateInitials: "Voorletters van de kandidaat",
      startDate: "Startdatum",
      role: "Functie",
      contractType: "Soort contract",
      hoursPerWeek: "Uren per week",
      durationMonths: "Duur van het contract",
      guideName: "Naam van de begeleider",
    },
    polisWithAmount: "Less-Risk-polis (voucher van {amount})",
    voucherWithAmount: "Jobcoachvoucher ({amount})",
    initialsHint: "Bijvoorbeeld J.K.",
    startDateHint: "Wanneer begint de kandidaat?",
    roleHint: "Bijvoorbeeld: medewerker magazijn",
    durationLabel: "Duur van het contract (in maanden)",
    durationHint: "Bij een vast contract: vul 12 in.",
    guideLabel: "Naam van de begeleider in uw bedrijf (niet verplicht)",
    submit: "Aanvraag versturen",
    footer: "Aanvraag voor {company}. Alle bedragen zijn een indicatie.",
  },
  contractTypes: {
    "bepaalde-tijd": "Tijdelijk contract",
    "onbepaalde-tijd": "Vast contract",
  },
  conversation: {
    title: "Gesprek aanvragen",
    labels: {
      topic: "Onderwerp",
      message: "Uw vraag",
      contactPreference: "Hoe neemt uw accountmanager contact op?",
    },
    topicPlaceholder: "Kies een onderwerp",
    messageOptional: "Uw vraag (niet verplicht)",
    messageHint: "Schrijf kort waar u over wilt praten.",
    callMe: "Bel mij",
    callMeAt: "Bel mij op {phone}",
    mailMeAt: "Mail mij op {email}",
    submit: "Gesprek aanvragen",
  },
  conversationTopics: {
    scan: "De uitslag van mijn Toekomstscan bespreken",
    personeel: "Ik zoek personeel",
    regelingen: "Vragen over regelingen",
    anders: "Iets anders",
  },
  advice: {
    intro:
      "Een adviseur komt bij u langs. Samen kijkt u welke vormen van inclusief werken bij uw bedrijf passen. U krijgt een advies op papier.",
    paidBy: "De voucher van {amount} betaalt dit.",
    questionLabel: "Waar wilt u advies over? (niet verplicht)",
    questionSummary: "Uw vraag",
    questionHint: "Bijvoorbeeld: wij willen iemand aannemen, maar weten niet welk werk past.",
    scanShared: "Wij sturen de uitslag van uw laatste Toekomstscan mee naar de adviseur als u die deelt.",
    submit: "Advies aanvragen",
  },
  sick: {
    title: "Ziekmelding doorgeven",
    backToPolicy: "Terug naar de polis",
    employee: "Medewerker:",
    intro:
      "Uw Werkgeversservicepunt (het loket van gemeenten en UWV voor werkgevers) regelt de ziekmelding onder de Less-Risk-polis. Geef geen medische gegevens: alleen de datums.",
    labels: {
      firstSickDay: "Eerste ziektedag",
      expectedReturn: "Verwachte terugkeer",
    },
    expectedReturnOptional: "Verwachte terugkeer (niet verplicht)",
    expectedReturnHint: "Weet u het nog niet? Laat dit dan leeg.",
    submit: "Ziekmelding versturen",
  },
  detail: {
    title: "Uw aanvraag",
    status: "Status",
    submittedOn: "Ingediend op",
    dueBy: "U hoort van ons uiterlijk",
    reason: "Toelichting",
    reportSickness: "Ziekmelding doorgeven",
    timelineTitle: "Wat is er gebeurd?",
    created: "U heeft de aanvraag ingediend.",
    note: "Notitie",
    you: "U",
    withdrawTitle: "Aanvraag intrekken",
    withdrawText: "Heeft u de aanvraag niet meer nodig? Dan kunt u hem intrekken.",
    withdrawButton: "Aanvraag intrekken",
  },
  /** The details of a request as rows, for the employer and the WSP alike. */
  details: {
    topic: "Onderwerp",
    question: "Uw vraag",
    contactVia: "Contact via",
    phone: "Telefoon",
    email: "E-mail",
    requested: "Aangevraagd",
    polisAndVoucher: "Less-Risk-polis en jobcoachvoucher",
    polis: "Less-Risk-polis",
    voucher: "Jobcoachvoucher",
    candidate: "Kandidaat",
    situation: "Situatie kandidaat",
    role: "Functie",
    startDate: "Startdatum",
    contract: "Contract",
    contractValue: "{contractType}, {hours} uur per week, {months} maanden",
    firstSickDay: "Eerste ziektedag",
    expectedReturn: "Verwachte terugkeer",
    notKnownYet: "Nog niet bekend",
    situations: {
      ww: "WW-uitkering",
      bijstand: "Bijstand (Participatiewet)",
      statushouder: "Statushouder",
      anders: "Anders",
    },
  },
  names: {
    adviceCard: "Kansenkaart-advies",
    adviceTitle: "Kansenkaart-advies aanvragen",
    polisCard: "Less-Risk-polis en jobcoachvoucher",
    polisTitle: "Less-Risk-polis: past het?",
    polisHeading: "Less-Risk-polis en jobcoachvoucher: past het bij uw kandidaat?",
    placementTitle: "Less-Risk-polis: de plaatsing",
    newRequestTitle: "Iets aanvragen",
    wsp: "Werkgeversservicepunt",
  },
};

const en: Translation<typeof nl> = {
  newRequest: {
    title: "What would you like to request?",
    conversationTitle: "A meeting with your account manager",
    conversationText: "About your result, about finding staff, or about schemes.",
    conversationLink: "Request a meeting",
    polisText:
      "You hire someone who is still some way from work. The Less-Risk policy (insurance from the municipality if a new employee falls ill) then covers the costs of illness. The voucher (a credit note) pays for a job coach (a helper from outside who supports your employee at work).",
    polisLink: "Request the policy or voucher",
    adviceText:
      "With the Opportunity Map (advice made for you) an adviser looks at how your company can work inclusively (so that everyone can take part). The voucher pays for this.",
    adviceLink: "Request advice",
    sickTitle: "Sick report",
    sickText: "Is your employee with a Less-Risk policy ill? Report it here.",
    sickLink: "Report sickness",
  },
  back: "Back",
  backToOverview: "Back to my overview",
  polis: {
    intro:
      "With the Less-Risk policy you take no extra risk if your new employee falls ill. With the job coach voucher your employee gets support at work. First answer a few questions. Then you know whether the scheme fits.",
    notFitTitle: "This scheme does not fit this candidate",
    whatElse: "What can you do instead?",
    askConversation: "Request a meeting with your account manager",
    askConversationAfter: "They will work out with you what is possible.",
    next: "Next",
  },
  questions: {
    situation: {
      legend: "What is the candidate's situation now?",
      hint: "Social assistance is money from the municipality under the Participation Act (Participatiewet, the law for people who can work but need help). A status holder (someone with a residence permit after asylum) may work here.",
      ww: "Has unemployment benefit (WW)",
      bijstand: "Has social assistance (Participation Act)",
      statushouder: "Is a status holder",
      anders: "Other",
    },
    inTargetRegister: {
      hint: "The target group register (doelgroepregister, a list kept by UWV) is for people who cannot earn the minimum wage on their own because of a disability.",
      legend: "Is the candidate in the target group register?",
    },
    specialScheme: {
      hint: "Wajong (a benefit for people who were ill or disabled from a young age) has its own schemes. The same goes for WSW (work in a sheltered workshop) and sheltered work (work with a lot of support).",
      legend: "Does one of these schemes apply to the candidate?",
      geen: "No, none of these",
      wajong: "Wajong",
      wsw: "WSW (sheltered employment)",
      "beschut-werk": "Sheltered work",
    },
    minimumWageWithin6Months: {
      legend: "Can the candidate earn the minimum wage on their own within 6 months?",
      hint: "So without a wage cost subsidy (money from the municipality for part of the wage).",
    },
    tasksLearnableWithin6Months: {
      legend: "Can the candidate learn the work within 6 months?",
    },
    internalGuide: {
      legend: "Is there someone in your company who supports the candidate?",
      hint: "For example a buddy (a regular colleague who helps a new employee).",
      notYet: "No, not yet",
    },
    yes: "Yes",
    no: "No",
    unknown: "I don't know",
  },
  eligibility: {
    reasons: {
      inTargetRegister:
        "The candidate is in the target group register (a list kept by UWV of people with a disability). This policy is only for people who are not on it.",
      wajong:
        "The candidate has Wajong (a benefit for people who were ill or disabled from a young age). Other schemes are meant for that.",
      wsw: "The candidate works through the WSW (work with support from a sheltered workshop). Other schemes are meant for that.",
      "beschut-werk":
        "The candidate has been assessed for sheltered work (work with a lot of support and adjustments). Other schemes are meant for that.",
      minimumWage:
        "The candidate cannot earn the minimum wage on their own within 6 months. This policy is meant for people who can.",
      tasksNotLearnable: "The candidate cannot learn the work within 6 months. That is a condition for this policy.",
    },
    alternatives: {
      "no-riskpolis":
        "The no-risk policy (a scheme of UWV) keeps paying the wage if your employee falls ill. Your account manager tells you how it works.",
      loonkostensubsidie:
        "You get a wage cost subsidy (money from the municipality for part of the wage) if your employee can do less than others.",
      loonwaardebepaling:
        "A wage value assessment (a measurement of what someone's work is worth) shows how much help with the wage you can get.",
      proefplaatsing:
        "With a trial placement (a period in which someone works on trial and keeps their benefit) you first see whether the work fits.",
      "beschut-werk":
        "Sheltered work (work with a lot of support and adjustments) can take place in your company. You can then get money for adjustments.",
      "kansenkaart-voucher":
        "Talk to your account manager about job carving (making a job out of separate, simple tasks). Or about job creation (making a job that fits what someone can do). With advice made for you, you work out together which tasks fit.",
    },
    notes: {
      otherSituation:
        "The candidate has no unemployment benefit or social assistance, and is not a status holder (someone with a residence permit after asylum). That need not be a problem. Your account manager checks with you whether the policy fits.",
      inTargetRegisterUnknown:
        "You do not know whether the candidate is in the target group register (a list kept by UWV of people with a disability). Your account manager finds out with you.",
      minimumWageUnknown:
        "You do not know yet whether the candidate can earn the minimum wage on their own within 6 months. Your account manager looks at this with you.",
      tasksUnknown:
        "You do not know yet whether the work can be learned within 6 months. Your account manager looks at this with you before the policy starts.",
      noInternalGuide:
        "Your new employee needs someone who helps them at work. For example a buddy (a regular colleague who helps) or a job coach (a helper from outside). The job coach voucher pays for part of that support.",
    },
  },
  placement: {
    backStep: "Previous step",
    title: "The placement",
    fits: "The scheme fits your candidate. Now fill in the details of the placement.",
    privacy: "We ask as little as possible about the candidate: only the initials. Do not give a BSN (citizen service number) or medical details.",
    labels: {
      wantsPolis: "What are you applying for?",
      candidateInitials: "Initials of the candidate",
      startDate: "Start date",
      role: "Job",
      contractType: "Type of contract",
      hoursPerWeek: "Hours per week",
      durationMonths: "Length of the contract",
      guideName: "Name of the supervisor",
    },
    polisWithAmount: "Less-Risk policy (voucher of {amount})",
    voucherWithAmount: "Job coach voucher ({amount})",
    initialsHint: "For example J.K.",
    startDateHint: "When does the candidate start?",
    roleHint: "For example: warehouse worker",
    durationLabel: "Length of the contract (in months)",
    durationHint: "For a permanent contract: fill in 12.",
    guideLabel: "Name of the supervisor in your company (optional)",
    submit: "Send application",
    footer: "Application for {company}. All amounts are an estimate.",
  },
  contractTypes: {
    "bepaalde-tijd": "Temporary contract",
    "onbepaalde-tijd": "Permanent contract",
  },
  conversation: {
    title: "Request a meeting",
    labels: {
      topic: "Topic",
      message: "Your question",
      contactPreference: "How should your account manager contact you?",
    },
    topicPlaceholder: "Choose a topic",
    messageOptional: "Your question (optional)",
    messageHint: "Write briefly what you would like to talk about.",
    callMe: "Call me",
    callMeAt: "Call me on {phone}",
    mailMeAt: "E-mail me at {email}",
    submit: "Request a meeting",
  },
  conversationTopics: {
    scan: "Discuss the result of my Future Scan",
    personeel: "I am looking for staff",
    regelingen: "Questions about schemes",
    anders: "Something else",
  },
  advice: {
    intro:
      "An adviser visits you. Together you look at which kinds of inclusive work suit your company. You get written advice.",
    paidBy: "The voucher of {amount} pays for this.",
    questionLabel: "What would you like advice on? (optional)",
    questionSummary: "Your question",
    questionHint: "For example: we want to hire someone, but do not know which work fits.",
    scanShared: "We send the result of your latest Future Scan to the adviser if you share it.",
    submit: "Request advice",
  },
  sick: {
    title: "Report sickness",
    backToPolicy: "Back to the policy",
    employee: "Employee:",
    intro:
      "Your Employer Service Point (Werkgeversservicepunt, the desk of municipalities and UWV for employers) handles the sick report under the Less-Risk policy. Do not give medical details: only the dates.",
    labels: {
      firstSickDay: "First day of sickness",
      expectedReturn: "Expected return",
    },
    expectedReturnOptional: "Expected return (optional)",
    expectedReturnHint: "Don't know yet? Then leave this empty.",
    submit: "Send sick report",
  },
  detail: {
    title: "Your request",
    status: "Status",
    submittedOn: "Submitted on",
    dueBy: "You will hear from us by",
    reason: "Explanation",
    reportSickness: "Report sickness",
    timelineTitle: "What has happened?",
    created: "You submitted the request.",
    note: "Note",
    you: "You",
    withdrawTitle: "Withdraw request",
    withdrawText: "Don't need the request any more? Then you can withdraw it.",
    withdrawButton: "Withdraw request",
  },
  details: {
    topic: "Topic",
    question: "Your question",
    contactVia: "Contact by",
    phone: "Phone",
    email: "E-mail",
    requested: "Applied for",
    polisAndVoucher: "Less-Risk policy and job coach voucher",
    polis: "Less-Risk policy",
    voucher: "Job coach voucher",
    candidate: "Candidate",
    situation: "Candidate's situation",
    role: "Job",
    startDate: "Start date",
    contract: "Contract",
    contractValue: "{contractType}, {hours} hours per week, {months} months",
    firstSickDay: "First day of sickness",
    expectedReturn: "Expected return",
    notKnownYet: "Not known yet",
    situations: {
      ww: "Unemployment benefit (WW)",
      bijstand: "Social assistance (Participation Act)",
      statushouder: "Status holder",
      anders: "Other",
    },
  },
  names: {
    adviceCard: "Opportunity Map advice",
    adviceTitle: "Request Opportunity Map advice",
    polisCard: "Less-Risk policy and job coach voucher",
    polisTitle: "Less-Risk policy: does it fit?",
    polisHeading: "Less-Risk policy and job coach voucher: does it fit your candidate?",
    placementTitle: "Less-Risk policy: the placement",
    newRequestTitle: "Request something",
    wsp: "Employer Service Point",
  },
};

export type RequestsTexts = typeof nl;
export const requestsMessages = { nl, en };
