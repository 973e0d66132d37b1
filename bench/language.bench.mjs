#!/usr/bin/env node
// Render throughput of @fieldcode/language against Handlebars, liquidjs, mustache and a
// hand-written template-literal function on equivalent templates (all compiled/parsed once),
// plus parse+compile time of a 5 KB template. Writes bench/results/language.md.
import os from 'node:os';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import Handlebars from 'handlebars';
import { Liquid } from 'liquidjs';
import Mustache from 'mustache';
import { compile, parse } from '@fieldcode/language';

const BATCH = 100; // renders per timed call, so that sub-microsecond renders are measurable
const ROUNDS = 7;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const data = {
  Contact: { FirstName: 'John', LastName: 'Smith', MyFC_BillAmount: '$129.99', Balance: 1234.5, Vip: true },
  Agent: { FirstName: 'Ann', FullName: 'Ann Lee', Signature: 'Ann, Acme support' },
  Interaction: {
    Id: '0009SaF2PQ3A00HY',
    DateCreated: '2026-11-21T09:30:00Z',
    Subject: 'Question about my November invoice and the late fee',
    AttachedData: { Language: 'en' },
  },
  Variables: { CustomProp_Date: 'March 7 / 2020', CustomProp_Time: '3:00 PM' },
};

// --- shared helpers used by the non-fieldcode engines (same output as the field-code functions)
const money = (n) => {
  const [int, frac] = (Math.round(Number(n) * 100) / 100).toFixed(2).split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
};
const ddmmyyyy = (iso) => {
  const d = new Date(iso);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};

// --- 1. the seed notification body (three parameters joined into the body text)
const seed = {
  fieldcode:
    'Hello <$ Contact.FirstName $> <$ Contact.LastName $>,\nYour bill of <$ Contact.MyFC_BillAmount $> * is due on *<$ CustomProp_Date $> <$ CustomProp_Time $>*.',
  handlebars:
    'Hello {{Contact.FirstName}} {{Contact.LastName}},\nYour bill of {{Contact.MyFC_BillAmount}} * is due on *{{Variables.CustomProp_Date}} {{Variables.CustomProp_Time}}*.',
  liquid:
    'Hello {{ Contact.FirstName }} {{ Contact.LastName }},\nYour bill of {{ Contact.MyFC_BillAmount }} * is due on *{{ Variables.CustomProp_Date }} {{ Variables.CustomProp_Time }}*.',
  mustache:
    'Hello {{{Contact.FirstName}}} {{{Contact.LastName}}},\nYour bill of {{{Contact.MyFC_BillAmount}}} * is due on *{{{Variables.CustomProp_Date}}} {{{Variables.CustomProp_Time}}}*.',
  literal: (d) =>
    `Hello ${d.Contact?.FirstName ?? ''} ${d.Contact?.LastName ?? ''},\nYour bill of ${d.Contact?.MyFC_BillAmount ?? ''} * is due on *${d.Variables?.CustomProp_Date ?? ''} ${d.Variables?.CustomProp_Time ?? ''}*.`,
};

// --- 2. a ~2 KB response with several functions
const filler =
  'Thank you for contacting Acme support. We have reviewed your account and the details of your request below. ' +
  'If anything looks wrong, simply reply to this message and an agent will get back to you within one business day.\n';
const parts = (v) => [
  `Dear ${v.first} ${v.upperLast},\n\n`,
  filler,
  `Your status: ${v.status}.\n`,
  filler,
  `Current balance: ${v.balance} (account opened on ${v.date}).\n`,
  filler,
  `Subject: ${v.subject}…\nReference: ${v.id}\n`,
  filler,
  filler,
  filler,
  filler,
  `Kind regards,\n${v.agent}\n${v.signature}\n`,
];
const response = {
  fieldcode: parts({
    first: '<$ Contact.FirstName $>',
    upperLast: '<$ Upper(Contact.LastName) $>',
    status: '<$ If(Contact.Vip, "Gold customer", "Customer") $>',
    balance: '<$ Contact.Balance : "#,##0.00" $>',
    date: '<$ Interaction.DateCreated : "dd/MM/yyyy" $>',
    subject: '<$ Left(Interaction.Subject, 20) $>',
    id: '<$ Interaction.Id $>',
    agent: '<$ Agent.FullName $>',
    signature: '<$ Agent.Signature $>',
  }).join(''),
  handlebars: parts({
    first: '{{Contact.FirstName}}',
    upperLast: '{{upper Contact.LastName}}',
    status: '{{#if Contact.Vip}}Gold customer{{else}}Customer{{/if}}',
    balance: '{{money Contact.Balance}}',
    date: '{{ddmmyyyy Interaction.DateCreated}}',
    subject: '{{left Interaction.Subject 20}}',
    id: '{{Interaction.Id}}',
    agent: '{{Agent.FullName}}',
    signature: '{{Agent.Signature}}',
  }).join(''),
  liquid: parts({
    first: '{{ Contact.FirstName }}',
    upperLast: '{{ Contact.LastName | upcase }}',
    status: '{% if Contact.Vip %}Gold customer{% else %}Customer{% endif %}',
    balance: '{{ Contact.Balance | money }}',
    date: '{{ Interaction.DateCreated | ddmmyyyy }}',
    subject: '{{ Interaction.Subject | slice: 0, 20 }}',
    id: '{{ Interaction.Id }}',
    agent: '{{ Agent.FullName }}',
    signature: '{{ Agent.Signature }}',
  }).join(''),
  mustache: parts({
    first: '{{{Contact.FirstName}}}',
    upperLast: '{{{upperLast}}}',
    status: '{{#Contact.Vip}}Gold customer{{/Contact.Vip}}{{^Contact.Vip}}Customer{{/Contact.Vip}}',
    balance: '{{{balance}}}',
    date: '{{{date}}}',
    subject: '{{{subject}}}',
    id: '{{{Interaction.Id}}}',
    agent: '{{{Agent.FullName}}}',
    signature: '{{{Agent.Signature}}}',
  }).join(''),
  literal: (d) =>
    parts({
      first: d.Contact?.FirstName ?? '',
      upperLast: String(d.Contact?.LastName ?? '').toUpperCase(),
      status: d.Contact?.Vip ? 'Gold customer' : 'Customer',
      balance: money(d.Contact?.Balance),
      date: ddmmyyyy(d.Interaction?.DateCreated),
      subject: String(d.Interaction?.Subject ?? '').slice(0, 20),
      id: d.Interaction?.Id ?? '',
      agent: d.Agent?.FullName ?? '',
      signature: d.Agent?.Signature ?? '',
    }).join(''),
};

// --- engines, compiled once
const hb = Handlebars.create();
hb.registerHelper('upper', (s) => String(s ?? '').toUpperCase());
hb.registerHelper('money', money);
hb.registerHelper('ddmmyyyy', ddmmyyyy);
hb.registerHelper('left', (s, n) => String(s ?? '').slice(0, n));
const liquid = new Liquid();
liquid.registerFilter('money', money);
liquid.registerFilter('ddmmyyyy', ddmmyyyy);
// mustache is logic-less: the helper results are computed in a view function, as a mustache user would.
const mustacheView = (d) => ({
  ...d,
  upperLast: () => String(d.Contact.LastName).toUpperCase(),
  balance: () => money(d.Contact.Balance),
  date: () => ddmmyyyy(d.Interaction.DateCreated),
  subject: () => String(d.Interaction.Subject).slice(0, 20),
});

function engines(t) {
  const fc = compile(t.fieldcode);
  const h = hb.compile(t.handlebars, { noEscape: true, strict: false });
  const l = liquid.parse(t.liquid);
  Mustache.parse(t.mustache);
  const m = t.mustache;
  const esc = Mustache.escape;
  return {
    fieldcode: () => fc.render(data).output,
    handlebars: () => h(data),
    liquidjs: () => liquid.renderSync(l, data),
    mustache: () => {
      Mustache.escape = (s) => s;
      const out = Mustache.render(m, mustacheView(data));
      Mustache.escape = esc;
      return out;
    },
    literal: () => t.literal(data),
  };
}

async function measure(label, t) {
  const e = engines(t);
  const expected = e.fieldcode();
  for (const [name, fn] of Object.entries(e)) {
    if (fn() !== expected) throw new Error(`${label}: ${name} output differs from fieldcode:\n${fn()}\n---\n${expected}`);
  }
  // The machine is shared: run several short interleaved rounds and keep each engine's median.
  const samples = Object.fromEntries(Object.keys(e).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: 400, warmupTime: 100 });
    for (const [name, fn] of Object.entries(e)) {
      bench.add(name, () => {
        let s;
        for (let i = 0; i < BATCH; i++) s = fn();
        return s;
      });
    }
    await bench.run();
    for (const task of bench.tasks) samples[task.name].push((1000 * BATCH) / task.result.period);
  }
  const ops = {};
  for (const [name, values] of Object.entries(samples)) ops[name] = median(values);
  return { label, bytes: Buffer.byteLength(t.fieldcode), ops };
}

const results = [await measure('seed notification body', seed), await measure('~2 KB response with functions', response)];

// --- parse + compile of a 5 KB template
let big = '';
while (big.length < 5 * 1024) big += response.fieldcode;
big = big.slice(0, big.indexOf('\n', 5 * 1024) + 1); // newlines only occur in text, so this cuts between field codes
const compileSamples = [];
const parseSamples = [];
for (let round = 0; round < ROUNDS; round++) {
  const compileBench = new Bench({ time: 300, warmupTime: 100 });
  compileBench.add('parse + compile 5 KB', () => compile(big));
  compileBench.add('parse only 5 KB', () => parse(big));
  await compileBench.run();
  compileSamples.push(compileBench.tasks[0].result.latency.mean);
  parseSamples.push(compileBench.tasks[1].result.latency.mean);
}
const compileMs = median(compileSamples);
const parseMs = median(parseSamples);

// --- report
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const lines = ['## Language: render throughput and compile time', ''];
lines.push(
  `Node ${process.version}. Each engine compiled/parsed once; ops/s = renders per second (batches of ${BATCH}), median of ${ROUNDS} interleaved rounds; one-minute load average when the section was written: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs (absolute figures drop with load; the ratios within the run hold better).`,
  '',
);
for (const r of results) {
  lines.push(`### ${r.label} (${r.bytes} bytes of field-code template)`, '');
  lines.push('| engine | ops/s | fieldcode ÷ engine |', '|---|---:|---:|');
  for (const [name, value] of Object.entries(r.ops)) lines.push(`| ${name} | ${fmt(value)} | ${ratio(r.ops.fieldcode, value)} |`);
  lines.push('');
  const f = r.ops.fieldcode;
  lines.push(
    `Targets: ≥ 1.5× Handlebars → ${ratio(f, r.ops.handlebars)} ${f >= 1.5 * r.ops.handlebars ? '(met)' : '(MISSED)'}; ` +
      `≥ 5× liquidjs → ${ratio(f, r.ops.liquidjs)} ${f >= 5 * r.ops.liquidjs ? '(met)' : '(MISSED)'}; ` +
      `within 2× of the template literal → literal is ${ratio(r.ops.literal, f)} faster ${r.ops.literal <= 2 * f ? '(met)' : '(MISSED)'}.`,
    '',
  );
}
lines.push(`### Parse + compile of a ${big.length}-character template`, '');
lines.push(
  `Mean ${compileMs.toFixed(3)} ms (target < 0.2 ms: ${compileMs < 0.2 ? 'met' : 'MISSED'}), of which parsing alone takes ${parseMs.toFixed(3)} ms.`,
  '',
);
const text = lines.join('\n');
console.log(text);
const here = dirname(fileURLToPath(import.meta.url));
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'language.md'), text + '\n');
