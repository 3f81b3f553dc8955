import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { majorVersion, candidates, findJava } = require('../out/java.js');
const { networkRoot, cliCommand } = require('../out/network.js');

test('reads the Java major version from java -version', () => {
  assert.equal(majorVersion('openjdk version "17.0.12" 2024-07-16'), 17);
  assert.equal(majorVersion('java version "1.8.0_382"'), 8);
  assert.equal(majorVersion('openjdk version "21" 2023-09-19'), 21);
  assert.equal(majorVersion('no java here'), undefined);
});

test('tries the setting, then JAVA_HOME, then the PATH', () => {
  assert.deepEqual(candidates('/opt/jdk21', '/usr/lib/jvm/17'), ['/opt/jdk21/bin/java', '/usr/lib/jvm/17/bin/java', 'java']);
  assert.deepEqual(candidates('', undefined), ['java']);
});

test('finds this machine\'s Java 17+, and explains when none runs', async () => {
  const found = await findJava(undefined, process.env.JAVA_HOME);
  assert.equal(typeof found, 'object', String(found));
  assert.ok(found.major >= 17);
});

test('explains which Java it tried when none runs', async () => {
  const path = process.env.PATH;
  process.env.PATH = '';
  try {
    const missing = await findJava('/nonexistent/jdk', '/nonexistent/too');
    assert.equal(typeof missing, 'string');
    assert.match(missing, /needs Java 17 or later/);
    assert.match(missing, /\/nonexistent\/jdk\/bin\/java \(does not run\)/);
    assert.match(missing, /charter\.java\.home/);
  } finally {
    process.env.PATH = path;
  }
});

test('finds the network of a model, a logic file and the rules files', () => {
  const root = mkdtempSync(join(tmpdir(), 'charter-net-'));
  mkdirSync(join(root, 'models', 'sub'), { recursive: true });
  mkdirSync(join(root, 'logic'), { recursive: true });
  writeFileSync(join(root, 'models', 'sub', 'a.cto'), 'namespace a');
  assert.equal(networkRoot(join(root, 'models', 'sub', 'a.cto')), root);
  assert.equal(networkRoot(join(root, 'logic', 'a.logic')), root);
  assert.equal(networkRoot(join(root, 'permissions.acl')), root);
  assert.equal(networkRoot(join(tmpdir(), 'elsewhere.cto')), undefined);
});

test('quotes the network path for the terminal', () => {
  assert.equal(cliCommand('charter', 'check', '/work/net'), 'charter check /work/net');
  assert.equal(cliCommand('/opt/charter/bin/charter', 'serve', '/my nets/loc'), '/opt/charter/bin/charter serve "/my nets/loc"');
});
