/**
 * Issue 12 point 9: package.json's `engines` states the Node versions the hub supports, the LTS
 * lines 20 (from 20.11.1, type-graphql's own minimum), 22 and 24, and the Node running this test
 * is one of them. CI runs the suite on the machine's Node; the HTTP-edge files also ran on 24.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

const engines = (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;

test('the Node running the tests is a supported one', () => {
  expect(semver.satisfies(process.version, engines)).toBe(true);
});

test.each([
  ['20.11.1', true], // type-graphql 2.0.0-rc.4 requires >= 20.11.1
  ['20.20.2', true],
  ['22.0.0', true],
  ['24.21.0', true],
  ['20.11.0', false],
  ['21.7.3', false], // odd releases are never LTS and are out of support within months
  ['23.11.1', false],
  ['25.0.0', false], // not tried yet: declared once it runs the suite
])('engines.node admits %s: %s', (version, admitted) => {
  expect(semver.satisfies(version, engines)).toBe(admitted);
});

test("the runtime dependencies' own engines admit every supported line", () => {
  const minimums = ['20.11.1', '22.0.0', '24.0.0'];
  const dependencies = Object.keys((JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
  const refusing = dependencies.flatMap((name) => {
    // Read from the folder: packages with an exports map do not resolve their package.json.
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'node_modules', name, 'package.json'), 'utf8')) as { engines?: { node?: string } };
    const range = manifest.engines?.node;
    return range ? minimums.filter((v) => !semver.satisfies(v, range)).map((v) => `${name} (${range}) refuses ${v}`) : [];
  });
  expect(refusing).toEqual([]);
});
