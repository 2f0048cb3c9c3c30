/** Reasons the form gives for a refused Save (plain text). */
export const save = {
  s2sRefused: 'Only partner admins (customer care) can create device-based destinations such as LiveRamp.',
  notCreatable:
    'People-Based and Adobe Analytics destinations are set up in Audience Manager (linked accounts, report suites); this version creates URL, cookie and LiveRamp destinations.',
}
