import { liveBoard } from '../../../content/live-board';
import type { LiveFigures } from '../api/live-board';
import { formatCount, formatDuration, formatShare } from './format';

export type FiguresCells = Record<keyof typeof liveBoard.columns, string>;

const PRESENCES = ['available', 'ringing', 'on_call', 'wrap_up', 'break', 'offline'] as const;

/** One row of the board as the table shows it, every number and duration formatted in French. */
export function figuresCells(name: string, figures: LiveFigures): FiguresCells {
  const { today } = figures;
  const agents = PRESENCES.filter((presence) => figures.agents[presence] > 0).map(
    (presence) =>
      `${formatCount(figures.agents[presence])} ${liveBoard.presence[presence][figures.agents[presence] > 1 ? 1 : 0]}`,
  );
  // Service level as in the call simulation: answered within 20 s over calls offered.
  const serviceLevel = today.offered === 0 ? null : today.answeredWithin20s / today.offered;
  return {
    antenna: name,
    waiting: formatCount(figures.waiting),
    byStep:
      figures.waitingByStep.length === 0
        ? liveBoard.noneWaiting
        : figures.waitingByStep
            .map(({ step, count }) => `${liveBoard.step(step)} : ${formatCount(count)}`)
            .join(', '),
    longestWait:
      figures.waiting === 0 ? liveBoard.noneWaiting : formatDuration(figures.longestWaitSeconds),
    agents: agents.length === 0 ? liveBoard.noneWaiting : agents.join(', '),
    offered: formatCount(today.offered),
    answered: formatCount(today.answered),
    within20s:
      serviceLevel === null
        ? formatCount(today.answeredWithin20s)
        : `${formatCount(today.answeredWithin20s)} (${formatShare(serviceLevel)})`,
    abandoned: formatCount(today.abandoned),
    ownShare: formatShare(today.ownAntennaShare, liveBoard.noAnswerYet),
    callbacks: formatCount(figures.callbacksDueToday),
  };
}
