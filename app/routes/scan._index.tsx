import type { MetaFunction } from "@remix-run/node";

export const meta: MetaFunction = () => [{ title: "Toekomstscan — Werkgeversportaal" }];

export default function ScanStart() {
  return (
    <>
      <h1>De Toekomstscan</h1>
      <p className="lead">De Toekomstscan komt binnenkort online.</p>
    </>
  );
}
