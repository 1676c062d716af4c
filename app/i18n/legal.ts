/**
 * The privacy statement (/privacy) and the accessibility statement
 * (/toegankelijkheid). `app/content/privacy.ts` and
 * `app/content/accessibility.ts` turn them into the page's structure; the
 * order of the keys is the reading order. Each intro explains the jargon for
 * its whole statement.
 */
import type { Translation } from "./messages";

const privacyNl = {
  title: "Privacyverklaring",
  intro:
    "Het Werkgeversportaal is van het werkgeversservicepunt (WSP: het loket van gemeenten en UWV voor werkgevers). Er is één WSP per arbeidsmarktregio (een van de 35 regio's voor werk in Nederland). Op deze pagina leest u welke gegevens wij bewaren, waarom, wie ze ziet en hoe lang. Ook leest u wat uw rechten zijn. Een voucher (een bon voor geld of hulp van het WSP) vraagt u ook via dit portaal aan.",
  account: "Heeft u een account? Ga dan naar",
  accountLink: "Mijn gegevens en privacy",
  sections: {
    wie: {
      heading: "Wie is verantwoordelijk?",
      paragraphs: {
        region: "Het WSP van uw regio is verantwoordelijk voor uw gegevens. Dat is het WSP van de gemeente waar uw bedrijf zit.",
        processor:
          "Het WSP heeft een beheerder die het portaal voor hen laat draaien. Die beheerder mag uw gegevens alleen gebruiken zoals het WSP dat zegt. Daar zijn afspraken over op papier.",
      },
    },
    welke: {
      heading: "Welke gegevens bewaren wij?",
      paragraphs: { only: "Wij bewaren alleen wat nodig is:" },
      items: {
        company: "gegevens van uw bedrijf: naam, KvK-nummer, branche, aantal medewerkers en gemeente;",
        contact: "uw naam, e-mailadres en telefoonnummer als contactpersoon;",
        scan: "uw antwoorden in de Toekomstscan en uw uitslag;",
        requests:
          "uw aanvragen, met de gegevens van een kandidaat. Dat zijn alleen voorletters, de functie, de startdatum en de uren. Nooit een BSN of gegevens over ziekte;",
        notes: "wat uw accountmanager over het contact met u opschrijft;",
        signIn: "wanneer u inlogt en welke e-mails wij u sturen.",
      },
    },
    "wie-ziet": {
      heading: "Wie ziet uw gegevens?",
      paragraphs: {
        yours: "Uw uitslag is van u. Het WSP ziet uw uitslag alleen als u die deelt.",
        organisation:
          "Deed u de scan via een werkgeversorganisatie? Dan ziet die organisatie uw uitslag alleen als u dat goed vindt.",
        averages:
          "Zonder uw toestemming ziet een organisatie alleen gemiddelden. Dat doen wij pas bij {minGroup} bedrijven of meer. Zo is niets naar u terug te leiden.",
        requests: "Vraagt u iets aan, zoals een voucher? Dan ziet het WSP van uw regio die aanvraag. Anders kan het WSP u niet helpen.",
        neverSold: "Wij verkopen uw gegevens nooit. Wij geven ze niet aan anderen, tenzij de wet dat verplicht.",
      },
    },
    rechten: {
      heading: "Uw rechten",
      paragraphs: { self: "U kunt alles zelf regelen op de pagina Mijn gegevens en privacy:" },
      items: {
        view: "Inzien: download al uw gegevens in één bestand.",
        withdraw: "Toestemming intrekken: daarna ziet het WSP of de organisatie uw uitslag meteen niet meer.",
        delete: "Verwijderen: verwijder uw account. Wij wissen dan uw gegevens.",
        correct: "Verbeteren: klopt er iets niet? Vraag het aan uw accountmanager.",
      },
    },
    verwijderen: {
      heading: "Wat blijft er over als u uw account verwijdert?",
      paragraphs: {
        budget:
          "Kreeg u geld uit een budget van het WSP? Dan bewaren wij het bedrag, want het budget moet kloppen. Uw naam en de andere gegevens gaan weg.",
        scores: "Uw scores tellen mee in de gemiddelden van alle bedrijven. Daarin staat geen naam, dus die blijven.",
        optOut:
          "Meldde u zich af voor uitnodigingen? Dan bewaren wij uw e-mailadres op de afmeldlijst. Zo krijgt u nooit meer een uitnodiging.",
      },
    },
    contact: {
      heading: "Vragen of een klacht?",
      paragraphs: {
        question:
          "Heeft u een vraag over uw gegevens? Neem contact op met uw accountmanager of met het WSP van uw regio. De gegevens staan op uw pagina Mijn overzicht.",
        complaint:
          "Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens. Dat is de toezichthouder voor privacy in Nederland. Kijk op autoriteitpersoonsgegevens.nl.",
      },
    },
  },
  retentionHeading: "Waarom mag dat, en hoe lang bewaren wij het?",
  tableLabel: "Tabel: wat wij doen, waarom en hoe lang",
  processingCaption: "Wat wij met uw gegevens doen, waarom dat mag en hoe lang wij ze bewaren",
  columns: { what: "Wat", why: "Waarom mag dat?", howLong: "Hoe lang?" },
  processing: {
    scan: {
      what: "De Toekomstscan en uw uitslag",
      why: "Het WSP helpt werkgevers met personeel. Dat is een taak van de overheid.",
      howLong:
        "Een scan die u niet afmaakt, wissen wij {scanDays} na de laatste keer opslaan. Een uitslag bewaren wij tot u uw account verwijdert.",
    },
    shareWsp: {
      what: "Uw uitslag delen met het WSP",
      why: "Alleen met uw toestemming. U kunt die altijd intrekken.",
      howLong: "Tot u uw toestemming intrekt of uw account verwijdert.",
    },
    shareOrganisation: {
      what: "Uw uitslag delen met een werkgeversorganisatie",
      why: "Alleen met uw toestemming. U kunt die altijd intrekken.",
      howLong: "Tot u uw toestemming intrekt of uw account verwijdert.",
    },
    requests: {
      what: "Aanvragen, zoals een voucher of een gesprek",
      why: "Het WSP heeft ze nodig om uw aanvraag te behandelen. Dat is een taak van de overheid.",
      howLong: "{requestDays} na het afsluiten maken wij een aanvraag anoniem. Alleen het bedrag blijft.",
    },
    notes: {
      what: "Notities van uw accountmanager",
      why: "Zo weet het WSP wat er met u is afgesproken. Dat is een taak van de overheid.",
      howLong: "Tot u uw account verwijdert.",
    },
    invitations: {
      what: "Uitnodigingen van een werkgeversorganisatie",
      why: "De organisatie mailt haar eigen leden. Zij bevestigt dat dit mag.",
      howLong: "Uw afmelding bewaren wij altijd. Zo mailen wij u nooit meer.",
    },
    security: {
      what: "Inloggen en beveiliging",
      why: "De wet verplicht ons uw gegevens goed te beveiligen.",
      howLong: "Een inloglink werkt 30 minuten. Tellers tegen misbruik wissen wij na 1 dag.",
    },
    accessLog: {
      what: "Logboek: wie heeft wat bekeken",
      why: "Zo kunnen wij controleren dat niemand zonder reden uw gegevens bekijkt.",
      howLong: "Na het verwijderen van uw account staat uw naam er niet meer in.",
    },
  },
  periods: { day: "1 dag", days: "{count} dagen", year: "1 jaar", years: "{count} jaar" },
};

const privacyEn: Translation<typeof privacyNl> = {
  title: "Privacy statement",
  intro:
    "The Employer Portal belongs to the Employer Service Point (Werkgeversservicepunt, WSP: the desk of municipalities and UWV for employers). There is one WSP per labour market region (one of the 35 regions for work in the Netherlands). On this page you read which data we keep, why, who sees it and for how long. You also read what your rights are. You also ask for a voucher (a coupon for money or help from the WSP) through this portal.",
  account: "Do you have an account? Then go to",
  accountLink: "My data and privacy",
  sections: {
    wie: {
      heading: "Who is responsible?",
      paragraphs: {
        region: "The WSP of your region is responsible for your data. That is the WSP of the municipality where your company is.",
        processor:
          "The WSP has an operator who runs the portal for them. That operator may only use your data as the WSP says. There are written agreements about this.",
      },
    },
    welke: {
      heading: "Which data do we keep?",
      paragraphs: { only: "We only keep what is needed:" },
      items: {
        company: "details of your company: name, Chamber of Commerce (KvK) number, sector, number of employees and municipality;",
        contact: "your name, e-mail address and phone number as the contact person;",
        scan: "your answers in the Future Scan and your results;",
        requests:
          "your requests, with the details of a candidate. Those are only initials, the job, the start date and the hours. Never a citizen service number (BSN) or data about illness;",
        notes: "what your account manager writes down about the contact with you;",
        signIn: "when you sign in and which e-mails we send you.",
      },
    },
    "wie-ziet": {
      heading: "Who sees your data?",
      paragraphs: {
        yours: "Your results are yours. The WSP only sees your results if you share them.",
        organisation:
          "Did you take the scan through an employer organisation? Then that organisation only sees your results if you agree.",
        averages:
          "Without your consent, an organisation only sees averages. We only show them for {minGroup} companies or more. That way nothing can be traced back to you.",
        requests: "Do you ask for something, such as a voucher? Then the WSP of your region sees that request. Otherwise the WSP cannot help you.",
        neverSold: "We never sell your data. We do not give it to others, unless the law requires it.",
      },
    },
    rechten: {
      heading: "Your rights",
      paragraphs: { self: "You can arrange everything yourself on the page My data and privacy:" },
      items: {
        view: "View: download all your data in one file.",
        withdraw: "Withdraw consent: after that, the WSP or the organisation no longer sees your results, straight away.",
        delete: "Delete: delete your account. We then erase your data.",
        correct: "Correct: is something wrong? Ask your account manager.",
      },
    },
    verwijderen: {
      heading: "What is left when you delete your account?",
      paragraphs: {
        budget:
          "Did you get money from a budget of the WSP? Then we keep the amount, because the budget must add up. Your name and the other details are removed.",
        scores: "Your scores count in the averages of all companies. They contain no name, so they stay.",
        optOut:
          "Did you unsubscribe from invitations? Then we keep your e-mail address on the unsubscribe list. That way you never get an invitation again.",
      },
    },
    contact: {
      heading: "Questions or a complaint?",
      paragraphs: {
        question:
          "Do you have a question about your data? Contact your account manager or the WSP of your region. Their details are on your My overview page.",
        complaint:
          "Do you disagree with how we handle your data? Then you can file a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens). It supervises privacy in the Netherlands. See autoriteitpersoonsgegevens.nl.",
      },
    },
  },
  retentionHeading: "Why are we allowed to, and how long do we keep it?",
  tableLabel: "Table: what we do, why and for how long",
  processingCaption: "What we do with your data, why we are allowed to and how long we keep it",
  columns: { what: "What", why: "Why is that allowed?", howLong: "How long?" },
  processing: {
    scan: {
      what: "The Future Scan and your results",
      why: "The WSP helps employers with staff. That is a government task.",
      howLong:
        "A scan you do not finish is erased {scanDays} after it was last saved. We keep your results until you delete your account.",
    },
    shareWsp: {
      what: "Sharing your results with the WSP",
      why: "Only with your consent. You can always withdraw it.",
      howLong: "Until you withdraw your consent or delete your account.",
    },
    shareOrganisation: {
      what: "Sharing your results with an employer organisation",
      why: "Only with your consent. You can always withdraw it.",
      howLong: "Until you withdraw your consent or delete your account.",
    },
    requests: {
      what: "Requests, such as a voucher or a meeting",
      why: "The WSP needs them to handle your request. That is a government task.",
      howLong: "{requestDays} after closing, we make a request anonymous. Only the amount stays.",
    },
    notes: {
      what: "Notes of your account manager",
      why: "That way the WSP knows what was agreed with you. That is a government task.",
      howLong: "Until you delete your account.",
    },
    invitations: {
      what: "Invitations from an employer organisation",
      why: "The organisation e-mails its own members. It confirms that this is allowed.",
      howLong: "We always keep your unsubscribe. That way we never e-mail you again.",
    },
    security: {
      what: "Signing in and security",
      why: "The law requires us to keep your data safe.",
      howLong: "A sign-in link works for 30 minutes. We erase counters against misuse after 1 day.",
    },
    accessLog: {
      what: "Log: who viewed what",
      why: "That way we can check that nobody looks at your data without a reason.",
      howLong: "After your account is deleted, your name is no longer in it.",
    },
  },
  periods: { day: "1 day", days: "{count} days", year: "1 year", years: "{count} years" },
};

export const privacyMessages = { nl: privacyNl, en: privacyEn };

const accessibilityNl = {
  title: "Toegankelijkheidsverklaring",
  intro:
    "Iedereen moet het Werkgeversportaal kunnen gebruiken. Ook met een beperking, op een telefoon of met een schermlezer. Daarom houden wij ons aan de regels voor toegankelijke websites.",
  sections: {
    norm: {
      heading: "Aan welke norm voldoen wij?",
      paragraphs: {
        wcag: "Het portaal is gemaakt volgens de WCAG 2.2 op niveau AA. Dat is de Europese norm voor toegankelijke websites (EN 301 549).",
        tests:
          "Bij elke nieuwe versie testen wij alle pagina's automatisch. Een test in de browser controleert elke pagina op de regels van WCAG 2.2 AA. Ook testen wij of u de scan en een aanvraag helemaal met het toetsenbord kunt doen.",
        charts: "Elke grafiek heeft ook een tabel met dezelfde cijfers. Kleur is nooit de enige manier waarop wij iets laten zien.",
      },
    },
    known: {
      heading: "Wat werkt nog niet goed?",
      paragraphs: {
        pdf: "De PDF met uw uitslag is nog niet helemaal toegankelijk voor schermlezers. Dezelfde uitslag staat ook op de pagina zelf. Die pagina is wel toegankelijk.",
      },
    },
    problem: {
      heading: "Ziet u een probleem?",
      paragraphs: {
        tell: "Kunt u iets niet lezen of niet gebruiken? Laat het ons weten. Mail naar toegankelijkheid@werkgeversportaal.example of bel uw Werkgeversservicepunt (het loket van gemeenten en UWV voor werkgevers). Wij antwoorden binnen vijf werkdagen. Wij zoeken samen met u een oplossing.",
        complaint: "Bent u niet tevreden met ons antwoord? Dan kunt u een klacht indienen bij de Nationale Ombudsman.",
      },
    },
  },
  updated: "Bijgewerkt op {date}.",
};

const accessibilityEn: Translation<typeof accessibilityNl> = {
  title: "Accessibility statement",
  intro:
    "Everyone must be able to use the Employer Portal. Also with a disability, on a phone or with a screen reader. That is why we follow the rules for accessible websites.",
  sections: {
    norm: {
      heading: "Which standard do we meet?",
      paragraphs: {
        wcag: "The portal is made according to WCAG 2.2 at level AA. That is the European standard for accessible websites (EN 301 549).",
        tests:
          "With every new version we test all pages automatically. A test in the browser checks every page against the rules of WCAG 2.2 AA. We also test whether you can do the scan and a request completely with the keyboard.",
        charts: "Every chart also has a table with the same figures. Colour is never the only way we show something.",
      },
    },
    known: {
      heading: "What does not work well yet?",
      paragraphs: {
        pdf: "The PDF with your results is not yet fully accessible for screen readers. The same results are also on the page itself. That page is accessible.",
      },
    },
    problem: {
      heading: "Do you see a problem?",
      paragraphs: {
        tell: "Is there something you cannot read or use? Let us know. E-mail toegankelijkheid@werkgeversportaal.example or call your Employer Service Point (Werkgeversservicepunt, the desk of municipalities and UWV for employers). We answer within five working days. We look for a solution together with you.",
        complaint: "Are you not happy with our answer? Then you can file a complaint with the National Ombudsman (Nationale Ombudsman).",
      },
    },
  },
  updated: "Updated on {date}.",
};

export const accessibilityMessages = { nl: accessibilityNl, en: accessibilityEn };
