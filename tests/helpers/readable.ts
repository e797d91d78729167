/** What a message must never show: a value that was missing, or an empty quote or label where a value belongs. */
export const UNREADABLE = /undefined|null|NaN|\[object|“\s*”|「\s*」|‘\s*’|：$|: $|第\s+项/;
