import { Injectable } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { loadVoiceSettings, VoiceSettings } from './voice-settings';

/** config/voice.json, read and validated once per process. */
@Injectable()
export class VoiceSettingsService {
  readonly values: VoiceSettings;

  constructor(config: AppConfig) {
    this.values = loadVoiceSettings(config.values.configDirectory);
  }
}
