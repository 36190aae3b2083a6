import Alert from '@codegouvfr/react-dsfr/Alert';
import Select from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { pageTitles } from '../../../content/navigation';
import { team } from '../../../content/team';
import { REGIONAL_SUPERVISOR_ROLES } from '../../../lib/roles';
import { useSessionUser } from '../../../lib/session-user';
import { useAntennaStaff } from '../api/antenna-staff';
import { useAntennas, useMobileTeam } from '../api/antennas';
import { usePhoneSkills } from '../api/phone-skills';
import { useSetPhoneSkill } from '../api/set-phone-skill';
import { TeamTable } from '../components/team-table';

/** /equipe: an antenna manager's own team; managers and admins choose the antenna first. */
export function TeamPage() {
  const viewer = useSessionUser();
  const mayChoose = REGIONAL_SUPERVISOR_ROLES.includes(viewer.role);
  const [chosen, setChosen] = useState('');
  const antennaId = mayChoose ? chosen || null : viewer.antennaId;
  const antennas = useAntennas(true);
  const mobileTeam = useMobileTeam(mayChoose);
  const isMobileTeam = antennaId !== null && antennaId === mobileTeam.data?.id;
  const staff = useAntennaStaff(antennaId, isMobileTeam);
  const skills = usePhoneSkills(antennaId);
  const setSkill = useSetPhoneSkill();
  const [announcement, setAnnouncement] = useState('');
  const antennaName = isMobileTeam
    ? (mobileTeam.data?.name ?? '')
    : (antennas.data?.find((antenna) => antenna.id === antennaId)?.name ?? antennaId ?? '');

  const body = () => {
    if (antennaId === null) return mayChoose ? null : <p>{team.noAntenna}</p>;
    if (staff.isPending || skills.isPending) return <Loading />;
    if (staff.isError || skills.isError)
      return <Alert severity="error" small description={team.loadError} />;
    return (
      <TeamTable
        caption={team.caption(antennaName)}
        members={staff.data}
        phoneSkills={new Map(skills.data.map((entry) => [entry.userId, entry.phoneSkill]))}
        savingUserId={setSkill.isPending ? (setSkill.variables?.userId ?? null) : null}
        onPhoneSkillChange={(member, phoneSkill) =>
          setSkill.mutate(
            { userId: member.id, phoneSkill },
            {
              onSuccess: () =>
                setAnnouncement(team.phoneSkillChanged(member.displayName, phoneSkill)),
            },
          )
        }
      />
    );
  };

  return (
    <Page title={pageTitles.team}>
      <p>{team.intro}</p>
      {mayChoose && (
        <Select
          label={team.antennaLabel}
          hint={team.antennaHint}
          nativeSelectProps={{ value: chosen, onChange: (event) => setChosen(event.target.value) }}
        >
          <option value="" disabled>
            {team.antennaPlaceholder}
          </option>
          {antennas.data?.map((antenna) => (
            <option key={antenna.id} value={antenna.id}>
              {antenna.name}
            </option>
          ))}
          {mobileTeam.data && <option value={mobileTeam.data.id}>{mobileTeam.data.name}</option>}
        </Select>
      )}
      <div role="alert">
        {setSkill.isError && <Alert severity="error" small description={team.saveError} />}
      </div>
      {body()}
      <p className="fr-sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </Page>
  );
}
