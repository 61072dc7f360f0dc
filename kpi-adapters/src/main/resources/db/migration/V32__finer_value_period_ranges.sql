-- The block-range index of the values' periods (V10) summarised 128 pages per range, some 16,000 values: a week of
-- every channel's campaigns, written measure by measure as imports write it, lay in ranges that also held months of
-- other days, so reading it rechecked about twenty rows for each one kept (1.4 M for 67 k on the cycle benchmark's
-- tenant, docs/benchmarks.md). Sixteen pages per range find the same rows rechecking 162 k (165 blocks instead of
-- 3,785). The index stays a block-range one: a writer appending values still does nothing for a range not yet
-- summarised (no B-tree to keep up on import), and it is a few dozen pages for ten million values.
drop index observation_value_period;
create index observation_value_period on observation_value using brin (period_start)
    with (pages_per_range = 16, autosummarize = on);
