import { graphql } from '../../gql';

export const VolumeFields = graphql(`
  fragment Volume on OrderVolume {
    currency orderCount amount capturedCount capturedAmount refundedCount refundedAmount pendingCount pendingAmount declinedCount declinedAmount
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard($today: OrderFilterInput, $month: OrderFilterInput, $range: OrderFilterInput, $bucket: StatisticsBucket!, $timeZone: String!) {
    today: orderStatistics(where: $today, bucket: DAY, timeZone: $timeZone) { totals { ...Volume } }
    month: orderStatistics(where: $month, bucket: DAY, timeZone: $timeZone) { totals { ...Volume } }
    chart: orderStatistics(where: $range, bucket: $bucket, timeZone: $timeZone) {
      buckets { start volumes { ...Volume } }
    }
  }
`);

export const DashboardLiveSubscription = graphql(`
  subscription DashboardLive { orderUpdated { id orderId } }
`);
