// @ts-check
// Preloaded into the bench's server processes, before ts-node. ts-node loads Node's `repl` module
// at start-up for its REPL, and `repl` loads `domain`, which wraps every EventEmitter emit and
// installs an async hook for the whole process: a cost the built server (`npm start`) never pays,
// and the largest one left in a profile of the bench's API. The bench never starts a REPL, so
// ts-node's REPL file gets a placeholder instead, and the servers measured behave as in production.
'use strict';

const Module = require('node:module');

const load = /** @type {any} */ (Module)._load;
/** @type {any} */ (Module)._load = function (/** @type {string} */ request, /** @type {any} */ parent, /** @type {boolean} */ isMain) {
  if ((request === 'repl' || request === 'node:repl') && parent && /ts-node[\\/]dist[\\/]repl\.js$/.test(parent.filename)) {
    return {
      Recoverable: class Recoverable extends Error {},
      start() {
        throw new Error('The bench starts no REPL.');
      },
    };
  }
  return load.apply(this, [request, parent, isMain]);
};
