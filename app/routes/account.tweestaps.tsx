import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RecoveryCodes, TotpCodeForm } from "~/components/second-factor";
import { codeMessages } from "~/content/second-factor";
import { rateRules } from "~/domain/rate-limit";
import { groupSecret, otpauthUri, totpAllowedFor, totpRequiredFor } from "~/domain/totp";
import { confirmTotpSetup, pendingTotpSecret, startTotpSetup, totpStatus } from "~/models/totp.server";
import { totpCodeSchema } from "~/schemas/auth";
import { forbidden, homeFor, requireUser } from "~/utils/auth.server";
import { parseForm } from "~/utils/forms";
import { qrSvg } from "~/utils/qr.server";
import { limitPublicPost } from "~/utils/rate-limit.server";
import { noStore } from "~/utils/http.server";

export const meta: MetaFunction = () => [{ title: "Tweestapsverificatie instellen — Werkgeversportaal" }];
export const headers: HeadersFunction = () => noStore;

// The only page an administrator or coordinator without a second factor may open.
async function requireStaff(request: Request) {
  const user = await requireUser(request, { allowTotpSetup: true });
  if (!totpAllowedFor(user.role)) forbidden();
  return user;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const { enabledAt } = await totpStatus(user.id);
  const secret = enabledAt ? null : await pendingTotpSecret(user.id);
  const qr = secret ? await qrSvg(otpauthUri(secret, user.email)) : null;
  return json(
    {
      enabled: enabledAt !== null,
      required: totpRequiredFor(user.role),
      secret: secret ? groupSecret(secret) : null,
      qrDataUri: qr ? `data:image/svg+xml;base64,${Buffer.from(qr).toString("base64")}` : null,
      home: homeFor(user.role),
    },
    { headers: noStore },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const formData = await request.formData();
  if (formData.get("intent") === "instellen") {
    await startTotpSetup(user.id);
    return redirect("/account/tweestaps");
  }
  const parsed = parseForm(totpCodeSchema, formData);
  if (!parsed.ok || parsed.data.intent !== "bevestigen") {
    return json({ errors: parsed.ok ? { code: codeMessages.wrong } : parsed.errors, codes: null }, { status: 400 });
  }
  const limited = await limitPublicPost(context, [{ rule: rateRules.secondFactorPerUser, subject: user.id }], "code", {
    codes: null,
  });
  if (limited) return limited;
  const result = await confirmTotpSetup(user.id, parsed.data.code);
  if (!result.ok) return json({ errors: { code: codeMessages[result.reason] }, codes: null }, { status: 400 });
  return json({ errors: null, codes: result.codes }, { headers: noStore });
}

export default function TotpSetup() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();

  if (actionData?.codes) {
    return (
      <>
        <h1>Tweestapsverificatie staat aan</h1>
        <p>Vanaf nu vult u na uw wachtwoord ook de code uit uw app in.</p>
        <RecoveryCodes codes={actionData.codes} />
        <p>
          <Link className="button" to={data.home}>
            Ik heb de codes bewaard, ga verder
          </Link>
        </p>
      </>
    );
  }

  if (data.enabled) {
    return (
      <>
        <h1>Tweestapsverificatie</h1>
        <p>Tweestapsverificatie staat al aan voor uw account.</p>
        <p>
          <Link to="/account">Naar mijn account</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <h1>Tweestapsverificatie instellen</h1>
      {data.required ? (
        <div className="panel panel--warn">
          <p>
            Voor uw rol is tweestapsverificatie verplicht. Stel het eerst in; daarna kunt u verder met uw werk.
          </p>
        </div>
      ) : null}
      <p>
        Met tweestapsverificatie logt u in met uw wachtwoord <strong>en</strong> een code uit een app op uw telefoon. Dan
        kan niemand anders inloggen met alleen uw wachtwoord.
      </p>
      <p>
        U hebt een app nodig die inlogcodes maakt (TOTP), bijvoorbeeld Microsoft Authenticator, Google Authenticator of de
        wachtwoordkluis van uw organisatie.
      </p>
      {data.secret && data.qrDataUri ? (
        <>
          <h2>Stap 1: voeg uw account toe aan de app</h2>
          <p>Scan deze QR-code met de app.</p>
          <img className="qr-code" src={data.qrDataUri} alt="QR-code om uw account toe te voegen aan de app" />
          <p>Kunt u niet scannen? Typ dan deze sleutel over in de app (kies &lsquo;op tijd gebaseerd&rsquo;):</p>
          <p className="totp-secret" data-testid="totp-secret">
            {data.secret}
          </p>
          <h2>Stap 2: vul de code uit de app in</h2>
          <TotpCodeForm
            intent="bevestigen"
            button="Tweestapsverificatie aanzetten"
            hint="6 cijfers. De app laat elke 30 seconden een nieuwe code zien."
            errors={actionData?.errors}
          />
          <Form method="post">
            <input type="hidden" name="intent" value="instellen" />
            <p>
              Werkt het niet?{" "}
              <button type="submit" className="link-button">
                Maak een nieuwe QR-code
              </button>
            </p>
          </Form>
        </>
      ) : (
        <Form method="post">
          <input type="hidden" name="intent" value="instellen" />
          <button type="submit" className="button">
            Begin met instellen
          </button>
        </Form>
      )}
    </>
  );
}
