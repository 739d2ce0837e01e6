import { type ReactElement, useId, useRef } from "react";
import { seriesColour, seriesDash } from "./palette.ts";
import { labelEvery, niceScale, project } from "./scale.ts";
import { useWidth } from "./use-width.ts";
import { wrapLabel } from "./wrap-label.ts";

export type ChartKind = "bar" | "stacked_bar" | "line";

export interface ChartSeries {
  key: string;
  label: string;
  values: (number | null)[];
}

export interface ChartProps {
  kind: ChartKind;
  /** Read out as the image's name. */
  title: string;
  /** Read out as its description: what is drawn and where the numbers are. */
  description: string;
  categories: string[];
  /** Categories that rest on a small sample: drawn pale, with a legend entry saying why. */
  muted: readonly boolean[];
  series: ChartSeries[];
  /** A fixed value range (shares 0–1, ratings 1–5); otherwise from 0 to a round maximum. */
  domain?: [number, number];
  formatTick: (value: number) => string;
  formatValue: (value: number) => string;
  mutedLabel: string;
}

const HEIGHT = 230;
const FONT = 12;
const CHAR = 6.6; // average glyph width of the system font at 12 px
const LINE = 14;
const MUTED_FILL = "#b9ada2";

/**
 * A small bar, stacked-bar or line chart as inline SVG, drawn at the width it gets (so text stays
 * 12 px on a phone). The SVG is one image with a title and a description for screen readers; the
 * numbers themselves belong in a table next to it.
 */
export function Chart(props: ChartProps): ReactElement {
  const { kind, categories, series, muted } = props;
  const frame = useRef<HTMLDivElement>(null);
  const width = useWidth(frame, 640);
  const id = useId();

  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const stackTotals = categories.map((_, i) =>
    series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0),
  );
  const dataMax = kind === "stacked_bar" ? Math.max(0, ...stackTotals) : Math.max(0, ...values);
  // Stacked shares add up to 1.0000001 by rounding: that must not open the axis to 150 %.
  const fixedTop = props.domain?.[1] ?? 0;
  const scale = props.domain
    ? niceScale(props.domain[0], dataMax > fixedTop * 1.01 ? dataMax : fixedTop)
    : niceScale(Math.min(0, ...values), dataMax);

  const tickLabels = scale.ticks.map(props.formatTick);
  // Digits and "%" are wider than the average glyph: measure ticks generously so none is clipped.
  const left = Math.ceil(Math.max(...tickLabels.map((l) => l.length)) * (CHAR + 1)) + 14;
  const right = 10;
  const plotWidth = Math.max(40, width - left - right);
  const n = Math.max(1, categories.length);
  const step = plotWidth / n;

  // Few categories: wrap long labels onto up to three lines; many: show every k-th label.
  const longest = Math.max(1, ...categories.map((c) => c.length));
  const every = n <= 8 ? 1 : labelEvery(n, plotWidth, longest * CHAR + 10);
  const lines = categories.map((c) => (n <= 8 ? wrapLabel(c, (step - 6) / CHAR) : [c]));
  const labelLines = Math.max(1, ...lines.map((l) => l.length));
  const top = 18;
  const bottom = HEIGHT - 10 - labelLines * LINE;
  const y = (value: number) => project(value, scale, bottom, top);
  const cx = (i: number) => left + step * (i + 0.5);
  const base = y(Math.max(scale.min, 0));

  // Positions are the identity of axis labels: the same category may, in principle, repeat.
  const xLabels = categories.flatMap((category, i) =>
    i % every === 0
      ? [
          {
            id: `${i}:${category}`,
            x: cx(i),
            lines: (lines[i] ?? []).map((text, l) => ({ id: `${l}:${text}`, text, dy: l === 0 ? 0 : LINE })),
          },
        ]
      : [],
  );
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;

  return (
    <figure className="chart">
      <div ref={frame} className="chart-frame">
        <svg
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          className="chart-svg"
        >
          <title id={titleId}>{props.title}</title>
          <desc id={descId}>{props.description}</desc>
          <g className="chart-grid" fontSize={FONT}>
            {scale.ticks.map((tick, i) => (
              <g key={tick}>
                <line x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} stroke="#eadfd2" />
                <text x={left - 8} y={y(tick) + 4} textAnchor="end" fill="#6a5c51">
                  {tickLabels[i]}
                </text>
              </g>
            ))}
            <line x1={left} x2={width - right} y1={base} y2={base} stroke="#cdb9a4" />
          </g>
          {kind === "line" ? (
            <Lines {...props} y={y} cx={cx} />
          ) : (
            <Bars {...props} y={y} cx={cx} step={step} base={base} />
          )}
          <g fontSize={FONT} fill="#4a3f38">
            {xLabels.map((label) => (
              <text key={label.id} x={label.x} y={bottom + 16} textAnchor="middle">
                {label.lines.map((line) => (
                  <tspan key={line.id} x={label.x} dy={line.dy}>
                    {line.text}
                  </tspan>
                ))}
              </text>
            ))}
          </g>
        </svg>
      </div>
      <figcaption>
        <ul className="chart-legend">
          {series.map((s, i) => (
            <li key={s.key}>
              <svg width="26" height="12" aria-hidden="true" focusable="false">
                {kind === "line" ? (
                  <line
                    x1="1"
                    x2="25"
                    y1="6"
                    y2="6"
                    stroke={seriesColour(s.key, i)}
                    strokeWidth="2.5"
                    strokeDasharray={seriesDash(i)}
                  />
                ) : (
                  <rect x="4" y="1" width="18" height="10" rx="2" fill={seriesColour(s.key, i)} />
                )}
              </svg>
              {s.label}
            </li>
          ))}
          {muted.some(Boolean) ? (
            <li className="muted">
              <svg width="26" height="12" aria-hidden="true" focusable="false">
                <rect x="4" y="1" width="18" height="10" rx="2" fill={MUTED_FILL} />
              </svg>
              {props.mutedLabel}
            </li>
          ) : null}
        </ul>
      </figcaption>
    </figure>
  );
}

interface Geometry {
  y: (value: number) => number;
  cx: (index: number) => number;
}

function Bars(props: ChartProps & Geometry & { step: number; base: number }): ReactElement {
  const { series, categories, muted, kind, y, cx, step, base } = props;
  const stacked = kind === "stacked_bar";
  const group = Math.min(step * 0.7, stacked ? 56 : 40 * series.length);
  const bar = stacked ? group : group / Math.max(1, series.length);
  const showValues = !stacked && series.length === 1 && bar >= 28;
  const slots = categories.map((category, i) => ({ id: `${i}:${category}`, i }));
  return (
    <g>
      {slots.map(({ id, i }) => {
        let running = 0;
        return (
          <g key={id}>
            {series.map((s, k) => {
              const value = s.values[i] ?? null;
              if (value === null) return null;
              const from = stacked ? running : 0;
              const to = stacked ? running + Math.max(0, value) : value;
              running = to;
              const x = stacked ? cx(i) - group / 2 : cx(i) - group / 2 + k * bar;
              const top = Math.min(y(from), y(to));
              const height = Math.max(value === 0 ? 0 : 1, Math.abs(y(from) - y(to)));
              return (
                <g key={s.key}>
                  <rect
                    x={x + (stacked ? 0 : 1)}
                    y={top}
                    width={Math.max(1, bar - (stacked ? 0 : 2))}
                    height={height}
                    rx={stacked ? 0 : 3}
                    fill={muted[i] ? MUTED_FILL : seriesColour(s.key, k)}
                    stroke={stacked ? "#fff" : "none"}
                    strokeWidth={stacked ? 1 : 0}
                  />
                  {showValues ? (
                    <text
                      x={x + bar / 2}
                      y={Math.min(top, base) - 5}
                      textAnchor="middle"
                      fontSize={FONT}
                      fontWeight={600}
                      fill={muted[i] ? "#6a5c51" : "#2a2320"}
                    >
                      {props.formatValue(value)}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}

function Lines(props: ChartProps & Geometry): ReactElement {
  const { series, muted, y, cx } = props;
  return (
    <g>
      {series.map((s, k) => {
        let path = "";
        let pen = false;
        s.values.forEach((value, i) => {
          if (value === null) {
            pen = false;
            return;
          }
          path += `${pen ? "L" : "M"}${cx(i).toFixed(1)} ${y(value).toFixed(1)}`;
          pen = true;
        });
        const colour = seriesColour(s.key, k);
        return (
          <g key={s.key}>
            <path
              d={path}
              fill="none"
              stroke={colour}
              strokeWidth={2.5}
              strokeDasharray={seriesDash(k)}
              strokeLinejoin="round"
            />
            {s.values
              .map((value, i) => ({ id: `${s.key}:${i}`, value, i }))
              .map(({ id, value, i }) =>
                value === null ? null : (
                  <circle
                    key={id}
                    cx={cx(i)}
                    cy={y(value)}
                    r={muted[i] ? 3.5 : 4}
                    fill={muted[i] ? "#fff" : colour}
                    stroke={muted[i] ? MUTED_FILL : colour}
                    strokeWidth={2}
                  />
                ),
              )}
          </g>
        );
      })}
    </g>
  );
}
