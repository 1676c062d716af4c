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
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import styles from "~/styles/app.css";
import { isDemo, outboxPageEnabled } from "~/utils/env.server";
import { getSessionUser } from "~/utils/session.server";
import { mustSetUpTotp, TOTP_SETUP_PATH } from "~/utils/auth.server";
import { navigationFor } from "~/content/navigation";
import { commonMessages } from "~/i18n/common";
import { parseLocale } from "~/i18n/locale";
import { getLocale } from "~/i18n/locale.server";
import { pick } from "~/i18n/messages";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { useNonce } from "~/utils/nonce";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = pick(commonMessages, parseLocale(data?.locale));
  return [{ title: t.siteName }, { name: "description", content: t.metaDescription }];
};

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
    locale: await getLocale(request),
  });
}

function Document({ children, title }: { children: ReactNode; title?: string }) {
  const locale = useLocale();
  return (
    <html lang={locale}>
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

/** The language switch: a plain form, so it works without JavaScript; the choice is kept in a cookie. */
function LanguageSwitch() {
  const t = useMessages(commonMessages);
  const locale = useLocale();
  const location = useLocation();
  const other = locale === "nl" ? "en" : "nl";
  return (
    <Form method="post" action="/taal" className="language-switch">
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <button type="submit" className="link-button" lang={other} aria-label={t.switchToLabel}>
        {t.switchTo}
      </button>
    </Form>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const t = useMessages(commonMessages);
  const user = data?.user ?? null;
  const nav = navigationFor(user?.role ?? null);
  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t.skipLink}
      </a>
      {data?.demo ? (
        <p className="demo-banner">
          {t.demoBanner}
          {data.outboxPage ? (
            <>
              {" "}
              <a href="/dev/mail">{t.demoMail}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <header className="site-header">
        <div className="site-header__inner">
          <a className="brand" href="/">
            {t.siteName}
            <small>{t.siteTagline}</small>
          </a>
          <nav className="site-nav" aria-label={t.mainMenu}>
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {t.nav[item.label]}
                  </NavLink>
                </li>
              ))}
              {user ? (
                <>
                  <li className="user-chip">
                    {user.name} <span className="visually-hidden">{t.signedInAs}</span>
                    <span aria-hidden="true">·</span> {t.roles[user.role]}
                  </li>
                  {user.role !== "employer" ? (
                    <li>
                      <NavLink to="/account">{t.myAccount}</NavLink>
                    </li>
                  ) : null}
                  <li>
                    <Form method="post" action="/uitloggen">
                      <button type="submit" className="link-button">
                        {t.signOut}
                      </button>
                    </Form>
                  </li>
                </>
              ) : (
                <li>
                  <NavLink to="/inloggen">{t.signIn}</NavLink>
                </li>
              )}
              <li>
                <LanguageSwitch />
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="inhoud" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <span>{t.footerService}</span>
          <a href="/">{t.footerAbout}</a>
          <a href="/privacy">{t.footerPrivacy}</a>
          <a href="/toegankelijkheid">{t.footerAccessibility}</a>
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
  const t = useMessages(commonMessages);
  let title = t.errorTitle;
  let body: ReactNode = <p>{t.errorText}</p>;
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      title = t.notFoundTitle;
      body = (
        <p>
          {t.notFoundText} <a href="/">{t.homePageLink}</a>.
        </p>
      );
    } else if (error.status === 403) {
      title = t.forbiddenTitle;
      body = (
        <p>
          {t.forbiddenText} <a href="/">{t.homePageLink}</a>.
        </p>
      );
    } else if (error.status === 400) {
      title = t.badRequestTitle;
      body = <p>{t.badRequestText}</p>;
    }
  }
  return (
    <Document title={`${title} — ${t.siteName}`}>
      <Shell>
        <h1>{title}</h1>
        {body}
      </Shell>
      <Scripts nonce={nonce} />
    </Document>
  );
}
