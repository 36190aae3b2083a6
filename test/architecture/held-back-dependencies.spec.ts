import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { major, satisfies } from 'semver';

/**
 * Each dependency kept behind its current major, with the reason it cannot move (docs/decisions.md).
 * A test fails as soon as its reason is gone, so the hold is lifted rather than forgotten.
 */
interface PackageJson {
  version: string;
  peerDependencies?: Record<string, string>;
}

function installed(name: string): PackageJson {
  return JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'node_modules', name, 'package.json'), 'utf8'),
  ) as PackageJson;
}

const runtimeMajor = Number(process.versions.node.split('.')[0]);

describe('dependencies held behind their current major', () => {
  it('keeps TypeScript on 6.x while typescript-eslint does not accept TypeScript 7', () => {
    const range = installed('typescript-eslint').peerDependencies?.typescript ?? '';
    expect(major(installed('typescript').version)).toBe(6);
    expect(satisfies('7.0.0', range)).toBe(false);
  });

  it('keeps TypeScript on 6.x while @nestjs/swagger does not accept TypeScript 7', () => {
    const range = installed('@nestjs/swagger').peerDependencies?.typescript ?? '';
    expect(satisfies('7.0.0', range)).toBe(false);
  });

  it('describes the runtime with @types/node: its major is the running Node major', () => {
    expect(major(installed('@types/node').version)).toBe(runtimeMajor);
  });

  it("keeps ioredis on 5.x while typeorm's optional ioredis peer excludes 6", () => {
    const range = installed('typeorm').peerDependencies?.ioredis ?? '';
    expect(major(installed('ioredis').version)).toBe(5);
    expect(
      satisfies(installed('ioredis').version, installed('bullmq').peerDependencies?.ioredis ?? ''),
    ).toBe(true);
    expect(satisfies('6.0.0', range)).toBe(false);
  });

  it('keeps react-router on 7.x while the runtime is older than Node 22.22, which react-router 8 requires', () => {
    expect(major(installed('react-router').version)).toBe(7);
    expect(satisfies(process.versions.node, '>=22.22.0')).toBe(false);
  });

  it('keeps concurrently on 9.x while the runtime is older than Node 22, which concurrently 10 requires', () => {
    expect(major(installed('concurrently').version)).toBe(9);
    expect(satisfies(`${runtimeMajor}.99.0`, '>=22')).toBe(false);
  });
});
