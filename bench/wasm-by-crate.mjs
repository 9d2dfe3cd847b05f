// Where the wasm bytes go, by crate and by careplanner module, from `twiggy top` on the wasm that
// still has its function names (target/wasm32-unknown-unknown/release/careplanner.wasm, before
// wasm-bindgen and wasm-opt). Usage: node bench/wasm-by-crate.mjs [file.wasm]
//
// A function counts for the crate named first in its symbol, or for the implementing type's
// crate in `<Type as Trait>::method`; generic code instantiated for another crate's types counts
// for the crate that defines the generic. The shares are approximate, and wasm-opt shrinks the
// shipped file further (the shares, not the absolute numbers, are what carries over).
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const file = process.argv[2] ?? 'target/wasm32-unknown-unknown/release/careplanner.wasm';
const twiggy = process.env.TWIGGY ?? path.join(os.homedir(), '.cargo', 'bin', 'twiggy');
const csv = execFileSync(twiggy, ['top', '-n', '1000000', '-f', 'csv', file], { maxBuffer: 1 << 28 }).toString();

/// Splits one CSV line with quoted fields ("" is an escaped quote).
function fields(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i += 1; } else if (ch === '"') quoted = false; else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}

const NOT_SHIPPED = 'not shipped: names, wasm-bindgen metadata and type descriptors';
const PRIMITIVE = /^(?:&(?:mut )?)?(?:[A-Z]|str|char|bool|[iu](?:8|16|32|64|128|size)|f32|f64|\[.*\]|\(.*\))$/;

function bucket(name) {
  // wasm-bindgen reads these at build time and removes them; wasm-opt drops the names.
  if (/^custom section|subsection$/.test(name) || /__wbindgen_describe|WasmDescribe>::describe/.test(name)) return { kind: NOT_SHIPPED };
  if (name.startsWith('data segment')) return { kind: 'data (string literals, tables)' };
  if (/^(import|export) /.test(name)) return { kind: 'imports and exports' };
  // In `<Self as Trait>::f`, a generic or primitive Self means the trait's crate wrote the code.
  const impl = /^<([^<>]*?) as ([A-Za-z_][A-Za-z0-9_]*)/.exec(name);
  const head = /^<?([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?(::|>)/.exec(name);
  let crate;
  if (impl && PRIMITIVE.test(impl[1].trim())) crate = impl[2];
  else if (/^<(?:str|char|bool|[iu](?:8|16|32|64|128|size)|f32|f64|\[.*?\])>::/.test(name)) crate = 'core';
  else if (head) crate = head[1];
  else if (name.startsWith('__')) crate = 'runtime (allocator, wasm-bindgen shims)';
  else crate = 'other';
  let module = null;
  if (crate === 'careplanner') module = /^<?careplanner::((?:ui::components|ui|domain)::[A-Za-z_0-9]+)/.exec(name)?.[1] ?? 'careplanner (other)';
  return { kind: 'code', crate, module };
}

const crates = new Map();
const modules = new Map();
const kinds = new Map();
let total = 0;
for (const line of csv.trim().split('\n').slice(1)) {
  const [name, size] = fields(line);
  const bytes = Number(size);
  if (!Number.isFinite(bytes)) continue;
  total += bytes;
  const b = bucket(name);
  kinds.set(b.kind, (kinds.get(b.kind) ?? 0) + bytes);
  if (b.kind === 'code') crates.set(b.crate, (crates.get(b.crate) ?? 0) + bytes);
  if (b.module) modules.set(b.module, (modules.get(b.module) ?? 0) + bytes);
}
const shipped = total - (kinds.get(NOT_SHIPPED) ?? 0);
const table = (title, map, base) => {
  console.log(`\n| ${title} | bytes | share of code + data |`);
  console.log('|---|---|---|');
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`| ${k} | ${v} | ${((100 * v) / base).toFixed(1)} % |`);
  }
};
console.log(`${file}: ${total} bytes, of which code + data ${shipped}`);
table('part', kinds, shipped);
table('crate (code only)', crates, shipped);
table('careplanner module (code only)', modules, shipped);
