import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { PresenceControl } from './presence-control';

type Props = ComponentProps<typeof PresenceControl>;

function renderControl(props: Partial<Props> = {}) {
  const onChange = jest.fn();
  render(
    <PresenceControl
      state="offline"
      wrapUpUntil={null}
      phoneSkill
      failed={false}
      onChange={onChange}
      {...props}
    />,
  );
  return { onChange };
}

const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name });

describe('PresenceControl', () => {
  it('offers available, break and offline, and reports the choice', async () => {
    const { onChange } = renderControl();
    expect(screen.getByText('Statut actuel : Hors ligne')).toBeTruthy();
    expect(radio('Hors ligne').checked).toBe(true);
    await userEvent.setup().click(radio('Disponible'));
    expect(onChange).toHaveBeenCalledWith('available');
  });

  it('holds the choice while in conversation: the platform sets it', () => {
    renderControl({ state: 'on_call' });
    expect(screen.getByText('Statut actuel : En communication')).toBeTruthy();
    expect(screen.getByText('Statut fixé par la plateforme pendant l’appel.')).toBeTruthy();
    for (const name of ['Disponible', 'En pause', 'Hors ligne'])
      expect(radio(name).disabled).toBe(true);
  });

  it('shows the wrap-up countdown and lets the agent become available again', async () => {
    const { onChange } = renderControl({
      state: 'wrap_up',
      wrapUpUntil: new Date(Date.now() + 45_000).toISOString(),
    });
    expect(screen.getByText('Statut actuel : Post-appel')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toMatch(/^Post-appel : 0 min 4\d s restantes$/);
    await userEvent.setup().click(radio('Disponible'));
    expect(onChange).toHaveBeenCalledWith('available');
  });

  it('tells an agent without the phone skill why they cannot go available', () => {
    renderControl({ phoneSkill: false });
    expect(screen.getByText(/Vous n’êtes pas habilité à prendre des appels/)).toBeTruthy();
    expect(radio('Disponible').disabled).toBe(true);
  });

  it('says when the change failed', () => {
    renderControl({ failed: true });
    expect(screen.getByText('Le changement de disponibilité a échoué. Réessayez.')).toBeTruthy();
  });
});
