import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WorkflowButtons } from './workflow-buttons';

describe('WorkflowButtons', () => {
  it('lets a reviewer publish with effective dates, or send back for changes', async () => {
    const onAction = jest.fn();
    render(
      <WorkflowButtons
        actions={['request-changes', 'publish']}
        ownRevision={false}
        pending={false}
        onAction={onAction}
      />,
    );
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Demander des modifications',
      'Publier',
    ]);
    await userEvent.type(
      screen.getByLabelText('En vigueur à partir du (facultatif)'),
      '2027-01-04',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Publier' }));
    expect(onAction).toHaveBeenCalledWith({
      action: 'publish',
      effectiveFrom: '2027-01-04',
      effectiveUntil: undefined,
    });
  });

  it('never offers the author to review their own revision', () => {
    render(
      <WorkflowButtons
        actions={['request-changes', 'publish']}
        ownRevision
        pending={false}
        onAction={() => undefined}
      />,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/un autre membre de l’équipe la relit et la publie/)).toBeTruthy();
  });

  it('sends a draft to review', async () => {
    const onAction = jest.fn();
    render(
      <WorkflowButtons actions={['submit']} ownRevision pending={false} onAction={onAction} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer en relecture' }));
    expect(onAction).toHaveBeenCalledWith({ action: 'submit' });
  });
});
