import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read models are updated in place on every fact, and each update of a case leaves a dead row version and clears
 * its page's all-visible bit. With PostgreSQL's defaults (vacuum after 20% of the table changed) a 50,000-case table
 * carried 50,000 dead versions after a busy start-up, and the dashboards' index-only counts went to the heap for every
 * entry: the court dashboard took 36 ms instead of 11 (docs/benchmarks.md). Vacuuming after 2% keeps the visibility
 * map current. A rebuild carries these settings over to the table it swaps in.
 */
export class ReadModelAutovacuum1795660000000 implements MigrationInterface {
  name = 'ReadModelAutovacuum1795660000000';

  private readonly tables = ['case_summaries', 'case_deadlines'];

  async up(runner: QueryRunner): Promise<void> {
    for (const table of this.tables) {
      await runner.query(
        `ALTER TABLE ${table} SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02)`,
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of this.tables) {
      await runner.query(`ALTER TABLE ${table} RESET (autovacuum_vacuum_scale_factor, autovacuum_analyze_scale_factor, autovacuum_vacuum_insert_scale_factor)`);
    }
  }
}
