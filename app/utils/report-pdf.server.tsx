/**
 * The Toekomstscan report as a real PDF, rendered on the server from the same
 * `ReportView` as the web page, so both always show the same figures.
 *
 * - Built-in Helvetica only (no font files, nothing fetched from the network).
 *   Helvetica uses WinAnsi encoding: keep text to Latin-1 plus € ‘ ’ “ ” – … •
 *   (no "−" minus sign, no "≥").
 * - The chart is drawn with Svg primitives. It does not rely on colour: the
 *   score is a solid bar, the middle half of the comparison group a hatched
 *   band, the median a diamond, and every figure is also written out as text.
 * - Every text comes from `app/i18n/report.ts` in the request's language;
 *   verdicts, fit levels and the comparison are codes in the view.
 * - Dutch words are not hyphenated with the built-in English patterns; only
 *   very long words get break points, so nothing runs off the page.
 */
import { Document, Line, Page, Polygon, Rect, StyleSheet, Svg, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { ComponentProps, ReactElement, ReactNode } from "react";
import type {
  ComparisonLevel,
  PeerFigure,
  ReportInstrument,
  ReportOpportunity,
  ReportPillar,
  ReportView,
} from "~/domain/report-view";
import { INTL_LOCALE, fmt, type Locale } from "~/i18n/locale";
import { pick } from "~/i18n/messages";
import { comparisonText, fitText, reportMessages, verdictText, type ReportTexts } from "~/i18n/report";
import { formatDate } from "~/utils/format";

export async function renderReportPdf(view: ReportView, locale: Locale): Promise<Buffer> {
  return renderToBuffer(reportDocument(view, { t: pick(reportMessages, locale), locale }));
}

/** The texts and the language of the document, handed to every section. */
interface Lang {
  t: ReportTexts;
  locale: Locale;
}

// ---------------------------------------------------------------------------
// look

const INK = "#1a1a1a";
const MUTED = "#4d4d4d";
const PRIMARY = "#1f4e79";
const GRID = "#b8b8b8";
const BORDER = "#cfcfcf";
const TINT = "#eef3f8";

const PAGE_PADDING_X = 48;

const s = StyleSheet.create({
  page: {
    paddingTop: 44,
    paddingBottom: 64,
    paddingHorizontal: PAGE_PADDING_X,
    fontFamily: "Helvetica",
    fontSize: 10,
    color: INK,
  },
  // Every text block gets its own fontSize and lineHeight. react-pdf turns a
  // unitless lineHeight into points with the element's OWN fontSize (18 when
  // unset), and an inherited lineHeight makes it drop the footer's `render`
  // text (react-pdf #3402, #3566). So no lineHeight on the Page or a View.
  text: { fontSize: 10, lineHeight: 1.35 },
  title: { fontSize: 20, fontFamily: "Helvetica-Bold", color: PRIMARY, marginBottom: 6 },
  company: { fontSize: 14, fontFamily: "Helvetica-Bold", marginBottom: 8 },
  h2: { fontSize: 14, fontFamily: "Helvetica-Bold", color: PRIMARY, marginTop: 18, marginBottom: 6 },
  h3: { fontSize: 12, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  h4: { fontFamily: "Helvetica-Bold", marginTop: 6, marginBottom: 2 },
  bold: { fontFamily: "Helvetica-Bold" },
  muted: { color: MUTED },
  small: { fontSize: 8.5 },
  paragraph: { marginBottom: 4 },
  metaRow: { flexDirection: "row", marginBottom: 1 },
  metaLabel: { width: 110, color: MUTED },
  metaValue: { flex: 1 },
  overallBox: {
    flexDirection: "row",
    alignItems: "center",
    marginTop: 12,
    padding: 10,
    backgroundColor: TINT,
    borderLeftWidth: 4,
    borderLeftColor: PRIMARY,
  },
  overallNumber: { fontSize: 30, fontFamily: "Helvetica-Bold", color: PRIMARY, marginRight: 12 },
  overallText: { flex: 1 },
  chartRow: { flexDirection: "row", alignItems: "center" },
  chartLabel: { width: 140, paddingRight: 8, fontSize: 8.5, lineHeight: 1.2 },
  chartValue: { flex: 1, paddingLeft: 8 },
  chartScore: { fontSize: 11, fontFamily: "Helvetica-Bold" },
  legend: { flexDirection: "row", flexWrap: "wrap", marginTop: 8, marginBottom: 4 },
  legendItem: { flexDirection: "row", alignItems: "center", marginRight: 14, marginBottom: 3 },
  legendText: { fontSize: 8.5, marginLeft: 4 },
  table: { borderTopWidth: 1, borderTopColor: BORDER, marginBottom: 4 },
  tableRow: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: BORDER, paddingVertical: 3 },
  tableKey: { width: 150, paddingRight: 8, color: MUTED },
  tableValue: { flex: 1 },
  pillar: { marginTop: 12 },
  bulletRow: { flexDirection: "row", marginBottom: 2 },
  bullet: { width: 12 },
  bulletText: { flex: 1 },
  cardGap: { marginTop: 10 },
  // The bar left of a card: two adjacent Views with the same border, so it
  // continues over the part that must stay together and the part that may wrap.
  cardBar: { paddingLeft: 10, borderLeftWidth: 3, borderLeftColor: PRIMARY },
  cardHead: { flexDirection: "row", alignItems: "flex-start", marginBottom: 3 },
  cardTitle: { flex: 1, fontSize: 12, fontFamily: "Helvetica-Bold", paddingRight: 8 },
  fitBadge: { fontSize: 9, fontFamily: "Helvetica-Bold", borderWidth: 1, borderColor: INK, paddingHorizontal: 5, paddingVertical: 1 },
  instrument: { marginTop: 4, padding: 6, backgroundColor: TINT },
  contact: { marginTop: 20, padding: 12, borderWidth: 1.5, borderColor: PRIMARY },
  footer: {
    position: "absolute",
    left: PAGE_PADDING_X,
    right: PAGE_PADDING_X,
    bottom: 28,
    flexDirection: "row",
    justifyContent: "space-between",
    borderTopWidth: 1,
    borderTopColor: BORDER,
    paddingTop: 4,
    // A fixed height: an auto-height absolute footer drifts on long documents (react-pdf #3416).
    height: 20,
    fontSize: 8.5,
    color: MUTED,
  },
});

// ---------------------------------------------------------------------------
// text helpers

/**
 * Words up to 16 characters are never split (English hyphenation patterns do
 * not fit Dutch). Longer words get a break point every 8 characters; the line
 * breaker only uses one when the word does not fit on the line otherwise.
 */
function hyphenate(word: string): string[] {
  if (word.length <= 16) return [word];
  const parts: string[] = [];
  for (let i = 0; i < word.length; i += 8) parts.push(word.slice(i, i + 8));
  return parts;
}

type PdfStyle = ComponentProps<typeof View>["style"];

/** A text block with the line height and the Dutch-friendly word breaking above. */
function T({ style, children }: { style?: PdfStyle; children: ReactNode }) {
  const styles = [s.text, ...(Array.isArray(style) ? style : style ? [style] : [])];
  return (
    <Text style={styles} hyphenationCallback={hyphenate}>
      {children}
    </Text>
  );
}

function Item({ text, marker }: { text: string; marker: string }) {
  return (
    <View style={s.bulletRow} wrap={false}>
      <T style={s.bullet}>{marker}</T>
      <T style={s.bulletText}>{text}</T>
    </View>
  );
}

/**
 * A small heading with an optional intro and a list. The heading is kept on
 * one page with the intro and the first item, so it never ends up alone at
 * the bottom of a page (minPresenceAhead proved unreliable for this).
 */
function ListBlock({ title, intro, items, numbered = false }: { title: string; intro?: string; items: string[]; numbered?: boolean }) {
  const marker = (i: number) => (numbered ? `${i + 1}.` : "•");
  const [first, ...rest] = items;
  return (
    <View>
      <View wrap={false}>
        <T style={s.h4}>{title}</T>
        {intro ? <T style={s.paragraph}>{intro}</T> : null}
        {first !== undefined ? <Item text={first} marker={marker(0)} /> : null}
      </View>
      {rest.map((item, i) => (
        <Item key={i} text={item} marker={marker(i + 1)} />
      ))}
    </View>
  );
}

/** "+6", "-3" or "0" (a plain hyphen: Helvetica has no minus sign). */
function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `-${Math.abs(n)}` : "0";
}

function changeText({ t, locale }: Lang, now: number, before: number, beforeIso: string | null): string {
  const diff = now - before;
  if (!beforeIso) return diff === 0 ? t.pdf.changeSameNoDate : fmt(t.pdf.changeNoDate, { diff: signed(diff) });
  const date = formatDate(beforeIso, locale);
  return diff === 0 ? fmt(t.pdf.changeSame, { date }) : fmt(t.pdf.change, { diff: signed(diff), date });
}

/** "64 op 12 maart 2026 (verschil: +9)". */
function previousText({ t, locale }: Lang, score: number | null, previous: number | null, previousIso: string | null): string {
  if (previous === null) return t.pdf.noPrevious;
  const diff = score === null ? null : signed(score - previous);
  if (!previousIso) return diff === null ? String(previous) : fmt(t.pdf.previousDiff, { score: previous, diff });
  const date = formatDate(previousIso, locale);
  return fmt(diff === null ? t.pdf.previousOn : t.pdf.previousOnDiff, { score: previous, date, diff: diff ?? "" });
}

/** The comparison line of a pillar: "too few comparable companies" when there is no comparison at all. */
function peerText(t: ReportTexts, peer: PeerFigure | null, level: ComparisonLevel): string {
  if (!peer) return level === "none" ? t.pdf.noComparison : t.pdf.noPeer;
  return fmt(t.pdf.peer, { median: peer.median, q1: peer.q1, q3: peer.q3, n: peer.n });
}

// ---------------------------------------------------------------------------
// chart: one row per pillar, drawn with Svg; labels and values are real text

const CHART_W = 270;
const ROW_H = 36;
const PAD = 10;
const TICKS = [0, 25, 50, 75, 100];
const xOf = (value: number) => PAD + (Math.max(0, Math.min(100, value)) / 100) * (CHART_W - 2 * PAD);

const BAR = { y: 6, h: 12 };
const BAND = { y: 24, h: 6 };

/** Diagonal hatch lines inside the rectangle (x0, y)–(x1, y + h). */
function hatch(x0: number, x1: number, y: number, h: number, key: string) {
  const lines: ReactElement[] = [];
  for (let start = x0 - h; start < x1; start += 2.5) {
    const xs = Math.max(start, x0);
    const xe = Math.min(start + h, x1);
    if (xe <= xs) continue;
    lines.push(
      <Line
        key={`${key}-${start}`}
        x1={xs}
        y1={y + h - (xs - start)}
        x2={xe}
        y2={y + h - (xe - start)}
        stroke={INK}
        strokeWidth={0.5}
      />,
    );
  }
  return lines;
}

function diamond(cx: number, cy: number, r: number) {
  return `${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`;
}

function Band({ x0, x1, y, h, id }: { x0: number; x1: number; y: number; h: number; id: string }) {
  return (
    <>
      <Rect x={x0} y={y} width={Math.max(x1 - x0, 0.5)} height={h} fill="#ffffff" stroke={INK} strokeWidth={0.6} />
      {hatch(x0, x1, y, h, id)}
    </>
  );
}

function ChartRow({ pillar, lang: { t } }: { pillar: ReportPillar; lang: Lang }) {
  const { score, peer } = pillar;
  return (
    <View style={s.chartRow} wrap={false}>
      <T style={s.chartLabel}>{pillar.title}</T>
      <Svg width={CHART_W} height={ROW_H} viewBox={`0 0 ${CHART_W} ${ROW_H}`}>
        {TICKS.map((tick) => (
          <Line
            key={tick}
            x1={xOf(tick)}
            y1={0}
            x2={xOf(tick)}
            y2={ROW_H}
            stroke={GRID}
            strokeWidth={0.6}
            strokeDasharray={tick === 0 || tick === 100 ? undefined : "2,2"}
          />
        ))}
        {score !== null ? <Rect x={xOf(0)} y={BAR.y} width={xOf(score) - xOf(0)} height={BAR.h} fill={PRIMARY} /> : null}
        {peer ? <Band x0={xOf(peer.q1)} x1={xOf(peer.q3)} y={BAND.y} h={BAND.h} id={pillar.id} /> : null}
        {peer ? (
          <Polygon points={diamond(xOf(peer.median), BAND.y + BAND.h / 2, 4.5)} fill={INK} stroke="#ffffff" strokeWidth={0.8} />
        ) : null}
      </Svg>
      <View style={s.chartValue}>
        <T style={score === null ? s.small : s.chartScore}>{score === null ? t.table.tooFewAnswers : String(score)}</T>
        {peer ? <T style={[s.small, s.muted]}>{fmt(t.pdf.chartMedian, { median: peer.median })}</T> : null}
      </View>
    </View>
  );
}

function ChartAxis() {
  return (
    <View style={s.chartRow}>
      <View style={{ width: 140 }} />
      <Svg width={CHART_W} height={14} viewBox={`0 0 ${CHART_W} 14`}>
        {TICKS.map((tick) => (
          <Text key={tick} x={xOf(tick)} y={10} textAnchor="middle" fill={MUTED} style={{ fontSize: 7.5 }}>
            {String(tick)}
          </Text>
        ))}
      </Svg>
    </View>
  );
}

function Legend({ withPeer, lang: { t } }: { withPeer: boolean; lang: Lang }) {
  return (
    <View style={s.legend}>
      <View style={s.legendItem}>
        <Svg width={20} height={10}>
          <Rect x={0} y={1} width={20} height={8} fill={PRIMARY} />
        </Svg>
        <T style={s.legendText}>{t.pdf.legendScore}</T>
      </View>
      {withPeer ? (
        <>
          <View style={s.legendItem}>
            <Svg width={20} height={10}>
              <Band x0={0.5} x1={19.5} y={2} h={6} id="legend" />
            </Svg>
            <T style={s.legendText}>{t.pdf.legendMiddleHalf}</T>
          </View>
          <View style={s.legendItem}>
            <Svg width={12} height={10}>
              <Polygon points={diamond(6, 5, 4.5)} fill={INK} />
            </Svg>
            <T style={s.legendText}>{t.pdf.legendMedian}</T>
          </View>
        </>
      ) : null}
    </View>
  );
}

function ScoreChart({ view, lang }: { view: ReportView; lang: Lang }) {
  const { t } = lang;
  const withPeer = view.pillars.some((p) => p.peer !== null);
  return (
    <View wrap={false}>
      <T style={s.h2}>{t.pdf.chartTitle}</T>
      <T style={[s.paragraph, s.muted]}>{t.pdf.chartScale}</T>
      {view.pillars.map((p) => (
        <ChartRow key={p.id} pillar={p} lang={lang} />
      ))}
      <ChartAxis />
      <Legend withPeer={withPeer} lang={lang} />
      <T style={s.paragraph}>{comparisonText(t, view.comparison, view.company.sectorName)}</T>
    </View>
  );
}

// ---------------------------------------------------------------------------
// sections

function Header({ view, lang: { t, locale } }: { view: ReportView; lang: Lang }) {
  const { company } = view;
  const number = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 });
  const meta: [string, string][] = [
    [t.pdf.sector, company.sectorName],
    [t.pdf.fte, number.format(company.fte)],
    [t.pdf.region, company.regionName],
    [t.pdf.completedOn, formatDate(view.completedAt, locale)],
    [t.pdf.questionnaire, fmt(t.pdf.version, { version: view.questionnaireVersion })],
  ];
  return (
    <View>
      <T style={s.title}>{t.page.heading}</T>
      <T style={s.company}>{company.name}</T>
      {meta.map(([label, value]) => (
        <View key={label} style={s.metaRow}>
          <T style={s.metaLabel}>{label}</T>
          <T style={s.metaValue}>{value}</T>
        </View>
      ))}
    </View>
  );
}

function Overall({ view, lang }: { view: ReportView; lang: Lang }) {
  const { t } = lang;
  const { overall, previousOverall } = view;
  return (
    <View style={s.overallBox} wrap={false}>
      <T style={s.overallNumber}>{overall === null ? "–" : String(overall)}</T>
      <View style={s.overallText}>
        <T style={s.bold}>{overall === null ? t.pdf.overallUnknown : fmt(t.pdf.overall, { score: overall })}</T>
        {overall !== null && previousOverall !== null ? (
          <T>
            {fmt(t.pdf.overallChange, {
              change: changeText(lang, overall, previousOverall, view.previousCompletedAt),
              previous: previousOverall,
            })}
          </T>
        ) : null}
      </View>
    </View>
  );
}

/** `lead`: the section heading, for the first pillar; kept on one page with its table. */
function PillarSection({ pillar, view, lead, lang }: { pillar: ReportPillar; view: ReportView; lead: ReactNode; lang: Lang }) {
  const { t } = lang;
  const { score, previousScore } = pillar;
  const verdict = verdictText(t, pillar.verdict);
  const rows: [string, string][] = [
    [t.pdf.rowScore, score === null ? t.pdf.noScore : fmt(t.pdf.scoreValue, { score })],
    [t.pdf.rowVerdict, pillar.lowConfidence ? fmt(t.pdf.lowConfidence, { verdict }) : verdict],
    [t.pdf.rowPrevious, previousText(lang, score, previousScore, view.previousCompletedAt)],
    [t.pdf.rowPeers, peerText(t, pillar.peer, view.comparison.level)],
  ];
  const unknownCount = Math.max(pillar.unknownCount, pillar.unknownQuestions.length);
  return (
    <View style={lead ? undefined : s.pillar}>
      <View wrap={false}>
        {lead}
        <T style={s.h3}>{pillar.title}</T>
        <View style={s.table}>
          {rows.map(([key, value]) => (
            <View key={key} style={s.tableRow}>
              <T style={s.tableKey}>{key}</T>
              <T style={s.tableValue}>{value}</T>
            </View>
          ))}
        </View>
      </View>
      {pillar.weakPoints.length ? (
        <ListBlock title={t.pdf.weakPoints} items={pillar.weakPoints.map((w) => fmt(t.page.weakPoint, { question: w.question, answer: w.answer }))} />
      ) : null}
      {unknownCount ? (
        <ListBlock
          title={unknownCount === 1 ? t.pdf.unknownOne : fmt(t.pdf.unknownMany, { count: unknownCount })}
          intro={t.pdf.unknownIntro}
          items={pillar.unknownQuestions}
        />
      ) : null}
    </View>
  );
}

/**
 * One opportunity of the Kansenkaart. `lead` (the section heading, for the
 * first card) is kept on one page with the card's title and description.
 */
function Opportunity({ opportunity, lead, lang: { t } }: { opportunity: ReportOpportunity; lead: ReactNode; lang: Lang }) {
  return (
    <View style={lead ? undefined : s.cardGap}>
      <View wrap={false}>
        {lead}
        <View style={[s.cardBar, { paddingTop: 4 }]}>
          <View style={s.cardHead}>
            <T style={s.cardTitle}>{opportunity.title}</T>
            <T style={s.fitBadge}>{fmt(t.pdf.fit, { fit: fitText(t, opportunity.fit) })}</T>
          </View>
          <T style={s.paragraph}>{opportunity.description}</T>
        </View>
      </View>
      <View style={s.cardBar}>
        {opportunity.reasons.length ? <ListBlock title={t.pdf.why} items={opportunity.reasons} /> : null}
        {opportunity.nextSteps.length ? <ListBlock title={t.pdf.nextSteps} items={opportunity.nextSteps} numbered /> : null}
        {opportunity.instruments.map((instrument, i) => (
          <View key={instrument.id} wrap={false}>
            {i === 0 ? <T style={s.h4}>{t.pdf.instruments}</T> : null}
            <Instrument instrument={instrument} t={t} />
          </View>
        ))}
      </View>
    </View>
  );
}

function Instrument({ instrument, t }: { instrument: ReportInstrument; t: ReportTexts }) {
  return (
    <View style={s.instrument}>
      <T style={s.bold}>{instrument.name}</T>
      <T>{fmt(t.pdf.amount, { amount: instrument.amount ?? t.pdf.amountVaries, provider: instrument.provider })}</T>
      <T style={s.small}>{instrument.description}</T>
      {instrument.requestable ? <T style={s.small}>{t.pdf.requestable}</T> : null}
    </View>
  );
}

function Kansenkaart({ view, lang }: { view: ReportView; lang: Lang }) {
  const { t } = lang;
  const heading = <T style={s.h2}>{t.pdf.opportunitiesTitle}</T>;
  if (!view.opportunities.length) {
    return (
      <View wrap={false}>
        {heading}
        <T style={s.paragraph}>{t.pdf.noOpportunities}</T>
      </View>
    );
  }
  const lead = (
    <>
      {heading}
      <T style={s.paragraph}>{t.pdf.opportunitiesIntro}</T>
    </>
  );
  return (
    <View>
      {view.opportunities.map((o, i) => (
        <Opportunity key={o.id} opportunity={o} lead={i === 0 ? lead : null} lang={lang} />
      ))}
    </View>
  );
}

function Contact({ contact, lang: { t } }: { contact: ReportView["contact"]; lang: Lang }) {
  const days = contact.serviceNormDays;
  return (
    <View style={s.contact} wrap={false}>
      <T style={s.h3}>{t.pdf.contactTitle}</T>
      <T style={s.bold}>{contact.name ? `${contact.name}, ${contact.wspName}` : contact.wspName}</T>
      <T>{fmt(t.pdf.phone, { phone: contact.phone })}</T>
      <T>{fmt(t.pdf.email, { email: contact.email })}</T>
      <T style={{ marginTop: 4 }}>{days === 1 ? t.pdf.responseOne : fmt(t.pdf.responseMany, { days })}</T>
    </View>
  );
}

function Footer({ lang: { t } }: { lang: Lang }) {
  return (
    <View style={s.footer} fixed>
      <Text>{t.page.amountsIndication}</Text>
      <Text render={({ pageNumber, totalPages }) => fmt(t.pdf.pageNumber, { page: pageNumber, total: totalPages })} />
    </View>
  );
}

function reportDocument(view: ReportView, lang: Lang): ReactElement<ComponentProps<typeof Document>> {
  const { t } = lang;
  return (
    <Document
      title={fmt(t.pdf.documentTitle, { company: view.company.name })}
      subject={t.pdf.subject}
      author={view.contact.wspName}
      creator="Werkgeversportaal"
      producer="Werkgeversportaal"
      language={INTL_LOCALE[lang.locale]}
    >
      <Page size="A4" style={s.page}>
        <Footer lang={lang} />
        <Header view={view} lang={lang} />
        <Overall view={view} lang={lang} />
        <Contact contact={view.contact} lang={lang} />
        <ScoreChart view={view} lang={lang} />
        {view.pillars.map((p, i) => (
          <PillarSection
            key={p.id}
            pillar={p}
            view={view}
            lang={lang}
            lead={i === 0 ? <T style={s.h2}>{t.pdf.perPillarTitle}</T> : null}
          />
        ))}
        <Kansenkaart view={view} lang={lang} />
      </Page>
    </Document>
  );
}
