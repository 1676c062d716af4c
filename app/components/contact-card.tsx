import type { ContactInfo } from "~/models/employer.server";
import { employerMessages } from "~/i18n/employer";
import { fmt } from "~/i18n/locale";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { formatDate } from "~/utils/format";

/** The employer's one contact point, shown in the same place on every employer page (WCAG 3.2.6). */
export function ContactCard({ contact }: { contact: ContactInfo }) {
  const person = contact.accountManager;
  const days = contact.serviceNormDays;
  const t = useMessages(employerMessages).contact;
  const locale = useLocale();
  return (
    <aside className="panel contact-card" aria-labelledby="contact-titel">
      <h2 id="contact-titel">{t.title}</h2>
      {person ? (
        <p>
          <strong>{person.name}</strong>
          {fmt(t.accountManagerAt, { servicePoint: contact.wspName })}
        </p>
      ) : (
        <p>
          <strong>{contact.wspName}</strong>
        </p>
      )}
      <ul>
        <li>
          {t.phone} <a href={`tel:${(person?.phone ?? contact.wspPhone).replace(/\s/g, "")}`}>{person?.phone ?? contact.wspPhone}</a>
        </li>
        <li>
          {t.email} <a href={`mailto:${person?.email ?? contact.wspEmail}`}>{person?.email ?? contact.wspEmail}</a>
        </li>
      </ul>
      <p>
        {fmt(days === 1 ? t.responseDay : t.responseDays, { days })}
      </p>
      {contact.replaces ? (
        <p className="muted">
          {fmt(t.replaces, {
            absent: contact.replaces.name,
            date: formatDate(`${contact.replaces.until}T12:00:00Z`, locale),
            person: person?.name ?? t.yourAccountManager,
          })}
        </p>
      ) : null}
      {contact.backup ? (
        <p className="muted">
          {fmt(t.backup, { person: person?.name ?? t.yourAccountManager, backup: contact.backup.name })}
        </p>
      ) : null}
    </aside>
  );
}
