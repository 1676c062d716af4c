/** The accessibility statement (toegankelijkheidsverklaring), as data so the plain-language check can read it. */
export const accessibilityStatement = {
  title: "Toegankelijkheidsverklaring",
  intro:
    "Iedereen moet het Werkgeversportaal kunnen gebruiken. Ook met een beperking, op een telefoon of met een schermlezer. Daarom houden wij ons aan de regels voor toegankelijke websites.",
  sections: [
    {
      heading: "Aan welke norm voldoen wij?",
      paragraphs: [
        "Het portaal is gemaakt volgens de WCAG 2.2 op niveau AA. Dat is de Europese norm voor toegankelijke websites (EN 301 549).",
        "Bij elke nieuwe versie testen wij alle pagina's automatisch. Een test in de browser controleert elke pagina op de regels van WCAG 2.2 AA. Ook testen wij of u de scan en een aanvraag helemaal met het toetsenbord kunt doen.",
        "Elke grafiek heeft ook een tabel met dezelfde cijfers. Kleur is nooit de enige manier waarop wij iets laten zien.",
      ],
    },
    {
      heading: "Wat werkt nog niet goed?",
      paragraphs: [
        "De PDF met uw uitslag is nog niet helemaal toegankelijk voor schermlezers. Dezelfde uitslag staat ook op de pagina zelf. Die pagina is wel toegankelijk.",
      ],
    },
    {
      heading: "Ziet u een probleem?",
      paragraphs: [
        "Kunt u iets niet lezen of niet gebruiken? Laat het ons weten. Mail naar toegankelijkheid@werkgeversportaal.example of bel uw Werkgeversservicepunt (het loket van gemeenten en UWV voor werkgevers). Wij antwoorden binnen vijf werkdagen. Wij zoeken samen met u een oplossing.",
        "Bent u niet tevreden met ons antwoord? Dan kunt u een klacht indienen bij de Nationale Ombudsman.",
      ],
    },
  ],
  updated: "2026-11-23",
} as const;
