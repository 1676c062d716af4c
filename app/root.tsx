import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import styles from "~/styles/app.css";
import { isDemo, outboxPageEnabled } from "~/utils/env.server";
import { getSessionUser } from "~/utils/session.server";
import { mustSetUpTotp, TOTP_SETUP_PATH } from "~/utils/auth.server";
import { navigationFor, roleLabel } from "~/content/navigation";
import { useNonce } from "~/utils/nonce";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [
  { title: "Werkgeversportaal" },
  { name: "description", content: "Doe de Toekomstscan en regel alles met één contactpersoon bij uw Werkgeversservicepunt." },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  // Administrators and coordinators set up their second factor before any other page (the
  // pages' own loaders enforce this too, through requireUser).
  if (user && mustSetUpTotp(user) && !["/uitloggen", TOTP_SETUP_PATH].includes(new URL(request.url).pathname)) {
    throw redirect(TOTP_SETUP_PATH);
  }
  return json({
    user: user ? { name: user.name, role: user.role } : null,
    demo: isDemo(),
    outboxPage: outboxPageEnabled(),
  });
}

function Document({ children, title }: { children: ReactNode; title?: string }) {
  return (
    <html lang="nl">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {title ? <title>{title}</title> : null}
        <Meta />
        <Links />
      </head>
      <body>{children}</body>
    </html>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const user = data?.user ?? null;
  const nav = navigationFor(user?.role ?? null);
  return (
    <>
      <a className="skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      {data?.demo ? (
        <p className="demo-banner">
          Dit is een demoversie. Alle bedrijven, personen en gegevens zijn verzonnen.
          {data.outboxPage ? (
            <>
              {" "}
              <a href="/dev/mail">Bekijk verstuurde e-mails</a>
            </>
          ) : null}
        </p>
      ) : null}
      <header className="site-header">
        <div className="site-header__inner">
          <a className="brand" href="/">
            Werkgeversportaal
            <small>Toekomstscan en uw Werkgeversservicepunt</small>
          </a>
          <nav className="site-nav" aria-label="Hoofdmenu">
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
              {user ? (
                <>
                  <li className="user-chip">
                    {user.name} <span className="visually-hidden">, ingelogd als </span>
                    <span aria-hidden="true">·</span> {roleLabel(user.role)}
                  </li>
                  {user.role !== "employer" ? (
                    <li>
                      <NavLink to="/account">Mijn account</NavLink>
                    </li>
                  ) : null}
                  <li>
                    <Form method="post" action="/uitloggen">
                      <button type="submit" className="link-button">
                        Uitloggen
                      </button>
                    </Form>
                  </li>
                </>
              ) : (
                <li>
                  <NavLink to="/inloggen">Inloggen</NavLink>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </header>
      <main id="inhoud" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <span>Werkgeversportaal — een dienst van de Werkgeversservicepunten</span>
          <a href="/">Over de Toekomstscan</a>
          <a href="/privacy">Privacy</a>
          <a href="/toegankelijkheid">Toegankelijkheid</a>
        </div>
      </footer>
    </>
  );
}

export default function App() {
  useLoaderData<typeof loader>();
  const nonce = useNonce();
  return (
    <Document>
      <Shell>
        <Outlet />
      </Shell>
      <ScrollRestoration nonce={nonce} />
      <Scripts nonce={nonce} />
    </Document>
  );
}

export function ErrorBoundary() {
  const nonce = useNonce();
  const error = useRouteError();
  let title = "Er ging iets mis";
  let body: ReactNode = (
    <p>
      Er ging bij ons iets mis. Uw gegevens zijn niet verloren. Probeer het over een paar minuten opnieuw. Lukt het dan
      nog niet? Neem contact op met uw Werkgeversservicepunt.
    </p>
  );
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      title = "Pagina niet gevonden";
      body = (
        <p>
          Deze pagina bestaat niet (meer). Controleer het adres, of ga naar de <a href="/">startpagina</a>.
        </p>
      );
    } else if (error.status === 403) {
      title = "Geen toegang";
      body = (
        <p>
          U bent ingelogd, maar u heeft geen toegang tot deze pagina. Ga naar <a href="/">de startpagina</a> of log in
          met een ander account.
        </p>
      );
    } else if (error.status === 400) {
      title = "Verzoek niet begrepen";
      body = <p>Wij konden dit verzoek niet verwerken. Ga terug en probeer het opnieuw.</p>;
    }
  }
  return (
    <Document title={`${title} — Werkgeversportaal`}>
      <Shell>
        <h1>{title}</h1>
        {body}
      </Shell>
      <Scripts nonce={nonce} />
    </Document>
  );
}
