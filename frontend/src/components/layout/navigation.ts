/** The primary sections, in menu order; labels are common:nav.<key>. */
export const NAV_ITEMS = [
  { key: 'home', path: '/' },
  { key: 'challenges', path: '/challenges' },
  { key: 'labs', path: '/labs' },
  { key: 'search', path: '/search' },
  { key: 'results', path: '/results' },
  { key: 'announcements', path: '/announcements' },
] as const;

/** The menu key for a location: the section whose path is the longest prefix of it. */
export function activeNavKey(pathname: string): string | undefined {
  const match = NAV_ITEMS.filter((item) =>
    item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`),
  ).sort((a, b) => b.path.length - a.path.length)[0];
  return match?.key;
}

export type WorkspaceItem = {
  key:
    | 'myChallenges'
    | 'newChallenge'
    | 'myBids'
    | 'labProfile'
    | 'admin'
    | 'myReviews'
    | 'myObjections'
    | 'myInvitations'
    | 'myFollows'
    | 'recommendations';
  path: string;
};

const MY_OBJECTIONS: WorkspaceItem = { key: 'myObjections', path: '/my/objections' };

/** The workspace pages of each role, shown in the account menu and the drawer; labels are common:nav.<key>. */
export const WORKSPACE_ITEMS: Record<string, WorkspaceItem[]> = {
  FIRM: [
    { key: 'myChallenges', path: '/firm/challenges' },
    { key: 'newChallenge', path: '/firm/challenges/new' },
    MY_OBJECTIONS,
  ],
  LAB: [
    { key: 'myBids', path: '/lab/bids' },
    { key: 'recommendations', path: '/lab/recommendations' },
    { key: 'myInvitations', path: '/lab/invitations' },
    { key: 'myFollows', path: '/lab/follows' },
    { key: 'labProfile', path: '/lab/profile' },
    MY_OBJECTIONS,
  ],
  // Administrators may sit on review panels too; they use the experts' pages.
  ADMIN: [
    { key: 'admin', path: '/admin' },
    { key: 'myReviews', path: '/reviews' },
  ],
  EXPERT: [{ key: 'myReviews', path: '/reviews' }, MY_OBJECTIONS],
};

export const workspaceItems = (role: string | undefined): WorkspaceItem[] => (role ? (WORKSPACE_ITEMS[role] ?? []) : []);
