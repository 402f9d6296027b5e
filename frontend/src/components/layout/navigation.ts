/** The primary sections, in menu order; labels are common:nav.<key>. */
export const NAV_ITEMS = [
  { key: 'home', path: '/' },
  { key: 'challenges', path: '/challenges' },
  { key: 'labs', path: '/labs' },
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

export type WorkspaceItem = { key: 'myChallenges' | 'newChallenge' | 'myBids' | 'labProfile' | 'admin'; path: string };

/** The workspace pages of each role, shown in the account menu and the drawer; labels are common:nav.<key>. */
export const WORKSPACE_ITEMS: Record<string, WorkspaceItem[]> = {
  FIRM: [
    { key: 'myChallenges', path: '/firm/challenges' },
    { key: 'newChallenge', path: '/firm/challenges/new' },
  ],
  LAB: [
    { key: 'myBids', path: '/lab/bids' },
    { key: 'labProfile', path: '/lab/profile' },
  ],
  ADMIN: [{ key: 'admin', path: '/admin' }],
};

export const workspaceItems = (role: string | undefined): WorkspaceItem[] => (role ? (WORKSPACE_ITEMS[role] ?? []) : []);
