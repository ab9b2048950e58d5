// chrono.js - chrono-node: date expressions of each document (the peer of
// our time-expression normalizer alone).
'use strict';
const { runPeer } = require('./common');

runPeer('chrono-node', async () => {
  const chrono = await import('chrono-node');
  return chrono.default && chrono.default.parse ? chrono.default : chrono;
}, (chrono, text) => chrono.parse(text).length);
