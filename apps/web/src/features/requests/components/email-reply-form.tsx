import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { emailThread } from '../../../content/mail';

export const emailReplySchema = z.object({
  body: z.string().trim().min(1, emailThread.replyRequired).max(20_000, emailThread.replyTooLong),
});
export type EmailReply = z.infer<typeof emailReplySchema>;

interface EmailReplyFormProps {
  readonly pending: boolean;
  readonly error: string | null;
  /** Resolves once the reply is stored; the form empties then. */
  readonly onSend: (reply: EmailReply) => Promise<unknown>;
}

/** The reply composer below the thread: only the body, the API threads and titles it. */
export function EmailReplyForm({ pending, error, onSend }: EmailReplyFormProps) {
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<EmailReply>({ resolver: zodResolver(emailReplySchema), defaultValues: { body: '' } });
  const submit = handleSubmit(async (reply) => {
    await onSend(reply);
    reset();
  });
  return (
    <form
      onSubmit={(event) => void submit(event).catch(() => undefined)}
      noValidate
      aria-labelledby="repondre"
    >
      <h3 id="repondre" className="fr-h6">
        {emailThread.replyTitle}
      </h3>
      {error && <Alert severity="error" small className="fr-mb-2w" description={error} />}
      <Input
        label={emailThread.replyBody}
        hintText={emailThread.replyHint}
        textArea
        state={errors.body ? 'error' : 'default'}
        stateRelatedMessage={errors.body?.message}
        nativeTextAreaProps={{
          ...register('body'),
          rows: 6,
          'aria-invalid': errors.body ? true : undefined,
        }}
      />
      <Button type="submit" disabled={pending}>
        {emailThread.send}
      </Button>
    </form>
  );
}
