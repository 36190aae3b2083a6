import { useEffect, useState } from 'react';
import { desk } from '../../../content/desk';

function remaining(until: string, now: number): string {
  const seconds = Math.max(0, Math.ceil((Date.parse(until) - now) / 1000));
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** Time left in the wrap-up the routing set; the platform ends it by itself. Silent for screen readers. */
export function WrapUpCountdown({ until }: { readonly until: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const over = Date.parse(until) <= now;
  return (
    <p className="fr-mb-1w" role="timer" aria-live="off">
      {over ? desk.wrapUp.over : desk.wrapUp.remaining(remaining(until, now))}
    </p>
  );
}
