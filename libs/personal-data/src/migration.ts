import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The personal data vault. Events and projections hold only `person_id` and masked values; the plain values live
 * here, encrypted with one data key per person, which is itself wrapped with the master key. Erasure deletes the
 * wrapped key (crypto-shredding), so no event stream needs rewriting.
 */
export class PersonalDataVault1795597476000 implements MigrationInterface {
  readonly name = 'PersonalDataVault1795597476000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE pd_persons (
        person_id   uuid PRIMARY KEY,
        wrapped_key bytea,
        created_at  timestamptz NOT NULL DEFAULT now(),
        erased_at   timestamptz,
        CONSTRAINT pd_persons_key_or_erased CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
      )`);
    await runner.query(`
      CREATE TABLE pd_values (
        person_id  uuid NOT NULL REFERENCES pd_persons (person_id) ON DELETE CASCADE,
        field      text NOT NULL CHECK (field IN ('idNumber', 'phone', 'address')),
        ciphertext bytea NOT NULL,
        iv         bytea NOT NULL,
        tag        bytea NOT NULL,
        masked     text NOT NULL,
        PRIMARY KEY (person_id, field)
      )`);
    await runner.query(`
      CREATE TABLE pd_reveals (
        id            bigserial PRIMARY KEY,
        person_id     uuid NOT NULL REFERENCES pd_persons (person_id),
        field         text NOT NULL,
        actor_user_id text NOT NULL,
        actor_role    text NOT NULL,
        actor_org     text NOT NULL,
        purpose       text NOT NULL CHECK (length(btrim(purpose)) > 0),
        revealed_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX pd_reveals_person ON pd_reveals (person_id, revealed_at)');
    await runner.query('CREATE INDEX pd_reveals_actor ON pd_reveals (actor_user_id, revealed_at)');
    await runner.query('CREATE INDEX pd_reveals_org ON pd_reveals (actor_org, revealed_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE pd_reveals');
    await runner.query('DROP TABLE pd_values');
    await runner.query('DROP TABLE pd_persons');
  }
}
