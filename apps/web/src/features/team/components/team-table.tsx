import ToggleSwitch from '@codegouvfr/react-dsfr/ToggleSwitch';
import { roleLabels } from '../../../content/roles';
import { team } from '../../../content/team';
import type { StaffMember } from '../api/antenna-staff';

interface TeamTableProps {
  readonly caption: string;
  readonly members: readonly StaffMember[];
  readonly phoneSkills: ReadonlyMap<string, boolean>;
  /** The member whose skill is being saved: their switch waits. */
  readonly savingUserId: string | null;
  readonly onPhoneSkillChange: (member: StaffMember, phoneSkill: boolean) => void;
}

/** An antenna's staff, one switch each for the phone skill. */
export function TeamTable({
  caption,
  members,
  phoneSkills,
  savingUserId,
  onPhoneSkillChange,
}: TeamTableProps) {
  if (members.length === 0) return <p>{team.empty}</p>;
  return (
    <div className="fr-table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{team.columns.name}</th>
            <th scope="col">{team.columns.email}</th>
            <th scope="col">{team.columns.role}</th>
            <th scope="col">{team.columns.phone}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id}>
              <th scope="row">{member.displayName}</th>
              <td>{member.email}</td>
              <td>{roleLabels[member.role]}</td>
              <td>
                <ToggleSwitch
                  label={team.phoneSkill(member.displayName)}
                  checked={phoneSkills.get(member.id) ?? false}
                  disabled={savingUserId === member.id}
                  onChange={(checked) => onPhoneSkillChange(member, checked)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
