import { RadioGroup } from "~/components/forms";
import { shareWithOrganisationConsent, shareWithWspConsent } from "~/content/consents";
import type { FieldErrors } from "~/utils/forms";

const yesNo = (current: boolean | undefined) => (current === undefined ? undefined : current ? "ja" : "nee");

/** The consent questions for sharing a report: the WSP, and the campaign's organisation when there is one. */
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
  return (
    <>
      <RadioGroup
        name="share"
        legend={shareWithWspConsent.question(wspName)}
        hint={shareWithWspConsent.hint}
        options={[
          { value: "ja", label: shareWithWspConsent.yes(wspName) },
          { value: "nee", label: shareWithWspConsent.no },
        ]}
        defaultValue={yesNo(current?.wsp)}
        error={errors.share}
      />
      {organisationName ? (
        <RadioGroup
          name="shareOrganisation"
          legend={shareWithOrganisationConsent.question(organisationName)}
          hint={shareWithOrganisationConsent.hint(organisationName)}
          options={[
            { value: "ja", label: shareWithOrganisationConsent.yes(organisationName) },
            { value: "nee", label: shareWithOrganisationConsent.no(organisationName) },
          ]}
          defaultValue={yesNo(current?.organisation)}
          error={errors.shareOrganisation}
        />
      ) : null}
    </>
  );
}

export const sharingLabels = { share: "Delen met het Werkgeversservicepunt", shareOrganisation: "Delen met de werkgeversorganisatie" };
