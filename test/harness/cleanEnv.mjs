// The environment for an npm (or node) that the harness starts itself.
//
// Under `npm test` / `npm start`, the outer npm exports its own configuration as npm_* variables
// (npm_config_user_agent naming the outer Node, npm_config_local_prefix naming this repo,
// npm_lifecycle_*, npm_package_*), and prepends node_modules/.bin and its node-gyp shim to PATH.
// A nested npm reads all of that as its own configuration: code-server's postinstall then sees
// "node/v20" in the user agent and refuses to install. A nested npm must run as if started by
// hand, so those variables go. Network settings a person may set in their shell stay, because
// they say how to reach the registry, not who started the process.

/** npm settings that describe the network, kept when present. */
const KEPT_NPM_CONFIG = new Set([
  'npm_config_registry',
  'npm_config_cafile',
  'npm_config_ca',
  'npm_config_proxy',
  'npm_config_https_proxy',
  'npm_config_noproxy',
  'npm_config_strict_ssl',
  'npm_config_cache',
]);

/** Variables npm sets for a lifecycle script besides its npm_* ones. */
const NPM_SCRIPT_VARIABLES = new Set(['INIT_CWD', 'NODE']);

/** PATH entries npm prepends for a script: every node_modules/.bin up the tree and its node-gyp shim. */
function isNpmPathEntry(entry) {
  return /[\\/]node_modules[\\/]\.bin[\\/]?$/.test(entry) || /[\\/]node-gyp-bin[\\/]?$/.test(entry);
}

/**
 * A copy of `env` without what an outer npm added, with `prependPath` entries first on PATH and
 * `extra` variables set on top.
 * @param {NodeJS.ProcessEnv} env
 * @param {{ prependPath?: string[], extra?: Record<string, string> }} [opts]
 * @returns {Record<string, string>}
 */
export function cleanChildEnv(env, { prependPath = [], extra = {} } = {}) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) continue;
    const lower = key.toLowerCase();
    if (lower.startsWith('npm_') && !KEPT_NPM_CONFIG.has(lower)) continue;
    if (NPM_SCRIPT_VARIABLES.has(key)) continue;
    out[key] = value;
  }
  const path = (env.PATH ?? '').split(':').filter((p) => p && !isNpmPathEntry(p));
  out.PATH = [...prependPath, ...path].join(':');
  return { ...out, ...extra };
}
