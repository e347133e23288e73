import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { Loading, QueryError } from '../../components/states';
import { graphql } from '../../gql';
import type { NotificationDelivery, NotificationTopic } from '../../gql/graphql';

const PreferencesQuery = graphql(`
  query MyNotificationPreferences { notificationPreferences { topic delivery } }
`);
const SetPreferenceMutation = graphql(`
  mutation SetNotificationPreference($topic: NotificationTopic!, $delivery: NotificationDelivery!) {
    setNotificationPreference(topic: $topic, delivery: $delivery) { topic delivery }
  }
`);

const DELIVERIES: NotificationDelivery[] = ['IN_APP', 'EMAIL', 'DAILY_DIGEST'];

/** How the member hears of each topic: in the app only, by e-mail at once, or in the daily digest. */
export function NotificationSettings() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PreferencesQuery });
  const [saving, save] = useMutation(SetPreferenceMutation);
  // The latest choice shows at once, and stays while the list is fetched again; if its save fails, the saved one comes back with the error.
  const [chosen, setChosen] = useState<{ topic: NotificationTopic; delivery: NotificationDelivery } | null>(null);
  const choose = async (topic: NotificationTopic, delivery: NotificationDelivery) => {
    setChosen({ topic, delivery });
    if ((await save({ topic, delivery })).error) setChosen(null);
  };

  return (
    <section aria-labelledby="notification-settings-heading">
      <h2 id="notification-settings-heading">{t('notificationSettings.title')}</h2>
      <p className="hint">{t('notificationSettings.hint')}</p>
      {fetching && !data && <Loading />}
      {error && <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {data &&
        data.notificationPreferences.map(({ topic, delivery: saved }) => {
          const delivery = chosen?.topic === topic ? chosen.delivery : saved;
          return (
            <fieldset key={topic} className="form narrow">
              <legend>{t(`notificationSettings.topics.${topic}`)}</legend>
              {DELIVERIES.map((option) => (
                <label key={option}>
                  <input
                    type="radio"
                    name={`delivery-${topic}`}
                    value={option}
                    checked={delivery === option}
                    disabled={saving.fetching}
                    onChange={() => void choose(topic, option)}
                  />
                  {t(`notificationSettings.deliveries.${option}`)}
                </label>
              ))}
            </fieldset>
          );
        })}
      <FormError error={saving.error} />
    </section>
  );
}
