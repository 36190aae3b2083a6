import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InvalidRoutingRules } from './invalid-routing-rules.exception';

export const ROUTING_RULES_FILE_NAME = 'call-routing.json';

const poolSchema = z.enum([
  'own-antenna',
  'paired-antennas-and-mobile-team',
  'mobile-team',
  'region',
]);
export type RoutingPool = z.infer<typeof poolSchema>;

const stepSchema = z
  .object({
    pool: poolSchema,
    timeoutSeconds: z.number().int().min(0).max(3600).nullable(),
    skipWhenNobodyAvailable: z.boolean(),
  })
  .strict();
export type RoutingStep = z.infer<typeof stepSchema>;

/** Only the last step may wait for ever: any other step must hand over after its timeout. */
const routeSchema = z
  .array(stepSchema)
  .min(1)
  .superRefine((steps, context) => {
    steps.forEach((step, index) => {
      const last = index === steps.length - 1;
      if (last !== (step.timeoutSeconds === null)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'timeoutSeconds'],
          message: last
            ? 'the last step has no timeout (null)'
            : 'every step but the last needs a timeout',
        });
      }
    });
  });

export const routingRulesSchema = z
  .object({
    version: z.literal(1),
    description: z.string().optional(),
    /** Ringing time an agent gets before the call goes back to the queue and the agent to `break`. */
    offerTimeoutSeconds: z.number().int().min(5).max(120),
    wrapUpSeconds: z.number().int().min(0).max(1800),
    /** `fair-share` is the territorial rule; `longest-idle` is the plain pool (simulation baseline). */
    agentSelection: z.enum(['fair-share', 'longest-idle']),
    /** Floor of the staffed time in the deficit ratio, so the first minutes of a day do not swing it. */
    minimumStaffedSeconds: z.number().int().min(1).max(14_400),
    routes: z
      .object({
        /** Calls whose caller's commune belongs to an antenna. */
        antenna: routeSchema,
        /** Calls of the headquarters area and calls without an antenna (out of region, failed IVR). */
        mobileTeamArea: routeSchema.refine(
          (steps) => steps.every((step) => step.pool === 'mobile-team' || step.pool === 'region'),
          'a call without an antenna can only go to the mobile-team or region pools',
        ),
      })
      .strict(),
  })
  .strict();

export type RoutingRules = z.infer<typeof routingRulesSchema>;
export type RouteName = keyof RoutingRules['routes'];

export function parseRoutingRules(json: unknown, source = ROUTING_RULES_FILE_NAME): RoutingRules {
  const parsed = routingRulesSchema.safeParse(json);
  if (!parsed.success) {
    throw new InvalidRoutingRules(
      source,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}

/** Reads a rules file; `configDirectoryOrFile` is the config/ folder or the file itself. */
export function loadRoutingRules(configDirectoryOrFile: string): RoutingRules {
  const path = configDirectoryOrFile.endsWith('.json')
    ? configDirectoryOrFile
    : join(configDirectoryOrFile, ROUTING_RULES_FILE_NAME);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InvalidRoutingRules(path, [(error as Error).message]);
  }
  return parseRoutingRules(json, path);
}
