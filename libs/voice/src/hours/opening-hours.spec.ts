import { instantAt } from '@gru/calendar';
import { resolve } from 'node:path';
import { loadVoiceSettings } from '../voice-settings';
import { describeOpeningHours, isOpen } from './opening-hours';

describe('opening hours of the free number', () => {
  const settings = loadVoiceSettings(resolve(__dirname, '../../../../config'));

  it('follows the week schedule in Paris time', () => {
    expect(isOpen(settings, instantAt('2026-11-23', 9, 0))).toBe(true); // Monday morning
    expect(isOpen(settings, instantAt('2026-11-23', 12, 45))).toBe(false); // lunch break
    expect(isOpen(settings, instantAt('2026-11-27', 17, 15))).toBe(false); // Friday closes at 17:00
    expect(isOpen(settings, instantAt('2026-11-28', 10, 0))).toBe(false); // Saturday
  });

  it('is closed on public holidays and exceptional closures', () => {
    expect(isOpen(settings, instantAt('2026-11-11', 10, 0))).toBe(false); // Armistice
    expect(isOpen(settings, instantAt('2026-12-24', 10, 0))).toBe(false); // configured closure
  });

  it('can be forced open (demo) or closed (tests)', () => {
    expect(isOpen(settings, instantAt('2026-11-28', 3, 0), 'always')).toBe(true);
    expect(isOpen(settings, instantAt('2026-11-23', 9, 0), 'closed')).toBe(false);
  });

  it('says the hours in French', () => {
    expect(describeOpeningHours(settings)).toBe(
      'du lundi au jeudi de 08 h 30 à 12 h 30 et de 13 h 30 à 17 h 30, le vendredi de 08 h 30 à 12 h 30 et de 13 h 30 à 17 h 00',
    );
  });
});
