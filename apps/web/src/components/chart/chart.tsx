import { useEffect, useRef, useState } from 'react';
import { chart as copy } from '../../content/common';
import type { ChartOption } from './chart-option';

interface ChartProps {
  readonly option: ChartOption;
  /** What the chart shows, for screen readers; the table under it holds the figures. */
  readonly label: string;
  readonly height?: number;
}

type Instance = ReturnType<(typeof import('./echarts-setup'))['init']>;

/** For a container not laid out yet (no size), as in a test DOM; a size given to ECharts sticks. */
const FALLBACK_WIDTH = 640;

/**
 * An Apache ECharts chart drawn in SVG. ECharts is imported on the first chart, never with the first
 * screen; the chart follows its container's size and each new option replaces the previous one.
 */
export function Chart({ option, label, height = 320 }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const [instance, setInstance] = useState<Instance | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let disposed = false;
    let created: Instance | undefined;
    let observer: ResizeObserver | undefined;
    import('./echarts-setup')
      .then(({ init }) => {
        const element = container.current;
        if (disposed || element === null) return;
        created = init(element, undefined, {
          renderer: 'svg',
          width: element.clientWidth > 0 ? undefined : FALLBACK_WIDTH,
          height: element.clientHeight > 0 ? undefined : Number.parseFloat(element.style.height),
        });
        const chart = created;
        if (typeof ResizeObserver === 'function') {
          observer = new ResizeObserver(() => chart.resize());
          observer.observe(element);
        }
        setInstance(chart);
      })
      .catch(() => setFailed(true));
    return () => {
      disposed = true;
      observer?.disconnect();
      created?.dispose();
    };
  }, []);

  useEffect(() => {
    instance?.setOption(option, { notMerge: true });
  }, [instance, option]);

  if (failed) return <p className="fr-error-text">{copy.failed}</p>;
  return (
    <div
      ref={container}
      role="img"
      aria-label={copy.label(label)}
      className="fr-mb-3w"
      style={{ width: '100%', height }}
    />
  );
}
