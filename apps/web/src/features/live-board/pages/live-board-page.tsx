import Alert from '@codegouvfr/react-dsfr/Alert';
import Badge from '@codegouvfr/react-dsfr/Badge';
import Select from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { liveBoard } from '../../../content/live-board';
import { pageTitles } from '../../../content/navigation';
import type { EventStreamStatus } from '../../../lib/api/event-stream';
import { REGIONAL_SUPERVISOR_ROLES } from '../../../lib/roles';
import { useSessionUser } from '../../../lib/session-user';
import { type LiveBoard, useLiveBoard } from '../api/live-board';
import { useLiveBoardStream } from '../api/use-live-board-stream';
import { AntennasTable } from '../components/antennas-table';
import { formatTime } from '../components/format';
import { WaitingCallsTable } from '../components/waiting-calls-table';

const STATUS_SEVERITY: Record<EventStreamStatus, 'success' | 'info' | 'warning' | 'error'> = {
  connecting: 'info',
  open: 'success',
  reconnecting: 'warning',
  closed: 'error',
};

/** The rows (and their calls) of one antenna, or all of them with the totals (a single row is its own total). */
function visiblePart(board: LiveBoard, antennaId: string) {
  const only =
    antennaId || (board.antennas.length === 1 ? (board.antennas[0]?.antennaId ?? '') : '');
  if (only === '') return { ...board, caption: liveBoard.antennasCaption };
  const antennas = board.antennas.filter((row) => row.antennaId === only);
  return {
    ...board,
    antennas,
    totals: undefined,
    waitingCalls: board.waitingCalls.filter((call) => call.antennaId === only),
    caption: liveBoard.antennasCaptionOne(antennas[0]?.name ?? only),
  };
}

/** /tableau-de-bord: the free number live, for managers (every antenna) and antenna managers (theirs). */
export function LiveBoardPage() {
  const viewer = useSessionUser();
  const status = useLiveBoardStream();
  const board = useLiveBoard();
  const [antennaId, setAntennaId] = useState('');
  const mayFilter = REGIONAL_SUPERVISOR_ROLES.includes(viewer.role);
  const summarised = board.data ? visiblePart(board.data, antennaId) : undefined;
  const shown = summarised?.totals ?? summarised?.antennas[0];

  const content = () => {
    if (board.isPending) return <Loading />;
    if (board.isError) return <Alert severity="error" small description={liveBoard.loadError} />;
    const visible = visiblePart(board.data, antennaId);
    const names = new Map(board.data.antennas.map((row) => [row.antennaId, row.name]));
    return (
      <>
        {mayFilter && (
          <Select
            label={liveBoard.filter.label}
            nativeSelectProps={{
              value: antennaId,
              onChange: (event) => setAntennaId(event.target.value),
            }}
          >
            <option value="">{liveBoard.filter.all}</option>
            {board.data.antennas.map((row) => (
              <option key={row.antennaId} value={row.antennaId}>
                {row.name}
              </option>
            ))}
          </Select>
        )}
        <p className="fr-text--sm">
          {liveBoard.connection.updatedAt(formatTime(board.data.generatedAt))}
        </p>
        <AntennasTable rows={visible.antennas} totals={visible.totals} caption={visible.caption} />
        <h2>{liveBoard.waitingTitle}</h2>
        <WaitingCallsTable calls={visible.waitingCalls} antennaNames={names} />
      </>
    );
  };

  return (
    <Page title={pageTitles.liveBoard}>
      <p>{liveBoard.intro}</p>
      <p>
        {liveBoard.connection.label} :{' '}
        <Badge severity={STATUS_SEVERITY[status]} small noIcon>
          {liveBoard.connection.status[status]}
        </Badge>
      </p>
      {content()}
      {/* Mounted empty, then one sentence when the waiting or answered count changes. */}
      <p className="fr-sr-only" role="status" aria-live="polite">
        {shown ? liveBoard.summary(shown.waiting, shown.today.answered) : ''}
      </p>
    </Page>
  );
}
