import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { resolve } from 'node:path';
import { AppConfig, StaticAppConfig } from './app-config';
import { ConfigModule } from './config.module';
import { ConfigSectionNotLoaded } from './config-section-not-loaded';
import { loadConfig } from './load-config';

const ENV = {
  NODE_ENV: 'production',
  GRU_CONFIG_DIR: resolve(__dirname, '../../../config'),
  DATABASE_URL: 'postgres://gru@db.internal:5432/gru',
  REDIS_URL: 'redis://cache.internal:6379',
};

describe('partial configuration', () => {
  it('holds only the sections a process loaded, with the settings every process has', () => {
    const config = loadConfig(ENV, ['database', 'redis']);
    expect(Object.keys(config).sort()).toEqual(
      ['configDirectory', 'database', 'demoMode', 'environment', 'health', 'queues', 'redis', 'retention'].sort(),
    );
  });

  it('throws, naming the section, when code reads a section the process did not load', () => {
    const config = new StaticAppConfig(loadConfig(ENV, ['database']));
    expect(config.values.database.url).toBe(ENV.DATABASE_URL);
    expect(() => config.values.http.publicBaseUrl).toThrow(ConfigSectionNotLoaded);
    expect(() => config.values.http).toThrow(/http/);
    expect(config.has('http')).toBe(false);
  });

  it('stops the boot of a module graph that reads a section its process did not load', async () => {
    @Injectable()
    class NeedsTheSmtpSection {}
    @Module({ imports: [ConfigModule.forFeature(['smtp'], 'MailModule')], providers: [NeedsTheSmtpSection] })
    class MailModule {}
    @Module({ imports: [ConfigModule.forRoot(loadConfig(ENV, ['database'])), MailModule] })
    class ProcessModule {}

    await expect(NestFactory.createApplicationContext(ProcessModule, { logger: false, abortOnError: false })).rejects.toThrow(
      'Configuration section(s) smtp needed by MailModule were not loaded by this process',
    );
  });

  it('boots the same graph when the process loaded the section', async () => {
    @Module({ imports: [ConfigModule.forFeature(['smtp'], 'MailModule')] })
    class MailModule {}
    @Module({ imports: [ConfigModule.forRoot(loadConfig(ENV, ['database', 'smtp'])), MailModule] })
    class ProcessModule {}

    const app = await NestFactory.createApplicationContext(ProcessModule, { logger: false, abortOnError: false });
    expect(app.get(AppConfig).values.smtp.from).toContain('@');
    await app.close();
  });
});
