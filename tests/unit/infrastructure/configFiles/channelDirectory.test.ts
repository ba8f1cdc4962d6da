import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadChannelDirectory } from '../../../../src/infrastructure/configFiles/channelDirectory';
import { ConfigFileError } from '../../../../src/infrastructure/configFiles/loadYamlConfig';

const CONFIG_DIR = join(__dirname, '../../../../config');

function dirWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'channels-'));
  writeFileSync(join(dir, 'channels.yaml'), text);
  return dir;
}

describe('loadChannelDirectory', () => {
  it('loads the shipped config/channels.yaml', () => {
    const directory = loadChannelDirectory(CONFIG_DIR);
    expect(directory.all.length).toBeGreaterThan(0);
    expect(directory.usedFor('coordination').length).toBeGreaterThan(0);
    expect(directory.usedFor('updates').length).toBeGreaterThan(0);
    for (const channel of directory.all) {
      expect(channel.channelId).toMatch(/^19:.+@thread\.tacv2$/);
      expect(channel.serviceUrl).toMatch(/^https:\/\//);
    }
  });

  it('fills serviceUrl from the default and keeps an own one', () => {
    const directory = loadChannelDirectory(
      dirWith(
        [
          'defaultServiceUrl: https://smba.example/emea/',
          'channels:',
          '  - id: a',
          '    name: A',
          '    teamId: t1',
          '    channelId: 19:aaa@thread.tacv2',
          '    usedFor: [coordination]',
          '  - id: b',
          '    name: B',
          '    teamId: t2',
          '    channelId: 19:bbb@thread.tacv2',
          '    serviceUrl: https://other.example/',
          '    usedFor: [updates]',
          '',
        ].join('\n'),
      ),
    );
    expect(directory.byId('a')?.serviceUrl).toBe('https://smba.example/emea/');
    expect(directory.byId('b')?.serviceUrl).toBe('https://other.example/');
    expect(directory.usedFor('updates').map((c) => c.id)).toEqual(['b']);
    expect(directory.byId('zzz')).toBeUndefined();
  });

  it('names the line and field of a bad channel id', () => {
    const dir = dirWith(
      [
        'channels:',
        '  - id: a',
        '    name: A',
        '    teamId: t1',
        '    channelId: general',
        '    usedFor: [coordination]',
        '',
      ].join('\n'),
    );
    expect(() => loadChannelDirectory(dir)).toThrow(ConfigFileError);
    try {
      loadChannelDirectory(dir);
    } catch (error) {
      expect((error as ConfigFileError).problems[0]).toMatchObject({
        line: 5,
        field: 'channels.0.channelId',
      });
      expect((error as ConfigFileError).message).toContain('channels.yaml');
    }
  });

  it.each([
    ['duplicate ids', 'coordination', 'channels.1.id'],
    ['unknown uses', 'news', 'channels.1.usedFor.0'],
  ])('refuses %s', (_label, use, field) => {
    const dir = dirWith(
      [
        'channels:',
        '  - { id: a, name: A, teamId: t, channelId: "19:a@thread.tacv2", usedFor: [coordination] }',
        `  - { id: a, name: B, teamId: t, channelId: "19:b@thread.tacv2", usedFor: [${use}] }`,
        '',
      ].join('\n'),
    );
    let caught: unknown;
    try {
      loadChannelDirectory(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigFileError);
    expect((caught as ConfigFileError).problems).toEqual([expect.objectContaining({ field, line: 3 })]);
  });
});
