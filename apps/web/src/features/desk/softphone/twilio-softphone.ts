import type { Call, Device } from '@twilio/voice-sdk';
import { fetchVoiceToken } from '../api/voice-token';
import type { Softphone } from './softphone';

/**
 * Twilio's browser softphone. The SDK is imported only when the desk starts it, so it stays out
 * of the initial bundle; the access token is renewed before it expires (`tokenWillExpire`). The
 * screen pop, not the device, tells the desk a call is offered; the device holds it for "Répondre".
 */
export function twilioSoftphone(): Softphone {
  let device: Device | undefined;
  let ringing: Call | undefined;
  let active: Call | undefined;

  return {
    kind: 'twilio',
    async start() {
      const [{ Device: TwilioDevice }, { token }] = await Promise.all([
        import('@twilio/voice-sdk'),
        fetchVoiceToken(),
      ]);
      device = new TwilioDevice(token, { closeProtection: true });
      device.on('tokenWillExpire', () => {
        void fetchVoiceToken().then(({ token: next }) => device?.updateToken(next));
      });
      device.on('incoming', (call: Call) => {
        ringing = call;
        call.on('disconnect', () => {
          if (active === call) active = undefined;
          if (ringing === call) ringing = undefined;
        });
      });
      await device.register();
    },
    stop() {
      device?.destroy();
      device = undefined;
    },
    answer() {
      ringing?.accept();
      active = ringing;
      ringing = undefined;
      return Promise.resolve();
    },
    decline() {
      ringing?.reject();
      ringing = undefined;
      return Promise.resolve();
    },
    hangUp() {
      active?.disconnect();
      active = undefined;
      return Promise.resolve();
    },
    setMuted(muted) {
      active?.mute(muted);
    },
    sendDigits(digits) {
      active?.sendDigits(digits);
    },
  };
}
