import { Grid } from '@mantine/core';
import { DrugScreensCard } from './drug-screens-card';
import { MeasuresCard } from './measures-card';

/** The chart's measures and screens, loaded on demand so the chart's first load stays small. */
export function MeasuresAndScreens(props: { clientId: string; canEdit: boolean }) {
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <MeasuresCard {...props} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <DrugScreensCard {...props} />
      </Grid.Col>
    </Grid>
  );
}

export { SafetyBanner } from './safety-banner';
