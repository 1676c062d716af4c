/**
 * What the employer reads in the e-mail (and on the timeline) when a request
 * changes status; put together by `statusChangeMessage` in
 * `app/domain/case-status.ts`. `{it}` is "uw aanvraag" or "uw ziekmelding",
 * `{It}` the same with a capital.
 */
import type { Translation } from "./messages";

const nl = {
  request: "uw aanvraag",
  sickReport: "uw ziekmelding",
  note: "Toelichting: {reason}",
  ingediend: "We hebben {it} ontvangen. Uw accountmanager neemt binnen de afgesproken tijd contact met u op.",
  inBehandeling: {
    gesprek: "Uw accountmanager heeft uw vraag om een gesprek gelezen. Hij of zij belt of mailt u om een afspraak te maken.",
    ziekmelding: "Uw accountmanager is met uw ziekmelding bezig. Als er nog iets nodig is, hoort u dat van ons.",
    other: "Uw accountmanager is met uw aanvraag bezig. U hoort van ons zodra er een besluit is.",
  },
  toegekend: {
    news: "Goed nieuws: uw aanvraag is toegekend.",
    next: "Uw accountmanager neemt contact met u op over de volgende stap.",
  },
  afgewezen: {
    news: "{It} is afgewezen.",
    reason: "De reden: {reason}",
    noReason: "Uw accountmanager legt u de reden uit.",
    help: "Bent u het er niet mee eens, of wilt u weten wat wel kan? Bel of mail dan uw accountmanager.",
  },
  wachtlijst:
    "{It} staat op de wachtlijst. Het geld voor deze regeling in uw regio is op dit moment op. U houdt uw plek op de lijst. Komt er weer geld vrij? Dan krijgt u bericht van ons.",
  actief: {
    lessRisk: "De regeling voor uw nieuwe medewerker is nu actief. Wordt uw medewerker ziek? Meld dat dan hier in het portaal.",
    voucher: "Het advies op maat voor uw bedrijf is gestart. De adviseur maakt een afspraak met u voor het eerste gesprek.",
    other: "{It} is nu actief.",
  },
  afgerond: {
    gesprek: "Het gesprek met uw accountmanager is afgerond.",
    gesprekAfter: "Heeft u later nog vragen? Neem dan gerust weer contact op.",
    ziekmelding: "Uw ziekmelding is afgehandeld.",
    other: "Uw aanvraag is afgerond.",
    otherAfter: "Bedankt voor de goede samenwerking.",
  },
  ingetrokken: {
    news: "U heeft {it} ingetrokken.",
    ziekmelding: "Is uw medewerker toch ziek? Dan kunt u opnieuw een ziekmelding doen.",
    other: "Wilt u later toch hulp? Dan kunt u altijd een nieuwe aanvraag doen.",
  },
};

const en: Translation<typeof nl> = {
  request: "your request",
  sickReport: "your sick report",
  note: "Note: {reason}",
  ingediend: "We have received {it}. Your account manager will contact you within the agreed time.",
  inBehandeling: {
    gesprek: "Your account manager has read your request for a meeting. He or she will call or e-mail you to make an appointment.",
    ziekmelding: "Your account manager is working on your sick report. If anything else is needed, you will hear from us.",
    other: "Your account manager is working on your request. You will hear from us as soon as there is a decision.",
  },
  toegekend: {
    news: "Good news: your request has been granted.",
    next: "Your account manager will contact you about the next step.",
  },
  afgewezen: {
    news: "{It} has been rejected.",
    reason: "The reason: {reason}",
    noReason: "Your account manager will explain the reason to you.",
    help: "Do you disagree, or do you want to know what is possible? Then call or e-mail your account manager.",
  },
  wachtlijst:
    "{It} is on the waiting list. The money for this scheme in your region has run out for now. You keep your place on the list. Is money available again? Then we will let you know.",
  actief: {
    lessRisk: "The scheme for your new employee is now active. Does your employee fall ill? Then report it here in the portal.",
    voucher: "The tailored advice for your company has started. The adviser will make an appointment with you for the first meeting.",
    other: "{It} is now active.",
  },
  afgerond: {
    gesprek: "The meeting with your account manager has been completed.",
    gesprekAfter: "Any questions later? Feel free to contact us again.",
    ziekmelding: "Your sick report has been settled.",
    other: "Your request has been completed.",
    otherAfter: "Thank you for the good cooperation.",
  },
  ingetrokken: {
    news: "You have withdrawn {it}.",
    ziekmelding: "Is your employee ill after all? Then you can make a new sick report.",
    other: "Do you want help later after all? Then you can always make a new request.",
  },
};

export const statusChangeMessages = { nl, en };
