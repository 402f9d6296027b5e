/** Query keys of the invitation feature. */
export const invitationKeys = {
  all: ['invitations'] as const,
  mine: () => [...invitationKeys.all, 'mine'] as const,
  forChallenge: (challengeId: string) => [...invitationKeys.all, 'challenge', challengeId] as const,
  openChallenges: () => [...invitationKeys.all, 'open-challenges'] as const,
};
