import type { MetaFunction } from "@remix-run/node";

export const meta: MetaFunction = () => [{ title: "Account verwijderd — Werkgeversportaal" }];

/** Shown after an employer deleted their account (they are signed out by then). */
export default function AccountDeleted() {
  return (
    <>
      <h1>Uw account is verwijderd</h1>
      <div className="panel panel--ok" role="status">
        <p>Wij hebben uw bedrijfsgegevens, uw contactgegevens, uw scans en uw aanvragen verwijderd.</p>
      </div>
      <p>
        Kreeg u geld uit een budget, zoals een voucher? Dan bewaren wij alleen het bedrag. Uw naam en de andere gegevens
        staan er niet meer bij.
      </p>
      <p>Uw scores tellen nog mee in de gemiddelden van alle bedrijven. Die zijn niet naar u terug te leiden.</p>
      <p>
        Lees meer in de <a href="/privacy">privacyverklaring</a>. U kunt altijd opnieuw <a href="/scan">de Toekomstscan doen</a>.
      </p>
    </>
  );
}
