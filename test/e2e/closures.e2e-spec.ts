import { Role } from '@gru/auth';
import { addCalendarDays, addWorkingDays, calendarDateOf } from '@gru/calendar';
import { startTestApi, TestApi } from '../support/test-api';

describe('antenna closures and SLA due dates', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('skips an antenna closure when computing a callback due date (next working day)', async () => {
    const manager = await api.tokenFor({ role: Role.AntennaManager, antennaId: 'amiens' });
    const auth = { Authorization: `Bearer ${manager}` };
    const nextWorkingDay = addWorkingDays(new Date(), 1);
    await api
      .http()
      .post('/api/antennas/amiens/closures')
      .set(auth)
      .send({ firstDay: nextWorkingDay, lastDay: nextWorkingDay, reason: "Formation de l'équipe" })
      .expect(201);
    const citizen = await api
      .http()
      .post('/api/citizens')
      .set(auth)
      .send({ lastName: 'Roux', inseeCode: '80021' })
      .expect(201);
    const request = await api
      .http()
      .post('/api/requests')
      .set(auth)
      .send({ citizenId: citizen.body.id, channel: 'phone', subject: 'Rappel' })
      .expect(201);
    const expected = addWorkingDays(new Date(addCalendarDays(nextWorkingDay, 0) + 'T12:00:00Z'), 1);
    expect(calendarDateOf(new Date(request.body.dueAt as string))).toBe(expected);
  });

  it('refuses a closure for another antenna, an unknown antenna and a reversed range', async () => {
    const manager = await api.tokenFor({ role: Role.AntennaManager, antennaId: 'amiens' });
    const admin = await api.tokenFor({ role: Role.Admin });
    await api
      .http()
      .post('/api/antennas/arras/closures')
      .set('Authorization', `Bearer ${manager}`)
      .send({ firstDay: '2027-01-04', lastDay: '2027-01-04', reason: 'Déménagement' })
      .expect(403);
    await api
      .http()
      .post('/api/antennas/atlantis/closures')
      .set('Authorization', `Bearer ${admin}`)
      .send({ firstDay: '2027-01-04', lastDay: '2027-01-04', reason: 'Déménagement' })
      .expect(404);
    const reversed = await api
      .http()
      .post('/api/antennas/arras/closures')
      .set('Authorization', `Bearer ${admin}`)
      .send({ firstDay: '2027-01-05', lastDay: '2027-01-04', reason: 'Déménagement' })
      .expect(400);
    expect(reversed.body.errors[0].field).toBe('lastDay');
  });
});
