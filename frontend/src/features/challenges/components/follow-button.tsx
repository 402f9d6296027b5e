import { StarFilled, StarOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

import { useUser } from '@/lib/auth';
import { PUBLIC_CHALLENGE_STATUSES, type ChallengeView } from '@/types/api';

import { useSetFollowing } from '../api/follow-challenge';
import { useFollowStatus } from '../api/get-follow-status';

/** Follow / unfollow for lab members: followers are told about new answers to the challenge's questions. */
export function FollowButton({ challenge }: { challenge: Pick<ChallengeView, 'id' | 'status'> }) {
  const { t } = useTranslation('clarifications');
  const { message } = App.useApp();
  const { data: user } = useUser();
  const applies = user?.role === 'LAB' && PUBLIC_CHALLENGE_STATUSES.includes(challenge.status);
  const status = useFollowStatus(challenge.id, { enabled: applies });
  const setFollowing = useSetFollowing(challenge.id);
  if (!applies) {
    return null;
  }
  const following = status.data?.following ?? false;
  return (
    <Tooltip title={following ? t('follow.followingHint') : t('follow.hint')}>
      <Button
        size="large"
        icon={following ? <StarFilled className="follow-star" /> : <StarOutlined />}
        loading={status.isPending || setFollowing.isPending}
        disabled={status.isError}
        aria-pressed={following}
        onClick={() =>
          setFollowing.mutate(!following, {
            onSuccess: (next) => void message.success(next.following ? t('follow.followed') : t('follow.unfollowed')),
            onError: () => void message.error(t('follow.failed')),
          })
        }
        data-testid="follow-button"
        data-following={following}
      >
        {following ? t('follow.following') : t('follow.follow')}
      </Button>
    </Tooltip>
  );
}
