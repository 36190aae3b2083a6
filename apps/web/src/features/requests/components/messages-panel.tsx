import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@codegouvfr/react-dsfr/Alert';
import Badge from '@codegouvfr/react-dsfr/Badge';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { messageStatusLabels, requestPage } from '../../../content/requests';
import { ApiError } from '../../../lib/api/api-error';
import { formatDateTime } from '../../../lib/format';
import { useMessages } from '../api/messages';
import { useSendMessage } from '../api/send-message';

const messageSchema = z.object({
  subject: z.string().trim().min(3, requestPage.messageErrors.subject).max(200),
  body: z.string().trim().min(1, requestPage.messageErrors.body).max(20_000),
});
type MessageInput = z.infer<typeof messageSchema>;

interface MessagesPanelProps {
  readonly requestId: string;
  readonly onDone: (message: string) => void;
}

export function MessagesPanel({ requestId, onDone }: MessagesPanelProps) {
  const messages = useMessages(requestId);
  const send = useSendMessage(requestId);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<MessageInput>({
    resolver: zodResolver(messageSchema),
    defaultValues: { subject: '', body: '' },
  });
  const submit = handleSubmit((input) =>
    send.mutate(input, {
      onSuccess: () => {
        reset();
        onDone(requestPage.messageSent);
      },
    }),
  );
  return (
    <section aria-labelledby="messages">
      <h2 id="messages" className="fr-h4">
        {requestPage.messages}
      </h2>
      {messages.data?.length === 0 && <p>{requestPage.noMessages}</p>}
      <ul>
        {messages.data?.map((message) => (
          <li key={message.id} className="fr-mb-1w">
            <p className="fr-text--xs fr-mb-0">
              {formatDateTime(message.createdAt)} {requestPage.messageTo(message.recipient)}{' '}
              <Badge small noIcon severity={message.status === 'failed' ? 'error' : 'info'}>
                {messageStatusLabels[message.status]}
              </Badge>
            </p>
            <p className="fr-text--bold fr-mb-0">{message.subject}</p>
            <p style={{ whiteSpace: 'pre-wrap' }}>{message.body}</p>
          </li>
        ))}
      </ul>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {send.error instanceof ApiError && (
          <Alert
            severity="error"
            small
            className="fr-mb-2w"
            description={send.error.fieldErrors[0]?.message ?? send.error.message}
          />
        )}
        <Input
          label={requestPage.messageSubject}
          state={errors.subject ? 'error' : 'default'}
          stateRelatedMessage={errors.subject?.message}
          nativeInputProps={{
            ...register('subject'),
            'aria-invalid': errors.subject ? true : undefined,
          }}
        />
        <Input
          label={requestPage.messageBody}
          textArea
          state={errors.body ? 'error' : 'default'}
          stateRelatedMessage={errors.body?.message}
          nativeTextAreaProps={{
            ...register('body'),
            rows: 4,
            'aria-invalid': errors.body ? true : undefined,
          }}
        />
        <Button type="submit" priority="secondary" disabled={send.isPending}>
          {requestPage.sendMessage}
        </Button>
      </form>
    </section>
  );
}
