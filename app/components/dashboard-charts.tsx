import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from "chart.js";
import { Bar } from "react-chartjs-2";
import { dashboardMessages } from "~/i18n/dashboard";
import { useMessages } from "~/i18n/use-messages";

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const BLUE = "#154273";
const ORANGE = "#a34a00";

export interface BarSeries {
  label: string;
  data: number[];
}

// Amounts stay in the Dutch format in both languages, like formatCents.
const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

/**
 * A bar chart for the dashboard. The chart is an addition: the same figures
 * are always in the table right after it (the text alternative), and colour is
 * never the only difference between series: the first series is a solid bar,
 * the second an open (white) bar with a thick border, and the legend names both.
 */
export function DashboardBars({
  labels,
  series,
  summary,
  horizontal = false,
  stacked = false,
  money = false,
}: {
  labels: string[];
  series: BarSeries[];
  /** What the chart shows, in words (the accessible name of the image). */
  summary: string;
  horizontal?: boolean;
  stacked?: boolean;
  /** Values are euros: the value axis shows € amounts. */
  money?: boolean;
}) {
  const t = useMessages(dashboardMessages);
  const valueAxis = {
    beginAtZero: true,
    stacked,
    ticks: money ? { callback: (value: string | number) => euro.format(Number(value)) } : { precision: 0 },
  };
  const categoryAxis = { stacked };
  return (
    <figure className="chart">
      <div className="chart__canvas chart__canvas--bars">
        <Bar
          role="img"
          aria-label={summary}
          data={{
            labels,
            datasets: series.map((s, i) =>
              i === 0
                ? { label: s.label, data: s.data, backgroundColor: BLUE, borderColor: BLUE, borderWidth: 1 }
                : {
                    label: s.label,
                    data: s.data,
                    backgroundColor: "rgba(255, 255, 255, 0.9)",
                    borderColor: ORANGE,
                    borderWidth: 3,
                  },
            ),
          }}
          options={{
            indexAxis: horizontal ? "y" : "x",
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
            plugins: { legend: { display: series.length > 1, position: "bottom" } },
          }}
        />
      </div>
      <figcaption className="muted">{t.chartNote}</figcaption>
    </figure>
  );
}
