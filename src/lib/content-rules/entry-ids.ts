import type { TreeProblem, TreeRule } from './types.ts';

/** `related` names other entries that exist. */
export const relatedIds: TreeRule = {
  id: 'related-ids',
  description: 'related lists ids of other, existing entries.',
  check({ files, present }) {
    const problems: TreeProblem[] = [];
    for (const f of files) {
      f.data.related.forEach((rel, i) => {
        if (rel === f.id)
          problems.push({
            file: f.file,
            field: `related[${i}]`,
            message: `expected another entry's id, found the entry's own id "${rel}"`,
          });
        else if (!present.has(rel))
          problems.push({
            file: f.file,
            field: `related[${i}]`,
            message: `expected the id of an existing entry, found "${rel}"`,
          });
      });
    }
    return problems;
  },
};

/**
 * `counterparts` names, per plugin, another existing entry about that plugin,
 * on an entry that is not itself about it (an entry for both plugins is its
 * own counterpart).
 */
export const counterpartIds: TreeRule = {
  id: 'counterpart-ids',
  description: 'counterparts name, per plugin, another existing entry about that plugin.',
  check({ files, present }) {
    const problems: TreeProblem[] = [];
    const plugins = new Map(files.map((f) => [f.id, f.data.plugin]));
    for (const f of files) {
      for (const [plugin, id] of Object.entries(f.data.counterparts) as ['terway' | 'flannel', string][]) {
        const field = `counterparts.${plugin}`;
        const problem = (message: string) => problems.push({ file: f.file, field, message });
        if (f.data.plugin.includes(plugin) || f.data.plugin.includes('any'))
          problem(`expected a counterpart only for a plugin this entry is not about, found one for ${plugin}, which it covers`);
        else if (id === f.id) problem(`expected another entry's id, found the entry's own id "${id}"`);
        else if (!present.has(id)) problem(`expected the id of an existing entry, found "${id}"`);
        else if (plugins.has(id) && !plugins.get(id)!.includes(plugin))
          problem(`expected an entry about ${plugin}, found "${id}", which is about ${plugins.get(id)!.join(', ')}`);
      }
    }
    return problems;
  },
};

/** Aliases are former ids: unused by any entry now and claimed by one entry only. */
export const aliases: TreeRule = {
  id: 'aliases',
  description: 'aliases are former ids no entry uses now, each claimed by one entry.',
  check({ files, present }) {
    const problems: TreeProblem[] = [];
    const owner = new Map<string, string>();
    for (const f of files) {
      f.data.aliases.forEach((alias, i) => {
        if (present.has(alias)) {
          problems.push({
            file: f.file,
            field: `aliases[${i}]`,
            message: `expected a former id that no entry uses now, found "${alias}", the id of an existing entry`,
          });
        }
        const other = owner.get(alias);
        if (other && other !== f.id) {
          problems.push({
            file: f.file,
            field: `aliases[${i}]`,
            message: `expected an alias used by one entry only, found "${alias}" also claimed by "${other}"`,
          });
        }
        owner.set(alias, f.id);
      });
    }
    return problems;
  },
};

/** Ids differing only in case would collide on case-insensitive file systems and hosts. */
export const caseUniqueIds: TreeRule = {
  id: 'case-unique-ids',
  description: 'No two ids differ only in letter case.',
  check({ present }) {
    const problems: TreeProblem[] = [];
    const lower = new Map<string, string>();
    for (const id of present.keys()) {
      const other = lower.get(id.toLowerCase());
      if (other)
        problems.push({
          file: [...present.get(id)!.values()][0]!,
          field: 'id',
          message: `expected a unique id, found "${id}" and "${other}"`,
        });
      lower.set(id.toLowerCase(), id);
    }
    return problems;
  },
};
