import { RadioGroup } from "~/components/forms";
import { consentMessages } from "~/i18n/consents";
import { fmt } from "~/i18n/locale";
import { useMessages } from "~/i18n/use-messages";
import type { FieldErrors } from "~/utils/forms";

const yesNo = (current: boolean | undefined) => (current === undefined ? undefined : current ? "ja" : "nee");

/**
 * The consent questions for sharing a report: the WSP, and the campaign's
 * organisation when there is one. The words are those of the consent text
 * version that the server records in the same language.
 */
export function SharingFields({
  wspName,
  organisationName,
  current,
  errors,
}: {
  wspName: string;
  organisationName: string | null;
  current?: { wsp: boolean; organisation: boolean };
  errors: FieldErrors;
}) {
  const t = useMessages(consentMessages);
  const organisation = organisationName ? { organisation: organisationName } : null;
  return (
    <>
      <RadioGroup
        name="share"
        legend={t.wsp.question}
        hint={t.wsp.hint}
        options={[
          { value: "ja", label: fmt(t.wsp.yes, { wsp: wspName }) },
          { value: "nee", label: t.wsp.no },
        ]}
        defaultValue={yesNo(current?.wsp)}
        error={errors.share}
      />
      {organisation ? (
        <RadioGroup
          name="shareOrganisation"
          legend={fmt(t.organisation.question, organisation)}
          hint={fmt(t.organisation.hint, organisation)}
          options={[
            { value: "ja", label: fmt(t.organisation.yes, organisation) },
            { value: "nee", label: fmt(t.organisation.no, organisation) },
          ]}
          defaultValue={yesNo(current?.organisation)}
          error={errors.shareOrganisation}
        />
      ) : null}
    </>
  );
}
