import type { Role } from "~db/schema";

export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

const roleLabels: Record<Role, string> = {
  employer: "Werkgever",
  accountmanager: "Accountmanager",
  coordinator: "Coördinator",
  organisation: "Werkgeversorganisatie",
  admin: "Beheerder",
};

export const roleLabel = (role: Role) => roleLabels[role];

export function navigationFor(role: Role | null): NavItem[] {
  switch (role) {
    case "employer":
      return [
        { to: "/mijn", label: "Mijn overzicht", end: true },
        { to: "/scan", label: "Toekomstscan" },
      ];
    case "accountmanager":
      return [{ to: "/wsp", label: "Werkvoorraad", end: true }];
    case "coordinator":
      return [
        { to: "/wsp", label: "Werkvoorraad", end: true },
        { to: "/wsp/dashboard", label: "Dashboard" },
      ];
    case "organisation":
      return [
        { to: "/organisatie", label: "Campagnes", end: true },
        { to: "/organisatie/inzicht", label: "Uitkomsten" },
      ];
    case "admin":
      return [
        { to: "/beheer", label: "Beheer", end: true },
        { to: "/beheer/gemeenten", label: "Gemeenten" },
        { to: "/beheer/instrumenten", label: "Regelingen" },
        { to: "/beheer/vragenlijsten", label: "Vragenlijsten" },
        { to: "/beheer/gebruikers", label: "Gebruikers" },
      ];
    case null:
      return [
        { to: "/", label: "Home", end: true },
        { to: "/scan", label: "Toekomstscan" },
      ];
  }
}
