/** The details of a request as label–value rows, for the employer and the WSP alike. */
import type { CaseType } from "~/domain/case-status";
import { contractTypes, conversationTopics } from "~/schemas/requests";
import { formatDate } from "~/utils/format";

const situations: Record<string, string> = {
  ww: "WW-uitkering",
  bijstand: "Bijstand (Participatiewet)",
  statushouder: "Statushouder",
  anders: "Anders",
};

export function detailRows(type: CaseType, details: Record<string, string | number | undefined>): [string, string][] {
  const rows: [string, string | undefined][] = [];
  if (type === "gesprek") {
    rows.push(["Onderwerp", conversationTopics[details.topic as keyof typeof conversationTopics]]);
    rows.push(["Uw vraag", details.message as string | undefined]);
    rows.push(["Contact via", details.contactPreference === "telefoon" ? "Telefoon" : "E-mail"]);
  } else if (type === "less-risk-polis") {
    rows.push(["Aangevraagd", [details.wantsPolis ? "Less-Risk-polis" : null, details.wantsVoucher ? "Jobcoachvoucher" : null].filter(Boolean).join(" en ")]);
    rows.push(["Kandidaat", details.candidateInitials as string]);
    rows.push(["Situatie kandidaat", situations[details.situation as string]]);
    rows.push(["Functie", details.role as string]);
    rows.push(["Startdatum", details.startDate ? formatDate(`${details.startDate}T12:00:00Z`) : undefined]);
    // Absent once the request has been anonymised (retention or a deleted account).
    if (details.contractType) {
      rows.push(["Contract", `${contractTypes[details.contractType as keyof typeof contractTypes] ?? ""}, ${details.hoursPerWeek} uur per week, ${details.durationMonths} maanden`]);
    }
  } else if (type === "kansenkaart-voucher") {
    rows.push(["Uw vraag", details.question as string | undefined]);
  } else if (type === "ziekmelding") {
    rows.push(["Eerste ziektedag", details.firstSickDay ? formatDate(`${details.firstSickDay}T12:00:00Z`) : undefined]);
    rows.push(["Verwachte terugkeer", details.expectedReturn ? formatDate(`${details.expectedReturn}T12:00:00Z`) : "Nog niet bekend"]);
  }
  return rows.filter((r): r is [string, string] => Boolean(r[1]));
}

