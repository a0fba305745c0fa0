import type { FileRule } from './types.ts';

/** A troubleshooting entry lists the literal messages a reader would paste, so pasting one finds it. */
export const troubleshootingErrors: FileRule = {
  id: 'troubleshooting-errors',
  description: 'Troubleshooting entries list at least one literal error message in errors.',
  check({ data, keyLines }) {
    if (data.kind !== 'troubleshooting' || data.errors.length > 0) return [];
    return [
      {
        line: keyLines.get('kind'),
        field: 'errors',
        message: 'expected a troubleshooting entry to list the literal messages readers paste (errors: […]), found none',
      },
    ];
  },
};
