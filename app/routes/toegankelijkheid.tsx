import type { MetaFunction } from "@remix-run/node";
import { accessibilityStatement as s } from "~/content/accessibility";
import { formatDate } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: `${s.title} — Werkgeversportaal` }];

export default function AccessibilityStatement() {
  return (
    <>
      <h1>{s.title}</h1>
      <p className="lead">{s.intro}</p>
      {s.sections.map((section) => (
        <section key={section.heading} aria-labelledby={`kop-${section.heading}`}>
          <h2 id={`kop-${section.heading}`}>{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ))}
      <p className="muted">Bijgewerkt op {formatDate(s.updated)}.</p>
    </>
  );
}
