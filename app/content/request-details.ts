/** The details of a request as label–value rows, for the employer and the WSP alike, in the viewer's language. */
import type { CaseType } from "~/domain/case-status";
import type { Locale } from "~/i18n/locale";
import { fmt } from "~/i18n/locale";
import { pick } from "~/i18n/messages";
import { requestsMessages } from "~/i18n/requests";
import { formatDate } from "~/utils/format";

const named = <T extends object>(names: T, key: unknown): string | undefined =>
  typeof key === "string" && key in names ? (names[key as keyof T] as string) : undefined;

export function detailRows(
  type: CaseType,
  details: Record<string, string | number | undefined>,
  locale: Locale = "nl",
): [string, string][] {
  const messages = pick(requestsMessages, locale);
  const t = messages.details;
  const day = (date: string | number | undefined) => (date ? formatDate(`${date}T12:00:00Z`, locale) : undefined);
  const rows: [string, string | undefined][] = [];
  if (type === "gesprek") {
    rows.push([t.topic, named(messages.conversationTopics, details.topic)]);
    rows.push([t.question, details.message as string | undefined]);
    rows.push([t.contactVia, details.contactPreference === "telefoon" ? t.phone : t.email]);
  } else if (type === "less-risk-polis") {
    rows.push([t.requested, details.wantsPolis ? (details.wantsVoucher ? t.polisAndVoucher : t.polis) : details.wantsVoucher ? t.voucher : undefined]);
    rows.push([t.candidate, details.candidateInitials as string]);
    rows.push([t.situation, named(t.situations, details.situation)]);
    rows.push([t.role, details.role as string]);
    rows.push([t.startDate, day(details.startDate)]);
    // Absent once the request has been anonymised (retention or a deleted account).
    if (details.contractType) {
      rows.push([
        t.contract,
        fmt(t.contractValue, {
          contractType: named(messages.contractTypes, details.contractType) ?? "",
          hours: details.hoursPerWeek ?? "",
          months: details.durationMonths ?? "",
        }),
      ]);
    }
  } else if (type === "kansenkaart-voucher") {
    rows.push([t.question, details.question as string | undefined]);
  } else if (type === "ziekmelding") {
    rows.push([t.firstSickDay, day(details.firstSickDay)]);
    rows.push([t.expectedReturn, day(details.expectedReturn) ?? t.notKnownYet]);
  }
  return rows.filter((r): r is [string, string] => Boolean(r[1]));
}
