import { graphql } from '../../gql';

/**
 * The current episode's measures, safety flags and screens. The safety banner and the cards ask
 * the same document, so the chart makes one request for both (Apollo shares it).
 */
export const ChartMeasuresQuery = graphql(`
  query ChartMeasures($clientId: ID!) {
    client(id: $clientId) {
      id
      currentEpisode {
        id
        phase
        program {
          id
          timeZone
        }
        openSafetyFlags {
          id
          administeredAt
          totalScore
          answers
        }
        measuresDue {
          instrument
          reason
          dueDate
          daysUntilDue
        }
        measureTrends {
          instrument
          name
          totalLoinc
          maxTotal
          bands {
            band
            label
            min
            max
          }
          points {
            id
            administeredAt
            scoreStatus
            totalScore
            severityBand
            flags
            bamSubscales {
              use
              risk
              protective
            }
          }
          changeSinceIntake {
            first
            latest
            change
          }
        }
        drugScreens {
          id
          version
          collectedAt
          method
          observed
          status
          randomPick
          panel {
            analyte
            result
            expected
          }
        }
      }
    }
  }
`);
