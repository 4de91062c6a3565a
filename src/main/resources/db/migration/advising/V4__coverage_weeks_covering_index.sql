-- The heatmap reads a window's whole weeks from this index alone (the counts are in it too).
CREATE INDEX advising_coverage_week_cells ON advising_coverage_week
    (week_start, institution_code, area_code, provenance_status, classification, releasable_to, engagements);
