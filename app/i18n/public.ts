/** Texts of the public pages: the landing page, unsubscribing from invitations, the deleted account and the demo mailbox. */
import type { Translation } from "./messages";

const nl = {
  landing: {
    title: "Toekomstscan voor werkgevers",
    heading: "Is uw bedrijf klaar voor de toekomst?",
    lead: "Doe de Toekomstscan. U beantwoordt vragen over uw bedrijf en uw mensen. Dat duurt ongeveer tien minuten. Daarna krijgt u een advies op maat.",
    startScan: "Start de Toekomstscan",
    signIn: "Inloggen",
    whatTitle: "Wat krijgt u?",
    scoreTitle: "Een score per onderwerp",
    scoreText: "U ziet waar uw bedrijf sterk is en waar u kunt groeien. Bijvoorbeeld bij het vinden en houden van personeel.",
    compareTitle: "Vergelijking met andere bedrijven",
    compareText: "U ziet hoe u scoort tegenover bedrijven in uw eigen branche.",
    chancesTitle: "Kansen en regelingen",
    chancesText:
      "U leest welke kansen er voor u zijn met inclusie: werk bieden aan mensen die minder makkelijk een baan vinden. En welke hulp en regelingen er in uw regio zijn.",
    contactTitle: "Eén vast aanspreekpunt",
    contactText:
      "Elke regio heeft een Werkgeversservicepunt (WSP: het loket waar gemeenten en UWV samenwerken voor werkgevers). U krijgt één vaste accountmanager. Die neemt contact met u op en regelt de rest.",
    howTitle: "Hoe werkt het?",
    step1: "U vult de gegevens van uw bedrijf in.",
    step2: "U beantwoordt de vragen. Uw antwoorden worden per stap bewaard.",
    step3: "U krijgt direct uw advies. U kiest zelf of u het deelt met uw WSP.",
  },
  unsubscribe: {
    title: "Afmelden voor uitnodigingen",
    done: "U bent afgemeld. U krijgt geen uitnodigingen voor de Toekomstscan meer, ook niet van andere organisaties.",
    intro: "U kreeg een uitnodiging van {organisation} voor de Toekomstscan. Wilt u geen uitnodigingen meer krijgen?",
    confirm: "Ja, meld mij af",
  },
  accountDeleted: {
    title: "Account verwijderd",
    heading: "Uw account is verwijderd",
    removed: "Wij hebben uw bedrijfsgegevens, uw contactgegevens, uw scans en uw aanvragen verwijderd.",
    budget:
      "Kreeg u geld uit een budget, zoals een voucher (een bon voor geld of hulp)? Dan bewaren wij alleen het bedrag. Uw naam en de andere gegevens staan er niet meer bij.",
    scores: "Uw scores tellen nog mee in de gemiddelden van alle bedrijven. Die zijn niet naar u terug te leiden.",
    readMore: "Lees meer in de",
    privacyLink: "privacyverklaring",
    again: "U kunt altijd opnieuw",
    scanLink: "de Toekomstscan doen",
  },
  devMail: {
    title: "Verstuurde e-mails (demo)",
    intro: "Deze versie heeft geen mailserver. Daarom ziet u hier de e-mails die het portaal zou versturen. De nieuwste staat bovenaan.",
    none: "Er zijn nog geen e-mails.",
    to: "Aan {address} · {date}",
  },
};

const en: Translation<typeof nl> = {
  landing: {
    title: "Future Scan for employers",
    heading: "Is your company ready for the future?",
    lead: "Take the Future Scan. You answer questions about your company and your people. It takes about ten minutes. Then you get advice that fits your company.",
    startScan: "Start the Future Scan",
    signIn: "Sign in",
    whatTitle: "What do you get?",
    scoreTitle: "A score per topic",
    scoreText: "You see where your company is strong and where you can grow. For example in finding and keeping staff.",
    compareTitle: "Comparison with other companies",
    compareText: "You see how you score compared with companies in your own sector.",
    chancesTitle: "Opportunities and schemes",
    chancesText:
      "You read which opportunities you have for inclusion: offering work to people who find a job less easily. And which help and schemes there are in your region.",
    contactTitle: "One fixed contact point",
    contactText:
      "Every region has an Employer Service Point (Werkgeversservicepunt, WSP: the desk where municipalities and UWV work together for employers). You get one fixed account manager. They contact you and arrange the rest.",
    howTitle: "How does it work?",
    step1: "You fill in the details of your company.",
    step2: "You answer the questions. Your answers are saved at every step.",
    step3: "You get your advice straight away. You decide whether you share it with your Employer Service Point.",
  },
  unsubscribe: {
    title: "Unsubscribe from invitations",
    done: "You are unsubscribed. You will no longer get invitations for the Future Scan, not from other organisations either.",
    intro: "You got an invitation from {organisation} for the Future Scan. Do you no longer want to get invitations?",
    confirm: "Yes, unsubscribe me",
  },
  accountDeleted: {
    title: "Account deleted",
    heading: "Your account has been deleted",
    removed: "We have deleted your company details, your contact details, your scans and your requests.",
    budget:
      "Did you get money from a budget, such as a voucher (a coupon for money or help)? Then we only keep the amount. Your name and the other details are no longer with it.",
    scores: "Your scores still count in the averages of all companies. They cannot be traced back to you.",
    readMore: "Read more in the",
    privacyLink: "privacy statement",
    again: "You can always",
    scanLink: "take the Future Scan again",
  },
  devMail: {
    title: "Sent e-mails (demo)",
    intro: "This version has no mail server. That is why you see here the e-mails the portal would send. The newest is at the top.",
    none: "There are no e-mails yet.",
    to: "To {address} · {date}",
  },
};

export const publicMessages = { nl, en };
