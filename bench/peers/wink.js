// wink.js - wink-nlp with wink-eng-lite-web-model: named entities of each
// document (the closest peer of our annotate stage).
'use strict';
const { runPeer } = require('./common');

runPeer('wink-nlp', async () => {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  return winkNLP(model);
}, (nlp, text) => nlp.readDoc(text).entities().out().length);
