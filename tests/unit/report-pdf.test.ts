import { inflateSync } from "node:zlib";
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import type { ReportView } from "~/domain/report-view";
import { renderReportPdf } from "~/utils/report-pdf.server";

// ---------------------------------------------------------------------------
// fixture: a realistic report (5 pillars, peers on some, one without, previous scan)

function reportFixture(): ReportView {
  return {
    scanId: "scan_01HZX3",
    company: { name: "Bouwbedrijf Van der Heijden & Zonen B.V.", sectorName: "Bouw en installatie", fte: 42, regionName: "Parkstad Limburg" },
    // 22:30 UTC on 14 June = 00:30 on 15 June in Amsterdam (summer time).
    completedAt: "2026-06-14T22:30:00.000Z",
    questionnaireVersion: 2,
    overall: 53,
    previousOverall: 47,
    previousCompletedAt: "2026-03-12T14:05:00.000Z",
    pillars: [
      {
        id: "strategie",
        title: "Strategie & Bedrijf",
        score: 73,
        verdict: "sterk",
        lowConfidence: false,
        unknownCount: 0,
        previousScore: 64,
        peer: { n: 14, median: 61, q1: 48, q3: 70 },
        weakPoints: [{ question: "Heeft u een plan voor het personeel dat u over vijf jaar nodig heeft?", answer: "Nee, nog niet" }],
        unknownQuestions: [],
      },
      {
        id: "wendbaarheid",
        title: "Flexibiliteit & Wendbaarheid",
        score: 41,
        verdict: "op weg",
        lowConfidence: false,
        unknownCount: 1,
        previousScore: 44,
        peer: { n: 14, median: 55, q1: 39, q3: 67 },
        weakPoints: [
          { question: "Kunnen medewerkers taken van elkaar overnemen?", answer: "Bijna nooit" },
          { question: "Leert u medewerkers nieuwe taken aan?", answer: "Alleen als het moet" },
        ],
        unknownQuestions: ["Hoeveel medewerkers kunnen in een andere functie werken?"],
      },
      {
        id: "op-afschalen",
        title: "Flexibiliteit in op- en afschalen",
        score: 58,
        verdict: "op weg",
        lowConfidence: false,
        unknownCount: 0,
        previousScore: 52,
        peer: null,
        weakPoints: [],
        unknownQuestions: [],
      },
      {
        id: "employability",
        title: "Employability en Duurzame inzetbaarheid",
        score: 66,
        verdict: "op weg",
        lowConfidence: false,
        unknownCount: 0,
        previousScore: 60,
        peer: { n: 11, median: 57, q1: 45, q3: 68 },
        weakPoints: [{ question: "Praat u elk jaar met medewerkers over hun werk en toekomst?", answer: "Soms" }],
        unknownQuestions: [],
      },
      {
        id: "inclusief",
        title: "Inclusief werkgeverschap",
        score: 29,
        verdict: "aandacht nodig",
        lowConfidence: true,
        unknownCount: 3,
        previousScore: 15,
        peer: { n: 9, median: 38, q1: 22, q3: 51 },
        weakPoints: [
          { question: "Heeft u een vaste buddy voor nieuwe medewerkers?", answer: "Nee" },
          { question: "Zijn er taken die iemand zonder diploma kan doen?", answer: "Weinig" },
        ],
        unknownQuestions: [
          "Kent u de regelingen voor mensen met een afstand tot werk?",
          "Is er begeleiding na de eerste weken?",
          "Weet u hoe u een jobcoach kunt krijgen?",
        ],
      },
    ],
    comparison: { level: "sector-size", n: 9, size: "10-49" },
    opportunities: [
      {
        id: "functiecreatie",
        title: "Functiecreatie en jobcarving",
        description: "U haalt eenvoudige taken uit bestaande functies en maakt daar een nieuwe baan van.",
        fit: "kansrijk",
        reasons: ["U heeft taken die iemand zonder diploma kan doen.", "Uw vakmensen hebben te veel werk."],
        nextSteps: ["Maak een lijst van taken die vakmensen veel tijd kosten.", "Plan een gesprek met uw contactpersoon."],
        instruments: [
          {
            id: "less-risk",
            name: "Less-Risk-polis",
            description: "Dekt de kosten als een nieuwe medewerker ziek wordt.",
            amount: "€ 500,00",
            provider: "FactorWerk",
            requestable: true,
          },
        ],
      },
      {
        id: "begeleiding",
        title: "Begeleiding op de werkvloer",
        description: "Een jobcoach of buddy helpt een nieuwe medewerker in de eerste maanden.",
        fit: "mogelijk",
        reasons: ["U heeft nog geen vaste buddy voor nieuwe medewerkers."],
        nextSteps: ["Kies een collega die buddy wil worden."],
        instruments: [
          {
            id: "jobcoach",
            name: "Jobcoach voucher",
            description: "Voor kandidaten die anders geen recht hebben op een jobcoach.",
            amount: "€ 1.000,00",
            provider: "Werkgeversservicepunt Parkstad",
            requestable: true,
          },
        ],
      },
      {
        id: "open-hiring",
        title: "Open Hiring",
        description: "U neemt mensen aan zonder sollicitatiegesprek, op volgorde van aanmelding.",
        fit: "nog niet",
        reasons: ["U wilt eerst zelf kennismaken met nieuwe medewerkers."],
        nextSteps: ["Lees hoe andere bedrijven met Open Hiring werken."],
        instruments: [],
      },
    ],
    contact: {
      wspName: "Werkgeversservicepunt Parkstad",
      name: "Sanne Jansen",
      phone: "045 123 45 67",
      email: "s.jansen@wsp-parkstad.nl",
      serviceNormDays: 2,
    },
  };
}

function noPeerFixture(): ReportView {
  const view = reportFixture();
  return {
    ...view,
    comparison: { level: "none", n: 0, size: "10-49" },
    pillars: view.pillars.map((p) => ({ ...p, peer: null })),
    previousOverall: null,
    previousCompletedAt: null,
  };
}

async function pdfText(buffer: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    const result = await parser.getText();
    // Collapse line breaks and non-breaking spaces so wrapped text can be matched.
    return { text: result.text.replace(/[\s\u00a0]+/g, " "), pages: result.total };
  } finally {
    await parser.destroy();
  }
}

/** The decompressed content streams of the PDF (drawing operators), in file order. */
function contentStreams(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const parts: string[] = [];
  for (const m of raw.matchAll(/(?<!end)stream\r?\n/g)) {
    const start = m.index + m[0].length;
    try {
      parts.push(inflateSync(pdf.subarray(start, raw.indexOf("endstream", start))).toString("latin1"));
    } catch {
      // not a Flate stream
    }
  }
  return parts.join("\n");
}

interface Shape {
  x0: number;
  x1: number;
  fill: string;
}

/**
 * The chart's shapes, in drawing order. react-pdf writes an Svg <Rect> as a
 * closed path "x0 y0 m / x1 y0 l / x1 y1 l / x0 y1 l / h" followed by f (fill)
 * or B (fill and stroke), and a diamond <Polygon> as top, right, bottom, left.
 * Coordinates are in the Svg's own units.
 */
function chartShapes(pdf: Buffer) {
  const ops = contentStreams(pdf);
  const fillBefore = (index: number) => ops.slice(Math.max(0, index - 200), index).match(/([\d.]+ [\d.]+ [\d.]+) scn\n(?![\s\S]*scn)/)?.[1] ?? "";
  const rects: (Shape & { op: string })[] = [];
  for (const m of ops.matchAll(/(-?[\d.]+) (-?[\d.]+) m\n(-?[\d.]+) \2 l\n\3 (-?[\d.]+) l\n\1 \4 l\nh\n([fB])\n/g)) {
    rects.push({ x0: Number(m[1]), x1: Number(m[3]), fill: fillBefore(m.index), op: m[5]! });
  }
  const diamonds: number[] = [];
  for (const m of ops.matchAll(/(-?[\d.]+) (-?[\d.]+) m\n(-?[\d.]+) (-?[\d.]+) l\n\1 (-?[\d.]+) l\n(-?[\d.]+) \4 l\nh\n/g)) {
    diamonds.push(Number(m[1]));
  }
  const primary = "0.12156862745098039 0.3058823529411765 0.4745098039215686"; // #1f4e79
  return {
    bars: rects.filter((r) => r.op === "f" && r.fill === primary),
    bands: rects.filter((r) => r.op === "B" && r.fill === "1 1 1"),
    diamonds,
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// ---------------------------------------------------------------------------

describe("renderReportPdf", () => {
  const view = reportFixture();
  let buffer: Buffer;
  let text: string;
  let pages: number;

  beforeAll(async () => {
    buffer = await renderReportPdf(view, "nl");
    ({ text, pages } = await pdfText(buffer));
  });

  it("produces a PDF file", () => {
    expect(Buffer.isBuffer(buffer)).toBe(true);
    expect(buffer.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(buffer.length).toBeGreaterThan(2000);
  });

  it("shows the title, the company and its details", () => {
    expect(text).toContain("Uw uitslag van de Toekomstscan");
    expect(text).toContain(view.company.name);
    expect(text).toContain("Bouw en installatie");
    expect(text).toContain("Parkstad Limburg");
    expect(text).toMatch(/Aantal fte 42\b/);
    // Shown in Europe/Amsterdam (the tests run with TZ=UTC, where it would be 14 juni).
    expect(text).toContain("Ingevuld op 15 juni 2026");
    expect(text).not.toContain("14 juni");
    expect(text).toContain("versie 2");
  });

  it("shows the overall score and the change against the previous scan", () => {
    expect(text).toContain("Uw totaalscore is 53 van de 100.");
    expect(text).toContain("+6 ten opzichte van 12 maart 2026");
  });

  it("shows every pillar title with its score and verdict in the table", () => {
    for (const pillar of view.pillars) {
      const pattern = new RegExp(`${escape(pillar.title)} Uw score ${pillar.score} van de 100 Oordeel ${escape(pillar.verdict!)}`);
      expect(text).toMatch(pattern);
    }
  });

  it("shows the previous score, the change and the peer figures per pillar", () => {
    expect(text).toContain("Vorige scan 64 op 12 maart 2026 (verschil: +9)");
    expect(text).toContain("Vorige scan 44 op 12 maart 2026 (verschil: -3)");
    expect(text).toContain("Middelste bedrijf (mediaan): 61. Middelste helft: 48 tot 70. Berekend over 14 bedrijven.");
    expect(text).toContain("Middelste bedrijf (mediaan): 38. Middelste helft: 22 tot 51. Berekend over 9 bedrijven.");
    // The pillar without peer figure says so instead of showing numbers.
    expect(text).toMatch(/Flexibiliteit in op- en afschalen .*?Vergelijkbare bedrijven Geen vergelijking voor dit onderwerp\./);
    expect(text).toContain("veel ‘Weet ik niet’");
  });

  it("names the comparison that is shown", () => {
    expect(text).toContain("U wordt vergeleken met 9 andere bedrijven in bouw en installatie met 10 tot 50 fte.");
    expect(text).not.toContain("Nog te weinig vergelijkbare bedrijven");
  });

  it("draws one bar per pillar, as long as its score, with the peer band and median", () => {
    const { bars, bands, diamonds } = chartShapes(buffer);
    // 5 bars, then the legend's swatch.
    expect(bars).toHaveLength(view.pillars.length + 1);
    const origin = bars[0]!.x0;
    const unit = (bars[0]!.x1 - origin) / view.pillars[0]!.score!;
    expect(unit).toBeGreaterThan(1);
    view.pillars.forEach((p, i) => {
      expect(bars[i]!.x0).toBeCloseTo(origin, 2);
      expect(bars[i]!.x1 - bars[i]!.x0).toBeCloseTo(p.score! * unit, 2);
    });
    // Band (q1 to q3) and diamond (median) only for the pillars with a peer figure; then the legend's.
    const peers = view.pillars.flatMap((p) => (p.peer ? [p.peer] : []));
    expect(peers).toHaveLength(4);
    expect(bands).toHaveLength(peers.length + 1);
    expect(diamonds).toHaveLength(peers.length + 1);
    peers.forEach((peer, i) => {
      expect(bands[i]!.x0).toBeCloseTo(origin + peer.q1 * unit, 2);
      expect(bands[i]!.x1).toBeCloseTo(origin + peer.q3 * unit, 2);
      expect(diamonds[i]).toBeCloseTo(origin + peer.median * unit, 2);
    });
  });

  it("draws the chart with axis labels and a legend", () => {
    expect(text).toMatch(/0 25 50 75 100/);
    expect(text).toContain("Middelste helft van vergelijkbare bedrijven");
    expect(text).toContain("Middelste bedrijf (mediaan)");
    expect(text).toContain("mediaan 61");
  });

  it("lists weak points and ‘Weet ik niet’ questions", () => {
    expect(text).toContain("Kunnen medewerkers taken van elkaar overnemen? U antwoordde: ‘Bijna nooit’.");
    expect(text).toContain("‘Weet ik niet’: 3 vragen");
    expect(text).toContain("Weet u hoe u een jobcoach kunt krijgen?");
  });

  it("shows the Kansenkaart with fit levels, reasons, steps and instruments", () => {
    expect(text).toMatch(/Functiecreatie en jobcarving Past: kansrijk/);
    expect(text).toMatch(/Begeleiding op de werkvloer Past: mogelijk/);
    expect(text).toMatch(/Open Hiring Past: nog niet/);
    expect(text).toContain("Waarom:");
    expect(text).toContain("Volgende stappen:");
    expect(text).toContain("Bedrag: € 500,00. Aanbieder: FactorWerk.");
    expect(text).toContain("Bedrag: € 1.000,00. Aanbieder: Werkgeversservicepunt Parkstad.");
  });

  it("shows the contact block, the page numbers and the amount disclaimer", () => {
    expect(text).toContain("Uw vaste contactpersoon");
    expect(text).toContain("Sanne Jansen, Werkgeversservicepunt Parkstad");
    expect(text).toContain("Telefoon: 045 123 45 67");
    expect(text).toContain("E-mail: s.jansen@wsp-parkstad.nl");
    expect(text).toContain("U hoort binnen 2 werkdagen van ons.");
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Pagina 1 van ${pages}`);
    expect(text).toContain(`Pagina ${pages} van ${pages}`);
    expect(text).toContain("Alle bedragen zijn een indicatie.");
  });
});

describe("renderReportPdf without comparison", () => {
  let text: string;
  let buffer: Buffer;

  beforeAll(async () => {
    buffer = await renderReportPdf(noPeerFixture(), "nl");
    expect(buffer.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    ({ text } = await pdfText(buffer));
  });

  it("draws the bars but no peer band or median marker", () => {
    const { bars, bands, diamonds } = chartShapes(buffer);
    expect(bars).toHaveLength(5 + 1);
    expect(bands).toHaveLength(0);
    expect(diamonds).toHaveLength(0);
  });

  it("says there are too few comparable companies, per pillar too", () => {
    expect(text).toContain("Nog te weinig vergelijkbare bedrijven. Zodra er genoeg zijn, ziet u hier hoe u scoort tegenover anderen.");
    expect(text).not.toContain("U wordt vergeleken met");
    expect(text).not.toContain("Middelste helft");
    expect(text).not.toContain("mediaan");
    const perPillar = text.match(/Vergelijkbare bedrijven Nog te weinig vergelijkbare bedrijven\./g) ?? [];
    expect(perPillar).toHaveLength(5);
  });

  it("leaves out the change when there is no previous scan", () => {
    expect(text).toContain("Uw totaalscore is 53 van de 100.");
    expect(text).not.toContain("ten opzichte van 12 maart 2026 (toen");
  });
});

describe("renderReportPdf in English", () => {
  const view = reportFixture();
  let text: string;

  beforeAll(async () => {
    ({ text } = await pdfText(await renderReportPdf(view, "en")));
  });

  it("has English headings, labels, verdicts, fit levels and dates", () => {
    expect(text).toContain("Your Future Scan result");
    expect(text).toContain("Filled in on 15 June 2026");
    expect(text).toContain("Your overall score is 53 out of 100.");
    expect(text).toContain("+6 compared with 12 March 2026 (then 47).");
    expect(text).toMatch(/Strategie & Bedrijf Your score 73 out of 100 Verdict strong/);
    expect(text).toMatch(/Inclusief werkgeverschap Your score 29 out of 100 Verdict needs attention \(many ‘I don’t know’ answers/);
    expect(text).toContain("Previous scan 44 on 12 March 2026 (difference: -3)");
    expect(text).toContain("You are compared with 9 other companies in the sector ‘bouw en installatie’ with 10 to 50 FTE.");
    expect(text).toMatch(/Functiecreatie en jobcarving Fit: promising/);
    expect(text).toMatch(/Open Hiring Fit: not yet/);
    expect(text).toContain("Amount: € 500,00. Provider: FactorWerk.");
    expect(text).toContain("You will hear from us within 2 working days.");
    expect(text).toContain("Page 1 of");
    for (const dutch of ["Uw score", "Oordeel", "Kansenkaart", "Pagina", "van de 100", "ten opzichte van"]) expect(text).not.toContain(dutch);
  });

  it("says in English when there is no comparison, for the report and per pillar", async () => {
    const { text: none } = await pdfText(await renderReportPdf(noPeerFixture(), "en"));
    expect(none).toContain("Not enough comparable companies yet. As soon as there are enough");
    expect(none.match(/Comparable companies Not enough comparable companies yet\./g)).toHaveLength(5);
  });
});

describe("renderReportPdf edge cases", () => {
  let text: string;

  beforeAll(async () => {
    const view = reportFixture();
    view.company.name = `Stichting ${"Zorg".repeat(30)} en Welzijn voor de regio Zuid-Limburg en omstreken`;
    view.contact.name = null;
    view.contact.serviceNormDays = 1;
    view.overall = null;
    view.pillars[2] = { ...view.pillars[2]!, score: null, verdict: null, previousScore: null };
    ({ text } = await pdfText(await renderReportPdf(view, "nl")));
  });

  it("handles missing scores, no named contact and a very long name", () => {
    expect(text).toContain("Uw totaalscore is niet te bepalen: te weinig antwoorden.");
    expect(text).toMatch(/Flexibiliteit in op- en afschalen Uw score Geen score: te weinig antwoorden Oordeel te weinig antwoorden/);
    expect(text).toContain("Uw vaste contactpersoon Werkgeversservicepunt Parkstad Telefoon");
    expect(text).toContain("U hoort binnen 1 werkdag van ons.");
    // The 120-letter word is broken over lines (with a hyphen) instead of running off the page.
    expect(text).toMatch(/Stichting (Zorg)+- (Zorg)+ en Welzijn/);
  });
});
