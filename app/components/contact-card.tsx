import type { ContactInfo } from "~/models/employer.server";
import { formatDate } from "~/utils/format";

/** The employer's one contact point, shown in the same place on every employer page (WCAG 3.2.6). */
export function ContactCard({ contact }: { contact: ContactInfo }) {
  const person = contact.accountManager;
  const days = contact.serviceNormDays;
  return (
    <aside className="panel contact-card" aria-labelledby="contact-titel">
      <h2 id="contact-titel">Uw vaste contactpersoon</h2>
      {person ? (
        <p>
          <strong>{person.name}</strong>, accountmanager bij {contact.wspName}
        </p>
      ) : (
        <p>
          <strong>{contact.wspName}</strong>
        </p>
      )}
      <ul>
        <li>
          Telefoon: <a href={`tel:${(person?.phone ?? contact.wspPhone).replace(/\s/g, "")}`}>{person?.phone ?? contact.wspPhone}</a>
        </li>
        <li>
          E-mail: <a href={`mailto:${person?.email ?? contact.wspEmail}`}>{person?.email ?? contact.wspEmail}</a>
        </li>
      </ul>
      <p>
        U hoort binnen {days} {days === 1 ? "werkdag" : "werkdagen"} van ons.
      </p>
      {contact.replaces ? (
        <p className="muted">
          {contact.replaces.name} is afwezig tot en met {formatDate(`${contact.replaces.until}T12:00:00Z`)}.{" "}
          {person?.name} helpt u in die tijd.
        </p>
      ) : null}
      {contact.backup ? (
        <p className="muted">
          Is {person?.name ?? "uw accountmanager"} afwezig? Dan helpt {contact.backup.name} u verder.
        </p>
      ) : null}
    </aside>
  );
}
