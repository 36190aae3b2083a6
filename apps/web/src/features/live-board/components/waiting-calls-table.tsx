import { liveBoard } from '../../../content/live-board';
import type { WaitingCall } from '../api/live-board';
import { formatDuration } from './format';

interface WaitingCallsTableProps {
  readonly calls: readonly WaitingCall[];
  readonly antennaNames: ReadonlyMap<string, string>;
}

/** Calls waiting now, oldest first; never the caller's number. */
export function WaitingCallsTable({ calls, antennaNames }: WaitingCallsTableProps) {
  if (calls.length === 0) return <p>{liveBoard.noWaitingCalls}</p>;
  const columns = liveBoard.waitingColumns;
  return (
    <div className="fr-table">
      <table>
        <caption>{liveBoard.waitingCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.antenna}</th>
            <th scope="col">{columns.waited}</th>
            <th scope="col">{columns.step}</th>
            <th scope="col">{columns.pool}</th>
          </tr>
        </thead>
        <tbody>
          {calls.map((call, index) => (
            // Calls carry no id here (no CallSid on the board): their order is their identity.
            <tr key={index}>
              <td>{antennaNames.get(call.antennaId) ?? call.antennaId}</td>
              <td>{formatDuration(call.waitedSeconds)}</td>
              <td>{liveBoard.step(call.step)}</td>
              <td>{liveBoard.pools[call.pool]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
