import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StaffMember } from '../api/antenna-staff';
import { TeamTable } from './team-table';

const member = (id: string, displayName: string): StaffMember => ({
  id,
  email: `${id}@gru.test`,
  displayName,
  role: 'agent',
  antennaId: 'amiens',
  mobileTeam: false,
  contentTeam: false,
  active: true,
  lastLoginAt: null,
});
const camille = member('camille', 'Camille Martin');
const dominique = member('dominique', 'Dominique Petit');

describe('TeamTable', () => {
  it("shows each member's phone skill as a labelled switch and asks for the opposite on a click", async () => {
    const onChange = jest.fn<(member: StaffMember, phoneSkill: boolean) => void>();
    render(
      <TeamTable
        caption="Équipe de l’antenne Amiens"
        members={[camille, dominique]}
        phoneSkills={new Map([['dominique', true]])}
        savingUserId={null}
        onPhoneSkillChange={onChange}
      />,
    );
    expect(screen.getByRole('table', { name: 'Équipe de l’antenne Amiens' })).toBeTruthy();
    const camilleSwitch = screen.getByRole<HTMLInputElement>('checkbox', {
      name: /Camille Martin/,
    });
    const dominiqueSwitch = screen.getByRole<HTMLInputElement>('checkbox', {
      name: /Dominique Petit/,
    });
    expect(camilleSwitch.checked).toBe(false);
    expect(dominiqueSwitch.checked).toBe(true);

    await userEvent.click(camilleSwitch);
    expect(onChange).toHaveBeenCalledWith(camille, true);
    await userEvent.click(dominiqueSwitch);
    expect(onChange).toHaveBeenLastCalledWith(dominique, false);
  });

  it('holds the switch of the member being saved', () => {
    render(
      <TeamTable
        caption="Équipe"
        members={[camille]}
        phoneSkills={new Map()}
        savingUserId="camille"
        onPhoneSkillChange={() => undefined}
      />,
    );
    expect(
      screen.getByRole<HTMLInputElement>('checkbox', { name: /Camille Martin/ }).disabled,
    ).toBe(true);
  });

  it('says so when the antenna has nobody active', () => {
    render(
      <TeamTable
        caption="Équipe"
        members={[]}
        phoneSkills={new Map()}
        savingUserId={null}
        onPhoneSkillChange={() => undefined}
      />,
    );
    expect(screen.getByText('Aucun agent actif dans cette antenne.')).toBeTruthy();
  });
});
