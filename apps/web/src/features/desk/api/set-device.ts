import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { deskKeys } from './desk-keys';

export type DeviceChoice = components['schemas']['DeviceDto'];

/** PUT /api/voice/me/device: the browser softphone, or a phone reached by its number. */
export function useSetDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (device: DeviceChoice) => unwrap(api.PUT('/api/voice/me/device', { body: device })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deskKeys.all }),
  });
}
