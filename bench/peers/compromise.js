// compromise.js - compromise with the compromise-dates plugin: people,
// places, organisations and dates of each document. Slow: bench/run.sh gives
// it a byte budget so it ends in well under a minute.
'use strict';
const { runPeer } = require('./common');

runPeer('compromise', async () => {
  const nlp = (await import('compromise')).default;
  const dates = (await import('compromise-dates')).default;
  nlp.plugin(dates);
  return nlp;
}, (nlp, text) => {
  const doc = nlp(text);
  return doc.people().out('array').length + doc.places().out('array').length +
    doc.organizations().out('array').length + doc.dates().get().length;
});
