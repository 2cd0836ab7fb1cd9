import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { fieldIssues, newProgramSchema, type Population } from '@waypoint/domain';
import { describeError } from '../../ui/error-message';
import { timeZoneOptions } from './time-zones';
import { useCreateProgramMutation } from './use-create-program-mutation';

interface NewProgramValues {
  code: string;
  name: string;
  population: string;
  timeZone: string;
}

const validate = (values: NewProgramValues) => {
  const result = newProgramSchema.safeParse(values);
  return result.success
    ? {}
    : Object.fromEntries(fieldIssues(result.error).map((i) => [i.field, i.message]));
};

/** An administrator's new program: code, name, who it serves and where; settings start at the defaults. */
export function NewProgramForm({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const { create, creating } = useCreateProgramMutation();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<NewProgramValues>({
    mode: 'controlled',
    initialValues: {
      code: '',
      name: '',
      population: 'ADULT',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
    validate,
    validateInputOnBlur: true,
  });

  const submit = async (values: NewProgramValues) => {
    setProblem(null);
    const result = await create({ ...values, population: values.population as Population });
    if (result.kind === 'created') {
      notifications.show({
        color: 'teal',
        title: 'Program created',
        message: 'It has no staff yet: give roles in staff administration.',
      });
      void navigate(`/programs/${result.programId}`);
    } else if (result.kind === 'invalid') {
      form.setErrors(result.fields);
    } else {
      setProblem(describeError(result.error).message);
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="new-program-heading">
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="new-program-heading">
            New program
          </Title>
          {problem && (
            <Alert color="red" role="alert" title="Not created">
              {problem}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Code"
              description="Short and unique, e.g. ADULT-IOP"
              autoComplete="off"
              data-testid="new-program-code"
              {...form.getInputProps('code')}
            />
            <TextInput
              label="Name"
              autoComplete="off"
              data-testid="new-program-name"
              {...form.getInputProps('name')}
            />
            <Select
              label="Population"
              description="Sets the default weekly hours and ages"
              allowDeselect={false}
              data={[
                { value: 'ADULT', label: 'Adults' },
                { value: 'ADOLESCENT', label: 'Adolescents' },
              ]}
              {...form.getInputProps('population')}
            />
            <Select
              label="Time zone"
              searchable
              allowDeselect={false}
              data={timeZoneOptions(form.values.timeZone)}
              {...form.getInputProps('timeZone')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={creating} data-testid="new-program-create">
              Create program
            </Button>
            <Button variant="default" onClick={onClose} disabled={creating}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
