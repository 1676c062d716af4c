import type { MetaFunction } from "@remix-run/node";
import { ACCESSIBILITY_UPDATED, accessibilityStatement } from "~/content/accessibility";
import { accessibilityMessages } from "~/i18n/legal";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { useLocale } from "~/i18n/use-messages";
import { formatDate } from "~/utils/format";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, accessibilityMessages, (t) => t.title);

export default function AccessibilityStatement() {
  const locale = useLocale();
  const s = accessibilityStatement(locale);
  return (
    <>
      <h1>{s.title}</h1>
      <p className="lead">{s.intro}</p>
      {s.sections.map((section) => (
        <section key={section.id} aria-labelledby={`kop-${section.id}`}>
          <h2 id={`kop-${section.id}`}>{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ))}
      <p className="muted">{fmt(s.updated, { date: formatDate(ACCESSIBILITY_UPDATED, locale) })}</p>
    </>
  );
}
