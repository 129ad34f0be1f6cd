import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const libs = join(import.meta.dirname, '..', '..');
const stages = ['intake', 'mediation', 'arbitration', 'litigation'];
const pure = [...stages, 'domain-core', 'dispute', 'calendar', 'minimum-wage'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);

describe('the domain stays plain functions and types', () => {
  it.each(stages)('stage lib %s imports no other stage', (stage) => {
    const others = stages.filter((s) => s !== stage).map((s) => `#${s}`);
    const offending = sources(join(libs, stage, 'src')).flatMap((file) =>
      importsOf(file).filter((i) => others.includes(i)).map((i) => `${relative(libs, file)} imports ${i}`),
    );
    expect(offending).toEqual([]);
  });

  it.each(pure)('%s uses no framework, database, store client or wall clock', (lib) => {
    const offending = sources(join(libs, lib, 'src')).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const bad = importsOf(file).filter((i) => /^(@nestjs|typeorm|pg|@eventstore|bullmq|ioredis)/.test(i) || ['#event-store', '#database', '#platform'].includes(i));
      if (/new Date\(\)|Date\.now\(\)/.test(text)) bad.push('the wall clock');
      return bad.map((b) => `${relative(libs, file)}: ${b}`);
    });
    expect(offending).toEqual([]);
  });
});
