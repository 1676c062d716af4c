/**
 * Toekomstscan version 1 in English (the Future Scan). A translation of the
 * texts of `v1.ts` only, keyed by its ids; ids, points, weights and advice
 * rules are those of the Dutch definition.
 *
 * Writing rules: plain, short, friendly British English with "you"; jargon is
 * explained where the Dutch explains it, in brackets or after a colon.
 * Terms: Toekomstscan → Future Scan, Kansenkaart → Opportunity Map,
 * jobcoach → job coach, Less-Risk-polis → Less-Risk policy,
 * functiecreatie → job creation, jobcarving → job carving; Open Hiring, BBL,
 * SROI and PSO stay.
 */
import type { DefinitionTranslation } from "./translation";

/** Same answer scale for the questions about forms of inclusive work (pillar 5). */
const openToForm = {
  "past-niet": "No, that does not suit us",
  misschien: "Maybe, but we don't know enough about it yet",
  "willen-proberen": "Yes, we want to try that",
  "doen-we-al": "Yes, we already do that",
};

export const questionnaireV1En: DefinitionTranslation = {
  version: 1,
  title: "Future Scan",
  intro:
    "This scan shows you how ready your company is for the future. " +
    "The questions are about your staff and your work. " +
    "It takes about 10 minutes. " +
    "Don't know an answer? Then choose 'I don't know'. " +
    "Afterwards you get a report with tips. " +
    "We would be glad to talk about the report with you.",
  unknownOption: "I don't know",
  pillars: {
    "strategie-bedrijf": {
      title: "Strategy & Business",
      intro: "This part is about the plans of your company. And about the staff you need for them.",
    },
    "flexibiliteit-wendbaarheid": {
      title: "Flexibility & Agility",
      intro:
        "This part is about how easily your company can change. " +
        "For example when new kinds of work come in or when someone is off work.",
    },
    "op-en-afschalen": {
      title: "Flexibility in scaling up and down",
      intro: "This part is about busy and quiet times. Can you easily bring in more or fewer people?",
    },
    "employability-inzetbaarheid": {
      title: "Employability and Sustainable employability",
      intro:
        "This part is about your employees in the long term. " +
        "Will they still be able to work in good health and with pleasure in ten years?",
    },
    "inclusief-werkgeverschap": {
      title: "Inclusive employment",
      intro:
        "This part is about work for people who find it hard to get a job. " +
        "For example because of a disability, an illness or because they are still learning the language.",
    },
  },
  questions: {
    // Strategy & Business
    "sb-koers": {
      text: "Do you know where your company wants to be in three years?",
      why: "With a clear goal it is easier to choose which people you need.",
      options: {
        "geen-plan": "No, we have no plan for that",
        "in-hoofd": "I have it in my head, but not on paper",
        "op-papier": "Yes, it is on paper",
        gebruikt: "Yes, it is on paper and we use it",
      },
    },
    "sb-personeel-nodig": {
      text: "Do you know which staff you will need in three years?",
      why: "Then you can find or train people in time.",
      options: {
        "alleen-nu": "No, we mainly look at now",
        ongeveer: "Roughly, but we have not worked it out",
        "belangrijkste-functies": "Yes, for the most important jobs",
        "alle-functies": "Yes, for all jobs, and we have a plan",
      },
    },
    "sb-techniek": {
      text: "Do you know how new technology will change the work in your company?",
      why: "Think of new machines, computers or robots. They often change what your people need to be able to do.",
      options: {
        "niet-nagedacht": "No, we have not thought about that yet",
        "zien-wel": "A little, we will see what comes",
        "weten-het": "Yes, we know what will change",
        voorbereid: "Yes, and we are already preparing our staff for it",
      },
    },
    "sb-pensioen": {
      text: "Do you know who will retire in the next five years?",
      why: "This way you make sure their knowledge and experience do not disappear.",
      options: {
        "niet-bijgehouden": "No, we do not keep track of that",
        ongeveer: "Roughly",
        precies: "Yes, we know exactly",
        "opvolging-geregeld": "Yes, and we arrange in time who takes over the work",
      },
    },
    "sb-vacatures": {
      text: "Do you manage to fill vacancies in time?",
      why: "Is that hard? Then a different way of recruiting can help.",
      options: {
        "blijven-open": "No, vacancies stay open for a long time",
        "veel-moeite": "Sometimes, but it takes a lot of effort",
        meestal: "Usually, yes",
        snel: "Yes, almost always quickly",
      },
    },
    "sb-waarom-hier-werken": {
      text: "Do you know why people like working for you?",
      why: "You can use that when you look for new people.",
      options: {
        "nooit-gevraagd": "No, we have never asked",
        "denken-het": "We think we know",
        gevraagd: "Yes, we have asked our staff",
        "vertellen-het": "Yes, and we also say it when we look for people",
      },
    },
    "sb-hulp-van-buiten": {
      text: "Do you ask for outside help with questions about staff?",
      why: "There is a lot of help for employers, often free. It helps to know where to find it.",
      options: {
        "alles-zelf": "No, we do everything ourselves",
        "bij-problemen": "Only when there is a problem",
        "vaste-contacten": "Yes, we have regular contacts, such as an employers' association or the municipality",
      },
    },
    // Flexibility & Agility
    "fw-meerdere-taken": {
      text: "Can your employees do more than one task?",
      why: "Then someone else can take over the work if a person is off.",
      options: {
        "eigen-werk": "No, everyone only does their own work",
        "een-paar": "A few people can do more tasks",
        "de-meeste": "Most people can do more tasks",
        bewust: "Yes, and we deliberately teach people extra tasks",
      },
    },
    "fw-uitval": {
      text: "What happens if an important employee is off work for a month?",
      why: "This shows you whether your company depends on one person.",
      options: {
        "werk-ligt-stil": "Then part of the work stops",
        "veel-moeite": "We solve it, but with a lot of effort",
        "collega-neemt-over": "A colleague takes over the work",
        "vervanger-geregeld": "That is arranged: there is a stand-in for every task",
      },
    },
    "fw-veranderingen": {
      text: "How do your staff deal with changes in the work?",
      why: "Change is easier when your people take part.",
      options: {
        "liever-niet": "Many people would rather keep everything as it is",
        "duurt-lang": "It takes a long time before everyone joins in",
        "doen-snel-mee": "Most people join in quickly",
        "eigen-ideeen": "People come up with their own ideas for changes",
      },
    },
    "fw-nieuw-werk-leren": {
      text: "When new work comes in, how quickly do your people learn it?",
      why: "Work keeps changing. Your staff then need to be able to learn new things.",
      options: {
        inhuren: "That does not work, we would rather hire someone in",
        langzaam: "That works, but slowly",
        "meestal-goed": "That usually goes well",
        "vaste-manier": "Quickly, we have a set way to learn new work",
      },
    },
    "fw-werktijden": {
      text: "Can employees adjust their working hours to their life at home?",
      why: "Room in working hours helps you keep good people.",
      options: {
        vast: "No, the hours are fixed",
        uitzondering: "Only in exceptional cases",
        "in-overleg": "Yes, a lot is possible if we talk about it",
        "duidelijke-afspraken": "Yes, and we have clear agreements about it",
      },
    },
    "fw-zelf-beslissen": {
      text: "Can employees decide for themselves when something unexpected happens?",
      why: "If not everything has to go through you, your company can react faster.",
      options: {
        "via-leiding": "No, everything goes through me or the managers",
        "kleine-dingen": "Only about small things",
        "binnen-afspraken": "Yes, within clear agreements",
      },
    },
    "fw-ideeen": {
      text: "Do you do something with the ideas of your employees?",
      why: "Employees often see first what could be better.",
      options: {
        "geen-tijd": "No, there is no time for that",
        soms: "Sometimes, if someone speaks up",
        "vragen-erom": "Yes, we ask for them regularly",
        "laten-zien": "Yes, and we show what we do with them",
      },
    },
    // Flexibility in scaling up and down
    "oa-drukte-zien": {
      text: "Do you know in advance when it will be busy or quiet?",
      why: "If you see a busy time coming, you can arrange people in time.",
      options: {
        "overvalt-ons": "No, it usually takes us by surprise",
        soms: "Sometimes we see it coming",
        bekend: "Yes, we know our busy times",
        plannen: "Yes, and we plan our staff around them",
      },
    },
    "oa-extra-mensen": {
      text: "Can you quickly bring in extra people when it is busy?",
      why: "Without extra hands your permanent staff get overloaded.",
      options: {
        "harder-werken": "No, then we just work harder",
        "elke-keer-zoeken": "Sometimes, but we have to search every time",
        uitzendbureau: "Yes, through an employment agency or on-call workers",
        "vaste-groep": "Yes, we have a regular group of people we can call",
      },
    },
    "oa-vast-en-tijdelijk": {
      text: "Have you made a deliberate choice about how many permanent and temporary contracts you have?",
      why: "Permanent staff give stability. Temporary contracts give room. It is about the right mix.",
      options: {
        "zo-gegroeid": "No, it just grew that way",
        "wel-eens": "We think about it now and then",
        "bewuste-keuze": "Yes, we have made a clear choice",
      },
    },
    "oa-rustige-tijden": {
      text: "What do you do when it is quiet?",
      why: "You can make good use of quiet times, for example to learn.",
      options: {
        "mensen-weg": "Then people have to leave",
        "weinig-te-doen": "Then people have little to do",
        "ander-werk": "Then people do other work, such as maintenance",
        leren: "Then we use the time to learn or to improve things",
      },
    },
    "oa-overwerk": {
      text: "How often do your staff have to work overtime to get the work done?",
      why: "Nobody can keep up a lot of overtime for long.",
      options: {
        "elke-week": "Almost every week",
        "drukke-tijden": "Often in busy times",
        "af-en-toe": "Now and then",
        "bijna-nooit": "Almost never",
      },
    },
    "oa-uitleg-nieuwe-mensen": {
      text: "How do you explain the work to new or temporary people?",
      why: "Not everyone learns from explanation alone. Showing how and pictures help many people.",
      options: {
        "in-woorden": "We explain it once in words",
        voordoen: "We show how it is done",
        beelden: "We show how and use photos or a step-by-step plan",
        "vragen-of-duidelijk": "We show how, use pictures and ask if everything is clear",
      },
    },
    "oa-personeel-delen": {
      text: "Do you share staff with other companies?",
      why: "When it is quiet for you, another company may be busy. This way you keep good people.",
      options: {
        "nooit-aan-gedacht": "No, we have never thought of it",
        "over-gepraat": "We have talked about it now and then",
        soms: "Yes, we do that sometimes",
        "vaste-afspraken": "Yes, we have fixed agreements about it",
      },
    },
    // Employability and Sustainable employability
    "ei-jaargesprek": {
      text: "Do you talk with every employee each year about their work and future?",
      why: "In such a talk you hear in time what someone wants and needs.",
      options: {
        "alleen-bij-problemen": "No, only when something is wrong",
        sommigen: "With some employees",
        iedereen: "Yes, with everyone",
        "afspraken-nakomen": "Yes, with everyone, and we make agreements that we keep",
      },
    },
    "ei-cursussen": {
      text: "Do your employees take courses or training?",
      why: "People who keep learning can still keep up later on.",
      options: {
        "bijna-nooit": "No, almost never",
        verplicht: "Only when it is required",
        "op-verzoek": "Yes, when someone asks for it",
        "plan-en-geld": "Yes, we have a plan and money for training",
      },
    },
    "ei-zwaar-werk": {
      text: "Do you keep an eye on heavy work and stress among your employees?",
      why: "This way you prevent people from getting ill or dropping out.",
      options: {
        "eigen-zaak": "No, that is their own business",
        "pas-bij-ziekte": "Only once someone is ill",
        "soms-aanpassen": "Yes, we talk about it and sometimes change something",
        "op-tijd": "Yes, we keep an eye on it all the time and step in early",
      },
    },
    "ei-oudere-medewerkers": {
      text: "Can older employees adjust their work when it becomes too heavy?",
      why: "This way you keep experienced people at work for longer.",
      options: {
        "hetzelfde-werk": "No, everyone does the same work",
        "als-het-moet": "Sometimes, when there really is no other way",
        "in-overleg": "Yes, together we adjust tasks or hours",
      },
    },
    "ei-doorgroeien": {
      text: "Can employees grow in their job with you or move to other work?",
      why: "People who can grow often stay longer.",
      options: {
        "geen-ruimte": "No, we have no room for that",
        toevallig: "Sometimes, if a place happens to be free",
        "samen-zoeken": "Yes, we look for it together",
        bewust: "Yes, we actively help people to grow",
      },
    },
    "ei-talenten": {
      text: "Do you know what your employees are good at, also outside their own task?",
      why: "This way you see chances you may be missing now.",
      options: {
        "niet-echt": "No, not really",
        "een-paar": "For a few people",
        "de-meeste": "For most people",
        inzetten: "Yes, and we also make use of those talents",
      },
    },
    "ei-vertrekreden": {
      text: "Do you ask employees who leave why they are leaving?",
      why: "Their answer shows what you can improve.",
      options: {
        nee: "No, we do not ask that",
        soms: "Sometimes, when it comes up",
        altijd: "Yes, always, and we do something with the answers",
      },
    },
    // Inclusive employment
    "iw-motivatie": {
      text: "Do you want to give a chance to people who find it hard to get a job?",
      why: "This tells us which approach suits you.",
      options: {
        "niet-mee-bezig": "No, we are not working on that",
        "geen-haast": "Maybe, but there is no hurry",
        "staan-open": "Yes, we are open to it",
        "hoort-bij-ons": "Yes, it is really part of our company",
      },
    },
    "iw-team": {
      text: "Is your team open to a colleague who needs more help?",
      why: "A new colleague only succeeds if the team helps.",
      options: {
        "geen-geduld": "No, there is no time or patience for that",
        "deel-van-team": "Part of the team is",
        "de-meeste": "Yes, most colleagues are",
        "goede-voorbeeld": "Yes, and the managers set a good example themselves",
      },
    },
    "iw-begeleiding": {
      text: "Does a new colleague get a regular colleague to help them in the first weeks?",
      why: "A buddy (a regular colleague who helps) makes the start much easier.",
      options: {
        "meteen-aan-de-slag": "No, people just start working straight away",
        "als-er-tijd-is": "Someone does help, when there is time",
        "vaste-collega": "Yes, a regular colleague who gets time for it",
        "getrainde-collega": "Yes, a regular colleague who is trained for it",
      },
    },
    "iw-nazorg": {
      text: "After the first months, do you keep talking with a new colleague about how things are going?",
      why: "Problems often only show after a few months. A job coach (a support worker from outside) can help then.",
      options: {
        stopt: "No, that stops after the induction",
        "bij-problemen": "Only when there are problems",
        "af-en-toe": "Yes, now and then",
        "vaste-momenten": "Yes, at set times, with a job coach if needed",
      },
    },
    "iw-taken": {
      text: "Are there simple tasks that you could combine into a new job?",
      why: "This is called job carving (making a job out of separate tasks). Your skilled staff then have more time left.",
      options: {
        "zie-ik-niet": "No, I don't see any",
        "nooit-gekeken": "Maybe, we have never looked into it",
        "zijn-er": "Yes, there are such tasks",
        "al-gedaan": "Yes, we have done that before",
      },
    },
    "iw-open-hiring": {
      text: "Would you hire people without a CV or a job interview?",
      why: "This is called Open Hiring: anyone who wants to do the work can start.",
      options: openToForm,
    },
    "iw-leren-en-werken": {
      text: "Would you let someone learn the trade with you, with a training course alongside?",
      why: "You can do that with BBL, for example (working and going to school at the same time, aiming for a diploma).",
      options: openToForm,
    },
    "iw-proefplaatsing": {
      text: "Can someone first work with you on trial for a while?",
      why: "In a trial placement (working on trial while keeping their benefit) you do not pay wages yet.",
      options: openToForm,
    },
    "iw-sroi": {
      text: "Would you use SROI to win government contracts?",
      why: "With SROI (an agreement in government contracts) you give people without work a chance.",
      options: openToForm,
    },
    "iw-zorgen": {
      text: "Do you worry about illness, support, paperwork or risks with an employee who needs extra help?",
      why: "Many employers have doubts about this. For most worries there is help or a scheme.",
      options: {
        "houdt-tegen": "Yes, so much that we don't do it",
        twijfelen: "Yes, it makes us hesitate",
        "willen-proberen": "A little, but we want to try",
        "weten-hulp": "No, we know where we can get help",
      },
    },
  },
  opportunities: {
    functiecreatie: {
      title: "Job creation and job carving",
      description:
        "With job creation (making a new job that fits what someone can do) you look at which work in your company is left undone. " +
        "With job carving (making a job out of separate, simple tasks) you turn that into a new job.",
      reasons: {
        "iw-taken:zijn-er+al-gedaan":
          "You see simple tasks that you can combine into a new job. So you can get started right away.",
        "iw-taken:nooit-gekeken":
          "You have not yet looked at simple tasks in your company. There are often more than you think.",
        "iw-taken:zie-ik-niet":
          "You do not see any simple tasks to combine at the moment. That makes creating a new job harder.",
        "sb-vacatures:blijven-open+veel-moeite":
          "Your vacancies are hard to fill. If someone else does the simple tasks, your skilled staff have more time left.",
        "ei-oudere-medewerkers:in-overleg":
          "You already adjust tasks when the work gets too heavy for someone. That helps when you create a new job.",
        "iw-motivatie:staan-open+hoort-bij-ons":
          "You want to give people who find it hard to get a job a chance. A job made to measure makes that easier.",
      },
      nextSteps: {
        kansrijk: [
          "Write down which simple tasks your skilled staff do now.",
          "Create a new job from those tasks together with your contact person.",
          "Ask for a voucher (a credit for paid help) for advice made to measure for your company.",
        ],
        mogelijk: [
          "For one week, look at which simple tasks are left undone.",
          "Discuss with your contact person whether there is a new job in them.",
        ],
        "nog niet": [
          "Ask your contact person for examples from other companies.",
          "Look at the tasks again when your work changes.",
        ],
      },
    },
    begeleiding: {
      title: "Support at work",
      description:
        "A new employee gets help from a job coach (a support worker from outside) or a buddy (a regular colleague who helps). " +
        "A Harrie training (a training for colleagues who give support) teaches colleagues how to do that.",
      reasons: {
        "iw-begeleiding:vaste-collega+getrainde-collega":
          "A new colleague gets a regular colleague who helps. You can build on that.",
        "iw-team:de-meeste+goede-voorbeeld":
          "Your team is open to a colleague who needs more help. That is needed for good support.",
        "iw-team:geen-geduld":
          "Your team has little time or patience for a colleague who needs more help right now. That makes support at work difficult for now.",
        "iw-nazorg:af-en-toe+vaste-momenten":
          "You keep talking with a new colleague after the first months too. That way you see problems in time.",
        "oa-uitleg-nieuwe-mensen:beelden+vragen-of-duidelijk":
          "You explain the work by showing how and with pictures. That is how many new employees learn best.",
        "iw-zorgen:houdt-tegen+twijfelen":
          "You worry about illness or support. " +
          "A job coach and the Less-Risk policy (a scheme that pays the costs of illness) take away part of those worries.",
      },
      nextSteps: {
        kansrijk: [
          "Choose a colleague who wants to help a new employee.",
          "Ask about a Harrie training for that colleague.",
          "Ask for a voucher (a credit for paid help) for a job coach if needed.",
        ],
        mogelijk: [
          "Discuss with your team who wants to help a new colleague.",
          "Ask your contact person how a job coach can help you.",
        ],
        "nog niet": [
          "First talk with your team about a colleague who needs more help.",
          "Ask your contact person about the experiences of other employers.",
        ],
      },
    },
    "open-hiring": {
      title: "Open Hiring",
      description:
        "With Open Hiring (hiring without a CV or job interview) anyone who wants to do the work can simply start. " +
        "Motivation then counts for more than a diploma or CV.",
      reasons: {
        "iw-open-hiring:willen-proberen+doen-we-al": "You want to hire people without a CV or job interview.",
        "iw-open-hiring:misschien": "You are open to hiring without a CV, but you don't know much about it yet.",
        "iw-open-hiring:past-niet": "You say that hiring without a CV or job interview does not suit you.",
        "sb-vacatures:blijven-open+veel-moeite":
          "Your vacancies are hard to fill. With Open Hiring you often get many more candidates.",
        "oa-uitleg-nieuwe-mensen:beelden+vragen-of-duidelijk":
          "You explain the work well to new people. That matters when you hire someone without an interview first.",
        "iw-zorgen:houdt-tegen":
          "Your worries about illness or risks are holding you back now. First talk about which help there is.",
      },
      nextSteps: {
        kansrijk: [
          "Choose a job that someone can learn quickly.",
          "Put in the vacancy that you do not ask for a CV.",
          "Arrange a regular colleague who helps new people in the first weeks.",
        ],
        mogelijk: [
          "Start small: stop asking for a CV for one vacancy.",
          "Ask your contact person about companies that already do this.",
        ],
        "nog niet": [
          "Ask your contact person how other employers hire people without a CV.",
          "Ask which help there is for illness or risks.",
        ],
      },
    },
    sroi: {
      title: "SROI and PSO",
      description:
        "With SROI (an agreement in government contracts) you give people without work a chance. " +
        "With PSO (a quality mark for companies that do this well) you show what you already do.",
      reasons: {
        "iw-sroi:willen-proberen+doen-we-al": "You want to use SROI to win government contracts.",
        "iw-sroi:misschien": "You don't know much about SROI yet, but you don't rule it out.",
        "iw-sroi:past-niet": "You say that SROI does not suit your company.",
        "iw-motivatie:hoort-bij-ons":
          "Giving work to people who find it hard to get a job is really part of your company. PSO lets you show that.",
        "sb-hulp-van-buiten:vaste-contacten":
          "You have regular contacts, such as the municipality. That helps with government contracts.",
        "sb-koers:op-papier+gebruikt":
          "Your plans for the coming years are on paper. You can give SROI a place in them.",
      },
      nextSteps: {
        kansrijk: [
          "Find out which government contracts suit your company.",
          "Ask your contact person which candidates suit those contracts.",
          "Ask for a voucher (a credit for paid help) for advice made to measure about SROI.",
        ],
        mogelijk: [
          "Ask your contact person how SROI works in your region.",
          "See whether a PSO quality mark is something for you.",
        ],
        "nog niet": [
          "Do you mainly work for companies and not for the government? Then SROI matters less to you.",
          "Look again when you want to take on government contracts.",
        ],
      },
    },
    leerwerktraject: {
      title: "Work-and-learn programme and work-based learning",
      description:
        "In a work-and-learn programme (working while learning a trade) someone learns the trade with you. " +
        "This can be done with BBL (working and going to school at the same time) or with work-based learning (learning on the shop floor).",
      reasons: {
        "iw-leren-en-werken:willen-proberen+doen-we-al":
          "You want to let someone learn the trade with you, with a training course alongside.",
        "iw-leren-en-werken:misschien": "You are thinking about a trainee, but you don't know much about it yet.",
        "iw-leren-en-werken:past-niet": "You say that a trainee alongside the work does not suit you right now.",
        "ei-cursussen:op-verzoek+plan-en-geld":
          "Your employees already take courses or training. So learning is already part of your company.",
        "sb-pensioen:precies+opvolging-geregeld":
          "You know who will retire in the coming years. A trainee can take over that work later.",
        "iw-begeleiding:vaste-collega+getrainde-collega":
          "A regular colleague helps new people get started. Such a person can also support a trainee.",
      },
      nextSteps: {
        kansrijk: [
          "Choose a trade that you want to train people in yourself.",
          "Ask your contact person about a school and a candidate.",
          "Ask about a practice certificate (proof from the school that someone can do certain work).",
        ],
        mogelijk: [
          "Ask your contact person how BBL works in your trade.",
          "See who in your company wants to support a trainee.",
        ],
        "nog niet": [
          "Look at which skilled staff you will need in three years.",
          "Do the scan again when you want to train people yourself.",
        ],
      },
    },
    proefplaatsing: {
      title: "Trial placement",
      description:
        "In a trial placement (working on trial while keeping their benefit) someone first works with you for a while. " +
        "You do not pay wages yet and you see what someone can do.",
      reasons: {
        "iw-proefplaatsing:willen-proberen+doen-we-al": "You want to let someone work with you on trial for a while first.",
        "iw-proefplaatsing:misschien": "You may be open to working on trial.",
        "iw-proefplaatsing:past-niet": "You say that working on trial does not suit you.",
        "iw-zorgen:houdt-tegen+twijfelen":
          "Worries about illness or risks make you hesitate. Letting someone work on trial first makes that step smaller.",
        "iw-team:de-meeste+goede-voorbeeld":
          "Your team is open to a colleague who needs more help. That helps during the trial period.",
        "iw-motivatie:niet-mee-bezig": "You are not working on jobs for people who find it hard to get a job right now.",
      },
      nextSteps: {
        kansrijk: [
          "Choose work in which someone can join in on trial.",
          "Ask your contact person for a candidate for a trial placement.",
          "Agree beforehand when you will look back together.",
        ],
        mogelijk: [
          "Ask your contact person how a trial placement works.",
          "Discuss with your team who will help the new colleague.",
        ],
        "nog niet": [
          "Ask your contact person what other employers have done with working on trial.",
          "Ask which help there is for your worries.",
        ],
      },
    },
    "inclusief-herontwerp": {
      title: "Inclusive redesign",
      description:
        "In a redesign (dividing up the work in a new way) you look at all the work in your company. " +
        "You divide it so that people who find it hard to get work can take part too.",
      reasons: {
        "iw-motivatie:hoort-bij-ons":
          "Giving work to people who find it hard to get a job is really part of your company. That is needed for such a big step.",
        "iw-motivatie:niet-mee-bezig+geen-haast":
          "Work for people who find it hard to get a job is not urgent for you right now. " +
          "Dividing up all the work in a new way is then too big a step.",
        "sb-koers:op-papier+gebruikt":
          "Your plans for the coming years are on paper. You can add the new division of the work to them.",
        "sb-techniek:weten-het+voorbereid":
          "You know how new technology changes your work. That is a good moment to divide up the work in a new way.",
        "fw-veranderingen:doen-snel-mee+eigen-ideeen":
          "Your staff join in quickly with changes. That helps when you divide up the work differently.",
        "iw-taken:al-gedaan": "You have made a job out of separate tasks before. You can build on that.",
      },
      nextSteps: {
        kansrijk: [
          "Make an overview of all the work and who does it now.",
          "Ask for a voucher (a credit for paid help) for advice made to measure.",
          "Choose together with your team where you start.",
        ],
        mogelijk: [
          "Start with one department or one kind of work.",
          "Discuss with your contact person what advice made to measure can bring you.",
        ],
        "nog niet": [
          "Start with a smaller step, such as making a job out of separate tasks.",
          "Look again when your plans for the coming years are ready.",
        ],
      },
    },
    scholing: {
      title: "Training for employers",
      description:
        "In a short training you learn how to give people who find it hard to get work a good place. " +
        "You learn together with other employers from your region.",
      reasons: {
        "iw-motivatie:staan-open+hoort-bij-ons":
          "You want to give people who find it hard to get a job a chance. In the training you learn how to do that well.",
        "iw-motivatie:niet-mee-bezig":
          "You are not working on jobs for people who find it hard to get a job right now. A training then comes too early.",
        "iw-zorgen:houdt-tegen+twijfelen":
          "You worry about illness, support or paperwork. In the training you hear which rules and help there are.",
        "iw-begeleiding:meteen-aan-de-slag+als-er-tijd-is":
          "New colleagues get no regular help now. In the training you learn how colleagues can give support.",
        "ei-cursussen:op-verzoek+plan-en-geld": "In your company, learning is normal. A training for yourself fits in with that.",
        "sb-hulp-van-buiten:bij-problemen+vaste-contacten":
          "You sometimes ask for outside help. Then a training together with other employers suits you well.",
      },
      nextSteps: {
        kansrijk: [
          "Ask your contact person when the next training is.",
          "Choose the parts that fit your questions.",
          "Take a manager or colleague with you to the training.",
        ],
        mogelijk: [
          "Ask your contact person what the training costs and what it brings you.",
          "First talk with an employer who has already done the training.",
        ],
        "nog niet": [
          "First look at the other opportunities in this report.",
          "Ask for the training when you want to hire people who need extra help.",
        ],
      },
    },
  },
};
