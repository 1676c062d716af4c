import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { staffRoles } from "~db/schema";
import { RecoveryCodes, TotpCodeForm } from "~/components/second-factor";
import { roleLabel } from "~/content/navigation";
import { codeMessages } from "~/content/second-factor";
import { rateRules } from "~/domain/rate-limit";
import { totpRequiredFor } from "~/domain/totp";
import { disableTotp, newRecoveryCodes, totpStatus, verifyTotpCode } from "~/models/totp.server";
import { totpCodeSchema } from "~/schemas/auth";
import { forbidden, requireRole } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/format";
import { parseForm } from "~/utils/forms";
import { noStore } from "~/utils/http.server";
import { limitPublicPost } from "~/utils/rate-limit.server";
import { destroyAllUserSessions } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Mijn account — Werkgeversportaal" }];
export const headers: HeadersFunction = () => noStore;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, staffRoles);
  const status = await totpStatus(user.id);
  return json({
    name: user.name,
    email: user.email,
    role: user.role,
    totp: { ...status, required: totpRequiredFor(user.role) },
    turnedOff: new URL(request.url).searchParams.get("melding") === "uitgezet",
  });
}

type ActionData = { form: "herstelcodes" | "uitzetten"; errors: Record<string, string> | null; codes: string[] | null };

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, staffRoles);
  const formData = await request.formData();
  if (formData.get("intent") === "overal-uitloggen") {
    return destroyAllUserSessions(user.id, "/inloggen?melding=overal-uitgelogd");
  }
  const parsed = parseForm(totpCodeSchema, formData);
  const form = formData.get("intent") === "uitzetten" ? "uitzetten" : "herstelcodes";
  if (!parsed.ok) return json<ActionData>({ form, errors: parsed.errors, codes: null }, { status: 400 });
  // Administrators and coordinators cannot turn their second factor off.
  if (parsed.data.intent === "uitzetten" && totpRequiredFor(user.role)) {
    forbidden();
  }
  const limited = await limitPublicPost(context, [{ rule: rateRules.secondFactorPerUser, subject: user.id }], "code", {
    form,
    codes: null,
  });
  if (limited) return limited;
  const result = await verifyTotpCode(user.id, parsed.data.code);
  if (!result.ok) return json<ActionData>({ form, errors: { code: codeMessages[result.reason] }, codes: null }, { status: 400 });
  if (parsed.data.intent === "uitzetten") {
    await disableTotp(user.id);
    return redirect("/account?melding=uitgezet");
  }
  return json<ActionData>({ form, errors: null, codes: await newRecoveryCodes(user.id) }, { headers: noStore });
}

export default function Account() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const { totp } = data;
  return (
    <>
      <h1>Mijn account</h1>
      <dl className="summary">
        <dt>Naam</dt>
        <dd>{data.name}</dd>
        <dt>E-mailadres</dt>
        <dd>{data.email}</dd>
        <dt>Rol</dt>
        <dd>{roleLabel(data.role)}</dd>
      </dl>

      <h2>Tweestapsverificatie</h2>
      {data.turnedOff ? (
        <div className="panel panel--ok" role="status">
          <p>Tweestapsverificatie staat uit. U logt nu weer in met alleen uw wachtwoord.</p>
        </div>
      ) : null}
      {totp.enabledAt ? (
        <>
          <p>
            Staat aan sinds {formatDateTime(totp.enabledAt)}. U hebt nog {totp.recoveryCodesLeft} ongebruikte
            herstelcode{totp.recoveryCodesLeft === 1 ? "" : "s"}.
          </p>
          {actionData?.codes ? <RecoveryCodes codes={actionData.codes} /> : null}
          <h3>Nieuwe herstelcodes</h3>
          <p>Uw oude herstelcodes werken daarna niet meer.</p>
          <TotpCodeForm
            intent="herstelcodes"
            button="Maak nieuwe herstelcodes"
            hint="6 cijfers."
            errors={actionData?.form === "herstelcodes" ? actionData.errors : null}
            secondary
          />
          {totp.required ? (
            <p>Voor uw rol is tweestapsverificatie verplicht. U kunt het niet uitzetten.</p>
          ) : (
            <>
              <h3>Tweestapsverificatie uitzetten</h3>
              <p>Daarna logt u in met alleen uw wachtwoord. Dat is minder veilig.</p>
              <TotpCodeForm
                intent="uitzetten"
                button="Zet tweestapsverificatie uit"
                hint="6 cijfers."
                errors={actionData?.form === "uitzetten" ? actionData.errors : null}
                secondary
              />
            </>
          )}
        </>
      ) : (
        <>
          <p>Staat uit. Met tweestapsverificatie kan niemand inloggen met alleen uw wachtwoord.</p>
          <p>
            <Link className="button" to="/account/tweestaps">
              Tweestapsverificatie instellen
            </Link>
          </p>
        </>
      )}

      <h2>Overal uitloggen</h2>
      <p>
        Bent u ergens ingelogd gebleven, bijvoorbeeld op een andere computer? Log dan overal uit. Ook hier wordt u
        uitgelogd.
      </p>
      <Form method="post">
        <input type="hidden" name="intent" value="overal-uitloggen" />
        <button type="submit" className="button">
          Overal uitloggen
        </button>
      </Form>
    </>
  );
}
