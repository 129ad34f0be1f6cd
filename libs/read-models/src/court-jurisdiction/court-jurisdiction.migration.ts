import type { MigrationInterface, QueryRunner } from 'typeorm';
import { demoOrganisations } from '#demo-data';

/**
 * Which courts a case may come to, by the region of its workplace (`case_summaries.region_code`, GB/T 2260 codes):
 * a court sees awards inside their challenge windows and refused or overdue arbitrations from its regions before
 * anyone files there. Versioned by validity: a change of jurisdiction closes the old row (`valid_to`) and adds a new
 * one, so the dashboard of a past day can be reproduced. Operators fill it by SQL (see docs/court-jurisdiction.md).
 */
export class CourtJurisdictions1795620000000 implements MigrationInterface {
  name = 'CourtJurisdictions1795620000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE court_jurisdictions (
        court_id text NOT NULL,
        region_prefix text NOT NULL CHECK (region_prefix ~ '^[0-9]{2,6}$'),
        valid_from date NOT NULL,
        valid_to date CHECK (valid_to IS NULL OR valid_to > valid_from),
        source text NOT NULL,
        PRIMARY KEY (court_id, region_prefix, valid_from)
      )`);
    await runner.query(`CREATE INDEX court_jurisdictions_court ON court_jurisdictions (court_id, valid_from)`);
    // The demo organisations' courts, marked as such: an operator deletes them (source = 'demo') before going live.
    for (const court of demoOrganisations.courts)
      for (const prefix of court.jurisdiction)
        await runner.query(`INSERT INTO court_jurisdictions (court_id, region_prefix, valid_from, source) VALUES ($1, $2, '2020-01-01', 'demo')`, [court.id, prefix]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE court_jurisdictions`);
  }
}
