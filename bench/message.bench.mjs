#!/usr/bin/env node
// Per-contact rendering of a compiled standard response (compileStandardResponse + response.render)
// against Handlebars rendering the same WhatsApp Cloud payload as a JSON template + JSON.parse, and
// against liquidjs and mustache doing the same, and against a hand-written function building the payload object; the genesys and open-messaging
// channels; compile time of each example; memory per compiled response. Writes bench/results/message.md.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import os from 'node:os';
import { Bench } from 'tinybench';
import Handlebars from 'handlebars';
import { Liquid } from 'liquidjs';
import Mustache from 'mustache';
import { compileStandardResponse } from '@fieldcode/content';

const here = dirname(fileURLToPath(import.meta.url));
const loadAtStart = os.loadavg()[0].toFixed(1);
const root = join(here, '..');
const ROUNDS = 7;
const BATCH = 100;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const billText = readFileSync(join(root, 'examples', 'bill-reminder.json'), 'utf8');
const bill = JSON.parse(billText);

// Varied contacts: names, amounts, dates and recipients differ per contact (a campaign).
const FIRST = ['John', 'Ann', 'Zoë', 'Mehmet', 'Li', 'Sofía', 'Oluwaseun', 'Émile'];
const LAST = ['Smith', 'Lee', "O'Brien", 'Nguyen', 'Müller', 'García', 'Okafor', 'Durand "Jr"'];
const contacts = Array.from({ length: 256 }, (_, i) => ({
  data: {
    Contact: { FirstName: FIRST[i % 8], LastName: LAST[(i * 3) % 8], MyFC_BillAmount: `$${(10 + i * 1.37).toFixed(2)}` },
    Variables: { CustomProp_Date: `March ${1 + (i % 28)} / 2026`, CustomProp_Time: `${1 + (i % 12)}:00 PM` },
  },
  to: `+1631555${String(1000 + i).padStart(4, '0')}`,
}));

// --- fieldcode: compiled once, rendered per contact
const { response } = compileStandardResponse(billText);
const options = (channel, to) => ({ channel, to, now: '2026-12-01T09:00:00Z' });

// --- Handlebars: the same payload as a JSON template, values JSON-escaped by a helper, then JSON.parse.
const hb = Handlebars.create();
hb.registerHelper('j', (...args) => JSON.stringify(args.slice(0, -1).join('')).slice(1, -1));
const payloadTemplate = hb.compile(
  `{"messaging_product":"whatsapp","recipient_type":"individual","to":"{{j to}}","type":"template","template":{"name":"appointment_new_1","language":{"code":"en_US"},"components":[` +
    `{"type":"header","parameters":[{"type":"image","image":{"link":"genesys://ucs/document/0009SaF2PQ3A00HY?file-name=Hulibut-png-192k.png"}}]},` +
    `{"type":"body","parameters":[{"type":"text","text":"{{j Contact.FirstName " " Contact.LastName}}"},{"type":"text","text":"{{j Contact.MyFC_BillAmount " *"}}"},{"type":"text","text":"{{j Variables.CustomProp_Date " " Variables.CustomProp_Time}}"}]},` +
    `{"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"Got It"}]},` +
    `{"type":"button","sub_type":"quick_reply","index":"1","parameters":[{"type":"payload","payload":"Wrong Addressee"}]}]}}`,
  { noEscape: true, strict: false },
);
const handlebars = (c) => JSON.parse(payloadTemplate({ ...c.data, to: c.to }));

// The same payload text for liquidjs (a JSON-escaping filter) and mustache (JSON escaping as its escape function).
const jsonEscape = (value) => JSON.stringify(String(value ?? '')).slice(1, -1);
const payloadText = (value) =>
  `{"messaging_product":"whatsapp","recipient_type":"individual","to":"${value('to')}","type":"template","template":{"name":"appointment_new_1","language":{"code":"en_US"},"components":[` +
  `{"type":"header","parameters":[{"type":"image","image":{"link":"genesys://ucs/document/0009SaF2PQ3A00HY?file-name=Hulibut-png-192k.png"}}]},` +
  `{"type":"body","parameters":[{"type":"text","text":"${value('Contact.FirstName')} ${value('Contact.LastName')}"},{"type":"text","text":"${value('Contact.MyFC_BillAmount')} *"},{"type":"text","text":"${value('Variables.CustomProp_Date')} ${value('Variables.CustomProp_Time')}"}]},` +
  `{"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"Got It"}]},` +
  `{"type":"button","sub_type":"quick_reply","index":"1","parameters":[{"type":"payload","payload":"Wrong Addressee"}]}]}}`;
const liquidEngine = new Liquid();
liquidEngine.registerFilter('j', jsonEscape);
const liquidTemplate = liquidEngine.parse(payloadText((path) => `{{ ${path} | j }}`));
const liquid = (c) => JSON.parse(liquidEngine.renderSync(liquidTemplate, { ...c.data, to: c.to }));
const mustacheText = payloadText((path) => `{{${path}}}`);
Mustache.parse(mustacheText);
const mustache = (c) => JSON.parse(Mustache.render(mustacheText, { ...c.data, to: c.to }, {}, { escape: jsonEscape }));

// --- hand-written: the payload object built directly (no checks, no diagnostics).
const handWritten = (c) => ({
  messaging_product: 'whatsapp',
  recipient_type: 'individual',
  to: c.to,
  type: 'template',
  template: {
    name: 'appointment_new_1',
    language: { code: 'en_US' },
    components: [
      {
        type: 'header',
        parameters: [{ type: 'image', image: { link: 'genesys://ucs/document/0009SaF2PQ3A00HY?file-name=Hulibut-png-192k.png' } }],
      },
      {
        type: 'body',
        parameters: [
          { type: 'text', text: `${c.data.Contact.FirstName} ${c.data.Contact.LastName}` },
          { type: 'text', text: `${c.data.Contact.MyFC_BillAmount} *` },
          { type: 'text', text: `${c.data.Variables.CustomProp_Date} ${c.data.Variables.CustomProp_Time}` },
        ],
      },
      { type: 'button', sub_type: 'quick_reply', index: '0', parameters: [{ type: 'payload', payload: 'Got It' }] },
      { type: 'button', sub_type: 'quick_reply', index: '1', parameters: [{ type: 'payload', payload: 'Wrong Addressee' }] },
    ],
  },
});

const engines = {
  'fieldcode (compiled response)': (c) => response.render(c.data, options('whatsapp-cloud', c.to)).output,
  'handlebars (JSON template + JSON.parse)': handlebars,
  'liquidjs (JSON template + JSON.parse)': liquid,
  'mustache (JSON template + JSON.parse)': mustache,
  'hand-written function': handWritten,
};
for (const c of contacts.slice(0, 16)) {
  const expected = handWritten(c);
  for (const [name, fn] of Object.entries(engines)) {
    if (!isDeepStrictEqual(fn(c), expected))
      throw new Error(`${name}: payload differs for ${c.to}:\n${JSON.stringify(fn(c))}\n${JSON.stringify(expected)}`);
  }
}

const channelsOnly = {
  genesys: (c) => response.render(c.data, options('genesys', c.to)).output,
  'open-messaging': (c) => response.render(c.data, options('open-messaging', c.to)).output,
  'renderStandardResponse (compiles every call), whatsapp-cloud': (c) =>
    JSON.parse(JSON.stringify(compileStandardResponse(bill).response.render(c.data, options('whatsapp-cloud', c.to)).output)),
};

async function throughput(table) {
  const samples = Object.fromEntries(Object.keys(table).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: 300, warmupTime: 100 });
    for (const [name, fn] of Object.entries(table)) {
      let next = 0;
      bench.add(name, () => {
        let out;
        for (let i = 0; i < BATCH; i++) out = fn(contacts[next++ & 255]);
        return out;
      });
    }
    await bench.run();
    for (const task of bench.tasks) samples[task.name].push((1000 * BATCH) / task.result.period);
  }
  return samples;
}

// One interleaved run: every engine and every channel side by side. Figures are medians over the
// rounds; a ratio is the median of the per-round ratios (both sides measured moments apart, so a
// load change on the shared machine moves both).
const samples = await throughput({ ...engines, ...channelsOnly });
samples['whatsapp-cloud'] = samples['fieldcode (compiled response)'];
const ops = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
const ratioOf = (a, b) => median(samples[a].map((value, round) => value / samples[b][round]));
const payloadOps = Object.fromEntries(Object.keys(engines).map((name) => [name, ops[name]]));
const channelOps = Object.fromEntries(Object.keys(channelsOnly).map((name) => [name, ops[name]]));

// --- compile time of each example (file text → compiled response)
const examples = readdirSync(join(root, 'examples'))
  .filter((f) => /\.(json|txt)$/.test(f) && f !== 'fieldcode.config.json')
  .sort();
const compileMs = {};
for (const file of examples) {
  const text = readFileSync(join(root, 'examples', file), 'utf8');
  const values = [];
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: 150, warmupTime: 50 });
    // Each run compiles a text not seen before, so the shared template cache does not hide the work.
    let n = 0;
    bench.add(file, () =>
      compileStandardResponse(file.endsWith('.txt') ? `${text} ${n++}` : text.replace('"structured"', `"x${n++}": 0, "structured"`), {
        filePath: file,
      }),
    );
    await bench.run();
    values.push(bench.tasks[0].result.latency.mean);
  }
  compileMs[file] = median(values);
}

// --- memory per compiled response: 2,000 distinct copies of the bill reminder kept alive
const COPIES = 2000;
globalThis.gc?.();
const before = process.memoryUsage().heapUsed;
const kept = [];
for (let i = 0; i < COPIES; i++)
  kept.push(
    compileStandardResponse(
      billText.replaceAll('Your next bill reminder.', `Your next bill reminder ${i}.`).replaceAll('Hello {{1}}', `Hello ${i} {{1}}`),
    ).response,
  );
globalThis.gc?.();
const perResponse = (process.memoryUsage().heapUsed - before) / COPIES;
if (kept.length !== COPIES) throw new Error('lost responses');

// --- report
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const load = os.loadavg()[0].toFixed(1);
const lines = ['## Message model: per-contact payloads from a compiled response', ''];
lines.push(
  `Node ${process.version}. \`examples/bill-reminder.json\` compiled once; each operation renders it for the next of 256 varied contacts (names with quotes and accents, amounts, dates, recipients); ops/s = payloads per second (batches of ${BATCH}), median of ${ROUNDS} interleaved rounds in which every engine and channel below runs side by side; one-minute load average ${loadAtStart} at the start of the run and ${load} when the section was written, on ${os.cpus().length} CPUs (a shared machine: absolute figures drop with load, the ratios within the run hold better). Every engine produces the same WhatsApp Cloud payload object (checked before timing). fieldcode also re-checks the profile limits on the rendered texts, checks the recipient's E.164 shape and reports diagnostics (here: the \`genesys://\` media link, converted once and reported on every render).`,
  '',
  '### whatsapp-cloud template payload',
  '',
  '| engine | payloads/s (median) | fieldcode ÷ engine (median of the rounds) |',
  '|---|---:|---:|',
);
const FC = 'fieldcode (compiled response)';
for (const [name, value] of Object.entries(payloadOps)) lines.push(`| ${name} | ${fmt(value)} | ${ratioOf(FC, name).toFixed(2)}× |`);
const overHandlebars = ratioOf(FC, 'handlebars (JSON template + JSON.parse)');
const handWrittenOver = ratioOf('hand-written function', FC);
lines.push(
  '',
  `Targets: ≥ 1.5× Handlebars → ${overHandlebars.toFixed(2)}× ${overHandlebars >= 1.5 ? '(met)' : '(MISSED)'}; within 4× of the hand-written function → it is ${handWrittenOver.toFixed(2)}× faster ${handWrittenOver <= 4 ? '(met)' : '(MISSED)'}.`,
  '',
  `Where the time goes (CPU profile of the whatsapp-cloud render, \`node --cpu-prof\`): every text renders first into its output slot; a notification whose items other than the body do not depend on the data (the campaign shape) goes to the channel's \`renderTemplate\`, which builds the payload straight from the rendered parameter values and the shared static items — one object graph per contact, the payload (docs/architecture.md). The recipient is a linear E.164 shape check (libphonenumber-js's full validation is left to the bulk pre-check); the template name and language, the media header, the quick-reply buttons and the \`genesys://\` link diagnostic are converted once per channel and profile; the re-checks of static texts run once per profile; the channel, profile, conversion memo and re-check steps of the last render are kept; the options are read in one pass over their own keys and the field-code options are sealed once. What remains per contact, by self time: the field-code renders reading the data by own data properties through property descriptors (field codes never call getters nor read the prototype) — the largest share; filling the body text, which is rendered only to re-check its length; the whitespace re-check of each rendered parameter (a scan that flattens the joined value); the payload objects; the recipient check; copying the replayed diagnostic; garbage collection. What bounds the gap to the hand-written function: fieldcode reads data defensively, renders and re-checks what Meta would refuse, and reports positioned diagnostics; the hand-written function does none of that.`,
  '',
  '### Channels (same compiled response, same run)',
  '',
  'The template engines build the WhatsApp payload only; the other channels are set against those figures (payloads of a similar size).',
  '',
  '| channel | payloads/s | ÷ handlebars | ÷ liquidjs | ÷ mustache | ÷ hand-written |',
  '|---|---:|---:|---:|---:|---:|',
);
const ratio = (name, engine) => `${ratioOf(name, engine).toFixed(2)}×`;
for (const name of ['whatsapp-cloud', ...Object.keys(channelOps)])
  lines.push(
    `| ${name} | ${fmt(ops[name])} | ${ratio(name, 'handlebars (JSON template + JSON.parse)')} | ${ratio(name, 'liquidjs (JSON template + JSON.parse)')} | ${ratio(name, 'mustache (JSON template + JSON.parse)')} | ${ratio(name, 'hand-written function')} |`,
  );
lines.push('', '### Compile time per example (file text → compiled response, mean)', '', '| example | ms |', '|---|---:|');
for (const [file, ms] of Object.entries(compileMs)) lines.push(`| ${file} | ${ms.toFixed(3)} |`);
lines.push(
  '',
  `### Memory`,
  '',
  `${fmt(perResponse)} bytes of heap per compiled response (${COPIES} distinct compiled copies of the bill reminder kept alive${globalThis.gc ? '' : '; run with --expose-gc for a settled figure'}).`,
  '',
);
const text = lines.join('\n');
console.log(text);
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'message.md'), text + '\n');
