/** Recovery codes, shown once right after they were made. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <section className="panel panel--warn" aria-labelledby="herstelcodes-titel">
      <h2 id="herstelcodes-titel">Uw herstelcodes</h2>
      <p>
        <strong>Bewaar deze codes nu op een veilige plek</strong>, bijvoorbeeld in uw wachtwoordkluis of op papier. U ziet
        ze maar één keer. Bent u uw telefoon kwijt? Dan logt u in met een herstelcode in plaats van de code uit de app.
        Elke herstelcode werkt één keer.
      </p>
      <ul className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
