export { routingBoardOf } from './engine/routing-board';
export type { BoardCall, BoardGroup, RoutingBoard } from './engine/routing-board';
export { RoutingEngine } from './engine/routing-engine';
export type {
  DispatchOutcome,
  EnqueueResult,
  IncomingCall,
  MadeOffer,
} from './engine/routing-engine';
export { CallDispatcher } from './nest/call-dispatcher.service';
export type { EnqueueCallCommand } from './nest/call-dispatcher.service';
export { CallOfferPort } from './nest/call-offer.port';
export type { OfferRouting } from './nest/call-offer.port';
export { LoggingCallOfferAdapter } from './nest/logging-call-offer.adapter';
export { CallRoutingJobsModule } from './nest/call-routing-jobs.module';
export { offerTimeoutJobId, stepTimeoutJobId } from './nest/call-routing-jobs';
export type { OfferTimeoutJob, StepTimeoutJob } from './nest/call-routing-jobs';
export { CallRoutingModule } from './nest/call-routing.module';
export { CallRoutingProcessor } from './nest/call-routing.processor';
export { decideMatches } from './policy/decide-matches';
export { deficitRatio } from './policy/deficit-ratio';
export { AGENT_PRESENCES, STAFFED_STATES } from './policy/routing-snapshot';
export type {
  AgentPresence,
  AgentState,
  CallMatch,
  GroupLoad,
  RoutingAgent,
  RoutingDecision,
  RoutingSnapshot,
  StepChange,
  WaitingCall,
} from './policy/routing-snapshot';
export {
  effectiveStep,
  groupOf,
  homeGroupOf,
  inPool,
  routeNameOf,
  routeOf,
  tierOf,
} from './policy/routing-steps';
export { InvalidRoutingRules } from './rules/invalid-routing-rules.exception';
export {
  loadRoutingRules,
  parseRoutingRules,
  ROUTING_RULES_FILE_NAME,
} from './rules/routing-rules';
export type { RouteName, RoutingPool, RoutingRules, RoutingStep } from './rules/routing-rules';
export { routingTopologyOf } from './rules/routing-topology';
export type { RoutingPlan, RoutingTopology } from './rules/routing-topology';
export { CallRoutingStore } from './store/call-routing.store';
export type {
  AgentRegistration,
  CallOutcome,
  ClaimResult,
  FinishResult,
  NewCall,
} from './store/call-routing.store';
export { parisDay, RoutingKeys } from './store/routing-keys';
export { RoutingStateReader } from './store/routing-state.reader';
export type {
  CallStatus,
  RoutingState,
  StoredAgent,
  StoredCall,
} from './store/routing-state.reader';
