import type { DataSource } from 'typeorm';

/**
 * Does the court's jurisdiction on `today` cover the case's workplace region? Such a case may come to the court
 * (its dashboard shows it), so the court's liaison may read it before anyone files there.
 */
export async function courtCoversCase(db: DataSource, courtId: string, disputeId: string, today: string): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `SELECT 1 FROM case_summaries c JOIN court_jurisdictions j ON c.region_code LIKE j.region_prefix || '%'
      WHERE c.dispute_id = $1 AND j.court_id = $2 AND j.valid_from <= $3::date AND (j.valid_to IS NULL OR $3::date < j.valid_to) LIMIT 1`,
    [disputeId, courtId, today],
  );
  return rows.length > 0;
}
