import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Table from '@codegouvfr/react-dsfr/Table';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useIsModalOpen } from '@codegouvfr/react-dsfr/Modal/useIsModalOpen';
import { type FormEvent, useRef, useState } from 'react';
import { common } from '../../../content/common';
import { requestPage } from '../../../content/requests';
import { ApiError } from '../../../lib/api/api-error';
import { formatBytes, formatDateTime } from '../../../lib/format';
import { fetchAttachmentContent } from '../api/attachment-content';
import { type Attachment, useAttachments } from '../api/attachments';
import { useUploadAttachment } from '../api/upload-attachment';

const previewModal = createModal({ id: 'apercu-piece-jointe', isOpenedByDefault: false });

interface Preview {
  readonly attachment: Attachment;
  readonly url: string;
}

function save(url: string, fileName: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
}

interface AttachmentsPanelProps {
  readonly requestId: string;
  readonly onDone: (message: string) => void;
}

/** The request's documents: upload, preview (PDF and images) in a modal, download. */
export function AttachmentsPanel({ requestId, onDone }: AttachmentsPanelProps) {
  const attachments = useAttachments(requestId);
  const upload = useUploadAttachment(requestId);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // The object URL lives as long as the preview: freed when the modal closes.
  useIsModalOpen(previewModal, {
    onConceal: () =>
      setPreview((current) => {
        if (current) URL.revokeObjectURL(current.url);
        return null;
      }),
  });

  const show = async (attachment: Attachment) => {
    setFailure(null);
    try {
      const blob = await fetchAttachmentContent(requestId, attachment.id);
      setPreview({ attachment, url: URL.createObjectURL(blob) });
      previewModal.open();
    } catch {
      setFailure(common.unexpectedError);
    }
  };

  const download = async (attachment: Attachment) => {
    setFailure(null);
    try {
      const url = URL.createObjectURL(await fetchAttachmentContent(requestId, attachment.id));
      save(url, attachment.fileName);
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailure(common.unexpectedError);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    setMissingFile(!file);
    if (!file) return;
    upload.mutate(file, {
      onSuccess: () => {
        if (fileInput.current) fileInput.current.value = '';
        onDone(requestPage.uploaded);
      },
    });
  };

  const uploadError =
    upload.error instanceof ApiError
      ? (upload.error.fieldErrors[0]?.message ?? upload.error.message)
      : upload.error
        ? common.unexpectedError
        : null;

  return (
    <section aria-labelledby="pieces-jointes">
      <h2 id="pieces-jointes" className="fr-h4">
        {requestPage.attachments}
      </h2>
      {failure && <Alert severity="error" small description={failure} className="fr-mb-2w" />}
      {attachments.data?.length === 0 && <p>{requestPage.noAttachments}</p>}
      {attachments.data && attachments.data.length > 0 && (
        <Table
          caption={requestPage.attachmentsCaption}
          headers={[
            requestPage.fileName,
            requestPage.fileSize,
            requestPage.fileAdded,
            requestPage.actions,
          ]}
          data={attachments.data.map((attachment) => [
            attachment.fileName,
            formatBytes(attachment.sizeBytes),
            formatDateTime(attachment.createdAt),
            <span key="actions" className="fr-btns-group--inline-sm">
              {attachment.mediaType !== 'image/tiff' && (
                <Button
                  size="small"
                  priority="secondary"
                  className="fr-mr-1w"
                  onClick={() => void show(attachment)}
                >
                  {requestPage.preview}
                  <span className="fr-sr-only"> {requestPage.ofFile(attachment.fileName)}</span>
                </Button>
              )}
              <Button size="small" priority="tertiary" onClick={() => void download(attachment)}>
                {requestPage.download}
                <span className="fr-sr-only"> {attachment.fileName}</span>
              </Button>
            </span>,
          ])}
        />
      )}
      <form onSubmit={submit} noValidate>
        <Upload
          label={requestPage.upload}
          hint={requestPage.uploadHint}
          state={missingFile || uploadError ? 'error' : 'default'}
          stateRelatedMessage={missingFile ? requestPage.chooseFile : (uploadError ?? undefined)}
          nativeInputProps={{
            ref: fileInput,
            name: 'file',
            accept: 'application/pdf,image/png,image/jpeg,image/tiff',
          }}
        />
        <Button type="submit" priority="secondary" className="fr-mt-1w" disabled={upload.isPending}>
          {requestPage.uploadSubmit}
        </Button>
      </form>
      <previewModal.Component title={requestPage.previewTitle} size="large">
        {preview &&
          (preview.attachment.mediaType === 'application/pdf' ? (
            <iframe
              src={preview.url}
              title={requestPage.previewOf(preview.attachment.fileName)}
              style={{ width: '100%', height: '70vh', border: 0 }}
            />
          ) : (
            <img
              src={preview.url}
              alt={requestPage.previewOf(preview.attachment.fileName)}
              style={{ maxWidth: '100%' }}
            />
          ))}
      </previewModal.Component>
    </section>
  );
}
