import { Role } from '@gru/auth';
import { configDirectoryWith } from '../support/config-directory';
import { startTestApi, TestApi } from '../support/test-api';

describe("agents' phone devices: French numbers and the allow-list only (toll fraud)", () => {
  let api: TestApi;
  let auth: { Authorization: string };
  const config = configDirectoryWith({
    'voice.json': (voice) => {
      voice.agentPhoneAllowList = ['+3228000000'];
    },
  });

  beforeAll(async () => {
    api = await startTestApi({ GRU_CONFIG_DIR: config.path });
    auth = {
      Authorization: `Bearer ${await api.tokenFor({ role: Role.Agent, antennaId: 'laon' })}`,
    };
  });

  afterAll(async () => {
    await api.close();
    config.remove();
  });

  const device = (phoneNumber: string) =>
    api.http().put('/api/voice/me/device').set(auth).send({ kind: 'phone', phoneNumber });

  it.each([
    ['a foreign number', '+44 20 7946 0958'],
    ['a far-away premium destination', '+882 1234 5678'],
    ['a French premium-rate number', '08 92 68 02 22'],
    ['a French premium-rate number in E.164', '+33899123456'],
  ])('refuses %s with a 400 naming phoneNumber', async (_what, phoneNumber) => {
    const refused = await device(phoneNumber).expect(400);
    expect(refused.body).toMatchObject({ code: 'validation-failed' });
    expect(refused.body.errors[0].field).toBe('phoneNumber');
  });

  it.each([
    ['a French landline', '03 23 26 00 00', '+33323260000'],
    ['a French mobile', '+33 6 12 34 56 78', '+33612345678'],
    ['a number of the allow-list', '+32 2 800 00 00', '+3228000000'],
  ])('accepts %s', async (_what, phoneNumber, stored) => {
    const accepted = await device(phoneNumber).expect(200);
    expect(accepted.body).toMatchObject({ deviceKind: 'phone', phoneNumber: stored });
  });
});
