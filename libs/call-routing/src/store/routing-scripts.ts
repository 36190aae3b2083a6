/*
 * The Lua scripts of the routing state. Each runs atomically in Redis, which is what makes a match
 * safe with several api and worker processes: a call is offered to one agent at a time, an agent
 * gets one call at a time. Times come in ARGV (epoch ms) so a simulated clock drives the same code.
 */

/** Books staffed phone time when an agent leaves the staffed states (fair share reads it per day). */
const PRELUDE = `
local function staffed(state)
  return state == 'available' or state == 'reserved' or state == 'on_call' or state == 'wrap_up'
end
local function move(agent_key, staffed_key, to, now, day_start)
  local fields = redis.call('HMGET', agent_key, 'state', 'group', 'staffedSince', 'phoneSkill')
  if fields[4] == '1' then
    if staffed(fields[1]) and not staffed(to) then
      local since = math.max(tonumber(fields[3]) or now, day_start)
      if now > since then
        redis.call('HINCRBY', staffed_key, fields[2], now - since)
        redis.call('EXPIRE', staffed_key, 259200)
      end
    elseif staffed(to) and not staffed(fields[1]) then
      redis.call('HSET', agent_key, 'staffedSince', now)
    end
  end
  redis.call('HSET', agent_key, 'state', to)
end
`;

export interface RoutingScript {
  readonly numberOfKeys: number;
  readonly lua: string;
}

/**
 * KEYS call, waiting, queue (of the antenna, at the step), queues
 * ARGV sid, antennaId, arrivedAt, step, stepStartedAt → 1 created, 0 known (a retry).
 */
export const ENQUEUE: RoutingScript = {
  numberOfKeys: 4,
  lua: `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'callSid', ARGV[1], 'antennaId', ARGV[2], 'arrivedAt', ARGV[3], 'step', ARGV[4],
  'stepStartedAt', ARGV[5], 'status', 'waiting', 'offers', 0, 'agent', '')
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
redis.call('SADD', KEYS[4], ARGV[2])
return 1`,
};

/**
 * KEYS call, queue at the stored step, queue at the new step · ARGV step, stepStartedAt, storedStep, sid
 * → 1 when the waiting call moved forward (steps never go back); 0 when it is no longer waiting at
 * the step the caller read (another dispatcher moved it: the next round reads it again).
 */
export const ADVANCE: RoutingScript = {
  numberOfKeys: 3,
  lua: `
local call = redis.call('HMGET', KEYS[1], 'status', 'step', 'arrivedAt')
if call[1] ~= 'waiting' or call[2] ~= ARGV[3] or tonumber(call[2]) >= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'step', ARGV[1], 'stepStartedAt', ARGV[2])
redis.call('ZREM', KEYS[2], ARGV[4])
redis.call('ZADD', KEYS[3], call[3], ARGV[4])
return 1`,
};

/**
 * KEYS call, agent, waiting, available, offered, queue at the stored step
 * ARGV sid, agentId, deadline, storedStep → {1, offers} or {0, reason}.
 */
export const CLAIM: RoutingScript = {
  numberOfKeys: 6,
  lua: `
local call = redis.call('HMGET', KEYS[1], 'status', 'step')
if call[1] ~= 'waiting' then return {0, 'call-not-waiting'} end
if call[2] ~= ARGV[4] then return {0, 'call-moved'} end
local agent = redis.call('HMGET', KEYS[2], 'state', 'phoneSkill')
if agent[1] ~= 'available' or agent[2] ~= '1' then return {0, 'agent-not-available'} end
local offers = redis.call('HINCRBY', KEYS[1], 'offers', 1)
redis.call('HSET', KEYS[1], 'status', 'offered', 'agent', ARGV[2], 'offerDeadline', ARGV[3])
redis.call('HSET', KEYS[2], 'state', 'reserved', 'call', ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('ZREM', KEYS[6], ARGV[1])
redis.call('ZREM', KEYS[4], ARGV[2])
redis.call('ZADD', KEYS[5], ARGV[3], ARGV[1])
return {1, offers}`,
};

/**
 * KEYS call, agent, waiting, available, offered, staffed, queue at the stored step
 * ARGV sid, agentId, now, dayStart, next, storedStep
 * An offer that was not answered (or that the agent withdrew): the call goes back with its original
 * arrival, the agent to \`next\` (break after a no-answer). 1 done, 0 stale, -1 when the call's step
 * is not the one the caller read (read it again).
 */
export const RELEASE: RoutingScript = {
  numberOfKeys: 7,
  lua: `${PRELUDE}
local call = redis.call('HMGET', KEYS[1], 'status', 'agent', 'arrivedAt', 'step')
if call[1] ~= 'offered' or call[2] ~= ARGV[2] then return 0 end
if call[4] ~= ARGV[6] then return -1 end
redis.call('HSET', KEYS[1], 'status', 'waiting', 'agent', '', 'offerDeadline', '')
redis.call('ZADD', KEYS[3], call[3], ARGV[1])
redis.call('ZADD', KEYS[7], call[3], ARGV[1])
redis.call('ZREM', KEYS[5], ARGV[1])
if redis.call('HGET', KEYS[2], 'call') == ARGV[1] then
  redis.call('HSET', KEYS[2], 'call', '')
  move(KEYS[2], KEYS[6], ARGV[5], tonumber(ARGV[3]), tonumber(ARGV[4]))
  if ARGV[5] == 'available' then
    redis.call('ZADD', KEYS[4], redis.call('HGET', KEYS[2], 'idleSince'), ARGV[2])
  end
end
return 1`,
};

/** KEYS call, agent, offered, connected, handled · ARGV sid, agentId, now → 1 connected, 2 already, 0 stale. */
export const CONNECT: RoutingScript = {
  numberOfKeys: 5,
  lua: `
local call = redis.call('HMGET', KEYS[1], 'status', 'agent')
if call[2] ~= ARGV[2] then return 0 end
if call[1] == 'connected' then return 2 end
if call[1] ~= 'offered' then return 0 end
redis.call('HSET', KEYS[1], 'status', 'connected', 'answeredAt', ARGV[3], 'offerDeadline', '')
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1])
redis.call('HSET', KEYS[2], 'state', 'on_call')
redis.call('HINCRBY', KEYS[5], redis.call('HGET', KEYS[2], 'group'), 1)
redis.call('EXPIRE', KEYS[5], 259200)
return 1`,
};

/**
 * KEYS call, agent, waiting, offered, connected, available, wrapUp, staffed, queue at the stored step
 * ARGV sid, agentId ('' if none), now, dayStart, outcomeIfUnanswered, wrapUpUntil, retentionSeconds,
 * storedStep
 * The call is over: answered → completed and the agent to wrap-up; waiting or ringing → the caller
 * left (abandoned or callback) and a ringing agent is free again. {1, outcome}, {0, status} when
 * already over, {-1, status} when the call's agent or step changed meanwhile (read them again).
 */
export const FINISH: RoutingScript = {
  numberOfKeys: 9,
  lua: `${PRELUDE}
local call = redis.call('HMGET', KEYS[1], 'status', 'agent', 'step')
local status = call[1]
if not status then return {0, 'unknown'} end
if (call[2] or '') ~= ARGV[2] then return {-1, status} end
local now = tonumber(ARGV[3])
local outcome = ARGV[5]
if status == 'waiting' then
  if call[3] ~= ARGV[8] then return {-1, status} end
  redis.call('ZREM', KEYS[3], ARGV[1])
  redis.call('ZREM', KEYS[9], ARGV[1])
elseif status == 'offered' then
  redis.call('ZREM', KEYS[4], ARGV[1])
  redis.call('HSET', KEYS[2], 'call', '')
  move(KEYS[2], KEYS[8], 'available', now, tonumber(ARGV[4]))
  redis.call('ZADD', KEYS[6], redis.call('HGET', KEYS[2], 'idleSince'), ARGV[2])
elseif status == 'connected' then
  redis.call('ZREM', KEYS[5], ARGV[1])
  redis.call('HSET', KEYS[2], 'call', '', 'lastCall', ARGV[1], 'wrapUpUntil', ARGV[6])
  move(KEYS[2], KEYS[8], 'wrap_up', now, tonumber(ARGV[4]))
  redis.call('ZADD', KEYS[7], ARGV[6], ARGV[2])
  outcome = 'completed'
else
  return {0, status}
end
redis.call('HSET', KEYS[1], 'status', outcome, 'endedAt', ARGV[3], 'offerDeadline', '')
redis.call('EXPIRE', KEYS[1], ARGV[7])
return {1, outcome}`,
};

/**
 * KEYS agent, available, wrapUp, staffed · ARGV agentId, presence, now, dayStart, mode
 * mode 'set': an agent's own change; on a call it is kept for after the wrap-up, while ringing the
 * caller must withdraw the offer first. mode 'wrap-up-ended': the sweep ends an expired wrap-up.
 * Returns {state, 1 if changed}.
 */
export const PRESENCE: RoutingScript = {
  numberOfKeys: 4,
  lua: `${PRELUDE}
local agent = redis.call('HMGET', KEYS[1], 'state', 'wrapUpUntil', 'after', 'phoneSkill')
local state = agent[1]
if not state then return {'unknown', 0} end
local now = tonumber(ARGV[3])
local target = ARGV[2]
if ARGV[5] == 'wrap-up-ended' then
  if state ~= 'wrap_up' or tonumber(agent[2]) > now then return {state, 0} end
  target = (agent[3] and agent[3] ~= '') and agent[3] or 'available'
  now = tonumber(agent[2])
else
  if state == 'reserved' then return {state, 0} end
  if state == 'on_call' then
    redis.call('HSET', KEYS[1], 'after', target == 'on_call' and '' or target)
    return {state, 0}
  end
  if target == state or target == 'on_call' or target == 'wrap_up' then return {state, 0} end
end
redis.call('HDEL', KEYS[1], 'after', 'wrapUpUntil')
redis.call('ZREM', KEYS[3], ARGV[1])
move(KEYS[1], KEYS[4], target, now, tonumber(ARGV[4]))
if target == 'available' then
  redis.call('HSET', KEYS[1], 'idleSince', now)
  if agent[4] == '1' then redis.call('ZADD', KEYS[2], now, ARGV[1]) end
else
  redis.call('ZREM', KEYS[2], ARGV[1])
end
return {target, 1}`,
};

/** KEYS agent, agents, available · ARGV userId, antennaId, mobileTeam, phoneSkill, group, now. New agents start offline. */
export const REGISTER: RoutingScript = {
  numberOfKeys: 3,
  lua: `
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('HSETNX', KEYS[1], 'state', 'offline')
redis.call('HSETNX', KEYS[1], 'idleSince', ARGV[6])
redis.call('HSET', KEYS[1], 'userId', ARGV[1], 'antennaId', ARGV[2], 'mobileTeam', ARGV[3], 'phoneSkill', ARGV[4], 'group', ARGV[5])
if redis.call('HGET', KEYS[1], 'state') == 'available' and ARGV[4] == '1' then
  redis.call('ZADD', KEYS[3], 'NX', redis.call('HGET', KEYS[1], 'idleSince'), ARGV[1])
else
  redis.call('ZREM', KEYS[3], ARGV[1])
end
return 1`,
};

/**
 * KEYS call, queue at the stored step, queues · ARGV sid, storedStep, antennaId → 1 when the waiting
 * call was not in its queue yet (state written before the queues existed), 0 otherwise.
 */
export const REFILE: RoutingScript = {
  numberOfKeys: 3,
  lua: `
local call = redis.call('HMGET', KEYS[1], 'status', 'step', 'arrivedAt')
if call[1] ~= 'waiting' or call[2] ~= ARGV[2] then return 0 end
redis.call('SADD', KEYS[3], ARGV[3])
return redis.call('ZADD', KEYS[2], 'NX', call[3], ARGV[1])`,
};

export const ROUTING_SCRIPTS = {
  routingRefile: REFILE,
  routingEnqueue: ENQUEUE,
  routingAdvance: ADVANCE,
  routingClaim: CLAIM,
  routingRelease: RELEASE,
  routingConnect: CONNECT,
  routingFinish: FINISH,
  routingPresence: PRESENCE,
  routingRegister: REGISTER,
} as const;
