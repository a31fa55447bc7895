import * as assert from 'node:assert/strict';
import { cleanChildEnv } from '../harness/cleanEnv.mjs';

// What `npm test` on Node 20 exports to its script (taken from a real run), plus a shell's own.
const UNDER_NPM_TEST: NodeJS.ProcessEnv = {
  HOME: '/root',
  LANG: 'C.UTF-8',
  NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt',
  PATH: '/repo/node_modules/.bin:/node_modules/.bin:/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin:/usr/local/bin:/usr/bin:/bin',
  INIT_CWD: '/repo',
  NODE: '/usr/bin/node',
  npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
  npm_config_local_prefix: '/repo',
  npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
  npm_config_nodedir: '/usr',
  npm_config_global_prefix: '/usr',
  npm_config_allow_scripts: '{}',
  npm_lifecycle_event: 'test',
  npm_lifecycle_script: 'node test/harness/all.mjs',
  npm_package_name: 'career-lens',
  npm_package_json: '/repo/package.json',
  npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
  npm_node_execpath: '/usr/bin/node',
  npm_command: 'test',
  npm_config_registry: 'https://registry.example/',
  npm_config_cafile: '/etc/ssl/certs/ca-certificates.crt',
};

describe('harness: environment for nested npm and node', () => {
  const env = cleanChildEnv(UNDER_NPM_TEST);

  it("drops the outer npm's user agent, which names the outer Node (code-server's postinstall reads it)", () => {
    assert.equal(env.npm_config_user_agent, undefined);
  });

  it('drops every lifecycle, package and prefix variable an outer npm sets', () => {
    const leaked = Object.keys(env).filter((k) =>
      /^npm_(lifecycle|package|command|execpath|node_execpath|config_(local_prefix|global_prefix|node_gyp|nodedir|allow_scripts))/i.test(
        k,
      ),
    );
    assert.deepEqual(leaked, []);
    assert.equal(env.INIT_CWD, undefined);
    assert.equal(env.NODE, undefined);
  });

  it('keeps network settings and ordinary variables', () => {
    assert.equal(env.npm_config_registry, 'https://registry.example/');
    assert.equal(env.npm_config_cafile, '/etc/ssl/certs/ca-certificates.crt');
    assert.equal(env.NODE_EXTRA_CA_CERTS, '/etc/ssl/certs/ca-certificates.crt');
    assert.equal(env.HOME, '/root');
  });

  it('removes the PATH entries npm prepends and puts the given ones first', () => {
    const withNode24 = cleanChildEnv(UNDER_NPM_TEST, {
      prependPath: ['/cache/node-24/bin'],
      extra: { npm_config_nodedir: '/cache/node-24' },
    });
    assert.equal(withNode24.PATH, '/cache/node-24/bin:/usr/local/bin:/usr/bin:/bin');
    assert.equal(withNode24.npm_config_nodedir, '/cache/node-24');
  });

  it('does not change the environment it was given', () => {
    assert.ok(UNDER_NPM_TEST.npm_config_user_agent);
  });
});
