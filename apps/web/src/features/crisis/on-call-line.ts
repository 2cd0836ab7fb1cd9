interface ProgramOnCall {
  program: { name: string };
  onCall: readonly { staff: { id: string; firstName: string; lastName: string } }[];
}

/**
 * What the header says about the crisis line: who is on call (you, when it is you), in the
 * viewer's first program with anyone on call; "Nobody on call" when no program has anyone.
 */
export function onCallLine(
  programs: readonly ProgramOnCall[],
  viewerStaffId: string,
): { short: string; long: string; nobody: boolean } {
  const covered = programs.find((p) => p.onCall.length > 0);
  if (!covered) {
    return {
      short: 'Nobody on call',
      long: 'Nobody is on call for the crisis line now',
      nobody: true,
    };
  }
  const names = covered.onCall.map((s) =>
    s.staff.id === viewerStaffId ? 'you' : `${s.staff.firstName} ${s.staff.lastName.slice(0, 1)}.`,
  );
  const who = names.join(' & ');
  return {
    short: `On call: ${who}`,
    long: `On call now for ${covered.program.name}: ${who}`,
    nobody: false,
  };
}
