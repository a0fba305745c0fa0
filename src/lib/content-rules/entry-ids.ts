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
