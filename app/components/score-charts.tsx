import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  RadialLinearScale,
  Tooltip,
} from "chart.js";
import { Bar, Radar } from "react-chartjs-2";
import type { ReportPillar } from "~/domain/report-view";
import { reportMessages } from "~/i18n/report";
import { useMessages } from "~/i18n/use-messages";

ChartJS.register(RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend, BarElement, CategoryScale, LinearScale);

const BLUE = "#154273";

/** Chart labels on several short lines, so that they fit on a phone. */
function wrapLabel(title: string, width = 14): string[] {
  const lines: string[] = [];
  for (const word of title.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + " " + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
const ORANGE = "#a34a00";

/**
 * The charts are an addition: the same figures are always in the table next to
 * them (the text alternative), and colour is never the only difference: the
 * peer line is dashed and labelled.
 */
export function ScoreRadar({ pillars, summary }: { pillars: ReportPillar[]; summary: string }) {
  const t = useMessages(reportMessages).chart;
  const hasPeers = pillars.some((p) => p.peer);
  return (
    <figure className="chart">
      <div className="chart__canvas">
        <Radar
          role="img"
          aria-label={summary}
          data={{
            labels: pillars.map((p) => wrapLabel(p.title)),
            datasets: [
              {
                label: t.yourScore,
                data: pillars.map((p) => p.score ?? 0),
                borderColor: BLUE,
                backgroundColor: "rgba(21, 66, 115, 0.15)",
                pointStyle: "circle",
                borderWidth: 3,
              },
              ...(hasPeers
                ? [
                    {
                      label: t.peerMedian,
                      data: pillars.map((p) => p.peer?.median ?? 0),
                      borderColor: ORANGE,
                      backgroundColor: "rgba(0,0,0,0)",
                      borderDash: [6, 4],
                      pointStyle: "triangle" as const,
                      borderWidth: 2,
                    },
                  ]
                : []),
            ],
          }}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: { r: { min: 0, max: 100, ticks: { stepSize: 25 }, pointLabels: { font: { size: 11 } } } },
            plugins: { legend: { position: "bottom", labels: { usePointStyle: true } } },
          }}
        />
      </div>
      <figcaption className="muted">{t.alsoInTable}</figcaption>
    </figure>
  );
}

export function ScoreBars({ pillars, summary }: { pillars: ReportPillar[]; summary: string }) {
  const t = useMessages(reportMessages).chart;
  const hasPrevious = pillars.some((p) => p.previousScore !== null);
  return (
    <figure className="chart">
      <div className="chart__canvas chart__canvas--bars">
        <Bar
          role="img"
          aria-label={summary}
          data={{
            labels: pillars.map((p) => wrapLabel(p.title)),
            datasets: [
              { label: t.yourScore, data: pillars.map((p) => p.score ?? 0), backgroundColor: BLUE },
              ...(hasPrevious
                ? [
                    {
                      label: t.previousScan,
                      data: pillars.map((p) => p.previousScore ?? 0),
                      backgroundColor: "rgba(163, 74, 0, 0.35)",
                      borderColor: ORANGE,
                      borderWidth: 2,
                    },
                  ]
                : []),
            ],
          }}
          options={{
            indexAxis: "y",
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: { x: { min: 0, max: 100 } },
            plugins: { legend: { position: "bottom" } },
          }}
        />
      </div>
    </figure>
  );
}
