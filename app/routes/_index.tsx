import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "Toekomstscan voor werkgevers — Werkgeversportaal" }];

export default function Index() {
  return (
    <>
      <h1>Is uw bedrijf klaar voor de toekomst?</h1>
      <p className="lead">
        Doe de Toekomstscan. U beantwoordt vragen over uw bedrijf en uw mensen. Dat duurt ongeveer tien minuten. Daarna
        krijgt u een advies op maat.
      </p>
      <div className="button-row">
        <Link className="button" to="/scan">
          Start de Toekomstscan
        </Link>
        <Link className="button button--secondary" to="/inloggen">
          Inloggen
        </Link>
      </div>

      <h2>Wat krijgt u?</h2>
      <ul className="cards">
        <li className="card">
          <h3>Een score per onderwerp</h3>
          <p>U ziet waar uw bedrijf sterk is en waar u kunt groeien. Bijvoorbeeld bij het vinden en houden van personeel.</p>
        </li>
        <li className="card">
          <h3>Vergelijking met andere bedrijven</h3>
          <p>U ziet hoe u scoort tegenover bedrijven in uw eigen branche.</p>
        </li>
        <li className="card">
          <h3>Kansen en regelingen</h3>
          <p>
            U leest welke vormen van inclusief werken bij u passen. Dat betekent: werk bieden aan mensen die minder makkelijk
            een baan vinden. En welke hulp en regelingen er in uw regio zijn.
          </p>
        </li>
      </ul>

      <h2>Eén vast aanspreekpunt</h2>
      <p>
        Elke regio heeft een Werkgeversservicepunt (WSP). Daar werken gemeenten en UWV samen voor werkgevers. U krijgt één
        vaste accountmanager. Die neemt contact met u op en regelt de rest.
      </p>

      <h2>Hoe werkt het?</h2>
      <ol className="steps">
        <li>U vult de gegevens van uw bedrijf in.</li>
        <li>U beantwoordt de vragen. Uw antwoorden worden per stap bewaard.</li>
        <li>U krijgt direct uw advies. U kiest zelf of u het deelt met uw WSP.</li>
      </ol>
    </>
  );
}
