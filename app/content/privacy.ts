/**
 * The privacy statement (/privacy) as data, in B1 Dutch. The retention
 * periods come from the same settings the daily job uses, so the page always
 * says what the portal does. tests/unit/plain-language.test.ts checks every
 * text with the same rules as the questionnaire; the intro explains the
 * jargon (WSP, arbeidsmarktregio, voucher) for the whole page.
 */
import { MIN_GROUP_SIZE } from "~/domain/campaigns";
import type { TextToCheck } from "~/domain/plain-language";
import { retentionPeriodLabel, type RetentionSettings } from "~/domain/retention";

export interface PrivacyProcessing {
  what: string;
  why: string;
  howLong: string;
}

export interface PrivacySection {
  id: string;
  heading: string;
  paragraphs: string[];
  items?: string[];
}

export interface PrivacyStatement {
  title: string;
  intro: string;
  processingCaption: string;
  processing: PrivacyProcessing[];
  sections: PrivacySection[];
}

export const privacyVersion = "privacy-2026-11";

export function privacyStatement(retention: RetentionSettings): PrivacyStatement {
  const scanDays = retentionPeriodLabel(retention.unfinishedScanDays);
  const requestDays = retentionPeriodLabel(retention.closedRequestDays);
  return {
    title: "Privacyverklaring",
    intro:
      "Het Werkgeversportaal is van het werkgeversservicepunt (WSP: het loket van gemeenten en UWV voor werkgevers). " +
      "Er is één WSP per arbeidsmarktregio (een van de 35 regio's voor werk in Nederland). " +
      "Op deze pagina leest u welke gegevens wij bewaren, waarom, wie ze ziet en hoe lang. " +
      "Ook leest u wat uw rechten zijn. " +
      "Een voucher (een bon voor geld of hulp van het WSP) vraagt u ook via dit portaal aan.",
    sections: [
      {
        id: "wie",
        heading: "Wie is verantwoordelijk?",
        paragraphs: [
          "Het WSP van uw regio is verantwoordelijk voor uw gegevens. Dat is het WSP van de gemeente waar uw bedrijf zit.",
          "Het WSP heeft een beheerder die het portaal voor hen laat draaien. Die beheerder mag uw gegevens alleen gebruiken zoals het WSP dat zegt. Daar zijn afspraken over op papier.",
        ],
      },
      {
        id: "welke",
        heading: "Welke gegevens bewaren wij?",
        paragraphs: ["Wij bewaren alleen wat nodig is:"],
        items: [
          "gegevens van uw bedrijf: naam, KvK-nummer, branche, aantal medewerkers en gemeente;",
          "uw naam, e-mailadres en telefoonnummer als contactpersoon;",
          "uw antwoorden in de Toekomstscan en uw uitslag;",
          "uw aanvragen, met de gegevens van een kandidaat. Dat zijn alleen voorletters, de functie, de startdatum en de uren. Nooit een BSN of gegevens over ziekte;",
          "wat uw accountmanager over het contact met u opschrijft;",
          "wanneer u inlogt en welke e-mails wij u sturen.",
        ],
      },
      {
        id: "wie-ziet",
        heading: "Wie ziet uw gegevens?",
        paragraphs: [
          "Uw uitslag is van u. Het WSP ziet uw uitslag alleen als u die deelt.",
          "Deed u de scan via een werkgeversorganisatie? Dan ziet die organisatie uw uitslag alleen als u dat goed vindt.",
          `Zonder uw toestemming ziet een organisatie alleen gemiddelden. Dat doen wij pas bij ${MIN_GROUP_SIZE} bedrijven of meer. Zo is niets naar u terug te leiden.`,
          "Vraagt u iets aan, zoals een voucher? Dan ziet het WSP van uw regio die aanvraag. Anders kan het WSP u niet helpen.",
          "Wij verkopen uw gegevens nooit. Wij geven ze niet aan anderen, tenzij de wet dat verplicht.",
        ],
      },
      {
        id: "rechten",
        heading: "Uw rechten",
        paragraphs: ["U kunt alles zelf regelen op de pagina Mijn gegevens en privacy:"],
        items: [
          "Inzien: download al uw gegevens in één bestand.",
          "Toestemming intrekken: daarna ziet het WSP of de organisatie uw uitslag meteen niet meer.",
          "Verwijderen: verwijder uw account. Wij wissen dan uw gegevens.",
          "Verbeteren: klopt er iets niet? Vraag het aan uw accountmanager.",
        ],
      },
      {
        id: "verwijderen",
        heading: "Wat blijft er over als u uw account verwijdert?",
        paragraphs: [
          "Kreeg u geld uit een budget van het WSP? Dan bewaren wij het bedrag, want het budget moet kloppen. Uw naam en de andere gegevens gaan weg.",
          "Uw scores tellen mee in de gemiddelden van alle bedrijven. Daarin staat geen naam, dus die blijven.",
          "Meldde u zich af voor uitnodigingen? Dan bewaren wij uw e-mailadres op de afmeldlijst. Zo krijgt u nooit meer een uitnodiging.",
        ],
      },
      {
        id: "contact",
        heading: "Vragen of een klacht?",
        paragraphs: [
          "Heeft u een vraag over uw gegevens? Neem contact op met uw accountmanager of met het WSP van uw regio. De gegevens staan op uw pagina Mijn overzicht.",
          "Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens. Dat is de toezichthouder voor privacy in Nederland. Kijk op autoriteitpersoonsgegevens.nl.",
        ],
      },
    ],
    processingCaption: "Wat wij met uw gegevens doen, waarom dat mag en hoe lang wij ze bewaren",
    processing: [
      {
        what: "De Toekomstscan en uw uitslag",
        why: "Het WSP helpt werkgevers met personeel. Dat is een taak van de overheid.",
        howLong: `Een scan die u niet afmaakt, wissen wij ${scanDays} na de laatste keer opslaan. Een uitslag bewaren wij tot u uw account verwijdert.`,
      },
      {
        what: "Uw uitslag delen met het WSP",
        why: "Alleen met uw toestemming. U kunt die altijd intrekken.",
        howLong: "Tot u uw toestemming intrekt of uw account verwijdert.",
      },
      {
        what: "Uw uitslag delen met een werkgeversorganisatie",
        why: "Alleen met uw toestemming. U kunt die altijd intrekken.",
        howLong: "Tot u uw toestemming intrekt of uw account verwijdert.",
      },
      {
        what: "Aanvragen, zoals een voucher of een gesprek",
        why: "Het WSP heeft ze nodig om uw aanvraag te behandelen. Dat is een taak van de overheid.",
        howLong: `${requestDays} na het afsluiten maken wij een aanvraag anoniem. Alleen het bedrag blijft.`,
      },
      {
        what: "Notities van uw accountmanager",
        why: "Zo weet het WSP wat er met u is afgesproken. Dat is een taak van de overheid.",
        howLong: "Tot u uw account verwijdert.",
      },
      {
        what: "Uitnodigingen van een werkgeversorganisatie",
        why: "De organisatie mailt haar eigen leden. Zij bevestigt dat dit mag.",
        howLong: "Uw afmelding bewaren wij altijd. Zo mailen wij u nooit meer.",
      },
      {
        what: "Inloggen en beveiliging",
        why: "De wet verplicht ons uw gegevens goed te beveiligen.",
        howLong: "Een inloglink werkt 30 minuten. Tellers tegen misbruik wissen wij na 1 dag.",
      },
      {
        what: "Logboek: wie heeft wat bekeken",
        why: "Zo kunnen wij controleren dat niemand zonder reden uw gegevens bekijkt.",
        howLong: "Na het verwijderen van uw account staat uw naam er niet meer in.",
      },
    ],
  };
}

/** Every text of the statement a reader sees, in reading order; the intro explains the jargon for all of them. */
export function textsOfPrivacyStatement(statement: PrivacyStatement): TextToCheck[] {
  const explains = statement.intro;
  const texts: TextToCheck[] = [
    { where: "privacy/titel", text: statement.title },
    { where: "privacy/intro", text: statement.intro },
    { where: "privacy/tabel", text: statement.processingCaption, explains },
  ];
  statement.processing.forEach((p, i) => {
    texts.push({ where: `privacy/verwerking:${i + 1}/wat`, text: p.what, explains });
    texts.push({ where: `privacy/verwerking:${i + 1}/waarom`, text: p.why, explains });
    texts.push({ where: `privacy/verwerking:${i + 1}/hoelang`, text: p.howLong, explains });
  });
  for (const section of statement.sections) {
    texts.push({ where: `privacy/${section.id}/kop`, text: section.heading, explains });
    section.paragraphs.forEach((text, i) => texts.push({ where: `privacy/${section.id}/alinea:${i + 1}`, text, explains }));
    (section.items ?? []).forEach((text, i) => texts.push({ where: `privacy/${section.id}/punt:${i + 1}`, text, explains }));
  }
  return texts;
}
